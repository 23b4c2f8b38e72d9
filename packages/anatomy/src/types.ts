import type { BufferGeometry } from 'three';

/** A point or direction in the DICOM patient frame LPS, millimetres: +x left, +y posterior, +z superior. */
export type Vec3 = [number, number, number];

export type Side = 'left' | 'right';
export type Quality = 'low' | 'medium' | 'high';

export type StructureKind =
  | 'bone'
  | 'disc'
  | 'joint'
  | 'ligament'
  | 'dura'
  | 'space'
  | 'cord'
  | 'nerve'
  | 'muscle'
  | 'skin';

export interface Structure {
  /** Stable, public kebab-case id, e.g. `pedicle-L4-left`. */
  id: string;
  kind: StructureKind;
  /** The plain English anatomical name. */
  name: string;
  /** The group this part belongs to, e.g. `vertebra-L4`. */
  group?: string;
  level?: string;
  side?: Side;
  /** Geometry in LPS millimetres; closed (watertight) where the structure is a solid. */
  geometry: BufferGeometry;
}

export interface SpineModel {
  readonly quality: Quality;
  readonly structures: readonly Structure[];
  get(id: string): Structure | undefined;
  group(id: string): readonly Structure[];
  /** Throws an Error naming the unknown landmark. */
  landmark(name: string): Vec3;
  landmarks(): readonly string[];
  /** Releases every geometry the model created. */
  dispose(): void;
}

export interface SpineModelOptions {
  quality?: Quality;
}
