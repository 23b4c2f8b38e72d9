// Browser side of shoot.mjs: the skin coloured by dermatome / pain-pattern weights, the bones inside.
import * as THREE from 'three';
import { createSpineModel } from '../../../packages/anatomy/src/index';
import { dermatomeWeights, painPatternWeights } from '../../../packages/anatomy/src/dermatomes/index';

interface Shot { name: string; root?: string; pattern?: string; views: string[] }
const opts = (window as unknown as { __OPTS__: { shots: Shot[]; quality: 'low' | 'medium' | 'high'; width: number; height: number } }).__OPTS__;
const VIEWS: Record<string, [number, number, number]> = {
  anterior: [0, -1, 0], posterior: [0, 1, 0], lateral: [1, 0, 0], 'lateral-right': [-1, 0, 0],
  'oblique-left': [0.7, -0.7, 0], 'posterior-oblique': [0.6, 0.8, 0],
};
const model = createSpineModel({ quality: opts.quality });
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(opts.width, opts.height);
renderer.setClearColor(0x1d2430);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
const root = new THREE.Group();
root.rotation.x = -Math.PI / 2;
scene.add(root);
for (const s of model.structures) {
  if (s.kind !== 'bone') continue;
  root.add(new THREE.Mesh(s.geometry, new THREE.MeshStandardMaterial({ color: 0xe8dcc0, roughness: 0.8 })));
}
const skin = model.get('skin')!;
const geo = skin.geometry.clone();
const n = geo.getAttribute('position').count;
const colors = new Float32Array(n * 3);
geo.setAttribute('color', new THREE.BufferAttribute(colors, 3));
const mat = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.75, transparent: true, opacity: 0.85, depthWrite: false, side: THREE.DoubleSide });
root.add(new THREE.Mesh(geo, mat));
scene.add(new THREE.HemisphereLight(0xffffff, 0x445566, 1.5));
const key = new THREE.DirectionalLight(0xffffff, 1.6);
scene.add(key);
const camera = new THREE.PerspectiveCamera(30, opts.width / opts.height, 1, 10000);
const base = new THREE.Color(0xe8c4a8), band = new THREE.Color(0x2f7fd6);
const out: Record<string, string> = {};
renderer.setScissorTest(true);
for (const shot of opts.shots) {
  const w = shot.root ? dermatomeWeights(model, shot.root) : painPatternWeights(model, shot.pattern!);
  const c = new THREE.Color();
  for (let i = 0; i < n; i++) { c.copy(base).lerp(band, w[i]!); colors[i * 3] = c.r; colors[i * 3 + 1] = c.g; colors[i * 3 + 2] = c.b; }
  geo.getAttribute('color').needsUpdate = true;
  const vw = opts.width / shot.views.length;
  camera.aspect = vw / opts.height;
  camera.updateProjectionMatrix();
  shot.views.forEach((view, k) => {
    const d = VIEWS[view]!;
    const dir = new THREE.Vector3(d[0], d[2], -d[1]).normalize();
    const centre = new THREE.Vector3(0, 30, 0);
    camera.position.copy(centre).addScaledVector(dir, 3300);
    camera.up.set(0, 1, 0);
    camera.lookAt(centre);
    key.position.copy(camera.position).add(new THREE.Vector3(300, 800, 200));
    renderer.setViewport(k * vw, 0, vw, opts.height);
    renderer.setScissor(k * vw, 0, vw, opts.height);
    renderer.render(scene, camera);
  });
  out[shot.name] = renderer.domElement.toDataURL('image/png');
}
(window as unknown as { __done: unknown }).__done = out;
