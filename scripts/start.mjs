#!/usr/bin/env node
// `npm start`: build everything, then serve the demo site on 127.0.0.1 (PORT, default 5173).
//   /            the React demo (demo/index.html + demo/dist)
//   /clinic.html, /hostile.html, /iframe.html   the embed demos in demo/, where they exist
//   /embed/      packages/embed/dist (spine-explainer.js, frame.html)
//   /assets/     shipped static assets (posters, icons)
//   /storybook/  storybook-static
// `--no-build` serves what is already built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const build = !process.argv.includes('--no-build');

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}

// Take the port before building, so a clash is reported at once rather than after a minute of work.
let site;
try {
  site = await startStaticServer({
    root: at('demo'),
    routes: { '/embed/': at('packages/embed/dist'), '/assets/': at('assets'), '/storybook/': at('storybook-static') },
    port,
  });
} catch (err) {
  if (err.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use; set PORT=… to use another (e.g. PORT=${port + 1} npm start).`);
    process.exit(1);
  }
  throw err;
}

const npm = (script) => {
  console.log(`\n> npm run ${script}`);
  const r = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm run ${script} failed (exit ${r.status}); serving what was built before, if anything.`);
  }
};
if (build) {
  npm('build');
  npm('build-storybook');
}

for (const [what, file] of [
  ['demo bundle', 'demo/dist/main.js'],
  ['embed bundle', 'packages/embed/dist/spine-explainer.js'],
  ['Storybook', 'storybook-static/index.html'],
]) {
  if (!existsSync(at(file))) console.warn(`note: ${what} not built (${file} missing)`);
}

const url = `http://127.0.0.1:${site.port}/`;
console.log(`\nspine-explainer demo: ${url}`);
for (const page of ['clinic.html', 'hostile.html', 'iframe.html']) {
  if (existsSync(at(`demo/${page}`))) console.log(`  ${url}${page}`);
}
console.log(`  ${url}storybook/\nPress Ctrl+C to stop.`);

const stop = async () => {
  await site.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
