import type { Builder } from './context';
import { buildVertebrae } from '../bones/buildVertebrae';
import { buildSacrumAndCoccyx } from '../bones/buildSacrumAndCoccyx';
import { buildJoints } from '../bones/buildJoints';
import { buildNeural } from '../neural/buildNeural';
import { buildPeriphery } from '../periphery/buildPeriphery';
import { buildMuscles } from '../periphery/buildMuscles';
import { buildSkin } from '../periphery/buildSkin';

/** In dependency order: later builders may read structures and landmarks of earlier ones. */
export const BUILDERS: readonly Builder[] = [
  buildVertebrae,
  buildSacrumAndCoccyx,
  buildJoints, // discs, facet joints, ligamentum flavum
  buildNeural, // dura, epidural space, cord, roots, ganglia, medial branches, sympathetic chain, occipital nerve
  buildPeriphery, // pelvis, hips, knees, shoulders, their nerves
  buildMuscles,
  buildSkin, // last: it wraps everything
];
