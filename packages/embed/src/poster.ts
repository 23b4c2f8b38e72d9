// The no-WebGL poster: a schematic SVG per procedure (assets/posters, inlined at build time), put into
// the shadow root as DOM. Not an <img src="data:…">: `default-src 'self'` blocks data: images, and
// SVG presentation attributes are not styles, so a strict CSP lets it through.
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

let webgl: boolean | undefined;

/** Whether this page can create a WebGL context at all. Asked once per page; the probe context is released. */
export function hasWebGL(doc: Document): boolean {
  if (webgl !== undefined) return webgl;
  try {
    const canvas = doc.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    webgl = !!gl;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webgl = false;
  }
  return webgl;
}
