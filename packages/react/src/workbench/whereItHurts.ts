import {
  DERMATOMES, DERMATOME_LOCALES, PAIN_PATTERNS, dermatomePhrase, localizeDermatome, localizePainPattern, painPatternsForProcedure,
  type DermatomeLocales,
} from '@spine-explainer/anatomy';

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

/**
 * Plain-words caption for the shaded area in the viewer's locale, honest about what the model cannot show
 * (our skin ends at the elbows and about 20 cm below the knees). Any locale falls back to English, field by
 * field; pass `mergeDermatomeLocales(DERMATOME_LOCALES, { fr: … }).locales` to add one.
 */
export function dermatomeCaption(root?: string, pattern?: string, locale = 'en', locales: DermatomeLocales = DERMATOME_LOCALES): string | undefined {
  if (root && DERMATOMES.some((x) => x.root === root)) {
    const d = localizeDermatome(root, locale, locales);
    const continues = d.continues ? ` ${dermatomePhrase('band', locale, { continues: d.continues }, locales)}` : '';
    return `${d.root}: ${d.description}${continues} ${dermatomePhrase('overlap', locale, {}, locales)}`;
  }
  if (!root && pattern && PAIN_PATTERNS.some((x) => x.id === pattern)) {
    const p = localizePainPattern(pattern, locale, locales);
    const continues = p.continues ? ` ${dermatomePhrase('pattern', locale, { continues: p.continues }, locales)}` : '';
    return `${p.name}: ${p.description}${continues}`;
  }
  return undefined;
}

/** The words for what "where it hurts" shades, in the workbench's locale; undefined when nothing is shaded. */
export function whereItHurtsCaption(
  selectedStructure: string | undefined, procedureId: string, level: string | undefined, locale: string, locales?: DermatomeLocales,
): string | undefined {
  const { root, pattern } = whereItHurts(selectedStructure, procedureId, level);
  return dermatomeCaption(root, pattern, locale, locales);
}
