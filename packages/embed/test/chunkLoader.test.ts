import { describe, expect, it } from 'vitest';
import { DEFINE_GLOBAL, ENTRY_NAME, installChunkLoader } from '../src/chunkLoader';

type Define = (deps: string[], factory: (...deps: any[]) => void) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
type File = (define: Define) => void;

interface FakeScript {
  src: string;
  async?: boolean;
  nonce?: string;
  listeners: Record<string, (() => void)[]>;
  addEventListener(type: string, fn: () => void): void;
}

/**
 * A page as the loader sees it: `currentScript`, <script> elements, and a server of files by URL. Each file is
 * what rollup writes (a call of the global define); an inserted script runs on a later task, like a real one.
 */
function fakePage(files: Record<string, File>) {
  const inserted: FakeScript[] = [];
  const g = { document: undefined as unknown } as unknown as typeof globalThis & Record<string, Define>;
  const doc = {
    currentScript: null as FakeScript | null,
    baseURI: 'https://clinic.example/page.html',
    scripts: [] as { src: string }[],
    querySelectorAll: (selector: string) => (selector === 'script[src]' ? doc.scripts : []),
    createElement: (tag: string): FakeScript => {
      expect(tag).toBe('script');
      return { src: '', listeners: {}, addEventListener(type, fn) { (this.listeners[type] ??= []).push(fn); } };
    },
    head: {
      appendChild(script: FakeScript) {
        inserted.push(script);
        setTimeout(() => {
          const file = files[script.src];
          if (!file) {
            for (const fn of script.listeners.error ?? []) fn();
            return;
          }
          doc.currentScript = script;
          try { file(g[DEFINE_GLOBAL]!); } finally { doc.currentScript = null; }
        }, 0);
      },
    },
  };
  (g as { document: unknown }).document = doc;
  /** Runs an entry script at `src`: the banner (the loader) and then the entry's own define, synchronously. */
  const runEntry = (src: string, file: File, nonce?: string, { module = false } = {}) => {
    doc.scripts.push({ src });
    doc.currentScript = module ? null : { src, nonce, listeners: {}, addEventListener() {} };
    try {
      installChunkLoader(g, DEFINE_GLOBAL, ENTRY_NAME);
      file(g[DEFINE_GLOBAL]!);
    } finally {
      doc.currentScript = null;
    }
  };
  return { g, inserted, runEntry };
}

const chunk = (value: string): File => (define) => define(['exports', './spine-explainer.js'], (exports, entry) => {
  exports.value = `${value} with ${entry.shared}`;
});

describe('installChunkLoader', () => {
  it('runs the entry at once and loads a chunk from the entry script’s directory, with the entry’s exports', async () => {
    const page = fakePage({ 'https://cdn.clinic.example/sx/v1/spine-explainer.Workbench-abc.js': chunk('workbench') });
    let required: Promise<Record<string, unknown>> | undefined;
    let ranAt = 'not yet';
    page.runEntry('https://cdn.clinic.example/sx/v1/spine-explainer.js', (define) => define(['require', 'exports'], (require, exports) => {
      exports.shared = 'react';
      ranAt = 'during the script';
      required = new Promise((resolve, reject) => require(['./spine-explainer.Workbench-abc.js'], resolve, reject));
    }));
    expect(ranAt).toBe('during the script');
    expect(await required).toEqual({ value: 'workbench with react' });
    expect(page.inserted.map((s) => [s.src, s.async])).toEqual([['https://cdn.clinic.example/sx/v1/spine-explainer.Workbench-abc.js', true]]);
  });

  it('inserts a chunk once however often it is required, and passes the page’s nonce on', async () => {
    const page = fakePage({ 'https://clinic.example/js/spine-explainer.Workbench-abc.js': chunk('w') });
    let load!: () => Promise<unknown>;
    page.runEntry('https://clinic.example/js/spine-explainer.js', (define) => define(['require', 'exports'], (require, exports) => {
      exports.shared = 'x';
      load = () => new Promise((resolve, reject) => require(['./spine-explainer.Workbench-abc.js'], resolve, reject));
    }), 'n0nce');
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(await load()).toBe(a);
    expect(page.inserted).toHaveLength(1);
    expect(page.inserted[0]!.nonce).toBe('n0nce');
  });

  it('rejects with the URL when a chunk is missing, and tries again next time', async () => {
    const files: Record<string, File> = {};
    const page = fakePage(files);
    let load!: () => Promise<unknown>;
    page.runEntry('https://clinic.example/spine-explainer.js', (define) => define(['require'], (require) => {
      load = () => new Promise((resolve, reject) => require(['./spine-explainer.posters-1.js'], resolve, reject));
    }));
    await expect(load()).rejects.toThrow('https://clinic.example/spine-explainer.posters-1.js');
    files['https://clinic.example/spine-explainer.posters-1.js'] = (define) => define(['exports'], (e) => { e.ok = true; });
    await expect(load()).resolves.toEqual({ ok: true });
  });

  it('finds its directory by its file name when loaded as a module script (no currentScript)', async () => {
    const page = fakePage({ 'https://clinic.example/vendor/spine-explainer.W.js': chunk('w') });
    let load!: () => Promise<unknown>;
    page.runEntry('https://clinic.example/vendor/spine-explainer.js', (define) => define(['require', 'exports'], (require, exports) => {
      exports.shared = 'x';
      load = () => new Promise((resolve, reject) => require(['./spine-explainer.W.js'], resolve, reject));
    }), undefined, { module: true });
    expect(await load()).toEqual({ value: 'w with x' });
  });

  it('keeps two copies of the script apart: each loads its own chunks from its own directory', async () => {
    const page = fakePage({
      'https://a.example/v1/spine-explainer.W.js': chunk('one'),
      'https://a.example/v2/spine-explainer.W.js': chunk('two'),
    });
    const loads: (() => Promise<unknown>)[] = [];
    for (const [dir, shared] of [['v1', 'react 1'], ['v2', 'react 2']] as const) {
      page.runEntry(`https://a.example/${dir}/spine-explainer.js`, (define) => define(['require', 'exports'], (require, exports) => {
        exports.shared = shared;
        loads.push(() => new Promise((resolve, reject) => require(['./spine-explainer.W.js'], resolve, reject)));
      }));
    }
    // The first copy loads after the second one has replaced the global define.
    expect(await loads[0]!()).toEqual({ value: 'one with react 1' });
    expect(await loads[1]!()).toEqual({ value: 'two with react 2' });
  });
});
