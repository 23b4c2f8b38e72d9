/**
 * "Where it hurts": dermatome bands and the pain patterns procedures are meant for, as weights on the
 * vertices of the model's skin. Pure and framework-free (three is only read through the geometry).
 */
import type { SpineModel } from '../types';
import { bodyMap } from './bodyMap';
import { regionWeights } from './regions';
import { DERMATOMES, PAIN_PATTERNS, type Dermatome, type PainPattern } from './table';

export { DERMATOMES, DERMATOME_ROOTS, PAIN_PATTERNS } from './table';
export type { Dermatome, PainPattern, PainPatternId } from './table';
export type { Region as DermatomeRegion } from './regions';
export { SOURCES as DERMATOME_SOURCES } from './sources';
export type { Source as DermatomeSource, SourceKey as DermatomeSourceKey } from './sources';
export { PROCEDURE_PAIN_PATTERNS, painPatternsForProcedure } from './procedures';
export {
  DERMATOME_LOCALES, dermatomePhrase, localizeDermatome, localizePainPattern, mergeDermatomeLocales,
} from './locale';
export type { DermatomeLocale, DermatomeLocales, DermatomePhrase, LocalizedDermatome, LocalizedPainPattern } from './locale';

export const PAIN_PATTERN_IDS: readonly string[] = PAIN_PATTERNS.map((p) => p.id);

export function getDermatome(root: string): Dermatome {
  const d = DERMATOMES.find((x) => x.root === root);
  if (!d) throw new Error(`Unknown dermatome root "${root}". Known roots: ${DERMATOMES.map((x) => x.root).join(', ')}.`);
  return d;
}

export function getPainPattern(id: string): PainPattern {
  const p = PAIN_PATTERNS.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown pain pattern "${id}". Known patterns: ${PAIN_PATTERNS.map((x) => x.id).join(', ')}.`);
  return p;
}

/** One weight 0..1 per vertex of `model.get('skin').geometry`: the dermatome of `root` (both sides), soft at the edges. */
export function dermatomeWeights(model: SpineModel, root: string): Float32Array {
  return regionWeights(bodyMap(model), getDermatome(root).regions);
}

/** One weight 0..1 per skin vertex: where the pain pattern is felt (both sides; the strongest areas near 1). */
export function painPatternWeights(model: SpineModel, pattern: string): Float32Array {
  return regionWeights(bodyMap(model), getPainPattern(pattern).regions);
}
