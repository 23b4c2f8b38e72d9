import type { ProcedureLike, Side } from './types';

export interface ResolvedOptions {
  level?: string;
  side?: Side;
  site?: string;
  /** Messages for requested values the procedure does not allow (the default is used instead). */
  problems: { field: 'level' | 'side' | 'site'; value: string; message: string }[];
}

const list = (v: readonly string[]) => (v.length ? v.join(', ') : '(none)');

/** Applies a procedure's defaults and checks requested values against the allowed ones. Pure. */
export function resolveOptions(procedure: ProcedureLike | undefined, requested: { level?: string; side?: string; site?: string }): ResolvedOptions {
  const problems: ResolvedOptions['problems'] = [];
  if (!procedure) return { problems };
  const pick = <T extends string>(field: 'level' | 'side' | 'site', allowed: readonly T[], fallback: T | undefined, value: string | undefined): T | undefined => {
    // A procedure without this choice ignores it (a midline procedure given a side, say).
    if (allowed.length === 0) return undefined;
    if (value === undefined || value === '') return fallback ?? allowed[0];
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push({ field, value, message: `Unknown ${field} "${value}" for ${procedure.id}; expected one of: ${list(allowed)}.` });
    return fallback ?? allowed[0];
  };
  return {
    level: pick('level', procedure.levels, procedure.defaultLevel, requested.level),
    side: pick('side', procedure.sides, procedure.defaultSide, requested.side),
    site: pick('site', procedure.sites, procedure.defaultSite, requested.site),
    problems,
  };
}

/** The message for an unknown procedure id, listing the valid ones. */
export function unknownProcedureMessage(id: string, ids: readonly string[]): string {
  return `Unknown procedure "${id}"; expected one of: ${list(ids)}.`;
}
