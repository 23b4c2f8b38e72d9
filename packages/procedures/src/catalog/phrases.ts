import type { LocalizedText } from '../locale';
import { L } from './helpers';

/*
 * Text the catalog says in more than one procedure, written once with every locale side by side
 * (data, like every LocalizedText). Whole sentences only, so each locale keeps its own grammar;
 * `sentences()` joins them.
 */

export const LONGER_NEEDLE = L('Longer needle for deeper paths', 'Aguja más larga para trayectos profundos');

/** How long the procedure takes. */
export const aboutMinutes = (from: number, to: number): LocalizedText =>
  L(`About ${from} to ${to} minutes.`, `Entre ${from} y ${to} minutos.`);

// --- step titles ------------------------------------------------------------------------------

export const TITLE_REACHING_EPIDURAL = L('Reaching the epidural space', 'Llegar al espacio epidural');
export const TITLE_LINING_UP_JOINT = L('Lining up the joint', 'Alinear la articulación');
export const TITLE_FINDING_WAY_IN = L('Finding the way in', 'Encontrar la entrada');
export const TITLE_NEEDLE_INTO_JOINT = L('Needle into the joint', 'La aguja en la articulación');
export const TITLE_PLACING_NEEDLE = L('Placing the needle', 'Colocar la aguja');
export const TITLE_FINDING_NERVE = L('Finding the nerve', 'Localizar el nervio');
export const TITLE_MEDICINE_AROUND_NERVE = L('Medicine around the nerve', 'Medicamento alrededor del nervio');

// --- what the patient hears ---------------------------------------------------------------------

export const MEDICINE_GOES_IN_SLOWLY = L('The medicine goes in slowly.', 'El medicamento entra despacio.');
export const NEEDLE_COMES_OUT = L('Then the needle comes out.', 'Luego se retira la aguja.');
export const NEEDLE_OUT_BANDAGE_ON = L('Then the needle comes out and a bandage goes on.', 'Luego se retira la aguja y se coloca una tirita.');
export const REST_A_SHORT_TIME = L('You rest for a short time.', 'Descansa un rato.');
export const REST_15_TO_30_MINUTES = L('You rest for 15 to 30 minutes.', 'Descansa de 15 a 30 minutos.');
export const WALK_WITH_CARE_LEG = L('Walk with care until your leg feels normal.', 'Camine con cuidado hasta que la pierna se sienta normal.');
export const A_DRIVER_TAKES_YOU_HOME = L('A driver takes you home.', 'Alguien le lleva a casa.');
export const LEG_NUMB_FOR_HOURS = L('The leg may feel numb or heavy for a few hours.', 'La pierna puede sentirse dormida o pesada unas horas.');
export const STEROID_WORKS_OVER_DAYS = L(
  'The steroid works over days; relief often lasts weeks to months.',
  'El corticoide actúa en días; el alivio suele durar de semanas a meses.',
);

// --- the foramen (transforaminal epidural and selective nerve root block) ----------------------

export const PRONE_PILLOW_UNDER_BELLY = L('Lying face down with a pillow under the belly [PIJN_TF].', 'Boca abajo con una almohada bajo el abdomen [PIJN_TF].');
export const PRONE_COUNT_THE_LEVEL = L(
  'Prone, pillow under the abdomen; AP with endplates squared to count the level [PIJN_TF].',
  'Decúbito prono, almohada bajo el abdomen; AP con platillos alineados para contar el nivel [PIJN_TF].',
);
export const OBLIQUE_SKIN_ENTRY = L(
  'Skin entry over the target on the oblique view, about 30–40° from vertical [RADIOPAEDIA_TF].',
  'Entrada cutánea sobre el objetivo en la oblicua, a unos 30–40° de la vertical [RADIOPAEDIA_TF].',
);
export const FORAMINAL_ARTERIES = L(
  'Radiculomedullary arteries (the largest is the artery of Adamkiewicz, usually left, T5–S1) enter the anterosuperior foramen [ANESTH_PROCON].',
  'Las arterias radiculomedulares (la mayor es la de Adamkiewicz, generalmente izquierda, T5–S1) entran por la parte anterosuperior del foramen [ANESTH_PROCON].',
);
export const LIVE_CONTRAST_NON_PARTICULATE = L(
  'Inject under live contrast, with non-particulate steroid [AJR_TF].',
  'Inyectar con contraste en vivo y corticoide no particulado [AJR_TF].',
);
