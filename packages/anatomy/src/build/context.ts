import type { BufferGeometry } from 'three';
import type { SpineFrame } from '../frame/spineFrame';
import type { QualitySettings } from '../quality';
import type { Quality, Side, Structure, StructureKind, Vec3 } from '../types';

export interface StructureInput {
  id: string;
  kind: StructureKind;
  name: string;
  group?: string;
  level?: string;
  side?: Side;
  geometry: BufferGeometry;
}

/** What a builder receives: the frame to place parts in, and sinks for structures and landmarks. */
export interface BuildContext {
  quality: Quality;
  q: QualitySettings;
  frame: SpineFrame;
  add(structure: StructureInput): Structure;
  landmark(name: string, point: Vec3): void;
  /** Structures and landmarks added by the builders that ran before this one. */
  get(id: string): Structure | undefined;
  getLandmark(name: string): Vec3 | undefined;
}

/** A builder adds one family of structures (and their landmarks). Builders run in a fixed order. */
export type Builder = (ctx: BuildContext) => void;
