import type { Builder } from './context';
import { buildVertebrae } from '../bones/buildVertebrae';
import { buildSacrumAndCoccyx } from '../bones/buildSacrumAndCoccyx';
import { buildJoints } from '../bones/buildJoints';
import { buildNeural } from '../neural/buildNeural';
import { buildPeriphery } from '../periphery/buildPeriphery';
import { buildMuscles } from '../periphery/buildMuscles';
import { buildSkin } from '../periphery/buildSkin';

/** A builder with a stable name (minifiers rename functions; the benchmark reports time per builder by this name). */
export interface NamedBuilder {
  name: string;
  build: Builder;
}

/** In dependency order: later builders may read structures and landmarks of earlier ones. */
export const BUILDERS: readonly NamedBuilder[] = [
  { name: 'vertebrae', build: buildVertebrae },
  { name: 'sacrum', build: buildSacrumAndCoccyx },
  { name: 'joints', build: buildJoints }, // discs, facet joints, ligamentum flavum
  { name: 'neural', build: buildNeural }, // dura, epidural space, cord, roots, ganglia, medial branches, sympathetic chain, occipital nerve
  { name: 'periphery', build: buildPeriphery }, // pelvis, hips, knees, shoulders, their nerves
  { name: 'muscles', build: buildMuscles },
  { name: 'skin', build: buildSkin }, // last: it wraps everything
];
