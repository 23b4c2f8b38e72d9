import { useRef, type KeyboardEvent } from 'react';
import { titleText, useRegistryVersion, useWb, useWorkbench } from './context';
import { ICONS } from './icons';
import { t } from './strings';
import type { ViewContribution } from './types';

export interface Activity { id: string; title: string; icon: React.ReactNode }

/** Activities in order: one per view without a `container`, or whose container is itself. */
export function useActivities(): Activity[] {
  const { registry } = useWorkbench();
  useRegistryVersion();
  const locale = useWb((s) => s.locale);
  const seen = new Map<string, Activity>();
  for (const v of registry.allViews() as ViewContribution[]) {
    const id = v.container ?? v.id;
    if (!seen.has(id)) seen.set(id, { id, title: titleText(v.title, locale), icon: v.icon ?? ICONS[id] ?? ICONS.plugin });
  }
  return [...seen.values()];
}

/** The vertical activity bar: a tablist that selects the side bar's view. */
export function ActivityBar() {
  const { controller, uid } = useWorkbench();
  const activities = useActivities();
  const active = useWb((s) => s.activity);
  const sideBarVisible = useWb((s) => s.sideBarVisible);
  const locale = useWb((s) => s.locale);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = activities.findIndex((a) => a.id === active);
    let j = -1;
    if (e.key === 'ArrowDown') j = (i + 1) % activities.length;
    else if (e.key === 'ArrowUp') j = (i - 1 + activities.length) % activities.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = activities.length - 1;
    else return;
    e.preventDefault();
    e.stopPropagation();
    const next = activities[j]!;
    controller.setActivity(next.id === active ? next.id : next.id);
    if (!controller.getState().sideBarVisible) controller.toggleSideBar(true);
    refs.current[j]?.focus();
  };

  return (
    <div className="sx-wb-activitybar" role="tablist" aria-orientation="vertical" aria-label={t(locale, 'activityBar')} onKeyDown={onKeyDown}>
      {activities.map((a, i) => {
        const selected = a.id === active && sideBarVisible;
        return (
          <button
            key={a.id}
            ref={(el) => { refs.current[i] = el; }}
            type="button"
            role="tab"
            id={`${uid}-activity-${a.id}`}
            aria-selected={selected}
            aria-controls={`${uid}-sidebar`}
            aria-label={a.title}
            title={a.title}
            tabIndex={a.id === active ? 0 : -1}
            className="sx-wb-activity"
            data-selected={selected || undefined}
            onClick={() => controller.setActivity(a.id)}
          >
            {a.icon}
          </button>
        );
      })}
    </div>
  );
}
