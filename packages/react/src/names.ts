import type { Structure } from '@spine-explainer/anatomy';
import type { ReadingLevel } from './types';

const dash = (s: string) => s.replace(/-(?=[CTLS]\d|Co)/g, '–');

/** Plain words for a structure, for patients; the anatomical name for clinicians. */
export function structureLabel(s: Pick<Structure, 'id' | 'name' | 'level' | 'side'>, readingLevel: ReadingLevel, locale = 'en'): string {
  if (readingLevel === 'clinician' && locale === 'en') return s.name;
  const es = locale === 'es';
  const id = s.id;
  let m: RegExpMatchArray | null;
  if ((m = id.match(/^vertebral-body-(\w+)$/))) return es ? `vértebra ${m[1]}` : `${m[1]} vertebra`;
  if ((m = id.match(/^disc-(\w+-\w+)$/))) return es ? `disco ${dash(m[1]!)}` : `${dash(m[1]!)} disc`;
  if ((m = id.match(/^nerve-root-(\w+)-(left|right)$/))) return es ? `nervio ${m[1]}` : `${m[1]} nerve`;
  if ((m = id.match(/^dorsal-root-ganglion-(\w+)-(left|right)$/))) return es ? `ganglio del nervio ${m[1]}` : `${m[1]} nerve ganglion`;
  if ((m = id.match(/^facet-joint-(\w+-\w+)-(left|right)$/))) return es ? `articulación facetaria ${dash(m[1]!)}` : `${dash(m[1]!)} facet joint`;
  if ((m = id.match(/^medial-branch-(\w+)-(left|right)$/))) return es ? `nervio de la faceta (${m[1]})` : `facet nerve (${m[1]} medial branch)`;
  if ((m = id.match(/^pedicle-(\w+)-(left|right)$/))) return es ? `pedículo ${m[1]}` : `${m[1]} pedicle`;
  if ((m = id.match(/^lamina-(\w+)-(left|right)$/))) return es ? `lámina ${m[1]}` : `${m[1]} lamina`;
  if ((m = id.match(/^ligamentum-flavum-(\w+-\w+)$/))) return es ? 'ligamento amarillo' : 'ligamentum flavum';
  const plain: Record<string, [string, string]> = {
    'epidural-space': ['epidural space', 'espacio epidural'],
    'dural-sac': ['sac around the nerves', 'saco dural'],
    'spinal-cord': ['spinal cord', 'médula espinal'],
    'cauda-equina': ['nerve bundle (cauda equina)', 'cola de caballo'],
    sacrum: ['sacrum (tailbone base)', 'sacro'],
    coccyx: ['tailbone', 'cóccix'],
    skin: ['skin', 'piel'],
  };
  const p = plain[id];
  if (p) return es ? p[1] : p[0];
  return s.name;
}
