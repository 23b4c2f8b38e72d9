import type { PainPatternId } from './table';

/**
 * Which pain pattern(s) a procedure is meant for. Level-dependent procedures take the procedure's `level`
 * in the catalog's sense (DESIGN §3): an interspace `A-B` for facet injections and epidurals, a vertebra for
 * nerve root and medial branch blocks and RFA. Procedures without a published referral map return [].
 */
export const PROCEDURE_PAIN_PATTERNS: Readonly<Record<string, readonly PainPatternId[]>> = {
  'medial-branch-block': ['lumbar-facet', 'cervical-facet'],
  'radiofrequency-ablation': ['lumbar-facet', 'cervical-facet'],
  'facet-joint-injection': ['lumbar-facet', 'cervical-facet'],
  'selective-nerve-root-block': ['radicular-L5'],
  'epidural-transforaminal': ['radicular-L4', 'radicular-L5'],
  'epidural-interlaminar': ['radicular-L5', 'radicular-S1'],
  'epidural-caudal': ['radicular-S1', 'radicular-L5'],
  'sacroiliac-joint-injection': ['sacroiliac'],
  'occipital-nerve-block': ['occipital'],
  'scs-trial': ['radicular-L5', 'radicular-S1'],
  'scs-permanent': ['radicular-L5', 'radicular-S1'],
};

const RADICULAR = new Set(['C5', 'C6', 'C7', 'C8', 'L3', 'L4', 'L5', 'S1']);
const radicular = (root: string | undefined): PainPatternId[] => (root && RADICULAR.has(root) ? [`radicular-${root}` as PainPatternId] : []);

/** The pain pattern(s) for a procedure at a level (see PROCEDURE_PAIN_PATTERNS for the defaults without a level). */
export function painPatternsForProcedure(procedureId: string, level?: string): PainPatternId[] {
  const base = PROCEDURE_PAIN_PATTERNS[procedureId];
  if (!base) return [];
  if (!level) return [...base];
  const first = level.split('-')[0]!;
  const region = first.startsWith('C') && first !== 'Co' ? 'cervical' : first.startsWith('T') ? 'thoracic' : 'lumbosacral';
  switch (procedureId) {
    case 'medial-branch-block': case 'radiofrequency-ablation': case 'facet-joint-injection':
      return region === 'cervical' ? ['cervical-facet'] : region === 'lumbosacral' ? ['lumbar-facet'] : [];
    case 'selective-nerve-root-block':
      return radicular(first);
    case 'epidural-transforaminal':
      // The foramen between A and B, where root A exits.
      return radicular(first);
    case 'epidural-interlaminar':
      return region === 'cervical' ? ['radicular-C6', 'radicular-C7'] : region === 'lumbosacral' ? ['radicular-L5', 'radicular-S1'] : [];
    default:
      return [...base];
  }
}
