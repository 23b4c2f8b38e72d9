import type { Procedure } from '../types';
import { INCH, L, afterwards, checkIn, contrastCheck, needle, numbSkin, step, sentences } from './helpers';
import { A_DRIVER_TAKES_YOU_HOME, FORAMINAL_ARTERIES, LIVE_CONTRAST_NON_PARTICULATE, PRONE_COUNT_THE_LEVEL, LEG_NUMB_FOR_HOURS, LONGER_NEEDLE, MEDICINE_GOES_IN_SLOWLY, OBLIQUE_SKIN_ENTRY, PRONE_PILLOW_UNDER_BELLY, REST_A_SHORT_TIME, TITLE_FINDING_NERVE, TITLE_MEDICINE_AROUND_NERVE, TITLE_PLACING_NEEDLE, WALK_WITH_CARE_LEG, aboutMinutes } from './phrases';

const MB_SHOW = ['layer:bone', 'layer:disc', 'layer:nerve', 'vertebra-{upper}', 'vertebra-{lower}'];

export const medialBranchBlock: Procedure = {
  id: 'medial-branch-block',
  category: 'nerve-block',
  name: L('Medial branch block', 'Bloqueo de rama medial'),
  summary: L(
    'A small dose of numbing medicine on the tiny nerves of a facet joint shows whether that joint causes your back or neck pain.',
    'Una pequeña dosis de anestésico sobre los nervios diminutos de una articulación facetaria muestra si esa articulación causa su dolor de espalda o cuello.',
  ),
  levels: ['C3', 'C4', 'C5', 'C6', 'C7', 'L1', 'L2', 'L3', 'L4', 'L5'],
  defaultLevel: 'L4',
  sites: [],
  sides: ['left', 'right', 'bilateral'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: L(
    'Lower back: lying face down with a pillow under the belly. Neck: lying face down or on the side.',
    'Zona lumbar: boca abajo con una almohada bajo el abdomen. Cuello: boca abajo o de lado.',
  ),
  imaging: ['fluoroscopy', 'ct', 'ultrasound'],
  views: ['AP', 'fluoro-oblique', 'AP', 'fluoro-lateral'],
  instruments: [needle('spinal', 22, 3.5 * INCH), needle('spinal', 22, 5 * INCH, LONGER_NEEDLE)],
  medication: L(
    'Local anaesthetic only, about 0.5 mL per nerve in the lower back (lidocaine 1–4 % or bupivacaine 0.5–0.75 %) [WIKIMSK_LMBB]; 0.3 mL per nerve in the neck [SPRINGER_CMBB]. No steroid for a diagnostic block [WIKIMSK_LMBB].',
    'Solo anestésico local, unos 0,5 mL por nervio en la zona lumbar (lidocaína 1–4 % o bupivacaína 0,5–0,75 %) [WIKIMSK_LMBB]; 0,3 mL por nervio en el cuello [SPRINGER_CMBB]. Sin corticoide en un bloqueo diagnóstico [WIKIMSK_LMBB].',
  ),
  purpose: 'diagnostic',
  duration: aboutMinutes(15, 30),
  recovery: L(
    'Relief, if it comes, lasts as long as the numbing medicine: a few hours. You keep a pain diary that day. Good relief points to the joint, and radiofrequency ablation may come next [COHEN2020].',
    'El alivio, si aparece, dura lo que dura el anestésico: unas horas. Ese día usted anota su dolor en un diario. Un buen alivio señala a la articulación, y el siguiente paso puede ser la ablación por radiofrecuencia [COHEN2020].',
  ),
  safety: L(
    'The needle stays on bone at the SAP–transverse process junction (lumbar) or the waist of the articular pillar (cervical), away from the foramen and the ventral ramus; contrast excludes vascular uptake [CLINICALPUB_LMBB, SPRINGER_CMBB].',
    'La aguja se mantiene sobre hueso en la unión de la apófisis articular superior y la transversa (lumbar) o en la cintura del pilar articular (cervical), lejos del foramen y del ramo ventral; el contraste descarta captación vascular [CLINICALPUB_LMBB, SPRINGER_CMBB].',
  ),
  targetStructure: 'medial-branch-{level}-{side}',
  spread: [
    { structure: 'medial-branch-{level}-{side}', volumeMl: 0.5, source: 'FURMAN_LMBB, WIKIMSK_LMBB', levels: ['L1', 'L2', 'L3', 'L4', 'L5'] },
    { structure: 'medial-branch-{level}-{side}', volumeMl: 0.3, source: 'SPRINGER_CMBB', levels: ['C3', 'C4', 'C5', 'C6', 'C7'] },
  ],
  sources: ['FURMAN_LMBB', 'WIKIMSK_LMBB', 'PROCGUIDE_LMBB', 'COHEN2020', 'CLINICALPUB_LMBB', 'SPRINGER_CMBB', 'NYSORA_CMBB', 'BOGDUK_CONTROLS', 'LORD1995'],
  steps: [
    checkIn(
      L(
        'Prone, pillow under the abdomen for lumbar levels. Consent covers a diagnostic block: local anaesthetic only, no sedation that would blunt the pain report [COHEN2020].',
        'Decúbito prono, almohada bajo el abdomen en niveles lumbares. El consentimiento cubre un bloqueo diagnóstico: solo anestésico local, sin sedación que altere la valoración del dolor [COHEN2020].',
      ),
    ),
    step('find-level', {
      title: L('Finding the right level', 'Localizar el nivel'),
      patient: L(
        'An X-ray camera moves over your back. The doctor counts the bones to find {level}. You only need to lie still.',
        'Una cámara de rayos X se mueve sobre su espalda. El médico cuenta las vértebras para encontrar {level}. Usted solo tiene que quedarse quieto.',
      ),
      clinician: L(
        'AP view to confirm the level, tilt to square the superior endplate of the target segment, then ipsilateral oblique ("Scotty dog"): the target is the junction of the SAP and the transverse process, midway between the top of the TP and the mamillo-accessory notch [FURMAN_LMBB]. Cervical: lateral view, target the centroid of the articular pillar [SPRINGER_CMBB].',
        'Proyección AP para confirmar el nivel, inclinación para alinear el platillo superior del segmento y luego oblicua ipsilateral ("perrito escocés"): el objetivo es la unión de la apófisis articular superior con la transversa, a medio camino entre el borde superior de la transversa y la escotadura mamilo-accesoria [FURMAN_LMBB]. Cervical: proyección lateral, objetivo el centroide del pilar articular [SPRINGER_CMBB].',
      ),
      view: 'fluoro-oblique',
      show: MB_SHOW,
      highlight: ['vertebra-{lower}'],
    }),
    numbSkin(
      L(
        'Skin wheal with 1 % lidocaine at the entry point coaxial with the target on the oblique view; one puncture can reach several adjacent targets [PROCGUIDE_LMBB].',
        'Habón cutáneo con lidocaína al 1 % en el punto de entrada coaxial con el objetivo en la oblicua; una sola punción puede alcanzar varios objetivos contiguos [PROCGUIDE_LMBB].',
      ),
      'fluoro-oblique',
      MB_SHOW,
    ),
    step('advance-needle', {
      title: L('Guiding the needle', 'Guiar la aguja'),
      patient: L(
        'A thin needle goes in slowly, using the X-ray as a map. It stops when it touches bone, right where the small nerve lies. You may feel pressure.',
        'Una aguja fina avanza despacio, con los rayos X como mapa. Se detiene al tocar el hueso, justo donde está el nervio pequeño. Puede sentir presión.',
      ),
      clinician: L(
        '22–25 G 3.5-inch bent-tip spinal needle advanced coaxially ("down the beam") to bone contact at the SAP–TP junction [WIKIMSK_LMBB]; cervical: onto the waist of the articular pillar, 22–25 G 50–90 mm [SPRINGER_CMBB]. AP to confirm the final position; lateral only if depth is doubtful [PROCGUIDE_LMBB].',
        'Aguja espinal de punta curva 22–25 G de 3,5 pulgadas avanzada de forma coaxial hasta contacto óseo en la unión apófisis articular superior–transversa [WIKIMSK_LMBB]; cervical: sobre la cintura del pilar articular, 22–25 G de 50–90 mm [SPRINGER_CMBB]. AP para confirmar la posición final; lateral solo si hay dudas de profundidad [PROCGUIDE_LMBB].',
      ),
      view: 'fluoro-oblique',
      show: MB_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'Small volume of contrast under live fluoroscopy to exclude venous or arterial uptake before the anaesthetic [CLINICALPUB_LMBB].',
        'Pequeño volumen de contraste con fluoroscopia en vivo para descartar captación venosa o arterial antes del anestésico [CLINICALPUB_LMBB].',
      ),
      'AP',
      MB_SHOW,
      ['{target}'],
    ),
    step('inject', {
      title: L('Numbing the nerve', 'Adormecer el nervio'),
      patient: L(
        'A very small amount of numbing medicine goes on the nerve. It is less than a quarter of a teaspoon. The needle then comes out.',
        'Se aplica una cantidad muy pequeña de anestésico sobre el nervio. Es menos de un cuarto de cucharadita. Luego se retira la aguja.',
      ),
      clinician: L(
        '0.5 mL per lumbar nerve (0.4–0.5 mL stays in the SAP/TP groove; more loses specificity) [FURMAN_LMBB, WIKIMSK_LMBB]; 0.3 mL per cervical nerve [SPRINGER_CMBB]. Each facet joint needs two nerves blocked (L4-L5 joint = L3 + L4 medial branches) [WIKIMSK_LMBB].',
        '0,5 mL por nervio lumbar (0,4–0,5 mL permanecen en el surco; más volumen pierde especificidad) [FURMAN_LMBB, WIKIMSK_LMBB]; 0,3 mL por nervio cervical [SPRINGER_CMBB]. Cada articulación facetaria requiere bloquear dos nervios (L4-L5 = ramas mediales L3 y L4) [WIKIMSK_LMBB].',
      ),
      view: 'close-up',
      show: MB_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'You move around and do the things that usually hurt. You write down how much pain you feel over the next hours. You can go home the same day, with someone to drive you.',
        'Usted se mueve y hace lo que normalmente le duele. Anota cuánto dolor siente en las horas siguientes. Puede irse a casa el mismo día, con alguien que conduzca.',
      ),
      L(
        'Record the pain response over the anaesthetic duration. Single uncontrolled blocks carry 25–41 % false positives [BOGDUK_CONTROLS]; comparative blocks (lidocaine vs bupivacaine) have 88 % specificity [LORD1995].',
        'Registrar la respuesta del dolor durante la duración del anestésico. Un bloqueo único sin control tiene 25–41 % de falsos positivos [BOGDUK_CONTROLS]; los bloqueos comparativos (lidocaína frente a bupivacaína) tienen 88 % de especificidad [LORD1995].',
      ),
    ),
  ],
};

export const radiofrequencyAblation: Procedure = {
  ...medialBranchBlock,
  id: 'radiofrequency-ablation',
  category: 'nerve-block',
  name: L('Radiofrequency ablation (medial branches)', 'Ablación por radiofrecuencia (ramas mediales)'),
  summary: L(
    'Gentle heat from a special needle turns off the small nerves that carry pain from a facet joint, often for many months.',
    'El calor controlado de una aguja especial apaga los pequeños nervios que llevan el dolor de una articulación facetaria, a menudo durante muchos meses.',
  ),
  imaging: ['fluoroscopy'],
  views: ['AP', 'fluoro-oblique', 'fluoro-lateral', 'AP'],
  instruments: [needle('radiofrequency', 22, 100), needle('radiofrequency', 22, 145, LONGER_NEEDLE)],
  medication: L(
    '0.5–1 mL of local anaesthetic through the cannula before each lesion [FURMAN_CRF].',
    '0,5–1 mL de anestésico local por la cánula antes de cada lesión [FURMAN_CRF].',
  ),
  purpose: 'therapeutic',
  duration: L('About 30 to 60 minutes, longer for several levels.', 'Entre 30 y 60 minutos, más si se tratan varios niveles.'),
  recovery: L(
    'The area can be sore for one or two weeks. Relief often lasts many months: on average 4.6 to 7 months in the lower back [KOH2017] and about 9 months in the neck [PCMBRFN2025]. Nerves grow back, and the treatment can be repeated.',
    'La zona puede doler una o dos semanas. El alivio suele durar muchos meses: en promedio de 4,6 a 7 meses en la zona lumbar [KOH2017] y unos 9 meses en el cuello [PCMBRFN2025]. Los nervios vuelven a crecer y el tratamiento se puede repetir.',
  ),
  safety: L(
    'The electrode stays posterior to the foramen on the lateral view (ventral ramus/root); motor testing at 2 Hz must give multifidus twitch only, no limb twitch [PIJN_RF, KOH2017].',
    'El electrodo queda posterior al foramen en la proyección lateral (ramo ventral/raíz); la prueba motora a 2 Hz debe dar solo contracción del multífido, nunca de la extremidad [PIJN_RF, KOH2017].',
  ),
  spread: [{ structure: 'medial-branch-{level}-{side}', volumeMl: 0.5, source: 'FURMAN_CRF' }],
  sources: ['COHEN2011', 'COHEN2020', 'PIJN_RF', 'TRAN2023', 'NSWIKI_RF', 'FURMAN_CRF', 'KOH2017', 'PCMBRFN2025', 'SPRINGER_CMBB', 'IJSS_CRF', 'LORD1996'],
  steps: [
    checkIn(
      L(
        'Prone. Performed after positive diagnostic blocks (≥ 50 % or ≥ 80 % relief thresholds are used) [COHEN2020, PCMBRFN2025]. Grounding pad on the skin.',
        'Decúbito prono. Se realiza tras bloqueos diagnósticos positivos (se usan umbrales de alivio ≥ 50 % o ≥ 80 %) [COHEN2020, PCMBRFN2025]. Placa de retorno sobre la piel.',
      ),
    ),
    numbSkin(
      L(
        'Lumbar: entry caudal to the target, below the transverse process of the same level [NSWIKI_RF]. Cervical: posterior paramedian entry [IJSS_CRF].',
        'Lumbar: entrada caudal al objetivo, por debajo de la apófisis transversa del mismo nivel [NSWIKI_RF]. Cervical: entrada paramedial posterior [IJSS_CRF].',
      ),
      'AP',
      MB_SHOW,
    ),
    step('place-electrode', {
      title: L('Placing the heat needle', 'Colocar la aguja de calor'),
      patient: L(
        'A special needle goes in at a slant. It lies along the small nerve, like a pencil resting on a rope. The X-ray checks its path.',
        'Una aguja especial entra en ángulo. Queda a lo largo del nervio pequeño, como un lápiz apoyado sobre una cuerda. Los rayos X comprueban su camino.',
      ),
      clinician: L(
        'Electrode parallel to the nerve, because lesions extend radially (conventional lesion radius 1.1–2.2 mm) [COHEN2011]. Lumbar: ~15° ipsilateral oblique with caudal tilt; contact the TP near the SAP and slide cranially into the groove; 22 G 10 cm cannula, 5 mm active tip [PIJN_RF]. Parallel angles 29–47° lateral and 33.5–49° caudal, level-dependent [TRAN2023].',
        'Electrodo paralelo al nervio, porque la lesión se extiende radialmente (radio convencional 1,1–2,2 mm) [COHEN2011]. Lumbar: oblicua ipsilateral de ~15° con inclinación caudal; contactar la transversa junto a la apófisis articular superior y deslizar en sentido craneal hasta el surco; cánula 22 G de 10 cm, punta activa de 5 mm [PIJN_RF]. Ángulos paralelos de 29–47° lateral y 33,5–49° caudal según el nivel [TRAN2023].',
      ),
      view: 'fluoro-oblique',
      show: MB_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    step('test-stimulation', {
      title: L('Testing the nerve', 'Probar el nervio'),
      patient: L(
        'A small test current is sent. You may feel tingling or pressure in your usual pain spot. Tell the doctor what you feel. This checks that the needle is in the safe place.',
        'Se envía una pequeña corriente de prueba. Puede sentir hormigueo o presión donde suele doler. Diga al médico lo que siente. Así se comprueba que la aguja está en el lugar seguro.',
      ),
      clinician: L(
        'Lateral view: tip at the base of the SAP, ~1 mm dorsal to the posterior foraminal border [PIJN_RF]. Sensory 50 Hz concordant below 0.5 V; motor 2 Hz: multifidus twitch, no limb twitch [PIJN_RF, KOH2017].',
        'Proyección lateral: punta en la base de la apófisis articular superior, ~1 mm dorsal al borde posterior del foramen [PIJN_RF]. Sensitiva a 50 Hz concordante por debajo de 0,5 V; motora a 2 Hz: contracción del multífido, sin contracción de la extremidad [PIJN_RF, KOH2017].',
      ),
      view: 'fluoro-lateral',
      show: MB_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, pulses: true },
    }),
    step('lesion', {
      title: L('Heating the nerve', 'Calentar el nervio'),
      patient: L(
        'The spot is numbed first. Then the needle tip warms the nerve for about a minute and a half. You may feel warmth or a deep ache. This stops the nerve from sending pain signals.',
        'Primero se adormece la zona. Luego la punta de la aguja calienta el nervio durante un minuto y medio. Puede sentir calor o un dolor profundo. Así el nervio deja de enviar señales de dolor.',
      ),
      clinician: L(
        '0.5–1 mL local anaesthetic, then 80–85 °C for 90 s, 2–4 cycles per nerve (cervical) [FURMAN_CRF]; 60–90 °C for 90 s in other protocols [FUKUSAKI].',
        '0,5–1 mL de anestésico local y luego 80–85 °C durante 90 s, 2–4 ciclos por nervio (cervical) [FURMAN_CRF]; 60–90 °C durante 90 s en otros protocolos [FUKUSAKI].',
      ),
      view: 'close-up',
      show: MB_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1, lesion: 1, pulses: false },
    }),
    afterwards(
      L(
        'You rest for a short while and go home the same day with a driver. The area may feel sore or sunburned for a week or two. The full effect often takes two to three weeks.',
        'Descansa un rato y vuelve a casa el mismo día con alguien que conduzca. La zona puede doler o sentirse como quemada por el sol durante una o dos semanas. El efecto completo suele tardar dos o tres semanas.',
      ),
      L(
        'Mean relief 4.6–7.0 months lumbar [KOH2017]; cervical ~8.8 months before repeat [PCMBRFN2025]. Repeat when the nerve regenerates.',
        'Alivio medio de 4,6–7,0 meses en lumbar [KOH2017]; cervical ~8,8 meses antes de repetir [PCMBRFN2025]. Se repite cuando el nervio se regenera.',
      ),
    ),
  ],
};

const ROOT_SHOW = ['layer:bone', 'layer:disc', 'layer:nerve', 'layer:dura', 'vertebra-{upper}', 'vertebra-{lower}'];

export const selectiveNerveRootBlock: Procedure = {
  id: 'selective-nerve-root-block',
  category: 'nerve-block',
  name: L('Selective nerve root block', 'Bloqueo selectivo de raíz nerviosa'),
  summary: L(
    'Medicine placed right beside one spinal nerve root shows whether that nerve causes your leg pain, and can calm it.',
    'El medicamento colocado junto a una sola raíz nerviosa muestra si ese nervio causa el dolor de la pierna y puede calmarlo.',
  ),
  levels: ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'],
  defaultLevel: 'L5',
  sites: [],
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: PRONE_PILLOW_UNDER_BELLY,
  imaging: ['fluoroscopy', 'ct'],
  views: ['AP', 'fluoro-oblique', 'fluoro-lateral', 'AP'],
  instruments: [needle('spinal', 22, 3.5 * INCH), needle('spinal', 22, 5 * INCH, LONGER_NEEDLE)],
  medication: L(
    '0.5–0.6 mL of local anaesthetic beside the root, ± non-particulate steroid (dexamethasone) [ANESKEY_TF].',
    '0,5–0,6 mL de anestésico local junto a la raíz, ± corticoide no particulado (dexametasona) [ANESKEY_TF].',
  ),
  purpose: 'both',
  duration: aboutMinutes(20, 30),
  recovery: sentences(LEG_NUMB_FOR_HOURS, L('Relief from the numbing medicine tells the doctor which nerve is the source; steroid relief, if used, builds over days.', 'El alivio del anestésico indica al médico qué nervio es el origen; el alivio del corticoide, si se usa, aumenta en unos días.')),
  safety: sentences(FORAMINAL_ARTERIES, LIVE_CONTRAST_NON_PARTICULATE),
  targetStructure: 'nerve-root-{level}-{side}',
  spread: [{ structure: 'nerve-root-{level}-{side}', volumeMl: 0.5, source: 'ANESKEY_TF' }],
  sources: ['MEDSCAPE_TF', 'PIJN_TF', 'FURMAN_S1', 'ANESKEY_TF', '78STEPS_TF', 'RADIOPAEDIA_TF', 'ANESTH_PROCON', 'AJR_TF'],
  steps: [
    checkIn(PRONE_COUNT_THE_LEVEL),
    step('find-foramen', {
      title: L('Finding the nerve opening', 'Localizar la salida del nervio'),
      patient: L(
        'The X-ray camera tilts to show the opening where the {level} nerve leaves the spine. The doctor marks the skin above it.',
        'La cámara de rayos X se inclina para mostrar la abertura por donde sale el nervio {level}. El médico marca la piel encima.',
      ),
      clinician: L(
        'Ipsilateral oblique ~30–45° with caudal tilt to see the undersurface of the pedicle ("6 o\'clock") [78STEPS_TF, PIJN_TF]. S1: cephalad tilt to square the S1 endplate, slight ipsilateral oblique, aim at the superolateral dorsal S1 foramen [FURMAN_S1].',
        'Oblicua ipsilateral de ~30–45° con inclinación caudal para ver la cara inferior del pedículo ("las 6 en punto") [78STEPS_TF, PIJN_TF]. S1: inclinación cefálica para alinear el platillo de S1, oblicua ipsilateral ligera, apuntar al borde superolateral del foramen dorsal de S1 [FURMAN_S1].',
      ),
      view: 'fluoro-oblique',
      show: ROOT_SHOW,
      highlight: ['{target}'],
    }),
    numbSkin(
      OBLIQUE_SKIN_ENTRY,
      'fluoro-oblique',
      ROOT_SHOW,
    ),
    step('advance-needle', {
      title: L('Guiding the needle to the nerve', 'Guiar la aguja hasta el nervio'),
      patient: L(
        'A thin needle moves toward the nerve. When it gets close, you may feel a quick zing down your leg. That feeling helps the doctor. Say so if you feel it.',
        'Una aguja fina avanza hacia el nervio. Cuando está cerca, puede sentir una descarga rápida en la pierna. Esa sensación ayuda al médico. Avísele si la siente.',
      ),
      clinician: L(
        'Coaxial to the 6 o\'clock position of the pedicle; on AP the tip stays lateral to the pedicle midpoint line; lateral view: tip in the posterosuperior foramen [RADIOPAEDIA_TF, PIJN_TF].',
        'Coaxial hacia las 6 en punto del pedículo; en AP la punta no sobrepasa la línea media del pedículo; en lateral: punta en el cuadrante posterosuperior del foramen [RADIOPAEDIA_TF, PIJN_TF].',
      ),
      view: 'fluoro-lateral',
      show: ROOT_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'Live (ideally digital-subtraction) contrast outlines the proximal root sleeve; any arterial pattern means stop [BROWN_ATLAS, 78STEPS_TF].',
        'El contraste en vivo (idealmente con sustracción digital) dibuja la vaina proximal de la raíz; cualquier patrón arterial obliga a detenerse [BROWN_ATLAS, 78STEPS_TF].',
      ),
      'AP',
      ROOT_SHOW,
      ['{target}'],
    ),
    step('inject', {
      title: L('Medicine on the nerve', 'Medicamento sobre el nervio'),
      patient: L(
        'A small amount of medicine bathes the nerve. Your leg may feel warm, heavy or numb for a few hours. That is expected.',
        'Una pequeña cantidad de medicamento baña el nervio. La pierna puede sentirse caliente, pesada o dormida unas horas. Es lo esperado.',
      ),
      clinician: L(
        'SNRB volume 0.5–0.6 mL keeps the block selective [ANESKEY_TF].',
        'Volumen de 0,5–0,6 mL para mantener el bloqueo selectivo [ANESKEY_TF].',
      ),
      view: 'close-up',
      show: ROOT_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      sentences(REST_A_SHORT_TIME, WALK_WITH_CARE_LEG, A_DRIVER_TAKES_YOU_HOME),
      L(
        'Document the pain response and any dermatomal numbness; concordant relief identifies the symptomatic root.',
        'Documentar la respuesta del dolor y cualquier hipoestesia dermatómica; el alivio concordante identifica la raíz sintomática.',
      ),
    ),
  ],
};

const NECK_SHOW = ['layer:bone', 'layer:nerve', 'vertebra-C6', 'vertebra-C7', 'vertebra-T1'];

export const stellateGanglionBlock: Procedure = {
  id: 'stellate-ganglion-block',
  category: 'nerve-block',
  name: L('Stellate ganglion block', 'Bloqueo del ganglio estrellado'),
  summary: L(
    'Numbing medicine at the front of the neck calms a bundle of nerves that can drive burning pain in the face, arm or hand.',
    'El anestésico en la parte delantera del cuello calma un grupo de nervios que puede causar dolor ardiente en la cara, el brazo o la mano.',
  ),
  levels: ['C6', 'C7'],
  defaultLevel: 'C6',
  sites: [],
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'supine',
  positionNote: L('Lying on the back, neck straight or slightly tipped back.', 'Boca arriba, con el cuello recto o un poco hacia atrás.'),
  imaging: ['ultrasound', 'fluoroscopy'],
  views: ['AP', 'fluoro-oblique', 'anterior'],
  instruments: [needle('spinal', 25, 50), needle('spinal', 22, 3.5 * INCH, LONGER_NEEDLE)],
  medication: L(
    'About 5 mL of local anaesthetic (bupivacaine with contrast) [GOFELD2009]; e.g. 4 mL 0.25 % bupivacaine + 40 mg triamcinolone [GHAI2016].',
    'Unos 5 mL de anestésico local (bupivacaína con contraste) [GOFELD2009]; p. ej., 4 mL de bupivacaína al 0,25 % + 40 mg de triamcinolona [GHAI2016].',
  ),
  purpose: 'both',
  duration: aboutMinutes(15, 20),
  recovery: L(
    'A droopy eyelid, a small pupil and a warm, dry face or hand on that side are expected for a few hours: they show the block worked [NEUPSYKEY]. The voice may be hoarse for a while. In CRPS, a series of blocks gave relief lasting up to 3 months [GHAI2016].',
    'Es normal que durante unas horas el párpado caiga un poco, la pupila se achique y la cara o la mano de ese lado estén calientes y secas: indica que el bloqueo funcionó [NEUPSYKEY]. La voz puede estar ronca un rato. En el SDRC, una serie de bloqueos dio alivio de hasta 3 meses [GHAI2016].',
  ),
  safety: L(
    'Vertebral artery and spinal nerves lie dorsal; carotid and internal jugular vein ventral; trachea, thyroid and oesophagus ventromedial; pleural dome near C7 [FURMAN_SGB, STATPEARLS_SGB]. Never both sides on the same day.',
    'La arteria vertebral y los nervios espinales quedan dorsales; la carótida y la yugular interna, ventrales; tráquea, tiroides y esófago, ventromediales; la cúpula pleural está cerca de C7 [FURMAN_SGB, STATPEARLS_SGB]. Nunca ambos lados el mismo día.',
  ),
  targetStructure: 'stellate-ganglion-{side}',
  targetBy: { level: { C6: 'sympathetic-chain-{side}', C7: 'stellate-ganglion-{side}' } },
  spread: [{ structure: 'stellate-ganglion-{side}', volumeMl: 5, source: 'GOFELD2009' }],
  sources: ['STATPEARLS_SGB', 'ANESKEY_SGB', 'FURMAN_SGB', 'GOFELD2009', 'MEDSCAPE_SGB', 'GASQ', 'GHAI2016', 'NEUPSYKEY'],
  steps: [
    checkIn(
      L(
        'Supine, neck neutral. Ultrasound (lateral in-plane, avoiding vessels and the oesophagus) or fluoroscopy; blind technique discouraged [STATPEARLS_SGB, GHAI2016].',
        'Decúbito supino, cuello neutro. Ecografía (en plano lateral, evitando vasos y esófago) o fluoroscopia; se desaconseja la técnica a ciegas [STATPEARLS_SGB, GHAI2016].',
      ),
      'anterior',
    ),
    step('find-level', {
      title: L('Finding the spot in the neck', 'Localizar el punto en el cuello'),
      patient: L(
        'The doctor finds a small bump of bone low in the side of your neck. An ultrasound or X-ray shows the nerves and blood vessels. This keeps the needle away from them.',
        'El médico busca un pequeño relieve de hueso en la parte baja del cuello. Una ecografía o rayos X muestra los nervios y los vasos. Así la aguja se mantiene lejos de ellos.',
      ),
      clinician: L(
        'Fluoroscopy: count up from T1, square the C6 endplate, ipsilateral foraminal oblique; target the junction of the C6 body and uncinate process [FURMAN_SGB]. C6 (Chassaignac\'s tubercle) is safer; C7 gives a better upper-limb effect but the vertebral artery is unprotected there [GASQ, GHAI2016].',
        'Fluoroscopia: contar desde T1, alinear el platillo de C6, oblicua foraminal ipsilateral; objetivo la unión del cuerpo de C6 con la apófisis unciforme [FURMAN_SGB]. C6 (tubérculo de Chassaignac) es más seguro; C7 da mejor efecto en el miembro superior, pero allí la arteria vertebral no está protegida [GASQ, GHAI2016].',
      ),
      view: 'anterior',
      show: NECK_SHOW,
      highlight: ['vertebra-{level}'],
    }),
    step('advance-needle', {
      title: TITLE_PLACING_NEEDLE,
      patient: L(
        'A thin needle goes in at the front of your neck, beside the windpipe. Please do not talk or swallow while it is in. You may feel pressure.',
        'Una aguja fina entra por la parte delantera del cuello, al lado de la tráquea. Por favor, no hable ni trague mientras está puesta. Puede sentir presión.',
      ),
      clinician: L(
        'Classic anterior paratracheal approach: retract the carotid laterally, contact the C6 tubercle, withdraw 1–2 mm out of longus colli [MEDSCAPE_SGB]; or coaxial to the body–uncinate junction, staying at or medial to the uncinate line [FURMAN_SGB]. US: the sympathetic trunk lies on longus colli deep to the prevertebral fascia [GOFELD2009].',
        'Abordaje paratraqueal anterior clásico: desplazar la carótida lateralmente, contactar el tubérculo de C6 y retirar 1–2 mm fuera del largo del cuello [MEDSCAPE_SGB]; o coaxial hacia la unión cuerpo–unciforme, sin sobrepasar la línea unciforme [FURMAN_SGB]. Ecografía: la cadena simpática yace sobre el largo del cuello, bajo la fascia prevertebral [GOFELD2009].',
      ),
      view: 'fluoro-oblique',
      show: NECK_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        'Aspirate and inject contrast under live imaging: contrast at C6 should reach the C7–T1 interspace, ideally T2 for the upper limb [FURMAN_SGB]; no vascular pattern.',
        'Aspirar e inyectar contraste con imagen en vivo: el contraste en C6 debe alcanzar el espacio C7–T1, idealmente T2 para el miembro superior [FURMAN_SGB]; sin patrón vascular.',
      ),
      'AP',
      NECK_SHOW,
      ['{target}', 'stellate-ganglion-{side}'],
    ),
    step('inject', {
      title: L('Medicine flows down to the nerves', 'El medicamento baja hacia los nervios'),
      patient: sentences(MEDICINE_GOES_IN_SLOWLY, L('It flows down along the neck to the nerve bundle. Soon your hand or face on that side may feel warm.', 'Baja por el cuello hasta el grupo de nervios. Pronto la mano o la cara de ese lado pueden sentirse calientes.')),
      clinician: L(
        '~5 mL in divided doses with repeated aspiration; sub-fascial spread along longus colli toward the stellate ganglion [GOFELD2009].',
        '~5 mL en dosis fraccionadas con aspiración repetida; difusión subfascial a lo largo del largo del cuello hacia el ganglio estrellado [GOFELD2009].',
      ),
      view: 'anterior',
      show: NECK_SHOW,
      highlight: ['stellate-ganglion-{side}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      sentences(L('You sit up slowly after about 30 minutes. Wait until swallowing feels normal before you eat or drink. Your eye may droop a little for a few hours.', 'Se sienta despacio después de unos 30 minutos. Espere a tragar con normalidad antes de comer o beber. El ojo puede caer un poco durante unas horas.'), A_DRIVER_TAKES_YOU_HOME),
      L(
        'Confirm Horner syndrome (ptosis, miosis, anhidrosis) and a rise in limb temperature [NEUPSYKEY]. Observe for hoarseness, dysphagia and vascular symptoms.',
        'Confirmar síndrome de Horner (ptosis, miosis, anhidrosis) y aumento de temperatura del miembro [NEUPSYKEY]. Vigilar ronquera, disfagia y síntomas vasculares.',
      ),
    ),
  ],
};

const LSB_SHOW = ['layer:bone', 'layer:nerve', 'vertebra-L2', 'vertebra-L3', 'vertebra-L4'];

export const lumbarSympatheticBlock: Procedure = {
  id: 'lumbar-sympathetic-block',
  category: 'nerve-block',
  name: L('Lumbar sympathetic block', 'Bloqueo simpático lumbar'),
  summary: L(
    'Numbing medicine beside the front of the lower spine calms nerves that can drive burning pain and colour changes in a leg.',
    'El anestésico junto a la parte delantera de la columna lumbar calma nervios que pueden causar dolor ardiente y cambios de color en una pierna.',
  ),
  levels: ['L2', 'L3'],
  defaultLevel: 'L3',
  sites: [],
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'prone',
  positionNote: L('Lying face down (or on the side) [BRAINKART_LSB].', 'Boca abajo (o de lado) [BRAINKART_LSB].'),
  imaging: ['fluoroscopy', 'ct'],
  views: ['AP', 'fluoro-oblique', 'fluoro-lateral', 'AP'],
  instruments: [needle('spinal', 22, 7 * INCH)],
  medication: L(
    '10–20 mL 0.25 % bupivacaine; for neurolysis 10 mL absolute alcohol or 6 % phenol [78STEPS_LSB].',
    '10–20 mL de bupivacaína al 0,25 %; para neurólisis, 10 mL de alcohol absoluto o fenol al 6 % [78STEPS_LSB].',
  ),
  purpose: 'both',
  duration: aboutMinutes(20, 30),
  recovery: L(
    'The leg often feels warm soon after. Relief may outlast the medicine; blocks can be repeated, for CRPS sometimes weekly [78STEPS_LSB].',
    'La pierna suele sentirse caliente poco después. El alivio puede durar más que el medicamento; los bloqueos pueden repetirse, en el SDRC a veces cada semana [78STEPS_LSB].',
  ),
  safety: L(
    'Aorta (left) / IVC (right) lie anterior to the chain; also ureter and kidney, segmental lumbar vessels and the genitofemoral nerve on ventral psoas [ANESKEY_LSB, 78STEPS_LSB].',
    'La aorta (izquierda) y la vena cava inferior (derecha) quedan por delante de la cadena; también uréter y riñón, vasos lumbares segmentarios y el nervio genitofemoral sobre el psoas [ANESKEY_LSB, 78STEPS_LSB].',
  ),
  targetStructure: 'sympathetic-chain-{side}',
  spread: [{ structure: 'sympathetic-chain-{side}', volumeMl: 10, source: '78STEPS_LSB' }],
  sources: ['FURMAN_LSB', 'ANESKEY_LSB', '78STEPS_LSB', 'BRAINKART_LSB', 'DIEUTRIDAU_LSB', 'BOVAIRA2022'],
  steps: [
    checkIn(
      L(
        'Prone. Baseline skin temperature of both feet for comparison.',
        'Decúbito prono. Temperatura cutánea basal de ambos pies para comparar.',
      ),
    ),
    step('find-level', {
      title: L('Lining up the X-ray', 'Alinear los rayos X'),
      patient: L(
        'The X-ray camera tilts to the side. The doctor plans a path that passes beside the spine bones to the nerves at the front.',
        'La cámara de rayos X se inclina hacia un lado. El médico planea un camino que pasa junto a las vértebras hasta los nervios de delante.',
      ),
      clinician: L(
        'AP, then ipsilateral oblique until the TP tip clears the lateral vertebral body; target the lower third of L2 or upper third of L3 where the ganglia are densest [FURMAN_LSB, ANESKEY_LSB].',
        'AP y luego oblicua ipsilateral hasta que la punta de la transversa deje libre el borde lateral del cuerpo; objetivo el tercio inferior de L2 o superior de L3, donde los ganglios son más densos [FURMAN_LSB, ANESKEY_LSB].',
      ),
      view: 'fluoro-oblique',
      show: LSB_SHOW,
      highlight: ['vertebra-{level}'],
    }),
    numbSkin(
      L(
        'Entry ~4 cm lateral to the spinous process in the landmark technique [DIEUTRIDAU_LSB]; the fluoroscopic oblique entry is usually more lateral.',
        'Entrada a ~4 cm lateral a la apófisis espinosa en la técnica por referencias [DIEUTRIDAU_LSB]; la entrada oblicua con fluoroscopia suele ser más lateral.',
      ),
      'fluoro-oblique',
      LSB_SHOW,
    ),
    step('advance-needle', {
      title: L('Guiding the long needle', 'Guiar la aguja larga'),
      patient: L(
        'A long, thin needle goes in from the side of your back. It passes beside the bones to the front of the spine. You may feel deep pressure.',
        'Una aguja larga y fina entra por el costado de la espalda. Pasa junto a los huesos hasta la parte delantera de la columna. Puede sentir una presión profunda.',
      ),
      clinician: L(
        'Posterolateral to anteromedial past the TP, just lateral to the vertebral body; lateral view to advance to the anterolateral margin of the body; 6–8-inch 22 G needle [78STEPS_LSB, BRAINKART_LSB].',
        'De posterolateral a anteromedial pasando la transversa, justo lateral al cuerpo vertebral; proyección lateral para avanzar hasta el margen anterolateral del cuerpo; aguja 22 G de 6–8 pulgadas [78STEPS_LSB, BRAINKART_LSB].',
      ),
      view: 'fluoro-lateral',
      show: LSB_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    contrastCheck(
      L(
        '~3 mL contrast spreads along the anterolateral vertebral margin without vascular filling [78STEPS_LSB]; AP confirms the tip medial to the lateral border of the body.',
        '~3 mL de contraste se extienden por el margen vertebral anterolateral sin relleno vascular [78STEPS_LSB]; la AP confirma la punta medial al borde lateral del cuerpo.',
      ),
      'AP',
      LSB_SHOW,
      ['{target}'],
    ),
    step('inject', {
      title: L('Medicine on the nerve chain', 'Medicamento sobre la cadena de nervios'),
      patient: L(
        'The medicine goes in slowly and spreads along a chain of nerves. Your foot often turns warm within minutes. That is a good sign.',
        'El medicamento entra despacio y se extiende a lo largo de una cadena de nervios. El pie suele calentarse en minutos. Es una buena señal.',
      ),
      clinician: L(
        '10–20 mL 0.25 % bupivacaine in divided doses [78STEPS_LSB]; a rise in ipsilateral foot temperature confirms the sympathetic block.',
        '10–20 mL de bupivacaína al 0,25 % en dosis fraccionadas [78STEPS_LSB]; el aumento de temperatura del pie ipsilateral confirma el bloqueo simpático.',
      ),
      view: 'close-up',
      show: LSB_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      sentences(L('You rest while the nurse checks your leg and blood pressure. Your leg may feel warm or a bit weak.', 'Descansa mientras la enfermera revisa la pierna y la presión arterial. La pierna puede sentirse caliente o un poco débil.'), A_DRIVER_TAKES_YOU_HOME),
      L(
        'Monitor blood pressure, groin pain (genitofemoral neuritis) and leg strength [ANESKEY_LSB].',
        'Vigilar la presión arterial, el dolor inguinal (neuritis genitofemoral) y la fuerza de la pierna [ANESKEY_LSB].',
      ),
    ),
  ],
};

const GON_SHOW = ['layer:skin', 'layer:muscle', 'layer:nerve', 'layer:bone', 'vertebra-C1', 'vertebra-C2'];

export const occipitalNerveBlock: Procedure = {
  id: 'occipital-nerve-block',
  category: 'nerve-block',
  name: L('Greater occipital nerve block', 'Bloqueo del nervio occipital mayor'),
  summary: L(
    'A quick injection at the back of the head calms a nerve that can cause headaches and scalp pain.',
    'Una inyección rápida en la nuca calma un nervio que puede causar dolor de cabeza y del cuero cabelludo.',
  ),
  levels: [],
  sites: [],
  sides: ['left', 'right', 'bilateral'],
  defaultSide: 'left',
  position: 'sitting',
  positionNote: L(
    'Sitting with the head bent forward, or lying face down [ANESKEY_GON].',
    'Sentado con la cabeza inclinada hacia delante, o boca abajo [ANESKEY_GON].',
  ),
  imaging: ['landmark', 'ultrasound'],
  views: ['posterior', 'close-up'],
  instruments: [needle('hypodermic', 25, 32), needle('spinal', 25, 3.5 * INCH, LONGER_NEEDLE)],
  medication: L(
    '2–3 mL 0.5 % bupivacaine ± methylprednisolone 20–40 mg; 25–27 G 1.25-inch needle [FPNOTEBOOK_GON].',
    '2–3 mL de bupivacaína al 0,5 % ± metilprednisolona 20–40 mg; aguja 25–27 G de 1,25 pulgadas [FPNOTEBOOK_GON].',
  ),
  purpose: 'both',
  duration: aboutMinutes(5, 10),
  recovery: L(
    'The back of the scalp feels numb for a few hours. Headache relief can last days to weeks.',
    'La parte trasera del cuero cabelludo queda dormida unas horas. El alivio del dolor de cabeza puede durar de días a semanas.',
  ),
  safety: L(
    'The occipital artery runs just lateral to the nerve: aspirate before injecting [FPNOTEBOOK_GON].',
    'La arteria occipital discurre justo lateral al nervio: aspirar antes de inyectar [FPNOTEBOOK_GON].',
  ),
  targetStructure: 'greater-occipital-nerve-{side}',
  spread: [{ structure: 'greater-occipital-nerve-{side}', volumeMl: 3, source: 'FPNOTEBOOK_GON' }],
  sources: ['FPNOTEBOOK_GON', 'ANESKEY_GON', 'NYSORA_GON', 'EXPERTCONSULT'],
  steps: [
    checkIn(
      L('Seated, neck flexed; hair parted over the injection point.', 'Sentado, cuello flexionado; se separa el pelo sobre el punto de inyección.'),
      'posterior',
    ),
    step('find-nerve', {
      title: TITLE_FINDING_NERVE,
      patient: L(
        'The doctor feels the bump at the back of your skull. The nerve lies a little to the side and below it. The doctor may feel for the pulse of a small artery next to it.',
        'El médico palpa el relieve de la parte trasera del cráneo. El nervio está un poco al lado y por debajo. Puede buscar el pulso de una pequeña arteria que va a su lado.',
      ),
      clinician: L(
        'Entry 2 cm lateral and 2 cm inferior to the external occipital protuberance, one third of the way from the EOP to the mastoid, just medial to the occipital artery [FPNOTEBOOK_GON, ANESKEY_GON].',
        'Entrada 2 cm lateral y 2 cm inferior a la protuberancia occipital externa, a un tercio del camino hacia la mastoides, justo medial a la arteria occipital [FPNOTEBOOK_GON, ANESKEY_GON].',
      ),
      view: 'posterior',
      show: GON_SHOW,
      highlight: ['{target}'],
    }),
    step('advance-needle', {
      title: L('A quick injection', 'Una inyección rápida'),
      patient: L(
        'A very fine needle goes in through the scalp until it touches bone. You feel a pinch and some pressure.',
        'Una aguja muy fina atraviesa el cuero cabelludo hasta tocar el hueso. Siente un pellizco y algo de presión.',
      ),
      clinician: L(
        'From inferior at 30–45° to the skin down to periosteum; aspirate [FPNOTEBOOK_GON].',
        'Desde abajo, a 30–45° de la piel, hasta el periostio; aspirar [FPNOTEBOOK_GON].',
      ),
      view: 'close-up',
      show: GON_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    step('inject', {
      title: TITLE_MEDICINE_AROUND_NERVE,
      patient: L(
        'The medicine goes in. The back of your head soon feels numb. That means it reached the nerve.',
        'Entra el medicamento. Pronto la parte trasera de la cabeza se siente dormida. Significa que llegó al nervio.',
      ),
      clinician: L(
        '2–3 mL fanned around the nerve [FPNOTEBOOK_GON]; numbness of the occipital scalp confirms the block.',
        '2–3 mL en abanico alrededor del nervio [FPNOTEBOOK_GON]; la anestesia del cuero cabelludo occipital confirma el bloqueo.',
      ),
      view: 'close-up',
      show: GON_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'Pressure on the spot stops any bleeding. Most people go back to normal activities the same day.',
        'Se presiona el punto para evitar sangrado. La mayoría vuelve a sus actividades el mismo día.',
      ),
      L(
        'Indications: occipital neuralgia, cervicogenic headache, migraine and cluster headache [NYSORA_GON].',
        'Indicaciones: neuralgia occipital, cefalea cervicogénica, migraña y cefalea en racimos [NYSORA_GON].',
      ),
    ),
  ],
};

const KNEE_SHOW = ['layer:bone', 'layer:nerve', 'layer:joint', 'femur-{side}', 'tibia-{side}', 'patella-{side}'];

export const genicularNerveBlock: Procedure = {
  id: 'genicular-nerve-block',
  category: 'nerve-block',
  name: L('Genicular nerve block', 'Bloqueo de los nervios geniculados'),
  summary: L(
    'Numbing medicine on the small nerves around the knee eases knee pain and shows whether heat treatment of those nerves could help.',
    'El anestésico sobre los pequeños nervios alrededor de la rodilla alivia el dolor y muestra si un tratamiento con calor de esos nervios podría ayudar.',
  ),
  levels: [],
  sites: ['all', 'superolateral', 'superomedial', 'inferomedial'],
  defaultSite: 'all',
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'supine',
  positionNote: L('Lying on the back, knee slightly bent over a cushion.', 'Boca arriba, con la rodilla un poco doblada sobre un cojín.'),
  imaging: ['fluoroscopy', 'ultrasound'],
  views: ['AP', 'fluoro-lateral', 'close-up'],
  instruments: [needle('spinal', 22, 3.5 * INCH), needle('spinal', 22, 5 * INCH, LONGER_NEEDLE)],
  medication: L(
    '0.5 mL per nerve (cadaver accuracy study) to 2 mL per nerve (clinical) of local anaesthetic [FONKOUE2019, SOUNDPAIN].',
    'De 0,5 mL por nervio (estudio de precisión en cadáver) a 2 mL por nervio (clínica) de anestésico local [FONKOUE2019, SOUNDPAIN].',
  ),
  purpose: 'both',
  duration: aboutMinutes(15, 20),
  recovery: L(
    'Relief from the numbing medicine lasts hours. If it helps a lot, radiofrequency treatment of the same nerves may give months of relief.',
    'El alivio del anestésico dura horas. Si ayuda mucho, el tratamiento con radiofrecuencia de los mismos nervios puede aliviar durante meses.',
  ),
  safety: L(
    'Avoid the inferolateral genicular nerve, close to the common fibular nerve; mind the genicular arteries [NYSORA_GENIC].',
    'Evitar el nervio geniculado inferolateral, cercano al nervio peroneo común; cuidado con las arterias geniculadas [NYSORA_GENIC].',
  ),
  targetStructure: 'genicular-nerve-{site}-{side}',
  spread: [{ structure: 'genicular-nerve-{site}-{side}', volumeMl: 1, source: 'FONKOUE2019, SOUNDPAIN' }],
  sources: ['ASRA_GENIC', 'FONKOUE2019', 'SOUNDPAIN', 'NYSORA_GENIC', 'BJAED_GENIC'],
  steps: [
    checkIn(L('Supine, knee flexed over a bolster.', 'Decúbito supino, rodilla flexionada sobre un rodillo.'), 'anterior'),
    step('find-nerves', {
      title: L('Finding the knee nerves', 'Localizar los nervios de la rodilla'),
      patient: L(
        'Three small nerves carry pain from the knee. They sit on the bone above and below the joint. X-ray or ultrasound shows the doctor where they are.',
        'Tres nervios pequeños llevan el dolor de la rodilla. Están sobre el hueso, por encima y por debajo de la articulación. Los rayos X o la ecografía muestran al médico dónde están.',
      ),
      clinician: L(
        'Classic targets: superolateral and superomedial genicular nerves at the junction of the femoral shaft with each epicondyle; inferomedial at the junction of the tibial shaft and medial condyle [ASRA_GENIC]. AP: tip at the metaphysis–epicondyle junction; lateral: tip at about mid-depth of the bone.',
        'Objetivos clásicos: nervios geniculados superolateral y superomedial en la unión de la diáfisis femoral con cada epicóndilo; inferomedial en la unión de la diáfisis tibial con el cóndilo medial [ASRA_GENIC]. AP: punta en la unión metáfisis–epicóndilo; lateral: punta hacia la mitad del grosor del hueso.',
      ),
      view: 'AP',
      show: KNEE_SHOW,
      highlight: ['{target}'],
    }),
    numbSkin(
      L('Skin wheal over each target on the AP view [SOUNDPAIN].', 'Habón cutáneo sobre cada objetivo en la AP [SOUNDPAIN].'),
      'AP',
      KNEE_SHOW,
    ),
    step('advance-needle', {
      title: L('Needle to the bone', 'La aguja hasta el hueso'),
      patient: L(
        'A thin needle goes in until it gently touches the bone where a nerve lies. This is repeated for each nerve.',
        'Una aguja fina entra hasta tocar suavemente el hueso donde está un nervio. Se repite para cada nervio.',
      ),
      clinician: L(
        'Perpendicular to the periosteum to bone contact; lateral view to confirm depth [ASRA_GENIC].',
        'Perpendicular al periostio hasta contacto óseo; proyección lateral para confirmar la profundidad [ASRA_GENIC].',
      ),
      view: 'fluoro-lateral',
      show: KNEE_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    step('inject', {
      title: L('Numbing each nerve', 'Adormecer cada nervio'),
      patient: L(
        'A small amount of numbing medicine goes on each nerve. Then the needles come out.',
        'Se aplica una pequeña cantidad de anestésico sobre cada nervio. Luego se retiran las agujas.',
      ),
      clinician: L(
        '0.5–2 mL per nerve [FONKOUE2019, SOUNDPAIN]; spread is periosteal, along the accompanying genicular artery.',
        '0,5–2 mL por nervio [FONKOUE2019, SOUNDPAIN]; la difusión es perióstica, a lo largo de la arteria geniculada.',
      ),
      view: 'close-up',
      show: KNEE_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'You walk and bend the knee to test the relief. Keep a note of your pain that day.',
        'Camina y dobla la rodilla para probar el alivio. Anote su dolor ese día.',
      ),
      L(
        'Prognostic before genicular RFA; the revised protocol adds the infrapatellar branch of the saphenous and the recurrent fibular nerve [FONKOUE2019].',
        'Pronóstico antes de la radiofrecuencia genicular; el protocolo revisado añade la rama infrarrotuliana del safeno y el nervio peroneo recurrente [FONKOUE2019].',
      ),
      KNEE_SHOW,
    ),
  ],
};

const SHOULDER_SHOW = ['layer:bone', 'layer:nerve', 'layer:muscle', 'scapula-{side}', 'humerus-{side}'];

export const suprascapularNerveBlock: Procedure = {
  id: 'suprascapular-nerve-block',
  category: 'nerve-block',
  name: L('Suprascapular nerve block', 'Bloqueo del nervio supraescapular'),
  summary: L(
    'Numbing medicine on the main nerve of the shoulder blade eases shoulder pain.',
    'El anestésico sobre el nervio principal del omóplato alivia el dolor de hombro.',
  ),
  levels: [],
  sites: [],
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'sitting',
  positionNote: L('Sitting, arms relaxed (or lying face down) [RADIOLOGYKEY_SSN].', 'Sentado, con los brazos relajados (o boca abajo) [RADIOLOGYKEY_SSN].'),
  imaging: ['ultrasound', 'landmark', 'fluoroscopy'],
  views: ['posterior', 'close-up'],
  instruments: [needle('spinal', 22, 80)],
  medication: L(
    '5 mL local anaesthetic [USABCD]; 5–10 mL ± 40 mg triamcinolone in common practice.',
    '5 mL de anestésico local [USABCD]; en la práctica 5–10 mL ± 40 mg de triamcinolona.',
  ),
  purpose: 'both',
  duration: aboutMinutes(10, 15),
  recovery: L(
    'The shoulder may feel numb and a little weak for some hours. Relief can last from hours to weeks, and the block can be repeated.',
    'El hombro puede sentirse dormido y algo débil unas horas. El alivio puede durar de horas a semanas, y el bloqueo puede repetirse.',
  ),
  safety: L(
    'Pneumothorax (~1 %) with the notch technique: the indirect fossa-floor approach is safer; the suprascapular vessels usually run above the ligament [PAINLESS_SSN, RADIOLOGYKEY_SSN].',
    'Neumotórax (~1 %) con la técnica de la escotadura: el abordaje indirecto al suelo de la fosa es más seguro; los vasos supraescapulares suelen pasar por encima del ligamento [PAINLESS_SSN, RADIOLOGYKEY_SSN].',
  ),
  targetStructure: 'suprascapular-nerve-{side}',
  spread: [{ structure: 'suprascapular-nerve-{side}', volumeMl: 5, source: 'USABCD' }],
  sources: ['ASRA_SSN', 'CLINICALGATE_SSN', 'RADIOLOGYKEY_SSN', 'PAINLESS_SSN', 'USABCD'],
  steps: [
    checkIn(L('Seated, arm relaxed at the side.', 'Sentado, brazo relajado a un lado.'), 'posterior'),
    step('find-nerve', {
      title: TITLE_FINDING_NERVE,
      patient: L(
        'The doctor moves an ultrasound probe over the top of your shoulder blade. The screen shows a small notch in the bone where the nerve runs.',
        'El médico pasa una sonda de ecografía sobre la parte alta del omóplato. La pantalla muestra una pequeña escotadura en el hueso por donde pasa el nervio.',
      ),
      clinician: L(
        'Transducer parallel to the scapular spine, moved cephalad into the supraspinous fossa, then lateral to the notch; the nerve lies 4–6 cm deep under the superior transverse scapular ligament [CLINICALGATE_SSN]. Landmark entry 2 cm superior to the midpoint of the scapular spine [CLINICALGATE_SSN].',
        'Transductor paralelo a la espina de la escápula, desplazado en sentido cefálico a la fosa supraespinosa y luego lateral hacia la escotadura; el nervio está a 4–6 cm de profundidad bajo el ligamento transverso superior [CLINICALGATE_SSN]. Entrada por referencias 2 cm por encima del punto medio de la espina escapular [CLINICALGATE_SSN].',
      ),
      view: 'posterior',
      show: SHOULDER_SHOW,
      highlight: ['{target}'],
    }),
    step('advance-needle', {
      title: TITLE_PLACING_NEEDLE,
      patient: L(
        'First the skin is numbed. Then a thin needle goes in above the shoulder blade. It stops at the bone near the nerve.',
        'Primero se adormece la piel. Luego una aguja fina entra por encima del omóplato. Se detiene en el hueso, cerca del nervio.',
      ),
      clinician: L(
        'Perpendicular to the scapula to bone, then stay on the floor of the fossa (indirect, safer) or walk into the notch (direct) [RADIOLOGYKEY_SSN].',
        'Perpendicular a la escápula hasta el hueso; luego permanecer en el suelo de la fosa (indirecto, más seguro) o avanzar hacia la escotadura (directo) [RADIOLOGYKEY_SSN].',
      ),
      view: 'close-up',
      show: SHOULDER_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1 },
    }),
    step('inject', {
      title: TITLE_MEDICINE_AROUND_NERVE,
      patient: sentences(MEDICINE_GOES_IN_SLOWLY, L('Your shoulder soon feels numb and looser.', 'Pronto el hombro se siente dormido y más suelto.')),
      clinician: L(
        '5 mL spreads in the supraspinous fossa beneath supraspinatus [USABCD]. The nerve supplies about 70 % of shoulder joint sensation and has no cutaneous branch [ASRA_SSN].',
        '5 mL se distribuyen en la fosa supraespinosa bajo el supraespinoso [USABCD]. El nervio aporta cerca del 70 % de la sensibilidad de la articulación y no tiene rama cutánea [ASRA_SSN].',
      ),
      view: 'close-up',
      show: SHOULDER_SHOW,
      highlight: ['{target}'],
      motion: { needle: 1, spread: 1 },
    }),
    afterwards(
      L(
        'Support the arm until the numbness wears off. Tell the clinic at once if you feel short of breath.',
        'Sostenga el brazo hasta que pase el adormecimiento. Avise a la clínica de inmediato si le falta el aire.',
      ),
      L(
        'Indications: adhesive capsulitis, rotator cuff disease, glenohumeral arthritis pain; watch for pneumothorax [ASRA_SSN, PAINLESS_SSN].',
        'Indicaciones: capsulitis adhesiva, patología del manguito rotador, dolor por artrosis glenohumeral; vigilar neumotórax [ASRA_SSN, PAINLESS_SSN].',
      ),
    ),
  ],
};
