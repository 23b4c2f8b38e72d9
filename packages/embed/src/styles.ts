// Styles of the element's shadow root. Page CSS cannot reach inside; inherited properties (font, colour,
// line-height…) do cross the boundary, so the inner root resets them with `all: initial`. Custom
// properties are not touched by `all`, which is what lets `--sx-*` theming through.
export const hostCss = /* css */ `
:host {
  display: block;
  position: relative;
  box-sizing: border-box;
  min-inline-size: min(300px, 100%);
  contain: content;
}
:host([hidden]) { display: none; }

.sx-embed {
  all: initial;
  display: flex;
  flex-direction: column;
  position: relative;
  box-sizing: border-box;
  inline-size: 100%;
  min-inline-size: min(300px, 100%);
  min-block-size: var(--sx-min-height, 200px);
  block-size: var(--sx-height, auto);
  aspect-ratio: var(--sx-aspect-ratio, 4 / 3);
  overflow: hidden;
  font-family: var(--sx-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--sx-font-size, 15px);
  line-height: 1.45;
  color: var(--sx-color-text, #1b1f24);
  background: var(--sx-color-background, #ffffff);
  border-radius: var(--sx-radius, 8px);
  border: var(--sx-border, 1px solid rgba(27, 31, 36, 0.15));
}
:host([layout="workbench"]) .sx-embed { aspect-ratio: var(--sx-aspect-ratio, 16 / 10); }
.sx-embed[data-theme="dark"] { color: var(--sx-color-text, #e8eaed); background: var(--sx-color-background, #15181c); }
.sx-embed[data-theme="high-contrast"] { color: var(--sx-color-text, #000000); background: var(--sx-color-background, #ffffff); border: 2px solid #000000; }
.sx-embed *, .sx-embed *::before, .sx-embed *::after { box-sizing: border-box; }

.sx-embed__view { position: relative; flex: 1 1 auto; min-block-size: 0; display: flex; flex-direction: column; }
.sx-embed__view > * { flex: 1 1 auto; min-block-size: 0; }

.sx-embed__notice {
  flex: 0 0 auto;
  margin: 0;
  padding: 8px 12px;
  font-size: 0.9em;
  color: var(--sx-color-notice-text, #5c3b00);
  background: var(--sx-color-notice-background, #fff4ce);
  border-block-end: 1px solid var(--sx-color-notice-border, #e0c46c);
}
.sx-embed__notice[hidden] { display: none; }
.sx-embed__notice p { margin: 0; }
.sx-embed__notice p + p { margin-block-start: 4px; }

.sx-embed__poster {
  flex: 0 1 auto;
  min-block-size: 0;
  margin: 0;
  display: flex;
  justify-content: center;
  align-items: center;
  background: var(--sx-poster-color, #eef2f5);
  overflow: hidden;
}
.sx-embed__poster[hidden] { display: none; }
.sx-embed__poster svg { display: block; inline-size: 100%; block-size: 100%; max-block-size: 420px; }
/* No WebGL: the poster on top, the full text of the steps under it; the element grows to fit. */
.sx-embed[data-poster="fallback"] { aspect-ratio: auto; }
/* Lost context: the poster covers the stage until the context comes back. */
.sx-embed[data-poster="lost"] .sx-embed__poster { position: absolute; inset: 0; z-index: 40; }

.sx-embed__placeholder {
  position: absolute;
  inset: 0;
  display: grid;
  place-items: center;
  padding: 16px;
  text-align: center;
  color: var(--sx-color-muted, #5b6470);
}
.sx-embed__placeholder[hidden] { display: none; }

.sx-embed__failure {
  flex: 1 1 auto;
  display: grid;
  place-content: center;
  gap: 8px;
  padding: 24px;
  text-align: center;
}
.sx-embed__failure strong { font-size: 1.1em; }
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopts one constructable stylesheet per document (shared by every instance). A CSSOM sheet is not
 * an inline `<style>`, so a page with `style-src 'self'` and no `'unsafe-inline'` still applies it.
 * Returns false where constructable sheets are missing (Safari < 16.4), after falling back to `<style>`.
 */
export function adoptStyles(root: ShadowRoot, extraCss = ''): boolean {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root && 'replaceSync' in Sheet.prototype) {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(hostCss + extraCss);
      sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return true;
  }
  const style = doc.createElement('style');
  style.textContent = hostCss + extraCss;
  root.prepend(style);
  return false;
}

const TOKEN_RULES: Record<string, string> = {
  '.sx-root': ':host',
  '.sx-theme-dark': ':host([theme="dark" i])',
  '.sx-theme-high-contrast': ':host([theme="high-contrast" i])',
};

/**
 * Moves the `--sx-*` token defaults of the view's stylesheet from its root element to `:host`.
 * Declared on the inner root, a default would beat the value the page sets on `<spine-explainer>`
 * (an own declaration always beats an inherited one); on `:host`, the page's rule wins, as documented.
 * Rules it does not recognise are left as they are.
 */
export function hoistTokens(css: string): string {
  const hoisted: string[] = [];
  const rest = css.replace(/(?<=^|\})(\s*)(\.sx-root|\.sx-theme-dark|\.sx-theme-high-contrast)\s*\{([^{}]*)\}/g,
    (_match, space: string, selector: string, body: string) => {
      const declarations = body.split(';').map((d) => d.trim()).filter(Boolean);
      const tokens = declarations.filter((d) => d.startsWith('--sx-'));
      const others = declarations.filter((d) => !d.startsWith('--sx-'));
      if (tokens.length) hoisted.push(`${TOKEN_RULES[selector]} { ${tokens.join('; ')}; }`);
      return `${space}${others.length ? `${selector} { ${others.join('; ')}; }` : ''}`;
    });
  return `${hoisted.join('\n')}\n${rest}`;
}
