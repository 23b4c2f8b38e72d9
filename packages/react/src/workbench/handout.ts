import { procedureName, procedureText, stepBody, stepTitle } from './context';
import type { EditorViewHandle } from './EditorView';
import { qrSvgPath } from './qr';
import { t, type StringKey } from './strings';
import type { WorkbenchController } from './types';

const HANDOUT_CSS = `
  :root { color-scheme: light; }
  body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 24px auto; max-width: 820px; padding: 0 16px; }
  h1 { font-size: 24px; margin: 0 0 4px; }
  h2 { font-size: 18px; margin: 24px 0 8px; border-bottom: 1px solid #bbb; padding-bottom: 4px; }
  h3 { font-size: 15px; margin: 0 0 4px; }
  .meta { color: #333; margin: 0 0 12px; }
  .head { display: flex; justify-content: space-between; gap: 16px; align-items: flex-start; }
  .qr { text-align: center; font-size: 12px; color: #333; width: 140px; }
  .qr svg { width: 132px; height: 132px; display: block; margin: 0 auto 4px; }
  ol.steps { list-style: none; padding: 0; margin: 0; }
  ol.steps li { display: grid; grid-template-columns: 240px 1fr; gap: 12px; margin: 0 0 12px; break-inside: avoid; }
  ol.steps img { width: 240px; height: auto; border: 1px solid #ccc; border-radius: 4px; }
  ol.steps li.noimg { grid-template-columns: 1fr; }
  .note { font-size: 12px; color: #333; border-top: 1px solid #bbb; margin-top: 24px; padding-top: 8px; }
  .actions { margin: 12px 0; }
  .actions button { font: inherit; padding: 6px 14px; }
  @media print { .actions { display: none; } body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
  @page { margin: 14mm; }
`;

const frames = (win: Window, n: number) => new Promise<void>((resolve) => {
  const tick = (left: number) => (left <= 0 ? resolve() : win.requestAnimationFrame(() => tick(left - 1)));
  tick(n);
});

/** Step pictures: walks the tab through its steps, captures each, then puts the tab back. */
async function stepImages(win: Window, controller: WorkbenchController, view: EditorViewHandle | null): Promise<(string | undefined)[]> {
  const tab = controller.currentTab();
  const p = tab && controller.getProcedure(tab.procedureId);
  if (!tab || !p || !view) return [];
  const start = tab.step;
  const out: (string | undefined)[] = [];
  for (let i = 0; i < p.steps.length; i++) {
    controller.goToStep(i);
    await frames(win, 3);
    const canvas = await view.capture().catch(() => null);
    let url: string | undefined;
    try { url = canvas?.toDataURL('image/png'); } catch { url = undefined; }
    out.push(url && url.length > 100 ? url : undefined);
  }
  controller.goToStep(start);
  return out;
}

/**
 * Opens a printable handout of the current tab in a new window: procedure, level and side, a picture
 * and the patient text of each step, aftercare, the deep link as a QR code. Nothing is asked about the
 * patient and nothing is stored. Built with DOM calls, so it runs under a strict CSP.
 */
export async function openHandout(opener: Window, controller: WorkbenchController, view: EditorViewHandle | null): Promise<Window | null> {
  const tab = controller.currentTab();
  const p = tab && controller.getProcedure(tab.procedureId);
  if (!tab || !p) return null;
  const win = opener.open('', '_blank');
  if (!win) return null;
  const { locale } = controller.getState();
  const link = `${opener.location.href.split('#')[0]}${controller.deepLink()}`;
  const images = await stepImages(opener, controller, view);
  buildHandout(win.document, { controller, link, images });
  win.document.querySelector('button[data-print]')?.addEventListener('click', () => win.print());
  win.document.title = `${t(locale, 'handoutTitle')}: ${procedureName(p, locale)}`;
  return win;
}

/** Patient sheets drop the clinician's source keys (`[COHEN2020, KLESSINGER]`). */
export const stripSources = (s: string) => s.replace(/\s*\[[A-Z0-9_]+(?:,\s*[A-Z0-9_]+)*\]/g, '').trim();

/** Fills `doc` with the handout. Exported for tests and for hosts that render it in their own page. */
export function buildHandout(doc: Document, { controller, link, images = [] }: { controller: WorkbenchController; link: string; images?: (string | undefined)[] }): void {
  const tab = controller.currentTab();
  const p = tab && controller.getProcedure(tab.procedureId);
  if (!tab || !p) return;
  const { locale } = controller.getState();
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...kids: (Node | string)[]) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  doc.documentElement.lang = locale;
  if (!doc.head.querySelector('meta[charset]')) doc.head.append(el('meta', { charset: 'utf-8' }));
  doc.head.append(el('style', {}, HANDOUT_CSS));
  const name = procedureName(p, locale);
  const where = [tab.level?.replace('-', '–'), tab.side ? t(locale, tab.side as StringKey) : '', tab.site ?? ''].filter(Boolean).join(' · ');

  const { size, d } = qrSvgPath(link);
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t(locale, 'handoutLink'));
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = doc.createElementNS(svg.namespaceURI, 'rect');
  bg.setAttribute('width', String(size)); bg.setAttribute('height', String(size)); bg.setAttribute('fill', '#fff');
  const path = doc.createElementNS(svg.namespaceURI, 'path');
  path.setAttribute('d', d); path.setAttribute('fill', '#000');
  svg.append(bg, path);

  const steps = el('ol', { class: 'steps' });
  p.steps.forEach((_, i) => {
    const img = images[i];
    const body = el('div', {}, el('h3', {}, `${i + 1}. ${stepTitle(p, i, locale, tab)}`), el('p', {}, stepBody(p, i, locale, 'patient', tab)));
    steps.append(img ? el('li', {}, el('img', { src: img, alt: `${t(locale, 'step', { n: i + 1 })}: ${stepTitle(p, i, locale, tab)}` }), body) : el('li', { class: 'noimg' }, body));
  });

  const r = p as Record<string, unknown>;
  doc.body.replaceChildren(
    el('div', { class: 'actions' }, el('button', { type: 'button', 'data-print': '' }, locale === 'es' ? 'Imprimir o guardar como PDF' : 'Print or save as PDF')),
    el('main', {},
      el('div', { class: 'head' },
        el('div', {},
          el('h1', {}, name),
          el('p', { class: 'meta' }, where),
          el('p', {}, procedureText(r.summary, locale, tab)),
        ),
        el('figure', { class: 'qr' }, svg, el('figcaption', {}, t(locale, 'handoutLink'))),
      ),
      el('h2', {}, locale === 'es' ? 'Paso a paso' : 'Step by step'),
      steps,
      el('h2', {}, t(locale, 'handoutAftercare')),
      el('p', {}, stripSources(procedureText(r.recovery, locale, tab))),
      el('p', {}, t(locale, 'handoutGeneral')),
      el('p', { class: 'note' }, t(locale, 'handoutNote'), ' ', el('a', { href: link }, link)),
    ),
  );
}
