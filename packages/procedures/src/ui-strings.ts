import { format, localize, LOCALE_CODE, type LocaleCode, type LocalizedText } from './locale';

const t = (en: string, es: string): LocalizedText => ({ en, es });

/**
 * Every label, button text, ARIA string and message the React and embed packages show, keyed by a
 * stable message id. `{name}` placeholders are filled by `uiText`. Add a locale by data: pass
 * `{ fr: { 'control.play': 'Lire', … } }` to `mergeUiStrings`.
 */
export const UI_STRINGS = {
  // --- application ---------------------------------------------------------------------------
  'app.label': t('Spine procedure explainer', 'Explicación de procedimientos en la columna'),
  'app.sceneLabel': t('3D model of the spine showing {procedure}', 'Modelo 3D de la columna que muestra {procedure}'),
  'app.keyboardHelp': t(
    'Use the arrow keys to turn the model, plus and minus to zoom, and Page Up or Page Down to change steps.',
    'Use las flechas para girar el modelo, más y menos para acercar o alejar, y Re Pág o Av Pág para cambiar de paso.',
  ),
  disclaimer: t(
    'Patient education, not medical advice. Talk with your doctor about your own care.',
    'Educación para pacientes, no es consejo médico. Hable con su médico sobre su propio cuidado.',
  ),
  // --- playback -------------------------------------------------------------------------------
  'control.play': t('Play', 'Reproducir'),
  'control.pause': t('Pause', 'Pausa'),
  'control.next': t('Next step', 'Paso siguiente'),
  'control.previous': t('Previous step', 'Paso anterior'),
  'control.restart': t('Start over', 'Volver a empezar'),
  'control.resetView': t('Reset view', 'Restablecer vista'),
  'control.zoomIn': t('Zoom in', 'Acercar'),
  'control.zoomOut': t('Zoom out', 'Alejar'),
  'control.fullscreen': t('Full screen', 'Pantalla completa'),
  'control.exitFullscreen': t('Exit full screen', 'Salir de pantalla completa'),
  'control.showText': t('Show the steps as text', 'Mostrar los pasos como texto'),
  'step.counter': t('Step {n} of {m}', 'Paso {n} de {m}'),
  'step.announce': t('Step {n} of {m}: {title}', 'Paso {n} de {m}: {title}'),
  'step.progress': t('Procedure progress', 'Avance del procedimiento'),
  'aria.stepList': t('Procedure steps', 'Pasos del procedimiento'),
  'aria.procedureList': t('Choose a procedure', 'Elija un procedimiento'),
  'aria.viewList': t('Choose a camera view', 'Elija una vista'),
  'aria.layerToggle': t('Show {layer}', 'Mostrar {layer}'),
  'aria.needleAt': t('Needle tip at the {structure}', 'Punta de la aguja en: {structure}'),
  'aria.levelAnnounce': t('Level {level}, {side} side', 'Nivel {level}, lado {side}'),
  // --- choices --------------------------------------------------------------------------------
  'label.procedure': t('Procedure', 'Procedimiento'),
  'label.level': t('Level', 'Nivel'),
  'label.side': t('Side', 'Lado'),
  'label.site': t('Site', 'Sitio'),
  'label.view': t('View', 'Vista'),
  'label.layers': t('Layers', 'Capas'),
  'label.language': t('Language', 'Idioma'),
  'label.audience': t('Explain for', 'Explicar para'),
  'audience.patient': t('Patients', 'Pacientes'),
  'audience.clinician': t('Clinicians', 'Profesionales de salud'),
  'side.left': t('Left', 'Izquierdo'),
  'side.right': t('Right', 'Derecho'),
  'side.bilateral': t('Both sides', 'Ambos lados'),
  // --- layers (one per structure kind) ----------------------------------------------------------
  'layer.bone': t('Bones', 'Huesos'),
  'layer.disc': t('Discs', 'Discos'),
  'layer.joint': t('Joints', 'Articulaciones'),
  'layer.ligament': t('Ligaments', 'Ligamentos'),
  'layer.dura': t('Dura (nerve sac)', 'Duramadre (saco de los nervios)'),
  'layer.space': t('Epidural space', 'Espacio epidural'),
  'layer.cord': t('Spinal cord', 'Médula espinal'),
  'layer.nerve': t('Nerves', 'Nervios'),
  'layer.muscle': t('Muscles', 'Músculos'),
  'layer.skin': t('Skin', 'Piel'),
  // --- camera views ---------------------------------------------------------------------------
  'view.posterior': t('Back view', 'Vista posterior'),
  'view.lateral': t('Side view', 'Vista lateral'),
  'view.oblique-left': t('Angled view from the left', 'Vista oblicua izquierda'),
  'view.oblique-right': t('Angled view from the right', 'Vista oblicua derecha'),
  'view.anterior': t('Front view', 'Vista anterior'),
  'view.close-up': t('Close-up', 'Primer plano'),
  'view.AP': t('X-ray view, front to back (AP)', 'Vista de rayos X, de frente (AP)'),
  'view.fluoro-lateral': t('X-ray view from the side', 'Vista de rayos X lateral'),
  'view.fluoro-oblique': t('Angled X-ray view', 'Vista de rayos X oblicua'),
  'view.announce': t('Now showing: {view}', 'Ahora se muestra: {view}'),
  // --- catalog facets -------------------------------------------------------------------------
  'category.nerve-block': t('Nerve blocks', 'Bloqueos nerviosos'),
  'category.injection': t('Injections', 'Inyecciones'),
  'category.stimulation': t('Spinal cord stimulation', 'Estimulación de la médula espinal'),
  'purpose.diagnostic': t('To find the source of pain', 'Para encontrar el origen del dolor'),
  'purpose.therapeutic': t('To relieve pain', 'Para aliviar el dolor'),
  'purpose.both': t('To find the source of pain and relieve it', 'Para encontrar el origen del dolor y aliviarlo'),
  'imaging.fluoroscopy': t('Live X-ray (fluoroscopy)', 'Rayos X en vivo (fluoroscopia)'),
  'imaging.ultrasound': t('Ultrasound', 'Ecografía'),
  'imaging.landmark': t('Landmarks felt by touch', 'Puntos de referencia al tacto'),
  'imaging.ct': t('CT scan', 'Tomografía (TC)'),
  'position.prone': t('Lying face down', 'Boca abajo'),
  'position.supine': t('Lying on your back', 'Boca arriba'),
  'position.sitting': t('Sitting', 'Sentado'),
  'position.lateral-decubitus': t('Lying on your side', 'Acostado de lado'),
  'needle.spinal': t('spinal needle', 'aguja espinal'),
  'needle.tuohy': t('Tuohy (epidural) needle', 'aguja de Tuohy (epidural)'),
  'needle.hypodermic': t('fine needle', 'aguja fina'),
  'needle.radiofrequency': t('radiofrequency needle', 'aguja de radiofrecuencia'),
  'needle.description': t('{gauge}-gauge {kind}, {length} mm', '{kind} calibre {gauge}, {length} mm'),
  'device.trial-generator': t('Trial stimulator (worn outside the body)', 'Estimulador de prueba (fuera del cuerpo)'),
  'device.implanted-generator': t('Implanted generator', 'Generador implantado'),
  'device.remote': t('Hand-held remote', 'Control remoto de mano'),
  'device.extension': t('Extension wire', 'Cable de extensión'),
  'device.lead': t('Stimulation lead', 'Electrodo de estimulación'),
  // --- sites ----------------------------------------------------------------------------------
  'site.trapezius': t('Upper trapezius', 'Trapecio superior'),
  'site.levator-scapulae': t('Levator scapulae', 'Elevador de la escápula'),
  'site.erector-spinae': t('Lower back muscles (erector spinae)', 'Músculos de la zona lumbar (erectores de la columna)'),
  'site.quadratus-lumborum': t('Quadratus lumborum', 'Cuadrado lumbar'),
  'site.gluteus-medius': t('Gluteus medius', 'Glúteo medio'),
  'site.piriformis': t('Piriformis', 'Piriforme'),
  'site.superolateral': t('Upper outer knee nerve', 'Nervio superior externo de la rodilla'),
  'site.superomedial': t('Upper inner knee nerve', 'Nervio superior interno de la rodilla'),
  'site.inferomedial': t('Lower inner knee nerve', 'Nervio inferior interno de la rodilla'),
  'site.all': t('All three knee nerves', 'Los tres nervios de la rodilla'),
  'site.glenohumeral': t('Shoulder joint (glenohumeral)', 'Articulación del hombro (glenohumeral)'),
  'site.subacromial': t('Subacromial bursa', 'Bolsa subacromial'),
  'site.buttock': t('Generator in the upper buttock', 'Generador en la parte alta del glúteo'),
  'site.flank': t('Generator in the flank', 'Generador en el costado'),
  // --- sections of the text panel -------------------------------------------------------------
  'section.steps': t('Steps', 'Pasos'),
  'section.purpose': t('Why it is done', 'Para qué se hace'),
  'section.position': t('How you lie', 'Cómo se coloca'),
  'section.imaging': t('Guidance', 'Guía por imagen'),
  'section.medication': t('Medicine', 'Medicamento'),
  'section.instruments': t('Needle', 'Aguja'),
  'section.duration': t('How long it takes', 'Cuánto dura'),
  'section.recovery': t('Relief and recovery', 'Alivio y recuperación'),
  'section.safety': t('Safety', 'Seguridad'),
  'section.sources': t('Sources', 'Fuentes'),
  // --- status and errors ----------------------------------------------------------------------
  'status.loading': t('Loading the 3D spine…', 'Cargando la columna en 3D…'),
  'status.ready': t('3D spine ready', 'Columna en 3D lista'),
  'status.noWebgl': t(
    '3D graphics are not available here, so the steps are shown as pictures and text.',
    'Los gráficos 3D no están disponibles aquí, así que los pasos se muestran con imágenes y texto.',
  ),
  'status.contextLost': t('The 3D view stopped. Trying to restore it…', 'La vista 3D se detuvo. Intentando restaurarla…'),
  'error.title': t('This procedure cannot be shown', 'No se puede mostrar este procedimiento'),
  'error.unknownProcedure': t(
    'There is no procedure called "{value}". Choose one of: {allowed}.',
    'No existe un procedimiento llamado "{value}". Elija uno de: {allowed}.',
  ),
  'error.badLevel': t(
    'Level "{value}" is not available for this procedure. Choose one of: {allowed}.',
    'El nivel "{value}" no está disponible para este procedimiento. Elija uno de: {allowed}.',
  ),
  'error.badSide': t(
    'Side "{value}" is not available for this procedure. Choose one of: {allowed}.',
    'El lado "{value}" no está disponible para este procedimiento. Elija uno de: {allowed}.',
  ),
  'error.badSite': t(
    'Site "{value}" is not available for this procedure. Choose one of: {allowed}.',
    'El sitio "{value}" no está disponible para este procedimiento. Elija uno de: {allowed}.',
  ),
  'error.generic': t('Something went wrong while showing this procedure.', 'Algo salió mal al mostrar este procedimiento.'),
  'error.retry': t('Try again', 'Intentar de nuevo'),
} as const satisfies Record<string, LocalizedText>;

export type UiMessageId = keyof typeof UI_STRINGS;
export type UiStrings = Readonly<Record<string, LocalizedText>>;

/** A UI string in a locale (falling back to English), with `{placeholders}` filled. */
export function uiText(
  id: UiMessageId | (string & {}),
  locale: LocaleCode = 'en',
  params?: Readonly<Record<string, string | number>>,
  table: UiStrings = UI_STRINGS,
): string {
  const text = Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
  if (!text) return id;
  return format(localize(text, locale), params);
}

/**
 * Returns a new table with extra locales or overrides, given locale-major data as a clinic would
 * write it: `{ fr: { 'control.play': 'Lire' } }`. Unknown message ids and non-string values are
 * reported, never merged.
 */
export function mergeUiStrings(
  base: UiStrings,
  additions: unknown,
): { ok: true; strings: UiStrings } | { ok: false; errors: { path: string; message: string }[] } {
  const errors: { path: string; message: string }[] = [];
  const out: Record<string, Record<string, string>> = {};
  for (const [id, text] of Object.entries(base)) out[id] = { ...text };
  if (typeof additions !== 'object' || additions === null || Array.isArray(additions)) {
    return { ok: false, errors: [{ path: '', message: 'expected an object keyed by locale code, e.g. { "fr": { "control.play": "Lire" } }' }] };
  }
  for (const [locale, messages] of Object.entries(additions)) {
    if (!LOCALE_CODE.test(locale)) {
      errors.push({ path: locale, message: `invalid locale code "${locale}"; expected a code like "fr" or "pt-BR"` });
      continue;
    }
    if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
      errors.push({ path: locale, message: 'expected an object of message id → text' });
      continue;
    }
    for (const [id, value] of Object.entries(messages)) {
      if (!Object.prototype.hasOwnProperty.call(base, id)) {
        errors.push({ path: `${locale}.${id}`, message: `unknown message id "${id}"` });
      } else if (typeof value !== 'string') {
        errors.push({ path: `${locale}.${id}`, message: `expected text, got ${typeof value}` });
      } else {
        out[id]![locale] = value;
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, strings: out as unknown as UiStrings };
}
