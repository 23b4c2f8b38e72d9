import type { Procedure } from '../types';
import { INCH, L, afterwards, checkIn, contrastCheck, needle, numbSkin, step, sentences } from './helpers';
import { A_DRIVER_TAKES_YOU_HOME, FORAMINAL_ARTERIES, LIVE_CONTRAST_NON_PARTICULATE, PRONE_COUNT_THE_LEVEL, LEG_NUMB_FOR_HOURS, LONGER_NEEDLE, MEDICINE_GOES_IN_SLOWLY, NEEDLE_COMES_OUT, NEEDLE_OUT_BANDAGE_ON, OBLIQUE_SKIN_ENTRY, PRONE_PILLOW_UNDER_BELLY, REST_15_TO_30_MINUTES, REST_A_SHORT_TIME, STEROID_WORKS_OVER_DAYS, TITLE_FINDING_WAY_IN, TITLE_LINING_UP_JOINT, TITLE_NEEDLE_INTO_JOINT, TITLE_REACHING_EPIDURAL, WALK_WITH_CARE_LEG, aboutMinutes } from './phrases';

const LUMBAR_INTERSPACES = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'];
const EPI_SHOW = ['layer:bone', 'layer:ligament', 'layer:space', 'layer:dura', 'vertebra-{upper}', 'vertebra-{lower}'];

export const epiduralInterlaminar: Procedure = {
  id: 'epidural-interlaminar',
  category: 'injection',
  name: L('Interlaminar epidural steroid injection', 'Inyección epidural interlaminar de corticoide'),
  summary: L(
    'Anti-inflammatory medicine placed in the space around the nerve sac, between two spine bones, calms irritated nerves.',
    'Un medicamento antiinflamatorio colocado en el espacio alrededor del saco de los nervios, entre dos vértebras, calma los nervios irritados.',
  ),
  levels: ['C7-T1', 'T1-T2', ...LUMBAR_INTERSPACES],
  defaultLevel: 'L4-L5',
  sites: [],
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: L(
    'Lying face down with a pillow under the belly (lower back) or under the chest, forehead on a towel (neck) [RADIOPAEDIA_CILESI].',
    'Boca abajo con una almohada bajo el abdomen (zona lumbar) o bajo el pecho y la frente sobre una toalla (cuello) [RADIOPAEDIA_CILESI].',
  ),
  imaging: ['fluoroscopy'],
  views: ['AP', 'fluoro-oblique', 'fluoro-lateral', 'AP'],
  instruments: [needle('tuohy', 20, 3.5 * INCH)],
  medication: L(
    'Steroid — often non-particulate dexamethasone [BACKTABLE] — with 2–5 mL saline or local anaesthetic (estimate); cervical: dexamethasone with iohexol 240 contrast [RADIOPAEDIA_CILESI].',
    'Corticoide —a menudo dexametasona no particulada [BACKTABLE]— con 2–5 mL de suero o anestésico local (estimación); cervical: dexametasona con contraste iohexol 240 [RADIOPAEDIA_CILESI].',
  ),
  purpose: 'therapeutic',
  duration: aboutMinutes(15, 30),
  recovery: L(
    'The steroid starts to work in 2 to 7 days. Relief can last weeks to months; at least half of patients report 50 % less pain at 3 months in cervical series [STATPEARLS_CESI].',
    'El corticoide empieza a actuar en 2 a 7 días. El alivio puede durar de semanas a meses; en series cervicales, cerca de la mitad refiere un 50 % menos de dolor a los 3 meses [STATPEARLS_CESI].',
  ),
  safety: L(
    'The dura lies just deep to the ligamentum flavum (wet tap → headache); the posterior epidural space is 5–6 mm at L2-3, often only potential at L5-S1 and 1–2 mm in the neck — judge depth on the contralateral oblique or lateral view [EPIDURAL_TEXT, ALPF_EPID, FURMAN_ILESI].',
    'La duramadre está justo por debajo del ligamento amarillo (punción dural → cefalea); el espacio epidural posterior mide 5–6 mm en L2-3, a menudo solo virtual en L5-S1 y 1–2 mm en el cuello: valorar la profundidad en oblicua contralateral o lateral [EPIDURAL_TEXT, ALPF_EPID, FURMAN_ILESI].',
  ),
  targetStructure: 'epidural-space',
  spread: [
    { structure: 'epidural-space', volumeMl: 3, source: 'FURMAN_ILESI (estimate 2–5 mL)', levels: LUMBAR_INTERSPACES },
    { structure: 'epidural-space', volumeMl: 3, source: 'RADIOPAEDIA_CILESI (estimate)', levels: ['C7-T1', 'T1-T2'] },
  ],
  sources: ['FURMAN_ILESI', 'BACKTABLE', 'GHAI2013', 'KHASAWNEH2023', 'STATPEARLS_ESI', 'EPIDURAL_TEXT', 'ALPF_EPID', 'FURMAN_CILESI', 'RADIOPAEDIA_CILESI', 'STATPEARLS_CESI', 'HAN2003'],
  steps: [
    checkIn(
      L(
        'Prone, pillow under the abdomen (lumbar) or chest (cervical). Fluoroscopy with contrast is mandatory in the neck [FURMAN_CILESI].',
        'Decúbito prono, almohada bajo el abdomen (lumbar) o el pecho (cervical). En el cuello la fluoroscopia con contraste es obligatoria [FURMAN_CILESI].',
      ),
    ),
    step('find-window', {
      title: L('Finding the gap between the bones', 'Localizar el hueco entre las vértebras'),
      patient: L(
        'The X-ray camera tilts to open the small gap between two spine bones at {level}. The needle will pass through this gap.',
        'La cámara de rayos X se inclina para abrir el pequeño hueco entre dos vértebras en {level}. La aguja pasará por ese hueco.',
      ),
      clinician: L(
        'AP trajectory view with tilt to open the interlaminar space; paramedian on the symptomatic side over the caudal lamina [FURMAN_ILESI]. Cervical: C7-T1 has the largest posterior epidural space; caudad tilt and 5–10° oblique to the symptomatic side [FURMAN_CILESI].',
        'Proyección AP de trayectoria con inclinación para abrir el espacio interlaminar; paramedial en el lado sintomático, sobre la lámina caudal [FURMAN_ILESI]. Cervical: C7-T1 tiene el mayor espacio epidural posterior; inclinación caudal y oblicua de 5–10° hacia el lado sintomático [FURMAN_CILESI].',
      ),
      view: 'AP',
      show: EPI_SHOW,
      highlight: ['ligamentum-flavum-{level}'],
    }),
    numbSkin(
      L(
        'Skin and track infiltration at the paramedian entry, about 1 cm lateral to the midline (estimate).',
        'Infiltración de piel y trayecto en la entrada paramedial, a ~1 cm de la línea media (estimación).',
      ),
      'AP',
      EPI_SHOW,
    ),
    step('advance-needle', {
      title: TITLE_REACHING_EPIDURAL,
      patient: L(
        'An epidural needle moves slowly toward the gap. The doctor feels for a tiny change in pressure. That change means the tip has reached the space around the nerve sac.',
        'Una aguja epidural avanza despacio hacia el hueco. El médico busca un pequeño cambio de presión. Ese cambio indica que la punta llegó al espacio alrededor del saco de los nervios.',
      ),
      clinician: L(
        'Coaxial through the interlaminar space with an 18–20 G Tuohy, loss of resistance through the ligamentum flavum (3.2–3.7 mm thick at L2–S1) [FURMAN_ILESI, KHASAWNEH2023]; depth on the contralateral oblique (ventral interlaminar line) or lateral (spinolaminar line) [BACKTABLE, FURMAN_CILESI]. Skin-to-epidural at C7-T1: 5.6 cm (men) / 5.0 cm (women) [HAN2003].',
        'Coaxial por el espacio interlaminar con aguja de Tuohy 18–20 G y pérdida de resistencia al atravesar el ligamento amarillo (3,2–3,7 mm de grosor en L2–S1) [FURMAN_ILESI, KHASAWNEH2023]; profundidad en oblicua contralateral (línea interlaminar ventral) o lateral (línea espinolaminar) [BACKTABLE, FURMAN_CILESI]. Distancia piel–epidural en C7-T1: 5,6 cm (hombres) / 5,0 cm (mujeres) [HAN2003].',
      ),
      view: 'fluoro-lateral',
      show: EPI_SHOW,
      highlight: ['ligamentum-flavum-{level}', 'epidural-space'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'Epidurogram: dorsal epidural spread, cranio-caudal, limited ventral spread [GHAI2013]; no intrathecal or vascular pattern.',
        'Epidurografía: difusión epidural dorsal, cráneo-caudal, con poca difusión ventral [GHAI2013]; sin patrón intratecal ni vascular.',
      ),
      'fluoro-lateral',
      EPI_SHOW,
      ['epidural-space'],
    ),
    step('inject', {
      title: L('Medicine around the nerves', 'Medicamento alrededor de los nervios'),
      patient: sentences(MEDICINE_GOES_IN_SLOWLY, L('You may feel pressure or a brief ache in your back or leg. It spreads up and down around the nerves.', 'Puede sentir presión o una molestia breve en la espalda o la pierna. Se extiende hacia arriba y hacia abajo alrededor de los nervios.')),
      clinician: L(
        'Steroid with 2–5 mL saline or local anaesthetic (estimate); non-particulate dexamethasone is common [BACKTABLE].',
        'Corticoide con 2–5 mL de suero o anestésico local (estimación); es habitual la dexametasona no particulada [BACKTABLE].',
      ),
      view: 'close-up',
      show: EPI_SHOW,
      highlight: ['epidural-space'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      sentences(REST_15_TO_30_MINUTES, L('Your legs may feel a little numb for a short time. Take it easy for the rest of the day. Call the clinic if you get a bad headache when you stand.', 'Las piernas pueden sentirse un poco dormidas un rato. Tómese el resto del día con calma. Llame a la clínica si al ponerse de pie tiene un dolor de cabeza fuerte.')),
      L(
        'Repeat only on partial response, 1–2 repeats 2–4 weeks apart (cervical series) [STATPEARLS_CESI]. Positional headache suggests dural puncture.',
        'Repetir solo si hay respuesta parcial, 1–2 repeticiones con 2–4 semanas de intervalo (series cervicales) [STATPEARLS_CESI]. La cefalea postural sugiere punción dural.',
      ),
    ),
  ],
};

const TF_SHOW = ['layer:bone', 'layer:disc', 'layer:nerve', 'layer:dura', 'layer:space', 'vertebra-{upper}', 'vertebra-{lower}'];

export const epiduralTransforaminal: Procedure = {
  id: 'epidural-transforaminal',
  category: 'injection',
  name: L('Transforaminal epidural steroid injection', 'Inyección epidural transforaminal de corticoide'),
  summary: L(
    'Anti-inflammatory medicine placed where one nerve leaves the spine calms that nerve and eases pain that runs down the leg.',
    'Un medicamento antiinflamatorio colocado donde un nervio sale de la columna calma ese nervio y alivia el dolor que baja por la pierna.',
  ),
  levels: LUMBAR_INTERSPACES,
  defaultLevel: 'L4-L5',
  sites: [],
  sides: ['left', 'right', 'bilateral'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: PRONE_PILLOW_UNDER_BELLY,
  imaging: ['fluoroscopy', 'ct'],
  views: ['AP', 'fluoro-oblique', 'fluoro-lateral', 'AP'],
  instruments: [needle('spinal', 22, 3.5 * INCH), needle('spinal', 22, 5 * INCH, LONGER_NEEDLE)],
  medication: L(
    'Dexamethasone 8 mg/1 mL or 12 mg/1.5 mL (non-particulate) after a 1–2 mL 1–2 % lidocaine test [WIKIMSK_TF]; total 1–4 mL [ANESKEY_TF]. Non-particulate steroid first, per multispecialty safety guidance [ANESKEY_TF].',
    'Dexametasona 8 mg/1 mL o 12 mg/1,5 mL (no particulada) tras una prueba con 1–2 mL de lidocaína al 1–2 % [WIKIMSK_TF]; total 1–4 mL [ANESKEY_TF]. Primero corticoide no particulado, según las guías multidisciplinares de seguridad [ANESKEY_TF].',
  ),
  purpose: 'therapeutic',
  duration: aboutMinutes(20, 30),
  recovery: sentences(LEG_NUMB_FOR_HOURS, STEROID_WORKS_OVER_DAYS, L('The subpedicular and Kambin approaches were equally effective at 2–4 weeks [PARK2011].', 'Los abordajes subpedicular y de Kambin fueron igual de eficaces a las 2–4 semanas [PARK2011].')),
  safety: sentences(
    FORAMINAL_ARTERIES,
    L('Particulate steroid embolism there can infarct the cord [AJR_TF].', 'La embolia de corticoide particulado puede infartar la médula [AJR_TF].'),
    LIVE_CONTRAST_NON_PARTICULATE,
  ),
  targetStructure: 'epidural-space',
  spread: [{ structure: 'epidural-space', volumeMl: 2, source: 'ANESKEY_TF (1–4 mL)' }],
  sources: ['MEDSCAPE_TF', 'PIJN_TF', 'FURMAN_INFRA', 'ANESKEY_TF', '78STEPS_TF', 'RADIOPAEDIA_TF', 'WIKIMSK_TF', 'PARK2011', 'ANESTH_PROCON', 'AJR_TF', 'BROWN_ATLAS', 'KUMARI2021'],
  steps: [
    checkIn(
      PRONE_COUNT_THE_LEVEL,
    ),
    step('find-foramen', {
      title: L('Finding where the nerve leaves', 'Localizar la salida del nervio'),
      patient: L(
        'The X-ray camera tilts to show the opening at {level} where the nerve leaves your spine. There is a small safe zone just under the bone above it.',
        'La cámara de rayos X se inclina para mostrar la abertura en {level} por donde sale el nervio. Hay una pequeña zona segura justo debajo del hueso de arriba.',
      ),
      clinician: L(
        'Ipsilateral oblique ~30–45° until the spinous process projects over the contralateral facet column, with caudal tilt to see the 6 o\'clock of the pedicle [78STEPS_TF, PIJN_TF]. Safe triangle: pedicle undersurface (roof), lateral pedicle border line, exiting nerve (hypotenuse) [MEDSCAPE_TF].',
        'Oblicua ipsilateral de ~30–45° hasta que la espinosa se proyecte sobre la columna facetaria contralateral, con inclinación caudal para ver las 6 en punto del pedículo [78STEPS_TF, PIJN_TF]. Triángulo de seguridad: cara inferior del pedículo (techo), línea del borde lateral del pedículo y nervio de salida (hipotenusa) [MEDSCAPE_TF].',
      ),
      view: 'fluoro-oblique',
      show: TF_SHOW,
      highlight: ['pedicle-{upper}-{side}', 'nerve-root-{upper}-{side}'],
    }),
    numbSkin(
      OBLIQUE_SKIN_ENTRY,
      'fluoro-oblique',
      TF_SHOW,
    ),
    step('advance-needle', {
      title: L('Guiding the needle under the bone', 'Guiar la aguja bajo el hueso'),
      patient: L(
        'A thin needle moves toward the safe zone. The doctor checks its depth on X-ray from the side. Tell the doctor if you feel a zing down your leg.',
        'Una aguja fina avanza hacia la zona segura. El médico comprueba la profundidad con rayos X de lado. Avise si siente una descarga hacia la pierna.',
      ),
      clinician: L(
        'Coaxial to the 6 o\'clock of the pedicle; lateral view: tip in the posterosuperior quadrant of the foramen; AP: tip not beyond the pedicle midpoint line [PIJN_TF, RADIOPAEDIA_TF]. 22–25 G Quincke or blunt needle, ~10 cm [WIKIMSK_TF].',
        'Coaxial hacia las 6 en punto del pedículo; lateral: punta en el cuadrante posterosuperior del foramen; AP: la punta no pasa la línea media del pedículo [PIJN_TF, RADIOPAEDIA_TF]. Aguja Quincke o roma 22–25 G de ~10 cm [WIKIMSK_TF].',
      ),
      view: 'fluoro-lateral',
      show: TF_SHOW,
      highlight: ['pedicle-{upper}-{side}', 'nerve-root-{upper}-{side}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'Live contrast (digital subtraction if available) outlines the proximal root sleeve and flows medially into the ventral epidural space [78STEPS_TF, BROWN_ATLAS]; stop on any arterial pattern.',
        'El contraste en vivo (con sustracción digital si se dispone) dibuja la vaina proximal de la raíz y fluye medialmente al espacio epidural ventral [78STEPS_TF, BROWN_ATLAS]; detenerse ante cualquier patrón arterial.',
      ),
      'AP',
      TF_SHOW,
      ['nerve-root-{upper}-{side}', 'epidural-space'],
    ),
    step('inject', {
      title: L('Medicine where the nerve is irritated', 'Medicamento donde el nervio está irritado'),
      patient: L(
        'A test dose of numbing medicine goes first. Then the steroid goes in slowly. It bathes the nerve and the front of the spinal canal.',
        'Primero se aplica una dosis de prueba de anestésico. Luego entra el corticoide despacio. Baña el nervio y la parte delantera del canal.',
      ),
      clinician: L(
        '1–2 mL 1–2 % lidocaine test, then dexamethasone 8–12 mg; total 1–4 mL reaches the ventral epidural space, posterior annulus and ventral root sleeve [WIKIMSK_TF, ANESKEY_TF].',
        'Prueba con 1–2 mL de lidocaína al 1–2 % y luego dexametasona 8–12 mg; un total de 1–4 mL llega al espacio epidural ventral, al anillo posterior y a la vaina ventral de la raíz [WIKIMSK_TF, ANESKEY_TF].',
      ),
      view: 'close-up',
      show: TF_SHOW,
      highlight: ['nerve-root-{upper}-{side}', 'epidural-space'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      sentences(REST_A_SHORT_TIME, WALK_WITH_CARE_LEG, L('Do not drive that day.', 'No conduzca ese día.')),
      L(
        'Check for new weakness or neurological change before discharge; document the injectate and the contrast pattern.',
        'Comprobar que no haya debilidad ni cambios neurológicos nuevos antes del alta; documentar el inyectado y el patrón de contraste.',
      ),
    ),
  ],
};

const CAUDAL_SHOW = ['layer:bone', 'layer:space', 'layer:dura', 'layer:nerve', 'sacrum', 'coccyx'];

export const epiduralCaudal: Procedure = {
  id: 'epidural-caudal',
  category: 'injection',
  name: L('Caudal epidural steroid injection', 'Inyección epidural caudal de corticoide'),
  summary: L(
    'Medicine goes in through a small natural opening at the base of the spine and rises around the lower nerves.',
    'El medicamento entra por una pequeña abertura natural en la base de la columna y sube alrededor de los nervios inferiores.',
  ),
  levels: [],
  sites: [],
  sides: [],
  position: 'prone',
  positionNote: L(
    'Lying face down with a pillow under the hips, legs apart and toes turned in [DIEUTRIDAU_CAUDAL].',
    'Boca abajo con una almohada bajo las caderas, piernas separadas y puntas de los pies hacia dentro [DIEUTRIDAU_CAUDAL].',
  ),
  imaging: ['fluoroscopy', 'ultrasound'],
  views: ['fluoro-lateral', 'AP'],
  instruments: [needle('spinal', 22, 3.5 * INCH), needle('spinal', 22, 5 * INCH, LONGER_NEEDLE)],
  medication: L(
    '10–20 mL diluted local anaesthetic with 40 mg methylprednisolone [ANESKEY_CAUDAL]; 80 mg methylprednisolone in one RCT [JCDR_CAUDAL].',
    '10–20 mL de anestésico local diluido con 40 mg de metilprednisolona [ANESKEY_CAUDAL]; 80 mg de metilprednisolona en un ensayo [JCDR_CAUDAL].',
  ),
  purpose: 'therapeutic',
  duration: aboutMinutes(15, 20),
  recovery: sentences(L('The buttocks and legs may feel numb or heavy for a few hours.', 'Las nalgas y las piernas pueden sentirse dormidas o pesadas unas horas.'), STEROID_WORKS_OVER_DAYS),
  safety: L(
    'The dural sac ends at S2 (range L5-S1 to S3): keep the tip below S3 [BINOKAY2006, FURMAN_CAUDAL]. Blind adult success is only 68–75 % — use imaging [SPRINGERMED_CAUDAL].',
    'El saco dural termina en S2 (rango L5-S1 a S3): mantener la punta por debajo de S3 [BINOKAY2006, FURMAN_CAUDAL]. El éxito a ciegas en adultos es solo del 68–75 %: usar imagen [SPRINGERMED_CAUDAL].',
  ),
  targetStructure: 'epidural-space',
  spread: [{ structure: 'epidural-space', volumeMl: 10, source: 'ANESKEY_CAUDAL (10–20 mL)' }],
  sources: ['FURMAN_CAUDAL', 'ANESKEY_CAUDAL', 'US_CAUDAL', 'SCITE_CAUDAL', 'SACRUM_DRY30', 'BINOKAY2006', 'SPRINGERMED_CAUDAL', 'JCDR_CAUDAL', 'DIEUTRIDAU_CAUDAL'],
  steps: [
    checkIn(
      L('Prone, pillow under the pelvis, legs abducted, toes in [DIEUTRIDAU_CAUDAL].', 'Decúbito prono, almohada bajo la pelvis, piernas en abducción, puntas hacia dentro [DIEUTRIDAU_CAUDAL].'),
    ),
    step('find-hiatus', {
      title: L('Finding the opening at the tailbone', 'Localizar la abertura junto al coxis'),
      patient: L(
        'The doctor feels two small bumps at the top of your tailbone. Between them is a natural opening into the spinal canal.',
        'El médico palpa dos pequeños relieves en la parte alta del coxis. Entre ellos hay una abertura natural hacia el canal vertebral.',
      ),
      clinician: L(
        'Palpate the sacral cornua; the hiatus lies between them (intercornual ≈ 18 mm on ultrasound, ≈ 12 mm on dry bone; AP depth ≈ 4.7 mm), apex usually at S4 [US_CAUDAL, SACRUM_DRY30]. Lateral fluoroscopy to enter the hiatus [FURMAN_CAUDAL].',
        'Palpar las astas sacras; el hiato está entre ellas (distancia intercornual ≈ 18 mm por ecografía, ≈ 12 mm en hueso seco; profundidad AP ≈ 4,7 mm), con el vértice casi siempre en S4 [US_CAUDAL, SACRUM_DRY30]. Fluoroscopia lateral para entrar en el hiato [FURMAN_CAUDAL].',
      ),
      view: 'fluoro-lateral',
      show: CAUDAL_SHOW,
      highlight: ['sacrum'],
    }),
    numbSkin(
      L('Local anaesthetic over the hiatus and the sacrococcygeal ligament.', 'Anestésico local sobre el hiato y el ligamento sacrococcígeo.'),
      'fluoro-lateral',
      CAUDAL_SHOW,
    ),
    step('advance-needle', {
      title: L('Entering the canal', 'Entrar en el canal'),
      patient: L(
        'The needle goes in at a low angle through a tough band over the opening. Then it slides a short way up inside the bone canal.',
        'La aguja entra con poco ángulo a través de una banda firme sobre la abertura. Luego sube un poco dentro del canal del hueso.',
      ),
      clinician: L(
        'At ≤ 45° through the sacrococcygeal ligament, then flatten and advance cephalad; do not advance beyond S3 [FURMAN_CAUDAL]. 22 G 3.5-inch spinal or 17 G Tuohy for a catheter [ANESKEY_CAUDAL].',
        'A ≤ 45° a través del ligamento sacrococcígeo, luego aplanar y avanzar en sentido cefálico; no pasar de S3 [FURMAN_CAUDAL]. Aguja espinal 22 G de 3,5 pulgadas o Tuohy 17 G para catéter [ANESKEY_CAUDAL].',
      ),
      view: 'fluoro-lateral',
      show: CAUDAL_SHOW,
      highlight: ['epidural-space'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'AP: midline needle, contrast fills the sacral canal and outlines the sacral roots ("Christmas tree", estimate); no vascular or intrathecal pattern [FURMAN_CAUDAL].',
        'AP: aguja en línea media; el contraste llena el canal sacro y dibuja las raíces sacras ("árbol de Navidad", estimación); sin patrón vascular ni intratecal [FURMAN_CAUDAL].',
      ),
      'AP',
      CAUDAL_SHOW,
      ['epidural-space'],
    ),
    step('inject', {
      title: L('Medicine rises around the nerves', 'El medicamento sube alrededor de los nervios'),
      patient: L(
        'A larger amount of medicine goes in slowly. It rises inside the canal toward the lower back nerves. You may feel pressure in your lower back or legs.',
        'Una cantidad mayor de medicamento entra despacio. Sube por el canal hacia los nervios de la zona lumbar. Puede sentir presión en la zona lumbar o en las piernas.',
      ),
      clinician: L(
        '10–20 mL so the injectate ascends to L5-S1 / L4-L5 (volume-dependent) [ANESKEY_CAUDAL].',
        '10–20 mL para que el inyectado ascienda hasta L5-S1 / L4-L5 (según el volumen) [ANESKEY_CAUDAL].',
      ),
      view: 'lateral',
      show: CAUDAL_SHOW,
      highlight: ['epidural-space'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      sentences(REST_15_TO_30_MINUTES, L('Walk with care until your legs feel normal.', 'Camine con cuidado hasta que las piernas se sientan normales.'), A_DRIVER_TAKES_YOU_HOME),
      L(
        'Useful after laminectomy, where the interlaminar route is scarred [ANESKEY_CAUDAL].',
        'Útil tras una laminectomía, cuando la vía interlaminar está cicatrizada [ANESKEY_CAUDAL].',
      ),
    ),
  ],
};

const FACET_SHOW = ['layer:bone', 'layer:joint', 'vertebra-{upper}', 'vertebra-{lower}'];
const CERVICAL_FACETS = ['C2-C3', 'C3-C4', 'C4-C5', 'C5-C6', 'C6-C7'];

export const facetJointInjection: Procedure = {
  id: 'facet-joint-injection',
  category: 'injection',
  name: L('Facet joint injection', 'Inyección en la articulación facetaria'),
  summary: L(
    'Medicine placed inside one of the small joints at the back of the spine can ease pain from arthritis or injury in that joint.',
    'El medicamento colocado dentro de una de las pequeñas articulaciones de la parte trasera de la columna puede aliviar el dolor por artrosis o lesión de esa articulación.',
  ),
  levels: [...CERVICAL_FACETS, ...LUMBAR_INTERSPACES],
  defaultLevel: 'L4-L5',
  sites: [],
  sides: ['left', 'right', 'bilateral'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: L(
    'Lying face down with a pillow under the belly; for the neck, a pillow under the chest or lying on the side [DIEUTRIDAU_LFJ, ALPF_CERV_IA].',
    'Boca abajo con una almohada bajo el abdomen; para el cuello, almohada bajo el pecho o acostado de lado [DIEUTRIDAU_LFJ, ALPF_CERV_IA].',
  ),
  imaging: ['fluoroscopy', 'ct'],
  views: ['AP', 'fluoro-oblique', 'fluoro-lateral'],
  instruments: [needle('spinal', 22, 3.5 * INCH), needle('spinal', 22, 5 * INCH, LONGER_NEEDLE)],
  medication: L(
    'Total ≤ 1 mL (lumbar joint capacity ≈ 1 mL), e.g. 10 mg triamcinolone or 10–40 mg methylprednisolone with 0.25 % bupivacaine [DIEUTRIDAU_LFJ, 78STEPS_LFJ]; cervical < 1 mL [DIEUTRIDAU_CFJ].',
    'Total ≤ 1 mL (capacidad de la articulación lumbar ≈ 1 mL), p. ej., 10 mg de triamcinolona o 10–40 mg de metilprednisolona con bupivacaína al 0,25 % [DIEUTRIDAU_LFJ, 78STEPS_LFJ]; cervical < 1 mL [DIEUTRIDAU_CFJ].',
  ),
  purpose: 'both',
  duration: aboutMinutes(15, 30),
  recovery: L(
    'You may be sore for a day or two. Relief varies from days to months; medial branch blocks are preferred when radiofrequency ablation is planned [COHEN2020, KLESSINGER].',
    'Puede tener molestias uno o dos días. El alivio varía de días a meses; se prefieren los bloqueos de rama medial cuando se planea una radiofrecuencia [COHEN2020, KLESSINGER].',
  ),
  safety: L(
    'Stay in the posterior joint: medial drift reaches the interlaminar/epidural space, anterior the foramen; in the neck the vertebral artery and cord lie anterior — never advance deep to the joint [DIEUTRIDAU_CFJ]. Larger volumes rupture the capsule [DESTOUET1981].',
    'Permanecer en la parte posterior de la articulación: hacia medial está el espacio interlaminar/epidural y hacia delante el foramen; en el cuello, la arteria vertebral y la médula están por delante: nunca avanzar más allá de la articulación [DIEUTRIDAU_CFJ]. Los volúmenes grandes rompen la cápsula [DESTOUET1981].',
  ),
  targetStructure: 'facet-joint-{level}-{side}',
  spread: [
    { structure: 'facet-joint-{level}-{side}', volumeMl: 1, source: 'DIEUTRIDAU_LFJ, 78STEPS_LFJ (≤ 1 mL)', levels: LUMBAR_INTERSPACES },
    { structure: 'facet-joint-{level}-{side}', volumeMl: 0.5, source: 'DIEUTRIDAU_CFJ (< 1 mL)', levels: CERVICAL_FACETS },
  ],
  sources: ['FURMAN_LIA', 'RADIOLOGYKEY_FJI', 'DIEUTRIDAU_LFJ', '78STEPS_LFJ', 'DESTOUET1981', 'ORTHOFIXAR', 'COHEN2020', 'KLESSINGER', 'ALPF_CERV_IA', 'DIEUTRIDAU_CFJ', 'FURMAN_CIA'],
  steps: [
    checkIn(L('Prone, pillow under the abdomen [DIEUTRIDAU_LFJ]. CT is recommended by consensus; fluoroscopy is acceptable [COHEN2020].', 'Decúbito prono, almohada bajo el abdomen [DIEUTRIDAU_LFJ]. El consenso recomienda TC; la fluoroscopia es aceptable [COHEN2020].')),
    step('open-joint', {
      title: TITLE_LINING_UP_JOINT,
      patient: L(
        'The X-ray camera turns until the small joint at {level} looks like an open line. That line is the way in.',
        'La cámara de rayos X gira hasta que la pequeña articulación en {level} se ve como una línea abierta. Esa línea es la entrada.',
      ),
      clinician: L(
        'AP, then ipsilateral oblique to open the joint line (± cephalad/caudal tilt); target the inferior recess — the lower third is most accessible in arthritic joints [FURMAN_LIA, RADIOLOGYKEY_FJI]. Cervical: lateral profile of the joint [ALPF_CERV_IA].',
        'AP y luego oblicua ipsilateral para abrir la interlínea (± inclinación cefálica o caudal); objetivo el receso inferior: el tercio inferior es el más accesible en articulaciones artrósicas [FURMAN_LIA, RADIOLOGYKEY_FJI]. Cervical: perfil lateral de la articulación [ALPF_CERV_IA].',
      ),
      view: 'fluoro-oblique',
      show: FACET_SHOW,
      highlight: ['{target}'],
    }),
    numbSkin(
      L('Entry over the inferior pole of the joint line on the oblique view [FURMAN_LIA].', 'Entrada sobre el polo inferior de la interlínea en la oblicua [FURMAN_LIA].'),
      'fluoro-oblique',
      FACET_SHOW,
    ),
    step('advance-needle', {
      title: L('Entering the joint', 'Entrar en la articulación'),
      patient: L(
        'A thin needle goes in and slips into the joint. You may feel pressure, or a flash of your usual pain.',
        'Una aguja fina entra y se desliza dentro de la articulación. Puede sentir presión o un momento de su dolor habitual.',
      ),
      clinician: L(
        'Coaxial into the recess with a 22 G 3–3.5-inch spinal needle [DIEUTRIDAU_LFJ]; lateral view for superior-recess depth [FURMAN_LIA]. Cervical lateral approach with 25–26 G [FURMAN_CIA].',
        'Coaxial hacia el receso con aguja espinal 22 G de 3–3,5 pulgadas [DIEUTRIDAU_LFJ]; lateral para la profundidad del receso superior [FURMAN_LIA]. Cervical: abordaje lateral con 25–26 G [FURMAN_CIA].',
      ),
      view: 'fluoro-oblique',
      show: FACET_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'Arthrogram: 0.3–0.5 mL contrast fills the superior and inferior recesses [78STEPS_LFJ]; cervical 0.1–0.3 mL [ALPF_CERV_IA].',
        'Artrografía: 0,3–0,5 mL de contraste llenan los recesos superior e inferior [78STEPS_LFJ]; cervical 0,1–0,3 mL [ALPF_CERV_IA].',
      ),
      'fluoro-oblique',
      FACET_SHOW,
      ['{target}'],
    ),
    step('inject', {
      title: L('Medicine inside the joint', 'Medicamento dentro de la articulación'),
      patient: sentences(L('A very small amount of medicine fills the joint. The joint is tiny, so only a few drops fit.', 'Una cantidad muy pequeña de medicamento llena la articulación. La articulación es diminuta y solo caben unas gotas.'), NEEDLE_COMES_OUT),
      clinician: L(
        'Total ≤ 1 mL in the lumbar joint; the capsule almost always ruptures with larger volumes, leaking to the dorsal ramus or the foramen/epidural space [DESTOUET1981, DIEUTRIDAU_LFJ].',
        'Total ≤ 1 mL en la articulación lumbar; con volúmenes mayores la cápsula casi siempre se rompe y el líquido pasa al ramo dorsal o al foramen/espacio epidural [DESTOUET1981, DIEUTRIDAU_LFJ].',
      ),
      view: 'close-up',
      show: FACET_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'You can go home the same day with a driver. Note how your pain changes over the next days.',
        'Puede irse a casa el mismo día con alguien que conduzca. Anote cómo cambia su dolor en los días siguientes.',
      ),
      L(
        'Evidence for intra-articular steroid is limited [KLESSINGER]; MBB is preferred before RFA [COHEN2020].',
        'La evidencia del corticoide intraarticular es limitada [KLESSINGER]; antes de una radiofrecuencia se prefiere el bloqueo de rama medial [COHEN2020].',
      ),
    ),
  ],
};

export const TRIGGER_MUSCLES = ['trapezius', 'levator-scapulae', 'erector-spinae', 'quadratus-lumborum', 'gluteus-medius', 'piriformis'] as const;
const TPI_SHOW = ['layer:skin', 'layer:muscle', 'layer:bone', 'muscle-{site}-{side}'];

export const triggerPointInjection: Procedure = {
  id: 'trigger-point-injection',
  category: 'injection',
  name: L('Trigger point injection', 'Inyección en puntos gatillo'),
  summary: L(
    'A fine needle and a little numbing medicine release a tight, painful knot in a muscle.',
    'Una aguja fina y un poco de anestésico liberan un nudo tenso y doloroso en un músculo.',
  ),
  levels: [],
  sites: [...TRIGGER_MUSCLES],
  defaultSite: 'trapezius',
  sides: ['left', 'right', 'bilateral'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: L(
    'Sitting or lying comfortably; on the side for the quadratus lumborum; face down with a pillow under the hips for the piriformis [CHELLY_TPI, SIRH2022, SPORTSMED_PIRI].',
    'Sentado o acostado cómodamente; de lado para el cuadrado lumbar; boca abajo con una almohada bajo las caderas para el piriforme [CHELLY_TPI, SIRH2022, SPORTSMED_PIRI].',
  ),
  imaging: ['landmark', 'ultrasound'],
  views: ['posterior', 'close-up'],
  instruments: [
    needle('hypodermic', 25, 38, L('Superficial muscles [CHELLY_TPI]', 'Músculos superficiales [CHELLY_TPI]')),
    needle('spinal', 22, 3.5 * INCH, L('Deep muscles: quadratus lumborum, piriformis [SIRH2022]', 'Músculos profundos: cuadrado lumbar, piriforme [SIRH2022]')),
  ],
  medication: L(
    'About 2 mL per point of 0.25 % bupivacaine ± steroid [CHELLY_TPI]; steroid adds no benefit and saline or dry needling can be non-inferior [FPNOTEBOOK_TPI].',
    'Unos 2 mL por punto de bupivacaína al 0,25 % ± corticoide [CHELLY_TPI]; el corticoide no añade beneficio y el suero o la punción seca pueden ser no inferiores [FPNOTEBOOK_TPI].',
  ),
  purpose: 'therapeutic',
  duration: aboutMinutes(5, 15),
  recovery: L(
    'The muscle may be sore for a few hours to a day. Gentle stretching and heat help. Relief is often short-term, so it works best with physical therapy [DRORACLE_TPI].',
    'El músculo puede doler de unas horas a un día. Estirar suavemente y aplicar calor ayudan. El alivio suele ser corto, por eso funciona mejor con fisioterapia [DRORACLE_TPI].',
  ),
  safety: L(
    'Pneumothorax over the lung apex (trapezius, levator scapulae), the kidney (upper quadratus lumborum), the sciatic nerve and inferior gluteal vessels (piriformis) [FPNOTEBOOK_TPI, RABATT_QL, SONOSKILLS_PIRI].',
    'Neumotórax sobre el vértice pulmonar (trapecio, elevador de la escápula), el riñón (cuadrado lumbar alto), el nervio ciático y los vasos glúteos inferiores (piriforme) [FPNOTEBOOK_TPI, RABATT_QL, SONOSKILLS_PIRI].',
  ),
  targetStructure: 'muscle-{site}-{side}',
  spread: [{ structure: 'muscle-{site}-{side}', volumeMl: 2, source: 'CHELLY_TPI' }],
  sources: ['STATPEARLS_TPI', 'CHELLY_TPI', 'FPNOTEBOOK_TPI', 'BARBERO2013', 'TRP_CHART', 'BRAINSCAPE_TRP', 'BASICMEDKEY_QL', 'YI2022', 'SIRH2022', 'WHEELESS', 'CNN_PIRI', 'SPORTSMED_PIRI', 'SONOSKILLS_PIRI', 'BARDOWSKI2019', 'CENTENO'],
  steps: [
    checkIn(
      L(
        'Position for the muscle: seated or prone for trapezius/levator; lateral decubitus for quadratus lumborum [SIRH2022]; prone with pillow under the pelvis for piriformis [SPORTSMED_PIRI].',
        'Posición según el músculo: sentado o prono para trapecio/elevador; decúbito lateral para el cuadrado lumbar [SIRH2022]; prono con almohada bajo la pelvis para el piriforme [SPORTSMED_PIRI].',
      ),
    ),
    step('find-knot', {
      title: L('Finding the knot', 'Encontrar el nudo'),
      patient: L(
        'The doctor presses along the muscle to find the tight, tender knot. Pressing it may cause the pain you know, even in another area.',
        'El médico presiona a lo largo del músculo para encontrar el nudo tenso y doloroso. Al presionarlo puede aparecer su dolor conocido, incluso en otra zona.',
      ),
      clinician: L(
        'Trigger point: a hyperirritable nodule in a taut band reproducing local and referred pain, often with a local twitch response [STATPEARLS_TPI]. Upper trapezius points cluster midway between the C7 spinous process and the acromial angle [BARBERO2013]. Ultrasound for quadratus lumborum and piriformis [CENTENO, BARDOWSKI2019].',
        'Punto gatillo: nódulo hiperirritable en una banda tensa que reproduce dolor local y referido, a menudo con respuesta de espasmo local [STATPEARLS_TPI]. Los del trapecio superior se agrupan a medio camino entre la espinosa de C7 y el ángulo acromial [BARBERO2013]. Ecografía para cuadrado lumbar y piriforme [CENTENO, BARDOWSKI2019].',
      ),
      view: 'posterior',
      show: TPI_SHOW,
      highlight: ['{target}'],
    }),
    step('advance-needle', {
      title: L('Needle into the knot', 'La aguja en el nudo'),
      patient: L(
        'A fine needle goes into the knot. The muscle may twitch or cramp for a moment. That often means the knot is letting go.',
        'Una aguja fina entra en el nudo. El músculo puede saltar o contraerse un momento. Eso suele indicar que el nudo se está soltando.',
      ),
      clinician: L(
        'Pinch the point between thumb and forefinger, enter the taut band (usually mid-depth in the muscle), then fan without leaving the skin [CHELLY_TPI]. 25 G 38 mm for superficial muscles; 60–90 mm needle to transverse-process contact for quadratus lumborum [SIRH2022].',
        'Pinzar el punto entre pulgar e índice, entrar en la banda tensa (habitualmente a media profundidad) y luego hacer abanico sin salir de la piel [CHELLY_TPI]. 25 G de 38 mm en músculos superficiales; aguja de 60–90 mm hasta contacto con la transversa para el cuadrado lumbar [SIRH2022].',
      ),
      view: 'close-up',
      show: TPI_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    step('inject', {
      title: L('Medicine into the muscle', 'Medicamento en el músculo'),
      patient: L(
        'A little numbing medicine goes in. The muscle starts to relax. The needle comes out and a bandage goes on.',
        'Entra un poco de anestésico. El músculo empieza a relajarse. Se retira la aguja y se coloca una tirita.',
      ),
      clinician: L(
        '~2 mL per point of 0.25 % bupivacaine [CHELLY_TPI]; local intramuscular spread.',
        '~2 mL por punto de bupivacaína al 0,25 % [CHELLY_TPI]; difusión intramuscular local.',
      ),
      view: 'close-up',
      show: TPI_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'Move and stretch the muscle gently. Soreness for a few hours is common. Call the clinic if you get short of breath after a neck or shoulder injection.',
        'Mueva y estire el músculo con suavidad. Es común tener molestias unas horas. Llame a la clínica si le falta el aire después de una inyección en el cuello o el hombro.',
      ),
      L(
        'Post-injection soreness 2–8 h; combine with stretching and physical therapy [DRORACLE_TPI].',
        'Dolor tras la inyección de 2–8 h; combinar con estiramientos y fisioterapia [DRORACLE_TPI].',
      ),
    ),
  ],
};

const KNEE_SHOW = ['layer:bone', 'layer:joint', 'femur-{side}', 'tibia-{side}', 'patella-{side}', 'knee-joint-{side}'];

export const kneeJointInjection: Procedure = {
  id: 'knee-joint-injection',
  category: 'injection',
  name: L('Knee joint injection', 'Inyección en la articulación de la rodilla'),
  summary: L(
    'Medicine placed inside the knee joint eases swelling and pain from arthritis.',
    'El medicamento colocado dentro de la rodilla alivia la inflamación y el dolor de la artrosis.',
  ),
  levels: [],
  sites: [],
  sides: ['left', 'right', 'bilateral'],
  defaultSide: 'left',
  position: 'supine',
  positionNote: L('Lying on the back with the knee straight on a thin pad [MEDSCAPE_KNEE].', 'Boca arriba con la rodilla estirada sobre una almohadilla fina [MEDSCAPE_KNEE].'),
  imaging: ['landmark', 'ultrasound'],
  views: ['anterior', 'close-up'],
  instruments: [needle('hypodermic', 22, 38), needle('spinal', 22, 3.5 * INCH, LONGER_NEEDLE)],
  medication: L(
    'Corticosteroid, e.g. triamcinolone 20–40 mg (10 mg non-inferior) or methylprednisolone 40–80 mg [DRORACLE_KNEE]; or hyaluronic acid, e.g. 6 mL/48 mg sodium hyaluronate single injection [SARKAR2025].',
    'Corticoide, p. ej., triamcinolona 20–40 mg (10 mg no inferior) o metilprednisolona 40–80 mg [DRORACLE_KNEE]; o ácido hialurónico, p. ej., 6 mL/48 mg de hialuronato sódico en dosis única [SARKAR2025].',
  ),
  purpose: 'both',
  duration: aboutMinutes(5, 10),
  recovery: L(
    'Steroid: small early benefit from 1 week to 3 months; hyaluronic acid: small later benefit at 3 to 12 months [JFP2018, WANG2015]. Rest the knee for a day.',
    'Corticoide: beneficio pequeño y temprano de 1 semana a 3 meses; ácido hialurónico: beneficio pequeño y más tardío de 3 a 12 meses [JFP2018, WANG2015]. Descanse la rodilla un día.',
  ),
  safety: L(
    'Accuracy: lateral midpatellar 93 %, anteromedial 75 %, anterolateral 71 %; ultrasound raises accuracy to 96 % vs 77 % [NYSORA_KNEE]. Limit steroid to ~3–4 injections a year per joint [RADIOPAEDIA_SA].',
    'Precisión: mediorrotuliano lateral 93 %, anteromedial 75 %, anterolateral 71 %; la ecografía la eleva al 96 % frente a 77 % [NYSORA_KNEE]. Limitar el corticoide a ~3–4 inyecciones al año por articulación [RADIOPAEDIA_SA].',
  ),
  targetStructure: 'knee-joint-{side}',
  spread: [{ structure: 'knee-joint-{side}', volumeMl: 6, source: 'SARKAR2025' }],
  sources: ['MEDSCAPE_KNEE', 'NYSORA_KNEE', 'DRORACLE_KNEE', 'SARKAR2025', 'JFP2018', 'WANG2015', 'BONEJOINT2010'],
  steps: [
    checkIn(L('Supine, knee extended on a thin pad [MEDSCAPE_KNEE].', 'Decúbito supino, rodilla extendida sobre una almohadilla fina [MEDSCAPE_KNEE].'), 'anterior'),
    step('find-entry', {
      title: TITLE_FINDING_WAY_IN,
      patient: L(
        'The doctor feels the edges of your kneecap. Then the doctor marks a spot just above it, toward the outside.',
        'El médico palpa los bordes de la rótula. Luego marca un punto justo encima, hacia fuera.',
      ),
      clinician: L(
        'Superolateral entry ~1 cm superior and 1 cm lateral to the superolateral pole of the patella [DRORACLE_KNEE]; ultrasound of the suprapatellar recess deep to the quadriceps tendon if used [NYSORA_KNEE].',
        'Entrada superolateral ~1 cm por encima y 1 cm lateral al polo superolateral de la rótula [DRORACLE_KNEE]; ecografía del receso suprarrotuliano bajo el tendón del cuádriceps si se usa [NYSORA_KNEE].',
      ),
      view: 'anterior',
      show: KNEE_SHOW,
      highlight: ['patella-{side}'],
    }),
    step('advance-needle', {
      title: TITLE_NEEDLE_INTO_JOINT,
      patient: L(
        'After a cold spray or numbing shot, a needle slides under the kneecap into the joint. You may feel pressure.',
        'Tras un aerosol frío o una pequeña anestesia, una aguja se desliza bajo la rótula hacia la articulación. Puede sentir presión.',
      ),
      clinician: L(
        'Under the patella toward its centre, then slightly posterior and inferomedial [MEDSCAPE_KNEE]; aspirate an effusion first if present.',
        'Por debajo de la rótula hacia su centro y luego un poco posterior e inferomedial [MEDSCAPE_KNEE]; aspirar antes el derrame si lo hay.',
      ),
      view: 'close-up',
      show: KNEE_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    step('inject', {
      title: L('Medicine inside the knee', 'Medicamento dentro de la rodilla'),
      patient: sentences(L('The medicine flows into the joint with little resistance.', 'El medicamento entra en la articulación sin resistencia.'), NEEDLE_OUT_BANDAGE_ON),
      clinician: L(
        'Free flow without resistance; fills the suprapatellar recess and joint. HA has little effect if injected periarticularly [NYSORA_KNEE].',
        'Flujo libre sin resistencia; llena el receso suprarrotuliano y la articulación. El AH tiene poco efecto si queda periarticular [NYSORA_KNEE].',
      ),
      view: 'close-up',
      show: KNEE_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'Go easy on the knee for a day. A short flare of pain can happen. Call the clinic if the knee gets hot, red or very swollen.',
        'Cuide la rodilla durante un día. Puede haber un breve aumento del dolor. Llame a la clínica si la rodilla se pone caliente, roja o muy hinchada.',
      ),
      L(
        'Risks: infection, steroid flare, transient hyperglycaemia [RADIOPAEDIA_SA].',
        'Riesgos: infección, reacción inflamatoria al corticoide, hiperglucemia transitoria [RADIOPAEDIA_SA].',
      ),
      KNEE_SHOW,
    ),
  ],
};

const HIP_SHOW = ['layer:bone', 'layer:joint', 'femur-{side}', 'ilium-{side}', 'hip-joint-{side}'];

export const hipJointInjection: Procedure = {
  id: 'hip-joint-injection',
  category: 'injection',
  name: L('Hip joint injection', 'Inyección en la articulación de la cadera'),
  summary: L(
    'Medicine placed inside the hip joint eases pain and shows whether the pain comes from the joint itself.',
    'El medicamento colocado dentro de la cadera alivia el dolor y muestra si el dolor viene de la propia articulación.',
  ),
  levels: [],
  sites: [],
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'supine',
  positionNote: L('Lying on the back, hip straight [FURMAN_HIP].', 'Boca arriba, con la cadera estirada [FURMAN_HIP].'),
  imaging: ['ultrasound', 'fluoroscopy'],
  views: ['AP', 'anterior', 'close-up'],
  instruments: [needle('spinal', 22, 5 * INCH)],
  medication: L(
    '4 mL 0.25 % bupivacaine + 10 mg dexamethasone, with 3 mL contrast under fluoroscopy [SPRINGER_HIP].',
    '4 mL de bupivacaína al 0,25 % + 10 mg de dexametasona, con 3 mL de contraste bajo fluoroscopia [SPRINGER_HIP].',
  ),
  purpose: 'both',
  duration: aboutMinutes(10, 20),
  recovery: L(
    'Relief from the numbing medicine in the first hours helps show the pain comes from the joint [DOKUMEN_HIP]. Steroid relief builds over days.',
    'El alivio por el anestésico en las primeras horas ayuda a confirmar que el dolor viene de la articulación [DOKUMEN_HIP]. El alivio del corticoide aumenta en días.',
  ),
  safety: L(
    'The femoral nerve, artery and vein lie anterior to the medial hip (landmark injections come within 4–5 mm of the nerve); lateral circumflex femoral branches run along the neck [ANESKEY_HIPUS, FURMAN_HIP]. Imaging: ultrasound 97–100 % accurate vs blind anterior 60–61 % [RADIOLOGYKEY_HIP].',
    'El nervio, la arteria y la vena femorales están delante de la parte medial de la cadera (las inyecciones por referencias quedan a 4–5 mm del nervio); ramas de la circunfleja femoral lateral recorren el cuello [ANESKEY_HIPUS, FURMAN_HIP]. Imagen: la ecografía acierta en el 97–100 % frente al 60–61 % a ciegas [RADIOLOGYKEY_HIP].',
  ),
  targetStructure: 'hip-joint-{side}',
  spread: [{ structure: 'hip-joint-{side}', volumeMl: 5, source: 'SPRINGER_HIP' }],
  sources: ['FURMAN_HIP', 'ANESKEY_HIPUS', 'SPRINGER_HIP', 'RADIOLOGYKEY_HIP', 'NYSORA_HIP', 'DOKUMEN_HIP'],
  steps: [
    checkIn(L('Supine, hip neutral [FURMAN_HIP].', 'Decúbito supino, cadera neutra [FURMAN_HIP].'), 'anterior'),
    step('find-target', {
      title: L('Finding the joint', 'Localizar la articulación'),
      patient: L(
        'Ultrasound or X-ray shows the ball of your hip joint and the large blood vessels nearby. The doctor plans a path to the outside of them.',
        'La ecografía o los rayos X muestran la cabeza del fémur y los grandes vasos cercanos. El médico planea un camino por fuera de ellos.',
      ),
      clinician: L(
        'Target the anterior synovial recess at the femoral head–neck junction [ANESKEY_HIPUS]; fluoroscopic trajectory view with caudal tilt so the entry is below the inguinal crease, lateral to the femoral bundle [FURMAN_HIP].',
        'Objetivo el receso sinovial anterior en la unión cabeza–cuello femoral [ANESKEY_HIPUS]; proyección de trayectoria con inclinación caudal para que la entrada quede por debajo del pliegue inguinal, lateral al paquete femoral [FURMAN_HIP].',
      ),
      view: 'AP',
      show: HIP_SHOW,
      highlight: ['{target}'],
    }),
    numbSkin(
      L('Anterolateral thigh, distal to the inguinal crease, lateral to the femoral neurovascular bundle [FURMAN_HIP].', 'Cara anterolateral del muslo, distal al pliegue inguinal y lateral al paquete vasculonervioso femoral [FURMAN_HIP].'),
      'AP',
      HIP_SHOW,
    ),
    step('advance-needle', {
      title: L('Needle to the joint', 'La aguja hasta la articulación'),
      patient: L(
        'A long, thin needle goes in at the front of your upper thigh. It stops when it touches the bone inside the joint.',
        'Una aguja larga y fina entra por la parte delantera del muslo. Se detiene al tocar el hueso dentro de la articulación.',
      ),
      clinician: L(
        'Inferolateral to superomedial, in plane, to bone at the head–neck junction with a 22 G 5-inch spinal needle [SPRINGER_HIP].',
        'De inferolateral a superomedial, en plano, hasta el hueso en la unión cabeza–cuello con aguja espinal 22 G de 5 pulgadas [SPRINGER_HIP].',
      ),
      view: 'close-up',
      show: HIP_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L('Contrast outlines the capsule and neck recess, confirming an intra-articular position.', 'El contraste dibuja la cápsula y el receso del cuello, lo que confirma la posición intraarticular.'),
      'AP',
      HIP_SHOW,
      ['{target}'],
    ),
    step('inject', {
      title: L('Medicine inside the hip', 'Medicamento dentro de la cadera'),
      patient: sentences(L('The medicine goes into the joint. You may feel fullness in the hip.', 'El medicamento entra en la articulación. Puede sentir la cadera llena.'), NEEDLE_COMES_OUT),
      clinician: L('4 mL 0.25 % bupivacaine + 10 mg dexamethasone [SPRINGER_HIP].', '4 mL de bupivacaína al 0,25 % + 10 mg de dexametasona [SPRINGER_HIP].'),
      view: 'close-up',
      show: HIP_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'Walk and move your hip to test it, then note your pain. Take it easy that day.',
        'Camine y mueva la cadera para probarla y anote su dolor. Tómese el día con calma.',
      ),
      L(
        'Early anaesthetic response separates intra- from extra-articular pain (pre-surgical assessment) [DOKUMEN_HIP].',
        'La respuesta precoz al anestésico distingue el dolor intraarticular del extraarticular (valoración prequirúrgica) [DOKUMEN_HIP].',
      ),
      HIP_SHOW,
    ),
  ],
};

const SHOULDER_SHOW = ['layer:bone', 'layer:joint', 'scapula-{side}', 'humerus-{side}', 'shoulder-joint-{side}'];

export const shoulderJointInjection: Procedure = {
  id: 'shoulder-joint-injection',
  category: 'injection',
  name: L('Shoulder injection', 'Inyección en el hombro'),
  summary: L(
    'Medicine placed in the shoulder joint or in the cushion above it eases pain and stiffness.',
    'El medicamento colocado en la articulación del hombro o en la bolsa que está encima alivia el dolor y la rigidez.',
  ),
  levels: [],
  sites: ['glenohumeral', 'subacromial'],
  defaultSite: 'glenohumeral',
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'sitting',
  positionNote: L(
    'Sitting, arm at the side (turned in for the joint) or resting in the lap (for the bursa) [FPNOTEBOOK_GH, RADIOPAEDIA_SA].',
    'Sentado, con el brazo al costado (girado hacia dentro para la articulación) o apoyado en el regazo (para la bolsa) [FPNOTEBOOK_GH, RADIOPAEDIA_SA].',
  ),
  imaging: ['landmark', 'ultrasound', 'fluoroscopy'],
  views: ['posterior', 'lateral', 'close-up'],
  instruments: [needle('spinal', 22, 3.5 * INCH)],
  medication: L(
    'Joint: methylprednisolone 40 mg (1 mL) + 1 % lidocaine 5–7 mL [FPNOTEBOOK_GH]. Bursa: 0.5 mL dexamethasone 4 mg/mL + 1–1.5 mL 0.5 % bupivacaine [RADIOPAEDIA_SA].',
    'Articulación: metilprednisolona 40 mg (1 mL) + lidocaína al 1 % 5–7 mL [FPNOTEBOOK_GH]. Bolsa: 0,5 mL de dexametasona 4 mg/mL + 1–1,5 mL de bupivacaína al 0,5 % [RADIOPAEDIA_SA].',
  ),
  purpose: 'both',
  duration: aboutMinutes(5, 10),
  recovery: L(
    'The shoulder may feel numb for a few hours. Steroid relief builds over days and can last weeks to months; gentle exercises help keep the motion gained.',
    'El hombro puede sentirse dormido unas horas. El alivio del corticoide aumenta en días y puede durar de semanas a meses; los ejercicios suaves ayudan a mantener el movimiento.',
  ),
  safety: L(
    'Joint: stay inferior to the acromion and lateral to the glenoid [FPNOTEBOOK_GH]. Bursa: avoid intratendinous injection (hard resistance) [FRANK_SA]; more than 3–4 steroid injections a year is a relative contraindication [RADIOPAEDIA_SA].',
    'Articulación: mantenerse por debajo del acromion y lateral a la glenoide [FPNOTEBOOK_GH]. Bolsa: evitar la inyección intratendinosa (resistencia dura) [FRANK_SA]; más de 3–4 inyecciones de corticoide al año es una contraindicación relativa [RADIOPAEDIA_SA].',
  ),
  targetStructure: 'shoulder-joint-{side}',
  targetBy: { site: { glenohumeral: 'shoulder-joint-{side}', subacromial: 'subacromial-bursa-{side}' } },
  spread: [
    { structure: 'shoulder-joint-{side}', volumeMl: 7, source: 'FPNOTEBOOK_GH (1 mL + 5–7 mL)', sites: ['glenohumeral'] },
    { structure: 'subacromial-bursa-{side}', volumeMl: 2, source: 'RADIOPAEDIA_SA (0.5 mL + 1–1.5 mL)', sites: ['subacromial'] },
  ],
  sources: ['FPNOTEBOOK_GH', 'OMBREGT', 'SEEKHEALTHZ', 'MEDSCAPE_SHOULDER', 'RADIOPAEDIA_SA', 'FRANK_SA', 'NABIL_SA', 'SONOSKILLS_SASD'],
  steps: [
    checkIn(L('Seated, arm at the side or in the lap [FPNOTEBOOK_GH, FRANK_SA].', 'Sentado, brazo al costado o en el regazo [FPNOTEBOOK_GH, FRANK_SA].'), 'posterior'),
    step('find-entry', {
      title: TITLE_FINDING_WAY_IN,
      patient: L(
        'The doctor feels the bony corner at the top of your shoulder. A mark goes on the skin just below it.',
        'El médico palpa la esquina de hueso en la parte alta del hombro. Marca la piel justo debajo.',
      ),
      clinician: L(
        'Glenohumeral: posterior sulcus 2–3 cm inferior (≈1 cm medial, estimate) to the posterolateral corner of the acromion [FPNOTEBOOK_GH]. Subacromial: lateral 2.5–4 cm below the midpoint of the lateral acromion, or posterior ~2 cm below the posterolateral corner [FRANK_SA, NABIL_SA].',
        'Glenohumeral: surco posterior 2–3 cm por debajo (≈1 cm medial, estimación) del ángulo posterolateral del acromion [FPNOTEBOOK_GH]. Subacromial: lateral, 2,5–4 cm por debajo del punto medio del acromion lateral, o posterior, ~2 cm por debajo del ángulo posterolateral [FRANK_SA, NABIL_SA].',
      ),
      view: 'posterior',
      show: SHOULDER_SHOW,
      highlight: ['scapula-{side}'],
    }),
    step('advance-needle', {
      title: L('Needle into the shoulder', 'La aguja en el hombro'),
      patient: L(
        'A thin needle goes in toward the front of the shoulder. You may feel pressure deep in the joint.',
        'Una aguja fina entra hacia la parte delantera del hombro. Puede sentir presión dentro de la articulación.',
      ),
      clinician: L(
        'Glenohumeral: aim anteriorly toward the coracoid; the capsule is reached at 2–4 cm [FPNOTEBOOK_GH, OMBREGT]. Subacromial: lateral, parallel to the acromion (50–65° slope), 4–9 cm deep by habitus [FRANK_SA, NABIL_SA].',
        'Glenohumeral: dirigir hacia delante, hacia la coracoides; la cápsula se alcanza a 2–4 cm [FPNOTEBOOK_GH, OMBREGT]. Subacromial: lateral, paralela al acromion (pendiente de 50–65°), a 4–9 cm según la complexión [FRANK_SA, NABIL_SA].',
      ),
      view: 'close-up',
      show: SHOULDER_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    step('inject', {
      title: L('Medicine in place', 'Medicamento en su lugar'),
      patient: sentences(L('The medicine goes in smoothly.', 'El medicamento entra con suavidad.'), NEEDLE_OUT_BANDAGE_ON),
      clinician: L(
        'Free flow confirms an intra-articular or intrabursal position; hard resistance suggests tendon [FRANK_SA].',
        'El flujo libre confirma la posición intraarticular o intrabursal; una resistencia dura sugiere tendón [FRANK_SA].',
      ),
      view: 'close-up',
      show: SHOULDER_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'Move the arm gently once the numbness fades. Avoid heavy lifting for a day or two.',
        'Mueva el brazo con suavidad cuando pase el adormecimiento. Evite levantar peso uno o dos días.',
      ),
      L(
        'Indications: adhesive capsulitis and OA (joint); impingement, bursitis, rotator-cuff pain (bursa); the bursa injection doubles as an impingement test [RADIOPAEDIA_SA].',
        'Indicaciones: capsulitis adhesiva y artrosis (articulación); pinzamiento, bursitis, dolor del manguito (bolsa); la inyección en la bolsa sirve también como prueba de pinzamiento [RADIOPAEDIA_SA].',
      ),
      SHOULDER_SHOW,
    ),
  ],
};

const SIJ_SHOW = ['layer:bone', 'layer:joint', 'sacrum', 'ilium-{side}', 'sacroiliac-joint-{side}'];

export const sacroiliacJointInjection: Procedure = {
  id: 'sacroiliac-joint-injection',
  category: 'injection',
  name: L('Sacroiliac joint injection', 'Inyección en la articulación sacroilíaca'),
  summary: L(
    'Medicine placed in the joint between the base of the spine and the pelvis shows whether it causes your low back or buttock pain, and can ease it.',
    'El medicamento colocado en la articulación entre la base de la columna y la pelvis muestra si causa su dolor lumbar o de glúteo, y puede aliviarlo.',
  ),
  levels: [],
  sites: [],
  sides: ['left', 'right', 'bilateral'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: L('Lying face down [SHUHUB_SIJ].', 'Boca abajo [SHUHUB_SIJ].'),
  imaging: ['fluoroscopy', 'ct', 'ultrasound'],
  views: ['AP', 'fluoro-oblique', 'fluoro-lateral'],
  instruments: [needle('spinal', 22, 3.5 * INCH)],
  medication: L(
    'Diagnostic: 1–2 mL local anaesthetic; therapeutic: add 40–80 mg triamcinolone or 6–8 mg dexamethasone [SHUHUB_SIJ].',
    'Diagnóstica: 1–2 mL de anestésico local; terapéutica: añadir 40–80 mg de triamcinolona o 6–8 mg de dexametasona [SHUHUB_SIJ].',
  ),
  purpose: 'both',
  duration: aboutMinutes(15, 20),
  recovery: L(
    'Relief in the first hours points to the joint as the source. Steroid relief varies; one CT-guided series reported 89 % success over 2 years [SAHIN_SIJ].',
    'El alivio en las primeras horas señala a la articulación como origen. El alivio del corticoide varía; una serie guiada por TC informó un 89 % de éxito a 2 años [SAHIN_SIJ].',
  ),
  safety: L(
    'Stay in the posterior joint: anterior lie the pelvic viscera and the lumbosacral trunk — check on the lateral view. Blind injections are accurate in only 12–22 % [SHUHUB_SIJ].',
    'Permanecer en la parte posterior de la articulación: por delante están las vísceras pélvicas y el tronco lumbosacro; comprobar en la lateral. Las inyecciones a ciegas solo aciertan en el 12–22 % [SHUHUB_SIJ].',
  ),
  targetStructure: 'sacroiliac-joint-{side}',
  spread: [{ structure: 'sacroiliac-joint-{side}', volumeMl: 2, source: 'SHUHUB_SIJ (1–2 mL)' }],
  sources: ['FURMAN_SIJ', 'SHUHUB_SIJ', 'NYSORA_SIJ', 'ANESKEY_SIJ', 'MEDSCAPE_SIJ', 'SCHOLTEN2015', 'SAHIN_SIJ'],
  steps: [
    checkIn(L('Prone. Contrast is essential [FURMAN_SIJ].', 'Decúbito prono. El contraste es imprescindible [FURMAN_SIJ].')),
    step('open-joint', {
      title: TITLE_LINING_UP_JOINT,
      patient: L(
        'The X-ray camera tilts and turns. It stops when the lower part of the joint shows as a clear line.',
        'La cámara de rayos X se inclina y gira. Se detiene cuando la parte baja de la articulación se ve como una línea clara.',
      ),
      clinician: L(
        'Cephalad tilt 10–15° (10–25°) so the inferior joint projects above the pubic ramus; start 5–10° ipsilateral oblique, then 10–20° contralateral oblique until the posterior and anterior joint lines separate [FURMAN_SIJ, SHUHUB_SIJ]. Target the inferior aspect of the medial (posterior) joint line, the synovial part [FURMAN_SIJ, NYSORA_SIJ].',
        'Inclinación cefálica de 10–15° (10–25°) para proyectar la parte inferior de la articulación por encima de la rama pubiana; empezar con oblicua ipsilateral de 5–10° y pasar a contralateral de 10–20° hasta separar las interlíneas posterior y anterior [FURMAN_SIJ, SHUHUB_SIJ]. Objetivo: parte inferior de la interlínea medial (posterior), la porción sinovial [FURMAN_SIJ, NYSORA_SIJ].',
      ),
      view: 'fluoro-oblique',
      show: SIJ_SHOW,
      highlight: ['{target}'],
    }),
    numbSkin(
      L('Skin over the inferior medial joint line on the trajectory view [FURMAN_SIJ].', 'Piel sobre la interlínea medial inferior en la proyección de trayectoria [FURMAN_SIJ].'),
      'fluoro-oblique',
      SIJ_SHOW,
    ),
    step('advance-needle', {
      title: TITLE_NEEDLE_INTO_JOINT,
      patient: L(
        'A thin needle goes in and slips into the lower part of the joint. You may feel pressure in your buttock.',
        'Una aguja fina entra y se desliza en la parte baja de la articulación. Puede sentir presión en el glúteo.',
      ),
      clinician: L(
        'Coaxial with a 22–25 G 3.5-inch spinal needle; the lateral view is the safety view [SHUHUB_SIJ].',
        'Coaxial con aguja espinal 22–25 G de 3,5 pulgadas; la lateral es la proyección de seguridad [SHUHUB_SIJ].',
      ),
      view: 'fluoro-oblique',
      show: SIJ_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'Contrast ascends cephalad along the joint; a type I pattern predicts better relief [SCHOLTEN2015].',
        'El contraste asciende en sentido cefálico por la articulación; un patrón de tipo I predice mejor alivio [SCHOLTEN2015].',
      ),
      'AP',
      SIJ_SHOW,
      ['{target}'],
    ),
    step('inject', {
      title: L('Medicine in the joint', 'Medicamento en la articulación'),
      patient: sentences(L('A small amount of medicine fills the joint.', 'Una pequeña cantidad de medicamento llena la articulación.'), NEEDLE_COMES_OUT),
      clinician: L('1–2 mL local anaesthetic ± steroid [SHUHUB_SIJ].', '1–2 mL de anestésico local ± corticoide [SHUHUB_SIJ].'),
      view: 'close-up',
      show: SIJ_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      sentences(L('Walk and do what usually hurts, then write down your pain.', 'Camine y haga lo que suele dolerle, y anote su dolor.'), A_DRIVER_TAKES_YOU_HOME),
      L(
        'Innervation: posterior network S1–S2 100 %, S3 88 %, L5 8 % [ANESKEY_SIJ]. Referral to the buttock and posterolateral thigh [NYSORA_SIJ].',
        'Inervación: red posterior S1–S2 100 %, S3 88 %, L5 8 % [ANESKEY_SIJ]. Dolor referido a glúteo y cara posterolateral del muslo [NYSORA_SIJ].',
      ),
    ),
  ],
};
