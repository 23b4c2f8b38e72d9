import { UI_STRINGS, uiText } from '@spine-explainer/procedures';
import type { Locale } from './types';

/** Every UI string and ARIA label of the viewer. Procedure content comes from the catalog. */
export interface UiStrings {
  region: string; // {title}
  sceneLabel: string; // {title}
  loading: string;
  loadingModel: string;
  ready: string;
  noWebgl: string;
  contextLost: string;
  errorTitle: string;
  procedure: string;
  level: string;
  side: string;
  site: string;
  left: string;
  right: string;
  bilateral: string;
  play: string;
  pause: string;
  next: string;
  previous: string;
  stepOf: string; // {n} {count}
  scrubber: string;
  views: string;
  view: Record<'posterior' | 'lateral' | 'oblique-left' | 'oblique-right' | 'anterior' | 'close-up', string>;
  fluoroView: Record<'posterior' | 'lateral' | 'oblique-left' | 'oblique-right' | 'anterior' | 'close-up', string>;
  fluoro: string;
  anatomy: string;
  layers: string;
  layer: Record<'skin' | 'muscle' | 'bone' | 'disc' | 'neural' | 'devices', string>;
  xray: string;
  isolate: string;
  labels: string;
  disclaimer: string;
  keyboardHelp: string;
  readingLevel: string;
  patient: string;
  clinician: string;
  steps: string;
}

export const STRINGS: Record<Locale, UiStrings> = {
  en: {
    region: '{title}: interactive 3D explainer',
    sceneLabel: '3D view of the spine: {title}. Arrow keys rotate, plus and minus zoom.',
    loading: 'Loading the 3D spine…',
    loadingModel: 'Building the anatomy…',
    ready: 'Ready',
    noWebgl: 'The 3D view is not available in this browser. The steps are described below.',
    contextLost: 'The 3D view stopped. Trying to restore it…',
    errorTitle: 'This procedure cannot be shown',
    procedure: 'Procedure',
    level: 'Level',
    side: 'Side',
    site: 'Site',
    left: 'Left',
    right: 'Right',
    bilateral: 'Both sides',
    play: 'Play',
    pause: 'Pause',
    next: 'Next step',
    previous: 'Previous step',
    stepOf: 'Step {n} of {count}',
    scrubber: 'Step',
    views: 'Views',
    view: { posterior: 'Back', lateral: 'Side', 'oblique-left': 'Oblique left', 'oblique-right': 'Oblique right', anterior: 'Front', 'close-up': 'Close-up' },
    fluoroView: { posterior: 'AP', lateral: 'Lateral', 'oblique-left': 'Left oblique (Scotty dog)', 'oblique-right': 'Right oblique (Scotty dog)', anterior: 'PA', 'close-up': 'Close-up' },
    fluoro: 'X-ray view',
    anatomy: 'Anatomy view',
    layers: 'Layers',
    layer: { skin: 'Skin', muscle: 'Muscle', bone: 'Bone', disc: 'Discs', neural: 'Nerves and cord', devices: 'Instruments and devices' },
    xray: 'See-through',
    isolate: 'Show target only',
    labels: 'Labels',
    disclaimer: 'Patient education, not medical advice. Your doctor will explain what applies to you.',
    keyboardHelp: 'Arrow keys rotate the view, + and − zoom, N and P change step, Space plays or pauses.',
    readingLevel: 'Reading level',
    patient: 'Patient',
    clinician: 'Clinician',
    steps: 'Steps',
  },
  es: {
    region: '{title}: explicación interactiva en 3D',
    sceneLabel: 'Vista 3D de la columna: {title}. Las flechas giran, más y menos acercan.',
    loading: 'Cargando la columna en 3D…',
    loadingModel: 'Construyendo la anatomía…',
    ready: 'Listo',
    noWebgl: 'La vista 3D no está disponible en este navegador. Los pasos se describen abajo.',
    contextLost: 'La vista 3D se detuvo. Intentando restaurarla…',
    errorTitle: 'No se puede mostrar este procedimiento',
    procedure: 'Procedimiento',
    level: 'Nivel',
    side: 'Lado',
    site: 'Sitio',
    left: 'Izquierdo',
    right: 'Derecho',
    bilateral: 'Ambos lados',
    play: 'Reproducir',
    pause: 'Pausa',
    next: 'Paso siguiente',
    previous: 'Paso anterior',
    stepOf: 'Paso {n} de {count}',
    scrubber: 'Paso',
    views: 'Vistas',
    view: { posterior: 'Espalda', lateral: 'Lado', 'oblique-left': 'Oblicua izquierda', 'oblique-right': 'Oblicua derecha', anterior: 'Frente', 'close-up': 'Primer plano' },
    fluoroView: { posterior: 'AP', lateral: 'Lateral', 'oblique-left': 'Oblicua izquierda (perro escocés)', 'oblique-right': 'Oblicua derecha (perro escocés)', anterior: 'PA', 'close-up': 'Primer plano' },
    fluoro: 'Vista de rayos X',
    anatomy: 'Vista anatómica',
    layers: 'Capas',
    layer: { skin: 'Piel', muscle: 'Músculo', bone: 'Hueso', disc: 'Discos', neural: 'Nervios y médula', devices: 'Instrumentos y dispositivos' },
    xray: 'Transparente',
    isolate: 'Solo el objetivo',
    labels: 'Etiquetas',
    disclaimer: 'Educación para pacientes, no es consejo médico. Su médico le explicará lo que se aplica a usted.',
    keyboardHelp: 'Las flechas giran la vista, + y − acercan, N y P cambian de paso, Espacio reproduce o pausa.',
    readingLevel: 'Nivel de lectura',
    patient: 'Paciente',
    clinician: 'Clínico',
    steps: 'Pasos',
  },
};

/** A table of catalog messages keyed by id, then locale (see `UI_STRINGS` and `mergeUiStrings` of the procedures package). */
export type MessageTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Which UI string comes from which catalog message id: the catalog is the one source, ours fill the gaps. */
const FROM_CATALOG: Partial<Record<keyof UiStrings, string>> = {
  play: 'control.play', pause: 'control.pause', next: 'control.next', previous: 'control.previous',
  stepOf: 'step.counter', procedure: 'label.procedure', level: 'label.level', side: 'label.side', site: 'label.site',
  layers: 'label.layers', left: 'side.left', right: 'side.right', bilateral: 'side.bilateral',
  loading: 'status.loading', noWebgl: 'status.noWebgl', contextLost: 'status.contextLost', errorTitle: 'error.title',
  disclaimer: 'disclaimer', readingLevel: 'label.audience', patient: 'audience.patient', clinician: 'audience.clinician',
  steps: 'section.steps',
};

const cache = new Map<string, UiStrings>();

/**
 * The UI strings for a locale: the catalog's messages where it has them (in that locale, else English), ours for the
 * rest. Pass a merged table (`mergeUiStrings(UI_STRINGS, { fr: {…} })`) to add a language.
 */
export function stringsFor(locale: string | undefined, table: MessageTable = UI_STRINGS as MessageTable): UiStrings {
  const code = locale ?? 'en';
  const key = table === (UI_STRINGS as MessageTable) ? code : '';
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const own = STRINGS[code as Locale] ?? STRINGS[code.split('-')[0] as Locale] ?? STRINGS.en;
  const out: UiStrings = { ...own };
  for (const [field, id] of Object.entries(FROM_CATALOG) as [keyof UiStrings, string][]) {
    const entry = table[id];
    if (!entry) continue;
    const has = entry[code] ?? entry[code.split('-')[0]!];
    // Our own table knows this locale and the catalog does not: keep ours rather than fall back to English.
    if (!has && STRINGS[code as Locale]) continue;
    let text = uiText(id, code, undefined, table as never);
    if (field === 'stepOf') text = text.replace('{m}', '{count}');
    (out as unknown as Record<string, string>)[field] = text;
  }
  if (key) cache.set(key, out);
  return out;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}
