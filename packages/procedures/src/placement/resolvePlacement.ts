import type { SpineModel } from '@spine-explainer/anatomy';
import { getProcedure } from '../catalog/index';
import { ProcedureError } from '../errors';
import { resolveIds, resolveOptions, spreadSpecs, type ResolvedOptions } from '../options';
import type { Placement, PlacementOptions, Procedure } from '../types';
import { indexOf, type ModelIndex } from './modelIndex';
import { placeNeedle } from './needle';
import { placeScs } from './scs';
import { TECHNIQUES } from './techniques';

/**
 * Places a procedure on a model: needles (skin entry → target), SCS leads, extensions and devices,
 * the structures to highlight and the injectate spread, all computed from the model's landmarks and
 * geometry at the requested level, side and site. Throws `ProcedureError` for an unknown id or an
 * option the procedure does not allow (naming it and the allowed values), and for a model that lacks
 * a landmark or structure the placement needs (`code: 'missing-anatomy'`).
 */
export function resolvePlacement(model: SpineModel, procedureId: string, options: PlacementOptions = {}): Placement {
  const proc = getProcedure(procedureId);
  const o = resolveOptions(proc, options);
  if (!model || typeof model !== 'object' || typeof model.landmark !== 'function' || typeof model.get !== 'function') {
    throw new ProcedureError('bad-option', `resolvePlacement needs a SpineModel from createSpineModel() as its first argument, got ${model === null ? 'null' : typeof model}.`, model, ['SpineModel']);
  }
  const ix = indexOf(model);
  const placement: Placement = {
    procedureId: proc.id,
    needles: [],
    leads: [],
    extensions: [],
    devices: [],
    highlight: [],
    spread: [],
  };
  if (o.level !== undefined) placement.level = o.level;
  if (o.side !== undefined) placement.side = o.side;
  if (o.site !== undefined) placement.site = o.site;

  if (proc.category === 'stimulation') {
    Object.assign(placement, placeScs(ix, o));
  } else {
    const technique = TECHNIQUES[proc.id];
    if (!technique) throw new ProcedureError('unknown-procedure', `No placement technique for "${proc.id}"; expected one of: ${Object.keys(TECHNIQUES).join(', ')}, scs-trial, scs-permanent.`, proc.id, Object.keys(TECHNIQUES));
    placement.needles = technique(ix, o).map((spec) => placeNeedle(ix, spec));
  }

  placement.highlight = highlights(ix, o, placement);
  placement.spread = spreadSpecs(o).flatMap((s) => resolveIds([s.structure], o).map((structure) => ({ structure, volumeMl: s.volumeMl })));
  return placement;
}

function highlights(ix: ModelIndex, o: ResolvedOptions, p: Placement): string[] {
  const ids = [
    ...p.needles.map((n) => n.targetStructure),
    ...p.leads.map((l) => l.tipStructure),
    ...resolveIds(o.procedure.steps.flatMap((s) => s.highlight), o),
  ];
  const out: string[] = [];
  for (const id of ids) {
    const parts = ix.has(id) ? [id] : ix.model.group(id).map((s) => s.id);
    for (const part of parts) if (!out.includes(part)) out.push(part);
  }
  return out;
}

/**
 * A step's `show` and `highlight` with placeholders filled for these options (layers such as
 * `layer:bone` and groups such as `vertebra-L4` are kept as they are).
 */
export function resolveStep(
  procedure: Procedure | string,
  stepIndex: number,
  options: PlacementOptions = {},
): { show: string[]; highlight: string[] } {
  const proc = typeof procedure === 'string' ? getProcedure(procedure) : procedure;
  const step = proc.steps[stepIndex];
  if (!step) {
    throw new ProcedureError(
      'bad-option',
      `Step ${stepIndex} does not exist in ${proc.id}; expected 0 to ${proc.steps.length - 1}.`,
      stepIndex,
      proc.steps.map((_, i) => String(i)),
    );
  }
  const o = resolveOptions(proc, options);
  return { show: resolveIds(step.show, o), highlight: resolveIds(step.highlight, o) };
}
