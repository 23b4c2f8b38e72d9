import { painPatternsForProcedure, type DermatomeLocales } from '@spine-explainer/anatomy';
import { dermatomeCaption } from '../DermatomeOverlay';

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

/** The words for what "where it hurts" shades, in the workbench's locale; undefined when nothing is shaded. */
export function whereItHurtsCaption(
  selectedStructure: string | undefined, procedureId: string, level: string | undefined, locale: string, locales?: DermatomeLocales,
): string | undefined {
  const { root, pattern } = whereItHurts(selectedStructure, procedureId, level);
  return dermatomeCaption(root, pattern, locale, locales);
}
