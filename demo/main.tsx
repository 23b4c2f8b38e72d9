// The demo page: the full React explainer for one procedure.
// TEMPORARY: @spine-explainer/react has no SpineExplainer yet, so this renders the anatomy model
// (or a placeholder column when the model is still empty) with plain three.js. Switch to
// <SpineExplainer procedure="epidural-transforaminal" level="L4-L5" side="left" /> when it lands.
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import * as THREE from 'three';
import { createSpineModel } from '@spine-explainer/anatomy';

const KIND_COLOURS: Record<string, number> = {
  bone: 0xe8dcc0, disc: 0x7fb3d5, joint: 0x9ad0c2, ligament: 0xd4a373, dura: 0xc9a0dc,
  space: 0xf6d6ad, cord: 0xf1c40f, nerve: 0xf4d03f, muscle: 0xc0392b, skin: 0xf0c8a0,
};

/** Structures as meshes in LPS millimetres; a stand-in column of boxes when the model is still empty. */
function buildContent(): { root: THREE.Group; dispose: () => void; real: boolean } {
  const root = new THREE.Group();
  const model = createSpineModel({ quality: 'low' });
  const visible = model.structures.filter((s) => s.kind !== 'skin' && s.kind !== 'muscle');
  const materials = new Map<string, THREE.Material>();
  const material = (kind: string) => {
    let m = materials.get(kind);
    if (!m) materials.set(kind, (m = new THREE.MeshStandardMaterial({ color: KIND_COLOURS[kind] ?? 0xcccccc })));
    return m;
  };
  const own: THREE.BufferGeometry[] = [];
  if (visible.length > 0) {
    for (const s of visible) root.add(new THREE.Mesh(s.geometry, material(s.kind)));
  } else {
    for (let i = 0; i < 5; i++) {
      const geometry = new THREE.BoxGeometry(45, 30, 25);
      own.push(geometry);
      const mesh = new THREE.Mesh(geometry, material('bone'));
      mesh.position.set(0, 0, 20 + i * 36);
      root.add(mesh);
    }
  }
  // LPS (+z superior) to three's Y-up world; this is the only conversion.
  root.rotation.x = -Math.PI / 2;
  return {
    root,
    real: visible.length > 0,
    dispose() {
      model.dispose();
      own.forEach((g) => g.dispose());
      materials.forEach((m) => m.dispose());
    },
  };
}

function PlaceholderViewer() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current!;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-label', 'Lumbar spine, lateral view (placeholder)');
    el.append(canvas);
    const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, alpha: true });
    renderer.setPixelRatio(window.devicePixelRatio);
    const scene = new THREE.Scene();
    const content = buildContent();
    scene.add(content.root);
    scene.add(new THREE.HemisphereLight(0xffffff, 0x667788, 1.6));
    const sun = new THREE.DirectionalLight(0xffffff, 1.8);
    sun.position.set(200, 300, 250);
    scene.add(sun);
    const box = new THREE.Box3().setFromObject(content.root);
    const centre = box.getCenter(new THREE.Vector3());
    const size = box.getSize(new THREE.Vector3()).length();
    const camera = new THREE.PerspectiveCamera(35, 1, 1, 5000);
    // Lateral view from the patient's left, looking at the lumbar region.
    camera.position.set(centre.x + size * 1.5, centre.y, centre.z + size * 0.5);
    camera.lookAt(centre);
    el.dataset.sxModel = content.real ? 'anatomy' : 'placeholder';

    const draw = () => {
      const { clientWidth: w, clientHeight: h } = el;
      renderer.setSize(w, h, false);
      canvas.style.width = '100%';
      canvas.style.height = `${h}px`;
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
      renderer.render(scene, camera);
    };
    draw();
    // The harness waits for this: set only once a frame has been drawn.
    const frame = requestAnimationFrame(() => {
      el.dataset.sxReady = 'true';
      el.dispatchEvent(new CustomEvent('spine:ready', { bubbles: true, composed: true }));
    });
    const resize = new ResizeObserver(draw);
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      content.dispose();
      renderer.dispose();
      canvas.remove();
    };
  }, []);
  return <div ref={host} className="sx-demo-viewer" style={{ width: '100%', height: 520 }} />;
}

function App() {
  return (
    <>
      <p className="notice" role="note">
        Temporary placeholder: the React explainer (<code>SpineExplainer</code>) is in progress, so this page
        draws the generated anatomy with plain three.js for now.
      </p>
      <section aria-label="Transforaminal epidural steroid injection, L4-L5, left">
        <h2>Transforaminal epidural injection, L4-L5, left</h2>
        <PlaceholderViewer />
      </section>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
