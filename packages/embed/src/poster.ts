// The no-WebGL poster: a schematic SVG per procedure (assets/posters, inlined at build time), put into
// the shadow root as DOM. Not an <img src="data:…">: `default-src 'self'` blocks data: images, and
// SVG presentation attributes are not styles, so a strict CSP lets it through.
import { webglAvailable } from '@spine-explainer/react';
import { POSTERS } from './posters.generated';

/** The poster for a procedure id, or undefined when there is none. */
export function posterSvg(procedure: string | undefined): string | undefined {
  return procedure && Object.prototype.hasOwnProperty.call(POSTERS, procedure) ? POSTERS[procedure] : undefined;
}

/** Parses a poster into an `<svg>` element of `doc`, labelled for assistive technology. */
export function posterElement(doc: Document, svgText: string, label: string): SVGSVGElement | undefined {
  const Parser = doc.defaultView?.DOMParser;
  if (!Parser) return undefined;
  const parsed = new Parser().parseFromString(svgText, 'image/svg+xml').documentElement;
  if (parsed.nodeName !== 'svg') return undefined;
  const svg = doc.importNode(parsed, true) as unknown as SVGSVGElement;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return svg;
}

/** Whether this page can create a WebGL 2 context: asked once per document and shared with the React viewers. */
export function hasWebGL(doc: Document): boolean {
  return webglAvailable(doc);
}
