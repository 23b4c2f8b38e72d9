import type { Locale, ReadingLevel, SceneMode, Status, ViewName } from './types';
import { format, stringsFor } from './strings';

/** Everything the live region talks about: plain values, so the description is a pure function. */
export interface DescribeInput {
  locale?: Locale | string;
  readingLevel?: ReadingLevel;
  status: Status;
  error?: string;
  procedureId: string;
  procedureTitle: string;
  step: number; // 0-based
  stepCount: number;
  stepTitle?: string;
  level?: string;
  side?: string;
  site?: string;
  /** Progress of each motion at the end of the current step, 0…1. */
  needle?: number;
  spread?: number;
  lead?: number;
  hasNeedle?: boolean;
  hasLead?: boolean;
  /** Plain name of the needle's target structure, used when a procedure has no phrase of its own. */
  targetName?: string;
  view?: ViewName;
  mode?: SceneMode;
}

const dash = (level: string | undefined) => (level ?? '').replace('-', '–');
const parts = (level: string | undefined) => (level ?? '').split('-');

type Phrase = (a: { level?: string; side?: string; site?: string; upper: string; lower: string; sideWord: string; targetName: string }) => string;

const TARGET: Record<'en' | 'es', Record<string, Phrase>> = {
  en: {
    'epidural-transforaminal': (a) => `in the ${a.sideWord} ${dash(a.level)} foramen, below the ${a.upper} pedicle`,
    'selective-nerve-root-block': (a) => `beside the ${a.sideWord} ${a.upper} nerve root, where it leaves the spine`,
    'epidural-interlaminar': (a) => `in the epidural space between the ${a.upper} and ${a.lower} laminae`,
    'epidural-caudal': () => 'in the sacral canal, entered through the sacral hiatus',
    'facet-joint-injection': (a) => `inside the ${a.sideWord} ${dash(a.level)} facet joint`,
    'medial-branch-block': (a) => `on the ${a.sideWord} ${a.upper} medial branch nerve, resting on bone`,
    'radiofrequency-ablation': (a) => `alongside the ${a.sideWord} ${a.upper} medial branch nerve, resting on bone`,
    'stellate-ganglion-block': (a) => `next to the ${a.sideWord} stellate ganglion, in the lower neck`,
    'lumbar-sympathetic-block': (a) => `beside the ${a.sideWord} sympathetic chain, at the front of the ${a.upper || 'L3'} vertebra`,
    'occipital-nerve-block': (a) => `at the ${a.sideWord} greater occipital nerve, at the back of the head`,
    'genicular-nerve-block': (a) => `on the genicular nerves around the ${a.sideWord} knee`,
    'suprascapular-nerve-block': (a) => `at the ${a.sideWord} suprascapular nerve, in the notch of the shoulder blade`,
    'trigger-point-injection': (a) => `in the tight spot of the ${a.sideWord} ${a.site ? a.site.replace(/-/g, ' ') : 'muscle'}${a.site ? ' muscle' : ''}`,
    'knee-joint-injection': (a) => `inside the ${a.sideWord} knee joint`,
    'hip-joint-injection': (a) => `inside the ${a.sideWord} hip joint`,
    'shoulder-joint-injection': (a) => (a.site === 'subacromial' ? `in the bursa under the ${a.sideWord} acromion` : `inside the ${a.sideWord} shoulder joint`),
    'sacroiliac-joint-injection': (a) => `inside the lower part of the ${a.sideWord} sacroiliac joint`,
  },
  es: {
    'epidural-transforaminal': (a) => `en el agujero ${dash(a.level)} ${a.sideWord}, debajo del pedículo de ${a.upper}`,
    'selective-nerve-root-block': (a) => `junto a la raíz nerviosa ${a.upper} ${a.sideWord}, donde sale de la columna`,
    'epidural-interlaminar': (a) => `en el espacio epidural entre las láminas de ${a.upper} y ${a.lower}`,
    'epidural-caudal': () => 'en el conducto sacro, a través del hiato sacro',
    'facet-joint-injection': (a) => `dentro de la articulación facetaria ${dash(a.level)} ${a.sideWord}`,
    'medial-branch-block': (a) => `sobre el ramo medial ${a.upper} ${a.sideWord}, apoyada en el hueso`,
    'radiofrequency-ablation': (a) => `a lo largo del ramo medial ${a.upper} ${a.sideWord}, apoyada en el hueso`,
    'stellate-ganglion-block': (a) => `junto al ganglio estrellado ${a.sideWord}, en la parte baja del cuello`,
    'lumbar-sympathetic-block': (a) => `junto a la cadena simpática ${a.sideWord}, delante de la vértebra ${a.upper || 'L3'}`,
    'occipital-nerve-block': (a) => `en el nervio occipital mayor ${a.sideWord}, en la nuca`,
    'genicular-nerve-block': (a) => `sobre los nervios geniculares de la rodilla ${a.sideWord}`,
    'suprascapular-nerve-block': (a) => `en el nervio supraescapular ${a.sideWord}, en la escotadura de la escápula`,
    'trigger-point-injection': (a) => `en el punto tenso del músculo ${a.site ? a.site.replace(/-/g, ' ') + ' ' : ''}${a.sideWord}`,
    'knee-joint-injection': (a) => `dentro de la articulación de la rodilla ${a.sideWord}`,
    'hip-joint-injection': (a) => `dentro de la articulación de la cadera ${a.sideWord}`,
    'shoulder-joint-injection': (a) => (a.site === 'subacromial' ? `en la bursa bajo el acromion ${a.sideWord}` : `dentro de la articulación del hombro ${a.sideWord}`),
    'sacroiliac-joint-injection': (a) => `dentro de la parte baja de la articulación sacroilíaca ${a.sideWord}`,
  },
};

const SIDE_WORD = {
  en: { left: 'left', right: 'right', bilateral: 'left and right' },
  es: { left: 'izquierdo', right: 'derecho', bilateral: 'izquierdo y derecho' },
} as const;

/** Where the needle tip is, in words: "in the left L4–L5 foramen, below the L4 pedicle". */
export function describeTarget(input: Pick<DescribeInput, 'procedureId' | 'level' | 'side' | 'site' | 'targetName' | 'locale'>): string {
  const lang = input.locale === 'es' ? 'es' : 'en';
  const [upper = '', lower = ''] = parts(input.level);
  const sideWord = input.side ? (SIDE_WORD[lang] as Record<string, string>)[input.side] ?? input.side : '';
  const phrase = TARGET[lang][input.procedureId];
  const args = { level: input.level, side: input.side, site: input.site, upper, lower, sideWord, targetName: input.targetName ?? '' };
  if (phrase) return phrase(args).replace(/\s+/g, ' ').trim();
  const name = input.targetName ?? (lang === 'es' ? 'el objetivo' : 'the target');
  return lang === 'es' ? `en ${name}` : `at the ${name}`;
}

/**
 * The live-region sentence for the current state, e.g.
 * "Step 3 of 5: the needle tip is in the left L4–L5 foramen, below the L4 pedicle."
 */
export function describeState(input: DescribeInput): string {
  const lang = input.locale === 'es' ? 'es' : 'en';
  const t = stringsFor(lang);
  if (input.status === 'loading') return t.loading;
  if (input.status === 'error') return `${t.errorTitle}. ${input.error ?? ''}`.trim();
  const where = describeTarget(input);
  const stepPart = input.stepCount > 0 ? format(t.stepOf, { n: input.step + 1, count: input.stepCount }) : input.procedureTitle;
  const sentences: string[] = [];
  const needle = input.needle ?? 0;
  const spread = input.spread ?? 0;
  const lead = input.lead ?? 0;
  if (input.hasLead && lead > 0) {
    sentences.push(lang === 'es'
      ? `el electrodo sube por el espacio epidural detrás de la médula${lead >= 1 && input.level ? `, con la punta en ${input.level}` : ''}`
      : `the lead runs up the epidural space behind the spinal cord${lead >= 1 && input.level ? `, its tip at ${input.level}` : ''}`);
  } else if (input.hasNeedle && needle >= 1) {
    sentences.push(lang === 'es' ? `la punta de la aguja está ${where}` : `the needle tip is ${where}`);
  } else if (input.hasNeedle && needle > 0) {
    sentences.push(lang === 'es' ? `la aguja avanza hacia su objetivo, ${where}` : `the needle is advancing toward its target, ${where}`);
  } else {
    sentences.push(lang === 'es' ? `el objetivo está ${where}` : `the target is ${where}`);
  }
  if (spread > 0) sentences.push(lang === 'es' ? 'el medicamento se extiende alrededor del objetivo' : 'the medicine spreads around the target');
  const view = input.view ? (input.mode === 'fluoro' ? `${t.fluoro}, ${t.fluoroView[input.view]}` : t.view[input.view]) : '';
  const title = input.stepTitle ? ` ${input.stepTitle}.` : '';
  const body = sentences.join('; ');
  return `${stepPart}:${title} ${body.charAt(0).toUpperCase()}${body.slice(1)}.${view ? ` ${lang === 'es' ? 'Vista' : 'View'}: ${view}.` : ''}`.replace(/\s+/g, ' ').trim();
}
