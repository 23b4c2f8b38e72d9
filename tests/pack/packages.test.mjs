// What a customer installs: each built package passes publint and attw (ESM-only profile), and the packed
// tarballs install into a fresh node_modules and import in Node with the public API of DESIGN.md §3.
// Needs `npm run build` first. Packages whose src/index.ts does not exist yet are skipped, saying so.
import assert from 'node:assert/strict';
import { execFile as execFileCb } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const execFile = promisify(execFileCb);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const PACKAGES = ['anatomy', 'procedures', 'react', 'embed'];
const present = PACKAGES.filter((name) => {
  const has = ['index.ts', 'index.tsx'].some((f) => existsSync(join(root, 'packages', name, 'src', f)));
  if (!has) console.log(`# skip @spine-explainer/${name}: packages/${name}/src/index.ts does not exist yet`);
  return has;
});
const dir = (name) => join(root, 'packages', name);

// Subpaths that are not modules with types: the self-registering <script> bundle (imported, if at all,
// for its side effect) and the iframe page.
const ATTW_EXCLUDE = { embed: ['./spine-explainer.js', './frame.html'] };

/** Named exports DESIGN.md §3 promises, checked on the packed package in Node. */
const PUBLIC_API = {
  anatomy: ['createSpineModel'],
  procedures: ['procedures', 'getProcedure', 'resolvePlacement', 'validateCatalog', 'ProcedureError'],
  react: ['SpineExplainer'],
};

for (const name of present) {
  describe(`@spine-explainer/${name}`, () => {
    test(`${name} is built`, () => {
      for (const file of ['dist/index.js', 'dist/index.d.ts']) {
        assert.ok(existsSync(join(dir(name), file)), `${file} is missing: run npm run build`);
      }
    });

    test(`${name} passes publint with no errors or warnings`, async () => {
      const { messages, pkg } = await publint({ pkgDir: dir(name), level: 'warning', pack: 'npm' });
      const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`);
      assert.deepEqual(lines, []);
    });

    test(`${name} passes attw --pack --profile esm-only`, async () => {
      try {
        const exclude = ATTW_EXCLUDE[name] ? ['--exclude-entrypoints', ...ATTW_EXCLUDE[name]] : [];
        await execFile(bin('attw'), ['--pack', dir(name), '--profile', 'esm-only', '--format', 'ascii', ...exclude], { cwd: root });
      } catch (err) {
        assert.fail(`attw found problems:\n${err.stdout}${err.stderr}`);
      }
    });
  });
}

describe('packed tarballs', () => {
  const work = join(root, '.cache/pack');
  const app = join(work, 'app');
  const packed = {};

  before(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(app, 'node_modules/@spine-explainer'), { recursive: true });
    for (const name of present.filter((n) => existsSync(join(dir(n), 'dist/index.js')))) {
      const { stdout } = await execFile('npm', ['pack', '--json', '--pack-destination', work], { cwd: dir(name) });
      const [info] = JSON.parse(stdout);
      packed[name] = info.files.map((f) => f.path);
      const dest = join(app, 'node_modules/@spine-explainer', name);
      mkdirSync(dest);
      await execFile('tar', ['-xzf', join(work, info.filename), '-C', dest, '--strip-components=1']);
    }
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('ship dist and package.json only', () => {
    for (const [name, files] of Object.entries(packed)) {
      const stray = files.filter((f) => !f.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(f));
      assert.deepEqual(stray, [], `@spine-explainer/${name} would publish files outside dist/`);
    }
  });

  test('the embed tarball carries the standalone script and its chunks', { skip: !present.includes('embed') }, () => {
    assert.ok(packed.embed?.includes('dist/spine-explainer.js'), 'dist/spine-explainer.js is not in the tarball');
    // ...with the chunks it loads from its own folder (layout="workbench").
    const chunks = readdirSync(join(dir('embed'), 'dist')).filter((f) => /^spine-explainer\..+\.js$/.test(f));
    assert.ok(chunks.length > 0, 'no spine-explainer.*.js chunk in dist');
    assert.deepEqual(chunks.filter((f) => !packed.embed.includes(`dist/${f}`)), [], 'chunks missing from the tarball');
  });

  // The app sits inside the repo, so peers (three, react…) resolve from the root node_modules while
  // @spine-explainer/* resolve to the unpacked tarballs: exactly the published files, nothing from src.
  for (const [name, names] of Object.entries(PUBLIC_API)) {
    test(`@spine-explainer/${name} imports in Node from its tarball with its public API`, { skip: !present.includes(name) }, async () => {
      assert.ok(packed[name], `@spine-explainer/${name} was not packed (is it built?)`);
      const script = `const m = await import('@spine-explainer/${name}');` +
        `console.log(JSON.stringify(Object.keys(m)));` +
        `console.log(JSON.stringify(import.meta.resolve('@spine-explainer/${name}')));`;
      const { stdout } = await execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
      const [keys, resolved] = stdout.trim().split('\n').slice(-2).map((l) => JSON.parse(l));
      assert.ok(resolved.includes('/.cache/pack/app/node_modules/'), `resolved to ${resolved}, not the tarball`);
      const missing = names.filter((n) => !keys.includes(n));
      assert.deepEqual(missing, [], `missing exports; it has ${keys.join(', ')}`);
    });
  }
});

// Keeps manifest fields honest for the publish (DESIGN.md §1: license, repository, keywords, files).
test('every package.json carries license, repository, keywords and files: [dist]', () => {
  for (const name of PACKAGES) {
    const pkg = JSON.parse(readFileSync(join(dir(name), 'package.json'), 'utf8'));
    assert.equal(pkg.license, 'MIT', `${name}: license`);
    assert.ok(pkg.repository?.url, `${name}: repository`);
    assert.ok(pkg.keywords?.length, `${name}: keywords`);
    assert.deepEqual(pkg.files, ['dist'], `${name}: files`);
  }
});
