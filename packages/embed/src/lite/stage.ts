// The stage: the focusable 3D application area (keyboard help, keys) that holds the scene and the notices over it
// (loading, lost context, no WebGL, error). The element puts its poster into this box, so it is never rebuilt.
import { VIEW_NAMES, format } from '@spine-explainer/react';
import type { LiteController } from './controller';
import { h, setAttrs, setText, syncChildren } from './dom';
import type { ViewModel } from './viewModel';

export interface Stage {
  readonly element: HTMLDivElement;
  update(vm: ViewModel, scene: HTMLElement | undefined, contextLost: boolean): void;
}

/** What a key does on the stage; false when it does nothing. Arrow keys turn, +/- zoom, N/P/Home/End step. */
export function stageKey(ctl: LiteController, key: string): boolean {
  const rt = ctl.store.getState().runtime;
  if (key === 'ArrowLeft') rt.orbit?.(-0.2, 0);
  else if (key === 'ArrowRight') rt.orbit?.(0.2, 0);
  else if (key === 'ArrowUp') rt.orbit?.(0, -0.15);
  else if (key === 'ArrowDown') rt.orbit?.(0, 0.15);
  else if (key === '+' || key === '=') rt.zoom?.(0.85);
  else if (key === '-' || key === '_') rt.zoom?.(1 / 0.85);
  else if (key === 'PageDown' || key === 'n' || key === 'N') ctl.setStep(ctl.step + 1, 'user');
  else if (key === 'PageUp' || key === 'p' || key === 'P') ctl.setStep(ctl.step - 1, 'user');
  else if (key === 'Home') ctl.setStep(0, 'user');
  else if (key === 'End') ctl.setStep(ctl.stepCount - 1, 'user');
  else if (key === ' ' || key === 'Spacebar') ctl.play(!ctl.playing, 'user');
  else if (key === 'f' || key === 'F') ctl.setMode(ctl.mode === 'fluoro' ? 'anatomy' : 'fluoro', 'user');
  else if (key === '0' || key === 'r' || key === 'R') ctl.setView(ctl.view, 'user');
  else if (/^[1-6]$/.test(key)) ctl.setView(VIEW_NAMES[Number(key) - 1]!, 'user');
  else return false;
  return true;
}

export function createStage(doc: Document, ctl: LiteController, stageId: string): Stage {
  const help = h(doc, 'p', { id: `${stageId}-help`, class: 'sx-sr-only' });
  const element = h(doc, 'div', {
    id: stageId, class: 'sx-stage', role: 'application', 'aria-describedby': `${stageId}-help`,
    'aria-roledescription': '3D', tabindex: 0,
  }, help);
  element.addEventListener('keydown', (e) => {
    if (e.target !== e.currentTarget) return;
    if (stageKey(ctl, e.key)) e.preventDefault();
  });

  const progress = h(doc, 'progress');
  const loadingText = h(doc, 'span');
  const loading = h(doc, 'div', { class: 'sx-loading', role: 'status' }, progress, loadingText);
  const lostText = h(doc, 'span');
  const lost = h(doc, 'div', { class: 'sx-loading', role: 'status' }, lostText);
  const fallbackText = h(doc, 'p');
  const fallback = h(doc, 'div', { class: 'sx-fallback' }, fallbackText);
  const errorMessage = h(doc, 'span');
  const errorTitle = h(doc, 'strong');
  const error = h(doc, 'div', { role: 'alert' }, errorTitle, errorMessage);
  let lastScene: HTMLElement | undefined;

  return {
    element,
    update(vm, scene, contextLost) {
      const { t } = vm;
      const status = ctl.status;
      const err = ctl.error;
      setAttrs(element, { 'aria-label': format(t.sceneLabel, { title: vm.title }), 'data-mode': ctl.mode });
      setText(help, t.keyboardHelp);
      setAttrs(progress, { 'aria-label': t.loading });
      setText(loadingText, ctl.model ? t.loading : t.loadingModel);
      setText(lostText, t.contextLost);
      setText(fallbackText, t.noWebgl);
      setAttrs(error, { class: status === 'error' ? 'sx-error' : 'sx-error sx-error--notice' });
      setText(errorTitle, t.errorTitle);
      setText(errorMessage, err?.message ?? '');

      const wanted: HTMLElement[] = [help];
      if (scene) wanted.push(scene);
      if (status === 'loading' && ctl.webgl) wanted.push(loading);
      if (contextLost) wanted.push(lost);
      if (!ctl.webgl) wanted.push(fallback);
      if (err) wanted.push(error);
      syncChildren(element, wanted, [loading, lost, fallback, error, ...(lastScene && lastScene !== scene ? [lastScene] : [])]);
      lastScene = scene;
    },
  };
}
