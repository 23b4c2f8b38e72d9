import { extend } from '@react-three/fiber';
import {
  BoxGeometry, CapsuleGeometry, CylinderGeometry, DirectionalLight, Group, HemisphereLight, IcosahedronGeometry,
  Mesh, MeshBasicMaterial, PlaneGeometry, ShaderMaterial,
} from 'three';

/**
 * The three classes our scene (and drei's `<Html>`, for its occlusion plane) writes as JSX elements. R3F's
 * `<Canvas>` registers the whole three namespace, which keeps all of three in every bundle; registering only
 * these lets a bundler drop the rest. Scene children that use other elements register them with R3F's
 * `extend` (or render inside their own `<Canvas>`).
 */
export const SCENE_ELEMENTS = {
  BoxGeometry, CapsuleGeometry, CylinderGeometry, DirectionalLight, Group, HemisphereLight, IcosahedronGeometry,
  Mesh, MeshBasicMaterial, PlaneGeometry, ShaderMaterial,
};

/** Registers `SCENE_ELEMENTS` with R3F's catalogue (idempotent; R3F keeps one catalogue per page). */
export function registerSceneElements(): void {
  extend(SCENE_ELEMENTS);
}
