// `npm start` (scripts/start.mjs): the port rules and the routes it serves. Uses --no-build, so it is fast.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));
const children: ChildProcess[] = [];
const servers: Server[] = [];

async function occupiedPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as { port: number }).port;
}

async function freePort(): Promise<number> {
  const port = await occupiedPort();
  await new Promise((ok) => servers.pop()!.close(ok));
  return port;
}

function start(port: number) {
  const child = spawn(process.execPath, [script, '--no-build'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const listening = new Promise<void>((ok, fail) => {
    child.stdout!.on('data', () => stdout.includes('Press Ctrl+C') && ok());
    void exited.then((code) => fail(new Error(`start.mjs exited with ${code}: ${stderr}`)));
  });
  listening.catch(() => {}); // only the tests that await it care
  return { exited, listening, output: () => ({ stdout, stderr }) };
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(servers.splice(0).map((s) => new Promise((ok) => s.close(ok))));
});

describe('npm start', () => {
  it('exits 1 with a clear message when the port is taken', async () => {
    const port = await occupiedPort();
    const run = start(port);
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toContain(`Port ${port} is in use; set PORT=`);
  });

  it('rejects a PORT that is not a port number', async () => {
    const run = start(Number.NaN);
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toContain('PORT must be a port number');
  });

  it('serves the demo at / and mounts Storybook and the embed bundle', async () => {
    const port = await freePort();
    const run = start(port);
    await run.listening;
    expect(run.output().stdout).toContain(`http://127.0.0.1:${port}/`);
    const base = `http://127.0.0.1:${port}`;

    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(await home.text()).toContain('<script type="module" src="./dist/main.js">');

    const storybook = await fetch(`${base}/storybook`, { redirect: 'manual' });
    expect(storybook.status).toBe(301);
    expect(storybook.headers.get('location')).toBe('/storybook/');

    expect((await fetch(`${base}/no-such-page.html`)).status).toBe(404);
    expect((await fetch(`${base}/embed/..%2f..%2fpackage.json`)).status).not.toBe(200);
  });
});
