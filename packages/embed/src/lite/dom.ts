// The two DOM helpers the lite viewer is written with. Text always goes in as text, never as markup.

type Attrs = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

/**
 * `h(doc, 'button', { class: 'sx-chip', 'aria-pressed': true }, 'Back')`. `true` writes an empty attribute
 * (`aria-*` get "true"), `false`/`null`/`undefined` leave it out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  setAttrs(el, attrs);
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Sets or removes attributes as `h` does. */
export function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      el.removeAttribute(name);
    } else {
      const text = value === true ? (name.startsWith('aria-') ? 'true' : '') : String(value);
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
    }
  }
}

/**
 * Puts `wanted` (nodes this code owns) into `parent` in this order, removes the `owned` ones not wanted, and leaves
 * every other child alone (the element prepends its poster into the stage). A node already in place is not moved.
 */
export function syncChildren(parent: Element, wanted: readonly Node[], owned: readonly Node[]): void {
  for (const node of owned) if (!wanted.includes(node) && node.parentNode === parent) parent.removeChild(node);
  let next: Node | null = null;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const node = wanted[i]!;
    if (node.parentNode !== parent || node.nextSibling !== next) parent.insertBefore(node, next);
    next = node;
  }
}

/** Sets a text node's or element's text only when it differs (keeps screen readers quiet). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
