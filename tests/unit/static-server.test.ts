// The static server behind `npm start` and the browser harness: mounts, per-path headers, safety.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../harness/index.mjs';

let site: Awaited<ReturnType<typeof startStaticServer>>;
const get = (path: string, init?: RequestInit) => fetch(new URL(path, site.url), { redirect: 'manual', ...init });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sx-static-'));
  mkdirSync(join(dir, 'root/sub'), { recursive: true });
  mkdirSync(join(dir, 'embed'));
  writeFileSync(join(dir, 'root/index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, 'root/strict.html'), '<p>strict</p>');
  writeFileSync(join(dir, 'root/sub/index.html'), '<p>sub</p>');
  writeFileSync(join(dir, 'secret.txt'), 'outside every mount');
  writeFileSync(join(dir, 'embed/spine-explainer.js'), 'console.log(1)');
  site = await startStaticServer({
    root: join(dir, 'root'),
    routes: { '/embed/': join(dir, 'embed') },
    headers: {
      '/strict.html': { 'Content-Security-Policy': "script-src 'self'" },
      '/embed/': { 'Cross-Origin-Resource-Policy': 'same-origin' },
    },
  });
});
afterAll(() => site.close());

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(site.port).toBeGreaterThan(0);
  });

  it('serves the root, directory indexes and mounted folders with their types', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>home</h1>');
    expect(await (await get('/sub/')).text()).toBe('<p>sub</p>');
    const js = await get('/embed/spine-explainer.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('adds headers per exact path and per prefix, and nowhere else', async () => {
    expect((await get('/strict.html')).headers.get('content-security-policy')).toBe("script-src 'self'");
    expect((await get('/')).headers.get('content-security-policy')).toBeNull();
    expect((await get('/embed/spine-explainer.js')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('redirects folders to their slash form, answers 404 and HEAD, and never leaves its folders', async () => {
    expect((await get('/sub')).headers.get('location')).toBe('/sub/');
    expect((await get('/embed')).headers.get('location')).toBe('/embed/');
    expect((await get('/missing.js')).status).toBe(404);
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('/%2e%2e/secret.txt')).status).not.toBe(200);
    expect((await get('/embed/..%2f..%2fsecret.txt')).status).not.toBe(200);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });

  it('takes headers from a function of the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sx-static-fn-'));
    writeFileSync(join(dir, 'a.csp'), 'a');
    writeFileSync(join(dir, 'b.txt'), 'b');
    const other = await startStaticServer({
      root: dir,
      headers: (path) => (path.endsWith('.csp') ? { 'Content-Security-Policy': "default-src 'none'" } : undefined),
    });
    try {
      expect((await fetch(new URL('/a.csp', other.url))).headers.get('content-security-policy')).toBe("default-src 'none'");
      expect((await fetch(new URL('/b.txt', other.url))).headers.get('content-security-policy')).toBeNull();
    } finally {
      await other.close();
    }
  });
});
