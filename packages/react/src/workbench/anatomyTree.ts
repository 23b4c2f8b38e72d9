import { CERVICAL, LUMBAR, THORACIC, MEDIAL_BRANCH_LEVELS, levelBelow } from '@spine-explainer/anatomy';
import type { Locale } from '../types';

/** A node of the anatomy tree: region -> level -> structure. Only structures carry a `structureId`. */
export interface AnatomyNode {
  id: string;
  label: string;
  structureId?: string;
  children?: AnatomyNode[];
}

type Part = { en: string; es: string; den: string; des: string };

/** Plain descriptions, one per kind of part (patient-level wording, both locales). */
const PARTS: Record<string, Part> = {
  'vertebral-body': { en: 'Vertebral body', es: 'Cuerpo vertebral', den: 'The round, weight-bearing front block of a vertebra.', des: 'El bloque redondo delantero de la vértebra, que soporta el peso.' },
  pedicle: { en: 'Pedicle', es: 'Pedículo', den: 'A short bony pillar joining the body to the back of the vertebra. Nerves exit just below it.', des: 'Un pilar óseo corto que une el cuerpo con la parte de atrás. Los nervios salen justo debajo.' },
  lamina: { en: 'Lamina', es: 'Lámina', den: 'The flat plate of bone that forms the roof of the spinal canal.', des: 'La placa ósea plana que forma el techo del canal espinal.' },
  'spinous-process': { en: 'Spinous process', es: 'Apófisis espinosa', den: 'The bump you can feel down the middle of your back.', des: 'El bulto que se siente en el centro de la espalda.' },
  'transverse-process': { en: 'Transverse process', es: 'Apófisis transversa', den: 'A bony wing on each side where muscles attach.', des: 'Un ala ósea a cada lado donde se unen los músculos.' },
  'superior-articular-process': { en: 'Superior articular process', es: 'Apófisis articular superior', den: 'The upper half of a facet joint, reaching up to the vertebra above.', des: 'La mitad superior de una articulación facetaria, que sube hacia la vértebra de arriba.' },
  'inferior-articular-process': { en: 'Inferior articular process', es: 'Apófisis articular inferior', den: 'The lower half of a facet joint, reaching down to the vertebra below.', des: 'La mitad inferior de una articulación facetaria, que baja hacia la vértebra de abajo.' },
  disc: { en: 'Disc', es: 'Disco', den: 'A cushion between two vertebral bodies. A bulging disc can press on a nerve.', des: 'Un cojín entre dos cuerpos vertebrales. Un disco abultado puede presionar un nervio.' },
  'facet-joint': { en: 'Facet joint', es: 'Articulación facetaria', den: 'A small joint at the back of the spine that guides movement. Arthritis here can cause back pain.', des: 'Una pequeña articulación en la parte de atrás que guía el movimiento. La artrosis aquí puede causar dolor.' },
  'ligamentum-flavum': { en: 'Ligamentum flavum', es: 'Ligamento amarillo', den: 'An elastic ligament between the laminae; the epidural needle passes through it.', des: 'Un ligamento elástico entre las láminas; la aguja epidural lo atraviesa.' },
  'nerve-root': { en: 'Nerve root', es: 'Raíz nerviosa', den: 'The nerve leaving the spine through the foramen to the arm or leg.', des: 'El nervio que sale de la columna por el foramen hacia el brazo o la pierna.' },
  'dorsal-root-ganglion': { en: 'Dorsal root ganglion', es: 'Ganglio de la raíz dorsal', den: 'A swelling on the nerve root that carries feeling; often the source of nerve pain.', des: 'Un engrosamiento de la raíz que lleva la sensibilidad; a menudo origen del dolor nervioso.' },
  'medial-branch': { en: 'Medial branch', es: 'Rama medial', den: 'A tiny nerve that carries pain signals from the facet joints.', des: 'Un nervio diminuto que lleva las señales de dolor de las articulaciones facetarias.' },
  'dorsal-ramus': { en: 'Dorsal ramus', es: 'Rama dorsal', den: 'The nerve branch to the back; at L5 it plays the medial branch’s role.', des: 'La rama nerviosa hacia la espalda; en L5 cumple el papel de la rama medial.' },
  sacrum: { en: 'Sacrum', es: 'Sacro', den: 'The triangular bone at the base of the spine, between the hip bones.', des: 'El hueso triangular en la base de la columna, entre los huesos de la cadera.' },
  coccyx: { en: 'Coccyx', es: 'Cóccix', den: 'The tailbone.', des: 'El hueso de la cola.' },
  'epidural-space': { en: 'Epidural space', es: 'Espacio epidural', den: 'The thin fatty space around the nerve sac, where epidural medicine goes.', des: 'El espacio fino con grasa alrededor del saco nervioso, donde va el medicamento epidural.' },
  'dural-sac': { en: 'Dural sac', es: 'Saco dural', den: 'The fluid-filled sac that holds the spinal cord and nerves.', des: 'La bolsa con líquido que contiene la médula y los nervios.' },
  'spinal-cord': { en: 'Spinal cord', es: 'Médula espinal', den: 'The main nerve cable from the brain, ending around L1.', des: 'El cable nervioso principal desde el cerebro, que termina cerca de L1.' },
  'cauda-equina': { en: 'Cauda equina', es: 'Cola de caballo', den: 'The bundle of nerve roots below the end of the cord.', des: 'El haz de raíces nerviosas por debajo del final de la médula.' },
  'sacroiliac-joint': { en: 'Sacroiliac joint', es: 'Articulación sacroilíaca', den: 'The joint between the sacrum and the pelvis; a common source of buttock pain.', des: 'La articulación entre el sacro y la pelvis; causa frecuente de dolor de nalga.' },
  'hip-joint': { en: 'Hip joint', es: 'Articulación de la cadera', den: 'The ball-and-socket joint of the hip.', des: 'La articulación de rótula de la cadera.' },
  'knee-joint': { en: 'Knee joint', es: 'Articulación de la rodilla', den: 'The hinge joint between thigh and shin bones.', des: 'La articulación en bisagra entre el muslo y la pierna.' },
  'shoulder-joint': { en: 'Shoulder joint', es: 'Articulación del hombro', den: 'The ball-and-socket joint of the shoulder.', des: 'La articulación de rótula del hombro.' },
  'stellate-ganglion': { en: 'Stellate ganglion', es: 'Ganglio estrellado', den: 'A nerve cluster in the lower neck that controls blood flow and sweating in the arm and face.', des: 'Un grupo de nervios en la parte baja del cuello que controla el flujo de sangre y el sudor del brazo y la cara.' },
  'sympathetic-chain': { en: 'Sympathetic chain', es: 'Cadena simpática', den: 'A chain of nerve clusters beside the spine that controls automatic functions.', des: 'Una cadena de nervios junto a la columna que controla funciones automáticas.' },
  'greater-occipital-nerve': { en: 'Greater occipital nerve', es: 'Nervio occipital mayor', den: 'The nerve of the back of the scalp; irritated in some headaches.', des: 'El nervio de la parte de atrás del cuero cabelludo; se irrita en algunos dolores de cabeza.' },
  'genicular-nerve-superolateral': { en: 'Superolateral genicular nerve', es: 'Nervio genicular superolateral', den: 'One of the small nerves carrying pain from the knee.', des: 'Uno de los nervios pequeños que llevan el dolor de la rodilla.' },
  'suprascapular-nerve': { en: 'Suprascapular nerve', es: 'Nervio supraescapular', den: 'The main pain nerve of the shoulder joint.', des: 'El principal nervio del dolor de la articulación del hombro.' },
};

const SIDE = { en: { left: 'left', right: 'right' }, es: { left: 'izquierdo', right: 'derecho' } } as const;
const dash = (s: string) => s.replace('-', '–');

/** Name and description of a structure id in a locale; undefined for ids this table does not know. */
export function describeStructure(id: string, locale: Locale): { name: string; description: string } | undefined {
  const m = /^([a-z-]+?)(?:-((?:C|T|L|S)\d{1,2}(?:-(?:C|T|L|S)\d{1,2})?|Co))?(?:-(left|right))?$/.exec(id);
  if (!m) return undefined;
  const part = PARTS[m[1]!];
  if (!part) return undefined;
  const es = locale === 'es';
  const bits = [es ? part.es : part.en];
  if (m[2]) bits.push(dash(m[2]));
  if (m[3]) bits.push(SIDE[es ? 'es' : 'en'][m[3] as 'left' | 'right']);
  return { name: bits.join(' '), description: es ? part.des : part.den };
}

function leaf(id: string, locale: Locale): AnatomyNode {
  return { id: `s:${id}`, label: describeStructure(id, locale)?.name ?? id, structureId: id };
}

/** Structure ids of one vertebra and of the interspace below it (DESIGN §2 naming). */
export function structuresOfLevel(level: string): string[] {
  const ids: string[] = [];
  const below = levelBelow(level);
  if (level === 'S1') return ['sacrum', 'nerve-root-S1-left', 'nerve-root-S1-right', 'dorsal-root-ganglion-S1-left', 'dorsal-root-ganglion-S1-right', 'sacroiliac-joint-left', 'sacroiliac-joint-right'];
  if (level === 'Co') return ['coccyx'];
  if (level !== 'C1') ids.push(`vertebral-body-${level}`);
  for (const side of ['left', 'right']) {
    if (level !== 'C1') ids.push(`pedicle-${level}-${side}`, `lamina-${level}-${side}`);
    ids.push(`transverse-process-${level}-${side}`);
    if (level !== 'C1') ids.push(`superior-articular-process-${level}-${side}`, `inferior-articular-process-${level}-${side}`);
  }
  if (level !== 'C1') ids.push(`spinous-process-${level}`);
  if (level !== 'C1') for (const side of ['left', 'right']) ids.push(`nerve-root-${level}-${side}`, `dorsal-root-ganglion-${level}-${side}`);
  if (MEDIAL_BRANCH_LEVELS.includes(level)) ids.push(`medial-branch-${level}-left`, `medial-branch-${level}-right`);
  if (level === 'L5') ids.push('dorsal-ramus-L5-left', 'dorsal-ramus-L5-right');
  if (below && level !== 'C1') {
    ids.push(`disc-${level}-${below}`, `facet-joint-${level}-${below}-left`, `facet-joint-${level}-${below}-right`, `ligamentum-flavum-${level}-${below}`);
  }
  return ids;
}

const REGION_LEVELS: [key: 'cervical' | 'thoracic' | 'lumbar' | 'sacral', levels: readonly string[]][] = [
  ['cervical', CERVICAL], ['thoracic', THORACIC], ['lumbar', LUMBAR], ['sacral', ['S1', 'Co']],
];

const PERIPHERY = [
  'epidural-space', 'dural-sac', 'spinal-cord', 'cauda-equina',
  'stellate-ganglion-left', 'stellate-ganglion-right', 'sympathetic-chain-left', 'sympathetic-chain-right',
  'greater-occipital-nerve-left', 'greater-occipital-nerve-right',
  'shoulder-joint-left', 'shoulder-joint-right', 'suprascapular-nerve-left', 'suprascapular-nerve-right',
  'hip-joint-left', 'hip-joint-right', 'knee-joint-left', 'knee-joint-right',
  'genicular-nerve-superolateral-left', 'genicular-nerve-superolateral-right',
];

/** The anatomy tree, built lazily per level by the tree component. */
export function anatomyTree(locale: Locale, regionLabel: (key: string) => string): AnatomyNode[] {
  const regions: AnatomyNode[] = REGION_LEVELS.map(([key, levels]) => ({
    id: `r:${key}`,
    label: regionLabel(key),
    children: levels.map((level) => ({
      id: `l:${level}`,
      label: level === 'S1' ? (locale === 'es' ? 'Sacro (S1)' : 'Sacrum (S1)') : level === 'Co' ? (locale === 'es' ? 'Cóccix' : 'Coccyx') : level,
      children: structuresOfLevel(level).map((id) => leaf(id, locale)),
    })),
  }));
  regions.push({ id: 'r:periphery', label: regionLabel('periphery'), children: PERIPHERY.map((id) => leaf(id, locale)) });
  return regions;
}
