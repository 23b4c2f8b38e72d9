// Beside the scene: the current step and its player, every step in words when there is no 3D view, and the
// disclaimer (always shown in the embed).
import { stepText } from '@spine-explainer/react';
import type { LiteController } from './controller';
import { h, setText, syncChildren } from './dom';
import { createPlayer } from './player';
import type { ViewModel } from './viewModel';

export interface Panel {
  readonly element: HTMLDivElement;
  update(vm: ViewModel): void;
}

export function createPanel(doc: Document, ctl: LiteController): Panel {
  const player = createPlayer(doc, ctl);
  const heading = h(doc, 'h2', { class: 'sx-step-title' });
  const list = h(doc, 'ol', { class: 'sx-all-steps' });
  const allSteps = h(doc, 'section', {}, heading, list);
  let listKey = '';
  const disclaimer = h(doc, 'p', { class: 'sx-disclaimer', role: 'note' });
  const element = h(doc, 'div', { class: 'sx-panel' });

  return {
    element,
    update(vm) {
      const { procedure, locale, readingLevel } = ctl;
      const wanted: HTMLElement[] = [];
      if (procedure) {
        player.update(vm);
        wanted.push(...player.elements);
      }
      if (vm.textFallback && procedure) {
        allSteps.setAttribute('aria-label', `${vm.title}: ${vm.t.steps}`);
        setText(heading, vm.title);
        const key = `${procedure.id}|${locale}|${readingLevel}|${JSON.stringify(vm.params)}`;
        if (key !== listKey) {
          listKey = key;
          list.replaceChildren(...procedure.steps.map((s) => {
            const txt = stepText(s, locale, readingLevel, vm.params);
            return h(doc, 'li', {}, h(doc, 'strong', {}, txt.title), ` ${txt.body}`);
          }));
        }
        wanted.push(allSteps);
      }
      setText(disclaimer, vm.t.disclaimer);
      wanted.push(disclaimer);
      syncChildren(element, wanted, [...player.elements, allSteps, disclaimer]);
    },
  };
}
