// The budgets of DESIGN.md §5, in one place for every bench script.
export const BUDGETS = {
  generationHighMs: 50,
  trianglesHigh: 300_000,
  trianglesLow: 60_000,
  drawCalls: 60,
  firstFrameRatio: 1.0, // ours / model-viewer's, same run
  idleFrames: 0,
  leakHeapBytes: 2 * 1024 * 1024,
};

/** Prints one figure with its budget and a PASS/FAIL verdict; returns whether it passed. */
export function report(name, value, budget, { unit = '', lowerIsBetter = true, note = '' } = {}) {
  const pass = lowerIsBetter ? value <= budget : value >= budget;
  const fmt = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(2)) : String(v));
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name.padEnd(46)} ${fmt(value).padStart(12)} ${unit.padEnd(4)} budget ${lowerIsBetter ? '≤' : '≥'} ${fmt(budget)} ${unit}${note ? `  (${note})` : ''}`);
  return pass;
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
