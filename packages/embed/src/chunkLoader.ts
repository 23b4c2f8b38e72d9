// The standalone script is rollup's AMD output: the entry file plus chunks that only some pages need (the
// workbench, the no-WebGL posters). Rollup writes each file as `define([deps], factory)` and each lazy load as
// `require([chunk], resolve, reject)`; this is the whole loader they need, and the build puts it at the top of
// the entry file (rollup.config.mjs). A chunk is a plain <script src> next to the entry script, so it loads
// under `script-src 'self'`: no eval, no fetch, no other origin.
//
// This function is serialized into the bundle with Function.prototype.toString: it must not use anything
// from outside its own body.

export const DEFINE_GLOBAL = '__spineExplainerDefine';
export const ENTRY_NAME = 'spine-explainer.js';

type Exports = Record<string, unknown>;
type Factory = (...deps: unknown[]) => void;
type Define = (deps: string[], factory: Factory) => void;

interface ChunkScript extends HTMLScriptElement {
  /** Set by the loader that inserted the script, so its `define` call reaches that loader. */
  __sxLoader?: Define;
}

/**
 * Installs `globalThis[defineName]` for the script that is running now (the entry), whose own anonymous
 * `define` follows at once. Chunks resolve against the entry script's directory. One page may load two
 * copies of the script (two versions, two directories): each keeps its own module table.
 */
export function installChunkLoader(g: typeof globalThis, defineName: string, entryName: string): void {
  const doc = g.document as Document | undefined;
  const current = doc?.currentScript as ChunkScript | null | undefined;
  // No currentScript when the page loads the file as a module script: then the last script named like ours.
  const named = [...(doc?.querySelectorAll?.('script[src]') ?? [])]
    .filter((s) => new URL((s as HTMLScriptElement).src, doc?.baseURI).pathname.endsWith(`/${entryName}`)).pop() as HTMLScriptElement | undefined;
  const base = current?.src || named?.src || doc?.baseURI || '';
  const nonce = current?.nonce;
  const modules = new Map<string, Promise<Exports>>();
  const pending = new Map<string, { resolve(e: Exports): void; reject(err: unknown): void }>();

  const nameOf = (id: string) => id.replace(/^\.\//, '');

  function load(name: string): Promise<Exports> {
    let module = modules.get(name);
    if (module) return module;
    module = new Promise<Exports>((resolve, reject) => {
      pending.set(name, { resolve, reject });
      if (!doc) {
        reject(new Error(`Cannot load ${name}: no document`));
        return;
      }
      const script = doc.createElement('script') as ChunkScript;
      script.__sxLoader = define;
      script.async = true;
      if (nonce) script.nonce = nonce;
      script.src = new URL(name, base).href;
      script.addEventListener('error', () => {
        // Forget the failure: a later use may find the network back.
        modules.delete(name);
        pending.delete(name);
        script.remove?.();
        reject(new Error(`Could not load ${script.src} (the spine-explainer script expects its chunk files next to it)`));
      });
      (doc.head ?? doc.documentElement).appendChild(script);
    });
    modules.set(name, module);
    return module;
  }

  function requireChunks(ids: string[], onLoad: (...modules: Exports[]) => void, onError?: (err: unknown) => void) {
    Promise.all(ids.map((id) => load(nameOf(id)))).then((list) => onLoad(...list), onError);
  }

  /** Runs `factory` once its dependencies are there, and settles the module `name` with its exports. */
  function evaluate(name: string, deps: string[], factory: Factory, settle: { resolve(e: Exports): void; reject(err: unknown): void }) {
    const exports: Exports = {};
    const resolved = deps.map((dep) => {
      if (dep === 'exports') return exports;
      if (dep === 'require') return requireChunks;
      return load(nameOf(dep));
    });
    Promise.all(resolved).then((values) => {
      factory(...values);
      settle.resolve(exports);
    }).catch(settle.reject);
  }

  let entryDefined = false;
  function define(deps: string[], factory: Factory): void {
    if (!entryDefined) {
      // The first define is the entry's own, in this same script: run it now, synchronously, so the custom
      // element is registered by the time the script tag has executed.
      entryDefined = true;
      const exports: Exports = {};
      modules.set(entryName, Promise.resolve(exports));
      factory(...deps.map((dep) => (dep === 'exports' ? exports : dep === 'require' ? requireChunks : undefined)));
      return;
    }
    const script = doc?.currentScript as ChunkScript | null | undefined;
    const name = script?.src ? decodeURIComponent(new URL(script.src).pathname.split('/').pop() ?? '') : '';
    const settle = pending.get(name);
    if (!settle) throw new Error(`spine-explainer: unexpected chunk ${name || '(unknown)'}`);
    pending.delete(name);
    evaluate(name, deps, factory, settle);
  }

  // A chunk calls the global define; it hands over to the loader that inserted that chunk's script.
  const owned: Define = (deps, factory) => {
    const script = doc?.currentScript as ChunkScript | null | undefined;
    (script?.__sxLoader ?? define)(deps, factory);
  };
  (g as unknown as Record<string, Define>)[defineName] = owned;
}
