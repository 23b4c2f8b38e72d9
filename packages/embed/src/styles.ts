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
  aspect-ratio: var(--sx-aspect-ratio, auto);
  padding: var(--sx-space, 12px);
  overflow: auto;
  font-family: var(--sx-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: 15px;
  line-height: 1.45;
  /* The theme's colours: the view's tokens (hoisted to :host by hoistTokens), else the page's, else light. */
  color: var(--sxv-fg, var(--sx-fg, #1b1f24));
  background: var(--sxv-bg, var(--sx-bg, #ffffff));
  border: 1px solid var(--sxv-border, var(--sx-border, #d0d7de));
  border-radius: var(--sx-radius, 10px);
}
/* Before the view mounts (it waits to scroll into sight), hold roughly the space it will take. */
.sx-embed:not([data-mounted]) { aspect-ratio: var(--sx-aspect-ratio, 4 / 3); }
.sx-embed *, .sx-embed *::before, .sx-embed *::after { box-sizing: border-box; }

.sx-embed__view, .sx-embed__host { position: relative; flex: 1 1 auto; min-block-size: 0; display: flex; flex-direction: column; }
.sx-embed__view > *, .sx-embed__host > * { flex: 1 1 auto; min-block-size: 0; }
.sx-embed__host[hidden] { display: none; }
/* The view's own root draws no frame of its own inside ours. */
.sx-embed__view > .sx-root, .sx-embed__host > .sx-root { border-radius: 0; background: transparent; }
/* A chunk the view needs is loading: in the view's place, or over it (a language switch) so no text flashes. */
.sx-embed__pending {
  display: grid;
  place-items: center;
  min-block-size: var(--sx-min-height, 200px);
  padding: 16px;
  text-align: center;
  color: var(--sxv-muted, var(--sx-muted, #4f5b67));
}
.sx-embed__pending[data-over] { position: absolute; inset: 0; z-index: 30; min-block-size: 0; background: var(--sxv-bg, var(--sx-bg, #ffffff)); }
.sx-embed__pending[hidden], .sx-embed__failure[hidden] { display: none; }

.sx-embed__notice {
  flex: 0 0 auto;
  margin: 0;
  padding: 8px 12px;
  font-size: 0.9em;
  color: var(--sx-color-notice-text, #5c3b00);
  background: var(--sx-color-notice-background, #fff4ce);
  border: 1px solid var(--sx-color-notice-border, #e0c46c);
  border-radius: 8px;
  margin-block-end: var(--sx-space, 12px);
}
.sx-embed__notice[hidden] { display: none; }
.sx-embed__notice p { margin: 0; }
.sx-embed__notice p + p { margin-block-start: 4px; }

.sx-embed__poster {
  margin: 0 0 var(--sx-space, 12px);
  display: flex;
  justify-content: center;
  align-items: center;
  background: var(--sx-poster-color, #eef2f5);
  border-radius: var(--sx-radius, 10px);
  overflow: hidden;
}
.sx-embed__poster[hidden] { display: none; }
.sx-embed__poster svg { display: block; inline-size: 100%; block-size: auto; max-block-size: 420px; }
/* No WebGL: inside the view's fallback box, above its message. */
.sx-embed__poster[data-placement="inside"] { flex: 0 1 auto; min-block-size: 0; inline-size: 100%; margin: 0; }
.sx-embed__poster[data-placement="inside"] svg { block-size: 100%; max-block-size: 100%; }
/* Lost context: the poster covers the stage until the context comes back. */
.sx-embed[data-poster="lost"] .sx-embed__poster { position: absolute; inset: 0; z-index: 26; margin: 0; }
.sx-embed[data-poster="lost"] .sx-embed__poster svg { block-size: 100%; max-block-size: none; }

.sx-embed__placeholder {
  position: absolute;
  inset: 0;
  display: grid;
  place-items: center;
  padding: 16px;
  text-align: center;
  color: var(--sx-muted, #4f5b67);
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

const partSheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * Adopts the stylesheet of a part loaded later (the workbench chunk) into a shadow root, once per document,
 * before the sheets already there: the cascade stays what the part's own `<style>` gave, which came first.
 * Returns false where constructable sheets are missing; the part then renders its own `<style>`.
 */
export function adoptPartStyles(root: ShadowRoot, css: string): boolean {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in root) || !('replaceSync' in Sheet.prototype)) return false;
  let byCss = partSheets.get(doc);
  if (!byCss) partSheets.set(doc, (byCss = new Map()));
  let sheet = byCss.get(css);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(css);
    byCss.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  return true;
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
      // Public tokens (`--sx-*`) and the view's private ones (`--sxv-*`, which read the public ones first).
      const tokens = declarations.filter((d) => /^--sxv?-/.test(d));
      const others = declarations.filter((d) => !/^--sxv?-/.test(d));
      if (tokens.length) hoisted.push(`${TOKEN_RULES[selector]} { ${tokens.join('; ')}; }`);
      return `${space}${others.length ? `${selector} { ${others.join('; ')}; }` : ''}`;
    });
  // The view may also put its own copy of the stylesheet in a <style> inside the shadow root; adopted
  // sheets come later in the cascade, so these `inherit`s win over its token declarations.
  const names = [...new Set(hoisted.join(' ').match(/--sxv?-[\w-]+(?=\s*:)/g) ?? [])];
  const inherit = names.length ? `\n.sx-root, .sx-root[class] { ${names.map((n) => `${n}: inherit`).join('; ')}; }` : '';
  return `${hoisted.join('\n')}\n${rest}${inherit}`;
}
