// Browser side of shoot-anatomy.mjs: renders the generated model with plain three.js.
import * as THREE from 'three';
import { createSpineModel, type Structure } from '../../packages/anatomy/src/index';

interface Opts {
  view: string; focus: string[]; ids: string[]; kinds: string[]; hide: string[];
  quality: 'low' | 'medium' | 'high'; width: number; height: number; zoom: number; translucent: string[];
}
const opts = (window as unknown as { __OPTS__: Opts }).__OPTS__;

const COLORS: Record<string, number> = {
  bone: 0xe8dcc0, disc: 0x9fc3e0, joint: 0x7fb7d9, ligament: 0xd9b36c, dura: 0x8fb4e8, space: 0x7de0c8,
  cord: 0xf2e6c9, nerve: 0xf2c230, muscle: 0xb5524a, skin: 0xe8b79c,
};
// LPS direction the camera looks FROM (camera sits at target + dir * distance).
const VIEWS: Record<string, [number, number, number]> = {
  posterior: [0, 1, 0], anterior: [0, -1, 0], lateral: [1, 0, 0], 'lateral-right': [-1, 0, 0],
  'oblique-left': [0.6, 0.8, 0], 'oblique-right': [-0.6, 0.8, 0], superior: [0, 0.25, 1], inferior: [0, 0.3, -1],
  'posterior-oblique-caudal': [0.45, 0.85, -0.3],
  // A fluoroscopic oblique (the Scotty dog view): 45° from posterior toward the patient's left.
  'oblique45-left': [Math.SQRT1_2, Math.SQRT1_2, 0], 'oblique45-right': [-Math.SQRT1_2, Math.SQRT1_2, 0],
};

const t0 = performance.now();
const model = createSpineModel({ quality: opts.quality });
const genMs = performance.now() - t0;

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(opts.width, opts.height);
renderer.setClearColor(0x1d2430);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
const root = new THREE.Group();
root.rotation.x = -Math.PI / 2; // LPS z-up → three y-up: (x, y, z) → (x, z, -y)
scene.add(root);

const matches = (s: Structure) => {
  if (opts.hide.includes(s.kind) || opts.hide.includes(s.id)) return false;
  if (opts.ids.length) return opts.ids.some((id) => s.id === id || s.id.startsWith(id) || s.group === id);
  if (opts.kinds.length && !opts.kinds.includes(s.kind)) return false;
  return true;
};
const box = new THREE.Box3();
let tris = 0;
for (const s of model.structures) {
  if (!matches(s)) continue;
  const clear = opts.translucent.includes(s.kind) || s.kind === 'skin' || s.kind === 'space';
  const mat = new THREE.MeshStandardMaterial({
    color: COLORS[s.kind] ?? 0xffffff, roughness: 0.7, metalness: 0,
    transparent: clear, opacity: clear ? 0.25 : 1, depthWrite: !clear, side: clear ? THREE.DoubleSide : THREE.FrontSide,
  });
  const mesh = new THREE.Mesh(s.geometry, mat);
  root.add(mesh);
  tris += (s.geometry.index ? s.geometry.index.count : s.geometry.attributes.position!.count) / 3;
  const inFocus = opts.focus.length === 0 || (s.level && opts.focus.includes(s.level)) || opts.focus.includes(s.id);
  if (inFocus && s.kind !== 'skin') {
    s.geometry.computeBoundingBox();
    box.union(s.geometry.boundingBox!);
  }
}
if (box.isEmpty()) box.set(new THREE.Vector3(-100, -100, -50), new THREE.Vector3(100, 100, 600));
// Box is in LPS; move it to world.
const c = box.getCenter(new THREE.Vector3());
const size = box.getSize(new THREE.Vector3());
const centerWorld = new THREE.Vector3(c.x, c.z, -c.y);
const radius = Math.max(size.x, size.y, size.z) * 0.6 / opts.zoom;
const d = VIEWS[opts.view] ?? VIEWS.posterior!;
const dirWorld = new THREE.Vector3(d[0], d[2], -d[1]).normalize();
const camera = new THREE.PerspectiveCamera(30, opts.width / opts.height, 1, 10000);
camera.position.copy(centerWorld).addScaledVector(dirWorld, radius / Math.tan((15 * Math.PI) / 180) + radius);
camera.up.set(0, 1, 0);
if (Math.abs(dirWorld.y) > 0.95) camera.up.set(0, 0, -1);
camera.lookAt(centerWorld);
scene.add(new THREE.HemisphereLight(0xffffff, 0x445566, 1.4));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
key.position.copy(camera.position).add(new THREE.Vector3(200, 400, 100));
scene.add(key);
const fill = new THREE.DirectionalLight(0xbfd4ff, 0.8);
fill.position.set(-300, -100, -300);
scene.add(fill);
renderer.render(scene, camera);
(window as unknown as { __done: unknown }).__done = { genMs, tris, structures: model.structures.length, landmarks: model.landmarks().length };
