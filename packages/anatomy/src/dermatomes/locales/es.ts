import type { DermatomeLocale } from '../locale';

// The Spanish twins of ARM_NOTE and LEG_NOTE in table.ts.
const ARM = 'nuestro modelo muestra el brazo solo hasta el codo';
const LEG = 'nuestro modelo termina unos 20 cm debajo de la rodilla';

/**
 * Spanish, in plain words (about 6th-grade level), translated from the English of `table.ts`; the medical words
 * are the usual Spanish ones (dermatoma, articulación facetaria, articulación sacroilíaca, EIPS).
 */
export const DERMATOME_LOCALE_ES: DermatomeLocale = {
  dermatomes: {
    C2: { description: 'La parte de atrás de la cabeza hasta cerca de la coronilla, y la parte alta del cuello detrás de la mandíbula.' },
    C3: { description: 'Un collar alrededor de la mitad del cuello.' },
    C4: { description: 'La base del cuello y una capa sobre la parte de arriba de los hombros, hasta las clavículas.' },
    C5: { description: 'El lado de afuera de la parte alta del brazo, sobre el músculo deltoides (donde va el parche en la manga de un uniforme).' },
    C6: {
      description: 'El lado de afuera (el del pulgar) de la parte baja del brazo y el codo.',
      continues: `continúa por el lado de afuera del antebrazo hasta el pulgar (${ARM})`,
    },
    C7: {
      description: 'La parte de atrás del brazo, justo encima del codo.',
      continues: `continúa por la parte de atrás del antebrazo hasta el dedo medio (${ARM})`,
    },
    C8: {
      description: 'La parte de atrás y de adentro del brazo, a la altura del codo.',
      continues: `continúa por el lado del dedo meñique del antebrazo y de la mano (${ARM})`,
    },
    T1: {
      description: 'El lado de adentro del brazo, encima del codo.',
      continues: `continúa por el lado de adentro del antebrazo (${ARM})`,
    },
    T2: { description: 'Una banda que cruza la parte alta del pecho y de la espalda, y el lado de adentro de la parte alta del brazo y la axila.' },
    T3: { description: 'Una banda alrededor del pecho, debajo de las clavículas, y la espalda entre los omóplatos.' },
    T4: { description: 'Una banda alrededor del pecho a la altura de los pezones.' },
    T5: { description: 'Una banda alrededor del pecho, justo debajo de los pezones.' },
    T6: { description: 'Una banda alrededor de la parte baja del pecho, donde termina el hueso del pecho (esternón).' },
    T7: { description: 'Una banda alrededor del cuerpo, a lo largo de las costillas de abajo.' },
    T8: { description: 'Una banda alrededor de la parte alta del abdomen.' },
    T9: { description: 'Una banda alrededor del abdomen, por encima del ombligo.' },
    T10: { description: 'Una banda alrededor del cuerpo a la altura del ombligo.' },
    T11: { description: 'Una banda alrededor de la parte baja del abdomen y de la espalda, debajo de las costillas.' },
    T12: { description: 'Una banda justo encima de la ingle, que da la vuelta hasta la parte baja de la espalda.' },
    L1: { description: 'La ingle y la parte de arriba del muslo por dentro; la banda da la vuelta hasta la parte baja de la espalda.' },
    L2: { description: 'El frente de la parte alta del muslo, y la parte baja de la espalda por encima del hueso de la cadera.' },
    L3: { description: 'El frente y el lado de adentro de la parte baja del muslo, hasta el lado de adentro de la rodilla.' },
    L4: {
      description: 'El lado de adentro de la rodilla y de la espinilla.',
      continues: `continúa por dentro de la espinilla hasta el lado de adentro del tobillo (${LEG})`,
    },
    L5: {
      description: 'El lado de afuera de la pierna debajo de la rodilla y el frente de la espinilla.',
      continues: `continúa por el lado de afuera de la espinilla hasta la parte de arriba del pie y el dedo gordo (${LEG})`,
    },
    S1: {
      description: 'La parte de atrás de la pantorrilla y su lado de afuera.',
      continues: `continúa hasta el talón, el borde de afuera del pie y el dedo pequeño del pie (${LEG})`,
    },
    S2: { description: 'Una franja por el centro de la parte de atrás del muslo, desde el pliegue de la nalga hasta detrás de la rodilla.' },
  },
  patterns: {
    'lumbar-facet': {
      name: 'Dolor de las articulaciones facetarias lumbares',
      description: 'Un dolor en la parte baja de la espalda, a uno o a los dos lados de la columna. A menudo se extiende a la nalga y a veces a la parte de atrás o de afuera de la parte alta del muslo. Rara vez baja más allá de la rodilla.',
    },
    'cervical-facet': {
      name: 'Dolor de las articulaciones facetarias cervicales',
      description: 'Un dolor en la parte de atrás del cuello, de un lado. Según la articulación, sube hasta la base del cráneo o baja por encima del hombro y del omóplato.',
    },
    sacroiliac: {
      name: 'Dolor de la articulación sacroilíaca',
      description: 'Dolor en la nalga, justo debajo del hoyuelo de la parte de atrás de la pelvis (debajo de la EIPS). A menudo viene con dolor en la parte baja de la espalda y a veces baja por la parte de atrás del muslo. Con menos frecuencia llega debajo de la rodilla o a la ingle.',
    },
    occipital: {
      name: 'Neuralgia occipital',
      description: 'Dolor como una descarga, o un dolor continuo, que sube desde la base del cráneo por la parte de atrás de la cabeza, de un lado, hacia la coronilla.',
    },
  },
  radicular: {
    name: 'Dolor radicular {root}',
    description: 'Dolor que corre como una descarga por la banda de piel del nervio {root}: {band} Sigue el dermatoma solo de forma aproximada; las bandas se superponen.',
  },
  phrases: {
    band: 'La banda {continues}.',
    pattern: 'El dolor {continues}.',
    overlap: 'Las bandas varían de una persona a otra y se superponen.',
  },
};
