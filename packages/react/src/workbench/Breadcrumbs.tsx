import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { regionOf } from '@spine-explainer/anatomy';
import { dashLevel, procedureName, stepTitle, useWb, useWorkbench } from './context';
import { t, type StringKey } from './strings';
import type { EditorTab } from './types';

interface MenuItem { id: string; label: string; checked: boolean; onSelect(): void }

/** A breadcrumb that opens a menu of its siblings (levels, steps, procedures of the category). */
function CrumbMenu({ label, items, id, current }: { label: string; items: MenuItem[]; id: string; current?: boolean }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) (list.current?.children[active] as HTMLElement | undefined)?.focus();
  }, [open, active]);
  const close = () => { setOpen(false); button.current?.focus(); };
  const onKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown') setActive((a) => (a + 1) % items.length);
    else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + items.length) % items.length);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') { close(); if (e.key === 'Tab') return; }
    else if (e.key === 'Enter' || e.key === ' ') { items[active]?.onSelect(); close(); }
    else return;
    e.preventDefault();
  };
  return (
    <span className="sx-wb-crumb-menu">
      <button
        ref={button}
        type="button"
        className="sx-wb-crumb"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-current={current ? 'page' : undefined}
        onClick={() => { setActive(Math.max(0, items.findIndex((i) => i.checked))); setOpen((o) => !o); }}
        onKeyDown={(e) => { if (e.key === 'ArrowDown' && !open) { e.preventDefault(); e.stopPropagation(); setOpen(true); } }}
      >
        {label}
      </button>
      {open ? (
        <ul ref={list} id={`${id}-menu`} role="menu" aria-label={label} className="sx-wb-menu" onKeyDown={onKey}>
          {items.map((item, i) => (
            <li
              key={item.id}
              role="menuitemradio"
              aria-checked={item.checked}
              tabIndex={i === active ? 0 : -1}
              className="sx-wb-menuitem"
              onClick={() => { item.onSelect(); close(); }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}

/** `Spine › Lumbar › L4–L5 › Transforaminal epidural › Step 3`, every part clickable. */
export function Breadcrumbs({ tab }: { tab: EditorTab | undefined }) {
  const { controller, uid } = useWorkbench();
  const locale = useWb((s) => s.locale);
  if (!tab) return null;
  const p = controller.getProcedure(tab.procedureId);
  if (!p) return null;
  const region = tab.level ? regionOf(tab.level.split('-')[0]!) : 'periphery';
  const openAnatomy = () => {
    controller.setActivity('anatomy');
    if (!controller.getState().sideBarVisible) controller.toggleSideBar(true);
  };
  const siblings = controller.procedures().filter((x) => x.category === p.category);
  return (
    <nav className="sx-wb-breadcrumbs" aria-label={t(locale, 'breadcrumbs')}>
      <ol>
        <li><button type="button" className="sx-wb-crumb" onClick={openAnatomy}>{t(locale, 'spine')}</button></li>
        <li><button type="button" className="sx-wb-crumb" onClick={openAnatomy}>{t(locale, `region.${region}` as StringKey)}</button></li>
        {p.levels.length && tab.level ? (
          <li>
            <CrumbMenu id={`${uid}-crumb-level`} label={dashLevel(tab.level)} items={p.levels.map((l) => ({ id: l, label: dashLevel(l), checked: l === tab.level, onSelect: () => controller.setLevel(l) }))} />
          </li>
        ) : tab.site ? (
          <li><span className="sx-wb-crumb-text">{tab.site}</span></li>
        ) : null}
        <li>
          <CrumbMenu id={`${uid}-crumb-procedure`} label={procedureName(p, locale)} items={siblings.map((x) => ({ id: x.id, label: procedureName(x, locale), checked: x.id === p.id, onSelect: () => controller.openProcedure(x.id) }))} />
        </li>
        <li>
          <CrumbMenu id={`${uid}-crumb-step`} current label={t(locale, 'step', { n: tab.step + 1 })} items={p.steps.map((_, i) => ({ id: String(i), label: `${i + 1}. ${stepTitle(p, i, locale, tab)}`, checked: i === tab.step, onSelect: () => controller.goToStep(i) }))} />
        </li>
      </ol>
    </nav>
  );
}
