// Under the stage: a chip per camera view, the X-ray toggle, and the layers menu (layers, see-through, target only).
import { DEFAULT_LAYERS, type LayerName, type ViewName } from '@spine-explainer/react';
import type { LiteController } from './controller';
import { h, setAttrs, setText, syncChildren } from './dom';
import type { ViewModel } from './viewModel';

export interface Toolbar {
  readonly element: HTMLDivElement;
  update(vm: ViewModel): void;
}

const LAYERS = Object.keys(DEFAULT_LAYERS) as LayerName[];

export function createToolbar(doc: Document, ctl: LiteController): Toolbar {
  const element = h(doc, 'div', { class: 'sx-toolbar', role: 'toolbar' });
  const chips = new Map<ViewName, HTMLButtonElement>();
  const chip = (view: ViewName) => {
    let b = chips.get(view);
    if (!b) {
      b = h(doc, 'button', { type: 'button', class: 'sx-chip' });
      b.addEventListener('click', () => ctl.setView(view, 'user'));
      chips.set(view, b);
    }
    return b;
  };
  const fluoro = h(doc, 'button', { type: 'button', class: 'sx-chip' });
  fluoro.addEventListener('click', () => ctl.setMode(ctl.mode === 'fluoro' ? 'anatomy' : 'fluoro', 'user'));

  const checkbox = (onChange: (on: boolean) => void) => {
    const input = h(doc, 'input', { type: 'checkbox' });
    input.addEventListener('change', () => onChange(input.checked));
    const text = doc.createTextNode('');
    return { input, text, label: h(doc, 'label', {}, input, text) };
  };
  const layerBoxes = LAYERS.map((layer) => ({ layer, ...checkbox((on) => ctl.setLayer(layer, on)) }));
  const xray = checkbox((on) => ctl.setXray(on));
  const isolate = checkbox((on) => ctl.setIsolate(on));
  const summary = h(doc, 'summary', { class: 'sx-chip' });
  const menu = h(doc, 'details', { class: 'sx-layers' }, summary,
    h(doc, 'div', { class: 'sx-layers-menu' }, ...layerBoxes.map((b) => b.label), xray.label, isolate.label));

  return {
    element,
    update(vm) {
      const { t } = vm;
      const fluoroOn = ctl.mode === 'fluoro';
      setAttrs(element, { 'aria-label': t.views });
      const shown = vm.views.map((v) => {
        const b = chip(v);
        setAttrs(b, { 'aria-pressed': ctl.view === v ? 'true' : 'false' });
        setText(b, fluoroOn ? t.fluoroView[v] : t.view[v]);
        return b;
      });
      setAttrs(fluoro, { 'aria-pressed': fluoroOn ? 'true' : 'false' });
      setText(fluoro, t.fluoro);
      setText(summary, t.layers);
      for (const b of layerBoxes) {
        b.input.checked = ctl.layers[b.layer];
        setText(b.text, t.layer[b.layer]);
      }
      xray.input.checked = ctl.xray;
      setText(xray.text, t.xray);
      isolate.input.checked = ctl.isolate;
      setText(isolate.text, t.isolate);
      syncChildren(element, [...shown, fluoro, menu], [...chips.values(), fluoro, menu]);
    },
  };
}
