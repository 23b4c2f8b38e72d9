/** The stylesheet as written, with token defaults on `.sx-root` and the themes; see `withHostTokens`. */
const tokenSheet = /* css */ `
.sx-root {
  --sx-accent: #0b6bcb;
  --sx-accent-fg: #ffffff;
  --sx-bg: #ffffff;
  --sx-surface: #f4f6f8;
  --sx-stage-bg: radial-gradient(ellipse at 50% 40%, #fbfcfd 0%, #e9eef3 70%, #dfe5eb 100%);
  --sx-fg: #1b1f24;
  --sx-muted: #4f5b67;
  --sx-border: #d0d7de;
  --sx-focus: #0b6bcb;
  --sx-danger: #b3261e;
  --sx-radius: 10px;
  --sx-space: 12px;
  --sx-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --sx-color-bone: #f1e8d6;
  --sx-color-disc: #b9cfe3;
  --sx-color-nerve: #f2c53d;
  --sx-color-highlight: #ff5a36;
  --sx-color-spread: #39b8ff;
  --sx-color-needle: #c9d1d9;
  --sx-label-bg: rgba(255, 255, 255, 0.92);
  --sx-label-fg: #1b1f24;
  box-sizing: border-box;
  container-type: inline-size;
  display: flex;
  flex-direction: column;
  gap: var(--sx-space);
  min-width: 0;
  width: 100%;
  color: var(--sx-fg);
  background: var(--sx-bg);
  font-family: var(--sx-font);
  font-size: 15px;
  line-height: 1.45;
  border-radius: var(--sx-radius);
}
.sx-root *, .sx-root *::before, .sx-root *::after { box-sizing: border-box; }
.sx-theme-dark {
  --sx-accent: #6cb6ff;
  --sx-accent-fg: #0b1220;
  --sx-bg: #14181d;
  --sx-surface: #1e242b;
  --sx-stage-bg: radial-gradient(ellipse at 50% 40%, #2a323b 0%, #171b20 75%);
  --sx-fg: #e6edf3;
  --sx-muted: #aab4be;
  --sx-border: #3a434d;
  --sx-focus: #6cb6ff;
  --sx-danger: #ff8a80;
  --sx-label-bg: rgba(20, 24, 29, 0.9);
  --sx-label-fg: #e6edf3;
}
.sx-theme-high-contrast {
  --sx-accent: #0000c8;
  --sx-accent-fg: #ffffff;
  --sx-bg: #ffffff;
  --sx-surface: #ffffff;
  --sx-stage-bg: #ffffff;
  --sx-fg: #000000;
  --sx-muted: #000000;
  --sx-border: #000000;
  --sx-focus: #c80000;
  --sx-danger: #a00000;
  --sx-color-highlight: #e00000;
  --sx-label-bg: #ffffff;
  --sx-label-fg: #000000;
}
.sx-header { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; }
.sx-field { display: flex; flex-direction: column; gap: 2px; font-size: 13px; color: var(--sx-muted); min-width: 0; }
.sx-field select {
  font: inherit; font-size: 15px; color: var(--sx-fg); background: var(--sx-surface);
  border: 1px solid var(--sx-border); border-radius: 8px; padding: 6px 8px; min-height: 36px; max-width: 100%;
}
.sx-field--procedure { flex: 1 1 220px; }
.sx-body { display: flex; flex-direction: column; gap: var(--sx-space); }
.sx-scene { position: relative; min-width: 0; display: flex; flex-direction: column; }
.sx-stage {
  position: relative; width: 100%; aspect-ratio: 4 / 3; min-height: 220px; max-height: 70vh; overflow: hidden;
  border-radius: var(--sx-radius); background: var(--sx-stage-bg); border: 1px solid var(--sx-border); outline: none;
  touch-action: none;
}
.sx-stage:focus-visible { box-shadow: 0 0 0 3px var(--sx-focus); }
.sx-stage[data-mode="fluoro"] { background: radial-gradient(circle at 50% 50%, #2b2b2b 0%, #0c0c0c 62%, #000 100%); }
.sx-canvas { position: absolute !important; inset: 0; }
.sx-toolbar {
  position: absolute; left: 8px; right: 8px; bottom: 8px; display: flex; flex-wrap: wrap; gap: 6px; justify-content: center;
  pointer-events: none; z-index: 30;
}
.sx-toolbar > * { pointer-events: auto; }
.sx-chip {
  font: inherit; font-size: 13px; line-height: 1.2; color: var(--sx-fg); background: var(--sx-label-bg);
  border: 1px solid var(--sx-border); border-radius: 999px; padding: 6px 10px; min-height: 32px; cursor: pointer;
}
.sx-chip[aria-pressed="true"] { background: var(--sx-accent); color: var(--sx-accent-fg); border-color: var(--sx-accent); }
.sx-chip:focus-visible, .sx-button:focus-visible, .sx-field select:focus-visible, .sx-scrubber:focus-visible, .sx-layers summary:focus-visible {
  outline: 3px solid var(--sx-focus); outline-offset: 2px;
}
.sx-layers { position: relative; }
.sx-layers summary { list-style: none; }
.sx-layers summary::-webkit-details-marker { display: none; }
.sx-layers-menu {
  position: absolute; bottom: 40px; left: 50%; transform: translateX(-50%); min-width: 200px; padding: 8px 10px; display: grid; gap: 4px;
  background: var(--sx-bg); color: var(--sx-fg); border: 1px solid var(--sx-border); border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font-size: 14px;
}
.sx-layers-menu label { display: flex; gap: 8px; align-items: center; min-height: 28px; }
.sx-loading, .sx-error, .sx-fallback {
  position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 10px;
  padding: 16px; text-align: center; color: var(--sx-fg); z-index: 25;
}
.sx-loading progress { width: min(240px, 70%); accent-color: var(--sx-accent); }
.sx-error { background: color-mix(in srgb, var(--sx-bg) 88%, transparent); }
.sx-error strong { color: var(--sx-danger); }
.sx-error--notice { inset: 8px 8px auto 8px; background: var(--sx-label-bg); border-radius: 8px; }
.sx-fallback img { max-width: 100%; max-height: 70%; object-fit: contain; }
.sx-panel { display: flex; flex-direction: column; gap: 10px; min-width: 0; }
.sx-step-text { min-height: 6.5em; }
.sx-step-kicker { margin: 0; font-size: 13px; color: var(--sx-muted); font-weight: 600; letter-spacing: .02em; }
.sx-step-title { margin: 2px 0 6px; font-size: 18px; line-height: 1.3; }
.sx-step-body { margin: 0; }
.sx-player { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.sx-button {
  font: inherit; font-size: 14px; color: var(--sx-fg); background: var(--sx-surface); border: 1px solid var(--sx-border);
  border-radius: 8px; min-width: 40px; min-height: 40px; padding: 6px 12px; cursor: pointer;
}
.sx-button--primary { background: var(--sx-accent); color: var(--sx-accent-fg); border-color: var(--sx-accent); }
.sx-button:disabled { opacity: .45; cursor: default; }
.sx-scrubber { flex: 1 1 120px; min-width: 100px; accent-color: var(--sx-accent); height: 32px; }
.sx-step-count { font-size: 13px; color: var(--sx-muted); min-width: 6em; text-align: right; }
.sx-disclaimer { margin: 0; font-size: 12.5px; color: var(--sx-muted); }
.sx-all-steps { margin: 0; padding-left: 1.3em; }
.sx-all-steps li { margin-bottom: 6px; }
.sx-sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sx-label {
  position: relative; transform: translate(0, calc(-50% - 16px));
  font-family: var(--sx-font); font-size: 12px; line-height: 1.2; white-space: nowrap; padding: 3px 7px; border-radius: 6px;
  background: var(--sx-label-bg); color: var(--sx-label-fg); border: 1px solid var(--sx-border); box-shadow: 0 1px 4px rgba(0,0,0,.12);
  transition: opacity .15s; user-select: none;
}
.sx-label::after {
  content: ""; position: absolute; left: 50%; top: 100%; width: 1px; height: 10px; background: var(--sx-label-fg); opacity: .55;
}
.sx-label--target { border-color: var(--sx-color-highlight); font-weight: 600; }
.sx-label[data-hidden="true"] { opacity: 0; }
.sx-hint { font-size: 12.5px; color: var(--sx-muted); margin: 0; }
@container (max-width: 540px) {
  /* Phones: the view buttons go below the scene instead of covering it. */
  .sx-toolbar { position: static; justify-content: flex-start; margin-top: 8px; padding: 0; }
  .sx-chip { font-size: 12.5px; padding: 5px 9px; }
  .sx-stage { aspect-ratio: 1 / 1; }
}
@container (min-width: 720px) {
  .sx-body { flex-direction: row; align-items: stretch; }
  .sx-scene { flex: 1 1 62%; }
  .sx-stage { flex: 1 1 auto; aspect-ratio: auto; min-height: 420px; }
  .sx-panel { flex: 1 1 38%; max-width: 400px; }
}
@media (prefers-reduced-motion: reduce) {
  .sx-label { transition: none; }
}
`;

/**
 * Token defaults must not beat a host's theming: a custom property declared on \`.sx-root\` itself would always win
 * over the value a page sets on an ancestor (an own declaration beats an inherited one). So the public \`--sx-*\`
 * tokens are never declared here; each default becomes a private \`--sxv-*\` token that reads the public one first,
 * \`--sxv-accent: var(--sx-accent, #0b6bcb)\`, and every rule uses the private token.
 */
export function withHostTokens(css: string): string {
  return css
    .replace(/(^|[\s;{])--sx-([\w-]+)\s*:\s*([^;{}]+);/g, (_m, lead: string, name: string, value: string) => `${lead}--sxv-${name}: var(--sx-${name}, ${value.trim()});`)
    .replace(/var\(--sx-([\w-]+)\)/g, 'var(--sxv-$1)');
}

/**
 * The viewer's stylesheet. Every class is \`sx-\` prefixed and every token is a \`--sx-*\` custom property, so it works
 * the same inside a shadow root (the embed) and in a document. \`<SpineExplainer>\` renders it in a \`<style>\` inside
 * its own root (unless \`injectStyles={false}\`); hosts override any \`--sx-*\` variable on the viewer or any ancestor.
 */
export const spineExplainerCss = withHostTokens(tokenSheet);
