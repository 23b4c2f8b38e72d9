/**
 * Words patients (and colleagues) use for each procedure, in English and Spanish. The palette matches
 * these alongside the catalog's own names, so "back shot" finds the epidurals and "estimulador" finds SCS.
 */
export const PROCEDURE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'medial-branch-block': ['facet nerve block', 'mbb', 'test block', 'arthritis back pain', 'bloqueo de rama medial', 'bloqueo facetario'],
  'selective-nerve-root-block': ['snrb', 'nerve root block', 'pinched nerve', 'sciatica', 'root injection', 'bloqueo radicular', 'nervio pinzado', 'ciatica'],
  'stellate-ganglion-block': ['sgb', 'neck block', 'crps', 'arm pain', 'horner', 'ganglio estrellado', 'bloqueo del cuello'],
  'lumbar-sympathetic-block': ['lsb', 'sympathetic', 'crps leg', 'leg circulation', 'simpatico lumbar'],
  'occipital-nerve-block': ['headache shot', 'migraine', 'back of head', 'gon block', 'dolor de cabeza', 'migrana', 'nuca'],
  'genicular-nerve-block': ['knee nerve block', 'knee pain', 'dolor de rodilla', 'nervios de la rodilla'],
  'suprascapular-nerve-block': ['shoulder nerve block', 'shoulder pain', 'dolor de hombro', 'nervio del hombro'],
  'epidural-interlaminar': ['back shot', 'epidural steroid', 'esi', 'ilesi', 'steroid shot', 'spine shot', 'inyeccion en la espalda', 'epidural de esteroides', 'pinchazo en la espalda'],
  'epidural-transforaminal': ['back shot', 'tfesi', 'tfe', 'epidural steroid', 'esi', 'sciatica', 'pinched nerve', 'foramen', 'inyeccion en la espalda', 'ciatica', 'pinchazo en la espalda'],
  'epidural-caudal': ['back shot', 'tailbone epidural', 'esi', 'epidural steroid', 'inyeccion en la espalda', 'coxis'],
  'facet-joint-injection': ['facet shot', 'joint shot back', 'arthritis back', 'artrosis', 'articulacion facetaria', 'inyeccion facetaria'],
  'radiofrequency-ablation': ['rfa', 'burn the nerve', 'nerve burning', 'rhizotomy', 'neurotomy', 'heat nerve', 'quemar el nervio', 'radiofrecuencia', 'rizolisis'],
  'trigger-point-injection': ['knot', 'muscle knot', 'muscle shot', 'tpi', 'nudo muscular', 'contractura', 'punto gatillo'],
  'knee-joint-injection': ['knee shot', 'gel shot', 'cortisone knee', 'inyeccion de rodilla', 'rodilla'],
  'hip-joint-injection': ['hip shot', 'cortisone hip', 'inyeccion de cadera', 'cadera'],
  'shoulder-joint-injection': ['shoulder shot', 'frozen shoulder', 'cortisone shoulder', 'inyeccion de hombro', 'hombro'],
  'sacroiliac-joint-injection': ['si joint', 'sij', 'buttock pain', 'lower back buttock', 'sacroiliaca', 'gluteo', 'nalga'],
  'scs-trial': ['stimulator', 'scs', 'spinal cord stimulator', 'trial', 'nerve stimulator', 'pacemaker for pain', 'estimulador', 'neuroestimulador', 'prueba'],
  'scs-permanent': ['stimulator', 'scs', 'spinal cord stimulator', 'implant', 'battery', 'pacemaker for pain', 'estimulador', 'neuroestimulador', 'implante'],
};

/** Category words, both locales. */
export const CATEGORY_WORDS: Readonly<Record<string, readonly string[]>> = {
  'nerve-block': ['nerve block', 'block', 'numb', 'bloqueo', 'nervio'],
  injection: ['injection', 'shot', 'jab', 'inyeccion', 'pinchazo'],
  stimulation: ['stimulation', 'stimulator', 'device', 'implant', 'estimulacion', 'estimulador'],
};
