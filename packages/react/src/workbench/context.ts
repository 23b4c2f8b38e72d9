import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { format, uiText } from '@spine-explainer/procedures';
import { localize } from '../steps';
import type { Locale, LocalizedText, ProcedureLike, ReadingLevel } from '../types';
import type { WorkbenchInstance } from './controller';
import type { EditorViewComponent } from './EditorView';
import type { Title, WorkbenchState } from './types';

export interface WorkbenchContextValue extends WorkbenchInstance {
  EditorView: EditorViewComponent;
  /** Id prefix of this instance, for ARIA ids. */
  uid: string;
}

export const WorkbenchContext = /* @__PURE__ */ createContext<WorkbenchContextValue | null>(null);

export function useWorkbench(): WorkbenchContextValue {
  const ctx = useContext(WorkbenchContext);
  if (!ctx) throw new Error('Workbench parts must be rendered inside <Workbench>.');
  return ctx;
}

/** Subscribes to one slice of the instance's state. Return primitives or stable references. */
export function useWb<T>(selector: (s: WorkbenchState) => T): T {
  return useStore(useWorkbench().store, selector);
}

/** Re-renders when contributions change. */
export function useRegistryVersion(): number {
  const { registry } = useWorkbench();
  return useSyncExternalStore(registry.subscribe, registry.getVersion, registry.getVersion);
}

export function titleText(title: Title | undefined, locale: Locale): string {
  if (title === undefined) return '';
  return typeof title === 'function' ? title(locale) : localize(title, locale);
}

export function text(value: unknown, locale: Locale): string {
  return localize(value as LocalizedText | undefined, locale);
}

export function procedureName(p: ProcedureLike | undefined, locale: Locale): string {
  if (!p) return '';
  const r = p as Record<string, unknown>;
  return text(r.name ?? r.title, locale) || p.id;
}

/** Placeholder values of a tab (`{level}`, `{side}`, `{site}` in catalog texts), as `procedureText` fills them. */
export interface TextParams { level?: string | undefined; side?: string | undefined; site?: string | undefined }

function fill(s: string, locale: Locale, params?: TextParams): string {
  if (!params || !s.includes('{')) return s;
  return format(s, {
    level: params.level ?? '',
    side: params.side ? uiText(`side.${params.side}`, locale) : '',
    site: params.site ? uiText(`site.${params.site}`, locale) : '',
  });
}

export function stepTitle(p: ProcedureLike | undefined, step: number, locale: Locale, params?: TextParams): string {
  return fill(text(p?.steps[step]?.title, locale), locale, params);
}

export function stepBody(p: ProcedureLike | undefined, step: number, locale: Locale, level: ReadingLevel, params?: TextParams): string {
  return fill(text(p?.steps[step]?.[level], locale), locale, params);
}

export function procedureText(value: unknown, locale: Locale, params?: TextParams): string {
  return fill(text(value, locale), locale, params);
}

export const dashLevel = (level: string | undefined) => (level ? level.replace('-', '–') : '');
