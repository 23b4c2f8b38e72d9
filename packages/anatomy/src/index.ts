export { createSpineModel } from './createSpineModel';
export type { SpineModel, SpineModelOptions, Structure, StructureKind, Quality, Side, Vec3 } from './types';
export {
  LEVELS, VERTEBRAE, CERVICAL, THORACIC, LUMBAR, SIDES,
  DISC_INTERSPACES, FACET_INTERSPACES, ROOT_LEVELS, MEDIAL_BRANCH_LEVELS,
  regionOf, levelAbove, levelBelow, isLevel,
} from './levels';
export type { Level, VertebraLevel, Region } from './levels';
export { computeSpineFrame } from './frame/spineFrame';
export type { SpineFrame, VertebraPose } from './frame/spineFrame';
export { QUALITY } from './quality';
export type { QualitySettings } from './quality';
export * from './dermatomes/index';
