// Stand-in for the embed's lite view in the bytes floor (tests/perf/bytes.mjs): the least any viewer of ours has
// to ship — the model generator, the catalog and placement, and the three classes a scene of it needs — with no
// React, no R3F and no UI. Never run; bundled only to be measured.
import { createSpineModel } from '@spine-explainer/anatomy';
import { procedures, resolvePlacement, UI_STRINGS, uiText } from '@spine-explainer/procedures';
import {
  BoxGeometry, BufferAttribute, BufferGeometry, CapsuleGeometry, Color, CylinderGeometry, DirectionalLight, Group,
  HemisphereLight, IcosahedronGeometry, Mesh, MeshBasicMaterial, MeshStandardMaterial, NeutralToneMapping,
  PerspectiveCamera, PlaneGeometry, Quaternion, Raycaster, Scene, ShaderMaterial, Vector3, WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { MountView } from '../../packages/embed/src/view';

export const liteView: MountView = (container, props) => {
  const kept = [
    createSpineModel, procedures, resolvePlacement, UI_STRINGS, uiText, BoxGeometry, BufferAttribute, BufferGeometry,
    CapsuleGeometry, Color, CylinderGeometry, DirectionalLight, Group, HemisphereLight, IcosahedronGeometry, Mesh,
    MeshBasicMaterial, MeshStandardMaterial, NeutralToneMapping, PerspectiveCamera, PlaneGeometry, Quaternion, Raycaster,
    Scene, ShaderMaterial, Vector3, WebGLRenderer, OrbitControls, props,
  ];
  (container as unknown as { kept: unknown }).kept = kept;
  const none = () => {};
  return { update: none, next: none, previous: none, play: none, pause: none, redraw: none, dispose: none, snapshot: () => Promise.reject(new Error('stand-in')) };
};
