// The pickers above the stage: procedure, and level, side and site where the procedure has more than one.
import { procedureTitle } from '@spine-explainer/react';
import type { Choice, LiteController } from './controller';
import { h, syncChildren } from './dom';
import type { ViewModel } from './viewModel';

interface Field {
  label: HTMLLabelElement;
  select: HTMLSelectElement;
  /** What the options were built from; rebuilt only when it changes, so a focused select keeps focus. */
  key: string;
}

export interface Header {
  readonly element: HTMLDivElement;
  update(vm: ViewModel): void;
}

export function createHeader(doc: Document, ctl: LiteController): Header {
  const element = h(doc, 'div', { class: 'sx-header' });
  const fields = new Map<Choice, Field>();

  const field = (choice: Choice, className: string): Field => {
    let f = fields.get(choice);
    if (!f) {
      const select = h(doc, 'select');
      select.addEventListener('change', () => ctl.choose(choice, select.value));
      f = { label: h(doc, 'label', { class: className }), select, key: '' };
      fields.set(choice, f);
    }
    return f;
  };

  const fill = (f: Field, key: string, text: string, options: readonly [value: string, text: string][], value: string) => {
    if (f.key !== key) {
      f.key = key;
      f.select.replaceChildren(...options.map(([v, label]) => h(doc, 'option', { value: v }, label)));
      f.label.replaceChildren(text, f.select);
    }
    if (f.select.value !== value) f.select.value = value;
  };

  return {
    element,
    update(vm) {
      const { t } = vm;
      const { procedure, locale, readingLevel, options } = ctl;
      const wanted: HTMLLabelElement[] = [];

      const p = field('procedure', 'sx-field sx-field--procedure');
      const unknown = procedure ? '' : ctl.procedureId;
      fill(p, `${locale}|${readingLevel}|${unknown}|${t.procedure}`, t.procedure, [
        ...(procedure ? [] : [['', ctl.procedureId] as [string, string]]),
        ...ctl.catalog.procedures.map((x) => [x.id, procedureTitle(x, locale, readingLevel)] as [string, string]),
      ], procedure ? procedure.id : '');
      wanted.push(p.label);

      if (procedure && procedure.levels.length > 1) {
        const f = field('level', 'sx-field');
        fill(f, `${procedure.id}|${t.level}`, t.level, procedure.levels.map((l) => [l, l.replace('-', '–')]), options.level ?? '');
        wanted.push(f.label);
      }
      if (procedure && procedure.sides.length > 1) {
        const f = field('side', 'sx-field');
        fill(f, `${procedure.id}|${locale}`, t.side, procedure.sides.map((s) => [s, vm.sideWord(s)]), options.side ?? '');
        wanted.push(f.label);
      }
      if (procedure && procedure.sites.length > 1) {
        const f = field('site', 'sx-field');
        fill(f, `${procedure.id}|${locale}`, t.site, procedure.sites.map((s) => [s, vm.siteWord(s)]), options.site ?? '');
        wanted.push(f.label);
      }
      syncChildren(element, wanted, [...fields.values()].map((f) => f.label));
    },
  };
}
