import { useMemo } from 'react';
import { regionOf } from '@spine-explainer/anatomy';
import { anatomyTree, describeStructure } from './anatomyTree';
import { VIEW_ORDER } from './builtins';
import { procedureName, stepTitle, text, useRegistryVersion, useWb, useWorkbench } from './context';
import { ALL_LAYERS } from './deepLink';
import { formatChord } from './keybindings';
import { t, type StringKey } from './strings';
import { TreeView, type TreeNode } from './TreeView';
import type { ViewContribution } from './types';
import type { Locale, Theme } from '../types';

const CATEGORIES = ['nerve-block', 'injection', 'stimulation'] as const;

/** Explorer: categories -> procedures -> steps. */
export function ProceduresView() {
  const { controller, uid } = useWorkbench();
  useRegistryVersion();
  const locale = useWb((s) => s.locale);
  const activeTab = useWb((s) => s.tabs.find((x) => x.id === (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId)));
  const all = controller.procedures();
  const nodes = useMemo<TreeNode[]>(() => {
    const cats = [...CATEGORIES, ...new Set(all.map((p) => p.category ?? 'other').filter((c) => !(CATEGORIES as readonly string[]).includes(c)))];
    return cats
      .map((cat) => ({
        id: `c:${cat}`,
        label: (CATEGORIES as readonly string[]).includes(cat) ? t(locale, `category.${cat}` as StringKey) : cat,
        children: all.filter((p) => (p.category ?? 'other') === cat).map((p) => ({
          id: `p:${p.id}`,
          label: procedureName(p, locale),
          detail: p.defaultLevel ? p.defaultLevel.replace('-', '–') : undefined,
          children: p.steps.map((_, i) => ({ id: `st:${p.id}:${i}`, label: `${i + 1}. ${stepTitle(p, i, locale)}` })),
        })),
      }))
      .filter((c) => c.children.length);
  }, [all, locale]);
  const selectedId = activeTab ? `st:${activeTab.procedureId}:${activeTab.step}` : undefined;
  const cat = activeTab ? all.find((p) => p.id === activeTab.procedureId)?.category : undefined;
  return (
    <TreeView
      reveal={activeTab ? [`c:${cat ?? 'other'}`, `p:${activeTab.procedureId}`] : undefined}
      idPrefix={`${uid}-explorer`}
      label={t(locale, 'activity.procedures')}
      nodes={nodes}
      selectedId={selectedId}
      defaultExpanded={nodes.map((n) => n.id)}
      onActivate={(node) => {
        if (node.id.startsWith('p:')) controller.openProcedure(node.id.slice(2));
        else if (node.id.startsWith('st:')) {
          const [, id, step] = node.id.split(':');
          controller.openProcedure(id!, { step: Number(step) });
        }
      }}
    />
  );
}

/** Anatomy: regions -> levels -> structures; picking one highlights it and explains it. */
export function AnatomyView() {
  const { controller, uid } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const selected = useWb((s) => s.selectedStructure);
  const nodes = useMemo(() => anatomyTree(locale, (k) => t(locale, `region.${k}` as StringKey)), [locale]);
  const info = selected ? describeStructure(selected, locale) : undefined;
  const tab = controller.currentTab();
  const level = selected?.match(/-((?:C|T|L|S)\d{1,2})(?:-|$)/)?.[1] ?? tab?.level?.split('-')[0];
  const region = level ? regionOf(level) : undefined;
  return (
    <>
      <TreeView
        idPrefix={`${uid}-anatomy`}
        label={t(locale, 'activity.anatomy')}
        nodes={nodes}
        selectedId={selected ? `s:${selected}` : undefined}
        defaultExpanded={region ? [] : ['r:lumbar']}
        reveal={region && level ? [`r:${region === 'coccygeal' ? 'sacral' : region}`, `l:${level}`] : undefined}
        onActivate={(node) => {
          const n = node as TreeNode & { structureId?: string };
          if (n.structureId) controller.selectStructure(n.structureId === selected ? undefined : n.structureId);
        }}
      />
      <div className="sx-wb-structure-info" aria-live="polite">
        {info ? (
          <>
            <h3 className="sx-wb-section-title">{info.name}</h3>
            <p>{info.description}</p>
          </>
        ) : <p className="sx-wb-muted">{t(locale, 'noStructure')}</p>}
      </div>
    </>
  );
}

/** Layer toggles, labels and imaging mode. */
export function LayersView() {
  const { controller } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const layers = useWb((s) => s.layers);
  const labels = useWb((s) => s.labels);
  const mode = useWb((s) => s.tabs.find((x) => x.id === s.activeTabId)?.mode);
  return (
    <fieldset className="sx-wb-fieldset">
      <legend className="sx-wb-visually-hidden">{t(locale, 'activity.layers')}</legend>
      {ALL_LAYERS.map((l) => (
        <label key={l} className="sx-wb-check">
          <input type="checkbox" checked={layers[l]} onChange={() => controller.toggleLayer(l)} />
          {t(locale, `layer.${l}` as StringKey)}
        </label>
      ))}
      <label className="sx-wb-check">
        <input type="checkbox" checked={labels} onChange={() => controller.toggleLabels()} />
        {t(locale, 'labels')} <kbd>L</kbd>
      </label>
      <label className="sx-wb-check">
        <input type="checkbox" checked={mode === 'fluoro'} disabled={!mode} onChange={() => controller.setMode(mode === 'fluoro' ? 'anatomy' : 'fluoro')} />
        {t(locale, 'mode.fluoro')} <kbd>X</kbd>
      </label>
    </fieldset>
  );
}

/** Camera views 1–5, split and linked cameras. */
export function ViewsView() {
  const { controller } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const view = useWb((s) => s.tabs.find((x) => x.id === (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId))?.view);
  const split = useWb((s) => s.splitTabId !== undefined);
  const linked = useWb((s) => s.linkedCameras);
  return (
    <>
      <div role="radiogroup" aria-label={t(locale, 'view')} className="sx-wb-radios">
        {VIEW_ORDER.map((v, i) => (
          <label key={v} className="sx-wb-check">
            <input type="radio" name="sx-wb-view" checked={view === v} disabled={!view} onChange={() => controller.setView(v)} />
            {t(locale, `view.${v}` as StringKey)} <kbd>{i + 1}</kbd>
          </label>
        ))}
      </div>
      <div className="sx-wb-buttons">
        <button type="button" className="sx-wb-button" disabled={!view} onClick={() => (split ? controller.unsplit() : controller.split())}>
          {t(locale, split ? 'unsplit' : 'split')}
        </button>
      </div>
      <label className="sx-wb-check">
        <input type="checkbox" checked={linked} onChange={() => controller.setLinkedCameras(!linked)} />
        {t(locale, 'linkedCameras')}
      </label>
    </>
  );
}

/** Theme, language, reading level, accent and the consult tools. */
export function SettingsView() {
  const { controller, uid } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const theme = useWb((s) => s.theme);
  const reading = useWb((s) => s.readingLevel);
  const accent = useWb((s) => s.accent);
  return (
    <div className="sx-wb-settings">
      <fieldset className="sx-wb-fieldset">
        <legend>{t(locale, 'theme')}</legend>
        {(['light', 'dark', 'high-contrast'] as Theme[]).map((th) => (
          <label key={th} className="sx-wb-check">
            <input type="radio" name={`${uid}-theme`} checked={theme === th} onChange={() => controller.setTheme(th)} />
            {t(locale, `theme.${th}` as StringKey)}
          </label>
        ))}
      </fieldset>
      <label className="sx-wb-field">
        <span>{t(locale, 'language')}</span>
        <select value={locale} onChange={(e) => controller.setLocale(e.target.value as Locale)}>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </label>
      <fieldset className="sx-wb-fieldset">
        <legend>{t(locale, 'readingLevel')}</legend>
        {(['patient', 'clinician'] as const).map((r) => (
          <label key={r} className="sx-wb-check">
            <input type="radio" name={`${uid}-reading`} checked={reading === r} onChange={() => controller.setReadingLevel(r)} />
            {t(locale, `reading.${r}`)}
          </label>
        ))}
      </fieldset>
      <label className="sx-wb-field">
        <span>{t(locale, 'accent')}</span>
        <input type="color" value={accent ?? '#005fb8'} onChange={(e) => controller.setAccent(e.target.value)} />
      </label>
      <div className="sx-wb-buttons">
        <button type="button" className="sx-wb-button" onClick={() => controller.togglePresenter(true)}>{text({ en: 'Presenter mode', es: 'Modo presentación' }, locale)} <kbd>P</kbd></button>
        <button type="button" className="sx-wb-button" onClick={() => controller.openPatientWindow()}>{t(locale, 'patientWindow')} <kbd>W</kbd></button>
        <button type="button" className="sx-wb-button" onClick={() => controller.toggleHelp(true)}>{t(locale, 'help')} <kbd>{formatChord('?')}</kbd></button>
      </div>
    </div>
  );
}

/** The built-in side-bar views, registered through the same registry as a host's views. */
export function builtinViews(): ViewContribution[] {
  return [
    { id: 'procedures', title: (l) => t(l, 'activity.procedures'), order: 0, render: () => <ProceduresView /> },
    { id: 'anatomy', title: (l) => t(l, 'activity.anatomy'), order: 1, render: () => <AnatomyView /> },
    { id: 'layers', title: (l) => t(l, 'activity.layers'), order: 2, render: () => <LayersView /> },
    { id: 'views', title: (l) => t(l, 'activity.views'), order: 3, render: () => <ViewsView /> },
    { id: 'settings', title: (l) => t(l, 'activity.settings'), order: 4, render: () => <SettingsView /> },
  ];
}
