// A small static file server for `npm start` and the browser tests. No dependencies.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @typedef {Record<string, string>} HeaderMap
 * @typedef {{
 *   root?: string,
 *   routes?: Record<string, string>,
 *   headers?: Record<string, HeaderMap> | ((urlPath: string) => HeaderMap | undefined),
 *   port?: number,
 *   host?: string,
 * }} StaticServerOptions
 */

/**
 * Serves files over HTTP on 127.0.0.1.
 *
 * - `root`: directory served at `/`.
 * - `routes`: URL prefix -> directory, e.g. `{ '/embed/': 'packages/embed/dist' }`. The longest prefix wins.
 * - `headers`: extra response headers, either `{ '/strict.html': { 'Content-Security-Policy': "script-src 'self'" } }`
 *   (a key ending in `/` matches every path under it, other keys match exactly) or a function of the URL path.
 * - `port`: 0 (default) picks a free port.
 *
 * Resolves to `{ url, port, close }` once listening; `url` ends with `/`.
 * Rejects with the listen error (e.g. `EADDRINUSE`) if the port is taken.
 * @param {StaticServerOptions} options
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, routes = {}, headers = {}, port = 0, host = '127.0.0.1' } = {}) {
  const mounts = Object.entries(routes)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  if (root) mounts.push(['/', resolve(root)]);

  const extraHeaders = (urlPath) => {
    if (typeof headers === 'function') return headers(urlPath) ?? {};
    const out = {};
    for (const [key, value] of Object.entries(headers)) {
      if (key.endsWith('/') ? urlPath.startsWith(key) : urlPath === key) Object.assign(out, value);
    }
    return out;
  };

  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8', more = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...more });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, 'Bad request\n');
    }
    // `/storybook` -> `/storybook/` so relative asset URLs resolve under the mount.
    const bare = mounts.find(([prefix]) => prefix !== '/' && `${urlPath}/` === prefix);
    if (bare) return send(301, '', undefined, { Location: bare[0] });
    const mount = mounts.find(([prefix]) => urlPath.startsWith(prefix));
    if (!mount) return send(404, `Not found: ${urlPath}\n`);
    const [prefix, dir] = mount;
    let file = normalize(join(dir, urlPath.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return send(403, 'Forbidden\n');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!urlPath.endsWith('/')) return send(301, '', undefined, { Location: `${urlPath}/` });
        file = join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
        ...extraHeaders(urlPath),
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, `Not found: ${urlPath}\n`);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
