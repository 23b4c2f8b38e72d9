// frame.html: one <spine-explainer> filling the iframe, configured by URL parameters, driven by
// postMessage from the origins the host lists in `allowed-origins` — and from nobody else.
import { ATTRIBUTES, type SpineExplainerAttribute } from './types';
import type { SpineExplainerElement } from './SpineExplainerElement';

/** Every message in either direction carries this `type`. */
export const MESSAGE_TYPE = 'spine-explainer';

export type FrameCommand =
  | { type: typeof MESSAGE_TYPE; command: 'next' | 'previous' | 'play' | 'pause' | 'snapshot'; id?: string | number }
  | { type: typeof MESSAGE_TYPE; command: 'set'; attributes: Partial<Record<SpineExplainerAttribute, string | null>>; id?: string | number };

export type FrameMessage =
  | { type: typeof MESSAGE_TYPE; event: 'procedure-change' | 'step-change' | 'view-change' | 'error' | 'ready' | 'resize'; detail: unknown }
  | { type: typeof MESSAGE_TYPE; reply: string | number; ok: true; result?: unknown }
  | { type: typeof MESSAGE_TYPE; reply: string | number; ok: false; error: string };

const EVENTS = ['procedure-change', 'step-change', 'view-change', 'error'] as const;
const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTES) as SpineExplainerAttribute[];

/**
 * `allowed-origins` → the set of exact origins (`https://clinic.example`) allowed to command the frame.
 * Separated by commas or spaces. Anything that is not an http(s) origin, including `*`, is dropped:
 * a wildcard would let any page that frames this one drive it.
 */
export function parseAllowedOrigins(value: string | null): Set<string> {
  const origins = new Set<string>();
  for (const part of (value ?? '').split(/[\s,]+/)) {
    if (!part) continue;
    try {
      const url = new URL(part);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === part.replace(/\/$/, '')) {
        origins.add(url.origin);
      }
    } catch {
      // not a URL: ignored
    }
  }
  return origins;
}

function isCommand(data: unknown): data is FrameCommand {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  if (d.type !== MESSAGE_TYPE || typeof d.command !== 'string') return false;
  if (d.command === 'set') return !!d.attributes && typeof d.attributes === 'object';
  return ['next', 'previous', 'play', 'pause', 'snapshot'].includes(d.command);
}

// The explainer takes its natural height; the page scrolls inside a short iframe, and hosts that listen
// to the `resize` event can size the iframe to fit instead.
const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: transparent; }
spine-explainer::part(container) { border: 0; border-radius: 0; }
`;

/** Starts frame mode in `win` (the iframe's own window). Returns a function that stops listening. */
export function startFrame(win: Window = window): () => void {
  const doc = win.document;
  const params = new URL(win.location.href).searchParams;
  const allowed = parseAllowedOrigins(params.get('allowed-origins'));

  if ('adoptedStyleSheets' in doc) {
    const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(FRAME_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  const el = doc.createElement('spine-explainer') as SpineExplainerElement;
  const locale = params.get('locale');
  if (locale && /^[a-z]{2,3}(-[a-z0-9-]+)?$/i.test(locale)) doc.documentElement.lang = locale;
  for (const name of ATTRIBUTE_NAMES) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  doc.body.append(el);

  const parent = win.parent === win ? undefined : win.parent;
  // Where events go. Chromium and WebKit tell us the embedding page's origin; post only there, and only
  // if it is allowed. Elsewhere, target each allowed origin: the browser delivers to the one that matches.
  const ancestor = win.location.ancestorOrigins?.[0];
  const targets = ancestor !== undefined ? (allowed.has(ancestor) ? [ancestor] : []) : [...allowed];
  const post = (message: FrameMessage) => {
    if (!parent) return;
    for (const origin of targets) parent.postMessage(message, origin);
  };
  const forward = (type: (typeof EVENTS)[number]) => (event: Event) =>
    post({ type: MESSAGE_TYPE, event: type, detail: (event as CustomEvent).detail });
  const listeners = EVENTS.map((type) => [type, forward(type)] as const);
  for (const [type, listener] of listeners) el.addEventListener(type, listener);
  const onReady = () => post({ type: MESSAGE_TYPE, event: 'ready', detail: { procedure: el.procedure } });
  el.addEventListener('spine:ready', onReady);

  // `resize`: the content's height in CSS pixels, so the host can fit the iframe to it.
  let lastHeight = 0;
  const RO = (win as Window & typeof globalThis).ResizeObserver;
  const resizer = RO ? new RO(() => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: MESSAGE_TYPE, event: 'resize', detail: { height } });
  }) : undefined;
  resizer?.observe(el);

  const onMessage = (event: MessageEvent) => {
    // Silently ignore anything not from the embedding page at an allowed origin.
    if (!allowed.has(event.origin) || !parent || event.source !== parent) return;
    if (!isCommand(event.data)) return;
    const message = event.data;
    const reply = (result: { ok: true; result?: unknown } | { ok: false; error: string }) => {
      if (message.id === undefined) return;
      (event.source as Window).postMessage({ type: MESSAGE_TYPE, reply: message.id, ...result }, event.origin);
    };
    try {
      switch (message.command) {
        case 'set':
          for (const [name, value] of Object.entries(message.attributes)) {
            if (!(ATTRIBUTE_NAMES as string[]).includes(name)) continue;
            if (value === null || value === undefined) el.removeAttribute(name);
            else el.setAttribute(name, String(value));
          }
          reply({ ok: true });
          break;
        case 'snapshot':
          el.snapshot().then(
            (blob) => reply({ ok: true, result: blob }),
            (err: unknown) => reply({ ok: false, error: err instanceof Error ? err.message : String(err) }),
          );
          break;
        default:
          el[message.command]();
          reply({ ok: true });
      }
    } catch (err) {
      reply({ ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
  win.addEventListener('message', onMessage);

  return () => {
    win.removeEventListener('message', onMessage);
    resizer?.disconnect();
    for (const [type, listener] of listeners) el.removeEventListener(type, listener);
    el.removeEventListener('spine:ready', onReady);
  };
}
