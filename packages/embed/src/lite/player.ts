// The current step in words (StepText) and the controls under it (StepPlayer): previous, play/pause, next and a
// scrubber over the steps. The same markup and labels as the React components.
import type { LiteController } from './controller';
import { h, setAttrs, setText, syncChildren } from './dom';
import { format } from '@spine-explainer/react';
import type { ViewModel } from './viewModel';

export interface Player {
  /** The step text and the controls, in that order. */
  readonly elements: readonly [HTMLDivElement, HTMLDivElement];
  update(vm: ViewModel): void;
}

export function createPlayer(doc: Document, ctl: LiteController): Player {
  const kicker = h(doc, 'p', { class: 'sx-step-kicker' });
  const title = h(doc, 'h3', { class: 'sx-step-title' });
  const body = h(doc, 'p', { class: 'sx-step-body' });
  const text = h(doc, 'div', { class: 'sx-step-text' });

  const icon = (glyph: string) => h(doc, 'span', { 'aria-hidden': 'true' }, glyph);
  const previous = h(doc, 'button', { type: 'button', class: 'sx-button' }, icon('◀'));
  const playIcon = icon('▶');
  const play = h(doc, 'button', { type: 'button', class: 'sx-button sx-button--primary' }, playIcon);
  const next = h(doc, 'button', { type: 'button', class: 'sx-button' }, icon('▶▶'));
  const scrubber = h(doc, 'input', { class: 'sx-scrubber', type: 'range', min: 1, step: 1 });
  const count = h(doc, 'span', { class: 'sx-step-count', 'aria-hidden': 'true' });
  const controls = h(doc, 'div', { class: 'sx-player', role: 'group' }, previous, play, next, scrubber, count);

  previous.addEventListener('click', () => ctl.setStep(ctl.step - 1, 'user'));
  next.addEventListener('click', () => ctl.setStep(ctl.step + 1, 'user'));
  play.addEventListener('click', () => ctl.play(!ctl.playing, 'user'));
  scrubber.addEventListener('input', () => ctl.setStep(Number(scrubber.value) - 1, 'user'));
  // Space on the scrubber plays, as it does on the stage.
  scrubber.addEventListener('keydown', (e) => {
    if (e.key !== ' ') return;
    e.preventDefault();
    ctl.play(!ctl.playing, 'user');
  });

  return {
    elements: [text, controls],
    update(vm) {
      const { t } = vm;
      const { step, stepCount, playing } = ctl;
      syncChildren(text, vm.kicker ? [kicker, title, body] : [title, body], [kicker, title, body]);
      setText(kicker, vm.kicker);
      setText(title, vm.current.title);
      setText(body, vm.current.body);

      const last = Math.max(0, stepCount - 1);
      const counter = format(t.stepOf, { n: Math.min(step + 1, Math.max(stepCount, 1)), count: stepCount });
      const stepName = vm.stepTitles[step];
      setAttrs(controls, { 'aria-label': t.steps });
      setAttrs(previous, { 'aria-label': t.previous, title: t.previous, disabled: step <= 0 });
      setAttrs(play, { 'aria-label': playing ? t.pause : t.play, title: playing ? t.pause : t.play, disabled: stepCount < 2 });
      setText(playIcon, playing ? '❚❚' : '▶');
      setAttrs(next, { 'aria-label': t.next, title: t.next, disabled: step >= last });
      setAttrs(scrubber, {
        max: Math.max(1, stepCount), 'aria-label': t.scrubber, 'aria-valuetext': stepName ? `${counter}: ${stepName}` : counter,
        disabled: stepCount < 2,
      });
      const value = String(Math.min(step + 1, Math.max(1, stepCount)));
      if (scrubber.value !== value) scrubber.value = value;
      setText(count, counter);
    },
  };
}
