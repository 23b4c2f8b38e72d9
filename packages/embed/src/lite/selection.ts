// What a requested procedure/level/side/site resolves to, and the error the viewer shows for it. Pure, so the
// rules (the same as <SpineExplainer>'s) are unit-tested without a DOM.
import {
  buildTracks, resolveOptions, unknownProcedureMessage,
  type ProcedureCatalog, type ProcedureLike, type ResolvedOptions, type SpineError, type StepTrack,
} from '@spine-explainer/react';

/** The procedure the element shows when the page names none (the React component's own default). */
export const DEFAULT_PROCEDURE = 'epidural-transforaminal';

export interface Requested { procedure: string; level?: string; side?: string; site?: string }

/** A selection with the procedure's defaults filled in: what `procedure-change` reports. */
export interface Resolved { procedure: string; level?: string; side?: string; site?: string }

export interface Selection {
  procedure?: ProcedureLike;
  options: ResolvedOptions;
  tracks: readonly StepTrack[];
  resolved: Resolved;
}

/** `previous` lends its tracks when procedure and side are the same, so the scene sees no new steps. */
export function resolveSelection(catalog: ProcedureCatalog, requested: Requested, previous?: Selection): Selection {
  const procedure = catalog.procedures.find((p) => p.id === requested.procedure);
  const options = resolveOptions(procedure, requested);
  const same = previous && previous.procedure === procedure && previous.options.side === options.side;
  return {
    procedure,
    options,
    tracks: same ? previous.tracks : buildTracks(procedure, options.side),
    resolved: { procedure: requested.procedure, level: options.level, side: options.side, site: options.site },
  };
}

export const sameResolved = (a: Resolved | undefined, b: Resolved): boolean =>
  !!a && a.procedure === b.procedure && a.level === b.level && a.side === b.side && a.site === b.site;

/** The first thing wrong, in the order the React viewer reports it. */
export function selectionError(
  catalog: ProcedureCatalog,
  selection: Selection,
  requestedId: string,
  failures: { placement?: string; model?: string },
): SpineError | undefined {
  if (!selection.procedure) {
    return { code: 'unknown-procedure', message: unknownProcedureMessage(requestedId, catalog.procedures.map((p) => p.id)), source: 'api' };
  }
  const problem = selection.options.problems[0];
  if (problem) return { code: 'invalid-option', message: problem.message, source: 'api' };
  if (failures.placement) return { code: 'placement', message: failures.placement, source: 'api' };
  if (failures.model) return { code: 'internal', message: failures.model, source: 'api' };
  return undefined;
}

export const clampStep = (n: number, count: number): number =>
  Math.max(0, Math.min(Math.max(count - 1, 0), Math.round(Number.isFinite(n) ? n : 0)));
