const Base: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** `<spine-explainer>`: placeholder until the React binding lands. */
export class SpineExplainerElement extends Base {}

/** Registers `<spine-explainer>` once; safe to call repeatedly. */
export function defineSpineExplainer(tagName = 'spine-explainer'): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, class extends SpineExplainerElement {});
}
