import { painPatternsForProcedure } from '@spine-explainer/anatomy';

const ROOT = /^(?:nerve-root|dorsal-root-ganglion)-((?:C|T|L|S)\d{1,2})-(?:left|right)$/;

/**
 * What "where it hurts" shades: a selected nerve root (or its ganglion) shows that root's dermatome;
 * otherwise the pain pattern the procedure is meant for, at its level (none for procedures without one).
 */
export function whereItHurts(selectedStructure: string | undefined, procedureId: string, level: string | undefined): { root?: string; pattern?: string } {
  const root = selectedStructure?.match(ROOT)?.[1];
  if (root) return { root };
  const pattern = painPatternsForProcedure(procedureId, level)[0];
  return pattern ? { pattern } : {};
}
