import type { DermatomeLocale } from '../locale';
import { DERMATOMES, PAIN_PATTERNS } from '../table';

/**
 * English, read from `table.ts` (the reviewed source text sits beside its regions and sources), plus the caption
 * phrases and the radicular templates that other locales translate.
 */
export const DERMATOME_LOCALE_EN: DermatomeLocale = {
  dermatomes: Object.fromEntries(DERMATOMES.map((d) => [d.root, d.continues ? { description: d.description, continues: d.continues } : { description: d.description }])),
  patterns: Object.fromEntries(PAIN_PATTERNS.map((p) => [p.id, { name: p.name, description: p.description }])),
  radicular: {
    name: '{root} radicular pain',
    description: "Pain that shoots along the {root} nerve's band of skin: {band} It follows the dermatome only roughly; bands overlap.",
  },
  phrases: {
    band: 'The band {continues}.',
    pattern: 'It {continues}.',
    overlap: 'Bands vary between people and overlap.',
  },
};
