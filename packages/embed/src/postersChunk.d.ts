// `sx:posters` is posters.generated.ts, which the standalone build (rollup.config.mjs) puts in a chunk of its own;
// only lazyPosters.ts imports it, and only dynamically.
declare module 'sx:posters' {
  export const POSTERS: Readonly<Record<string, string>>;
}
