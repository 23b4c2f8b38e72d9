import { Vector3, type PerspectiveCamera } from 'three';
import { labelSpecs, lpsToWorld, resolveCollisions, type LabelSpec } from '@spine-explainer/react';
import { changed, type ScenePart } from './part';

/** z-index range of the labels, near to far (drei `<Html zIndexRange={[20, 0]}>`). */
const Z_NEAR = 20;
const Z_FAR = 0;

interface Label { spec: LabelSpec; outer: HTMLDivElement; label: HTMLDivElement; x: number; y: number }

export interface LabelsContext {
  /** The element the labels are placed in (the stage surface; its top-left is the canvas's). */
  layer: HTMLElement;
  camera: PerspectiveCamera;
  size: { width: number; height: number };
  /** The viewer's `labels` option: false never shows them. */
  enabled: boolean;
  invalidate(): void;
}

/**
 * StructureLabels in plain DOM: each label sits in a wrapper placed at its anchor's projection (as drei's `<Html
 * center>` places it: translate to the point, centre on it, z-index by distance, hidden behind the camera), and the
 * labels that would overlap one of higher priority, or the toolbar at the bottom, are faded out.
 */
export function createLabels({ layer, camera, size, enabled, invalidate }: LabelsContext): ScenePart {
  const doc = layer.ownerDocument;
  let labels: Label[] = [];
  const world = new Vector3();
  const cameraPos = new Vector3();
  const cameraDir = new Vector3();
  const toLabel = new Vector3();

  const clear = () => {
    for (const l of labels) l.outer.remove();
    labels = [];
  };
  const build = (specs: LabelSpec[]) => {
    clear();
    labels = specs.map((spec, i) => {
      const outer = doc.createElement('div');
      outer.style.cssText = 'position:absolute;top:0;left:0;transform-origin:0 0';
      const centre = doc.createElement('div');
      centre.style.cssText = 'position:absolute;transform:translate3d(-50%,-50%,0);pointer-events:none';
      const label = doc.createElement('div');
      label.className = `sx-label${i === 0 ? ' sx-label--target' : ''}`;
      label.dataset.structure = spec.id;
      // Faded until a frame has placed it (a surface without a size yet draws no frame).
      label.dataset.hidden = 'true';
      label.textContent = spec.text;
      centre.appendChild(label);
      outer.appendChild(centre);
      layer.appendChild(outer);
      return { spec, outer, label, x: 0, y: 0 };
    });
    invalidate();
  };

  return {
    sync(state, previous) {
      if (!enabled || !state.labels) {
        if (labels.length) clear(), invalidate();
        return;
      }
      if (labels.length === 0 || changed(state, previous, ['model', 'placement', 'readingLevel', 'locale', 'labels'])) {
        build(labelSpecs(state.model, state.placement, state.readingLevel, state.locale));
      }
    },
    frame() {
      if (labels.length === 0) return;
      camera.updateMatrixWorld();
      cameraPos.setFromMatrixPosition(camera.matrixWorld);
      camera.getWorldDirection(cameraDir);
      const items = labels.map((l) => {
        lpsToWorld(l.spec.anchor, world);
        const dist = world.distanceTo(cameraPos);
        const behind = toLabel.subVectors(world, cameraPos).angleTo(cameraDir) > Math.PI / 2;
        world.project(camera);
        l.x = ((world.x + 1) / 2) * size.width;
        l.y = ((1 - world.y) / 2) * size.height;
        l.outer.style.display = behind ? 'none' : 'block';
        const a = (Z_FAR - Z_NEAR) / (camera.far - camera.near);
        l.outer.style.zIndex = String(Math.round(a * dist + (Z_FAR - a * camera.far)));
        l.outer.style.transform = `translate3d(${l.x}px,${l.y}px,0) scale(1)`;
        const h = l.label.offsetHeight || 22;
        return {
          x: l.x,
          // Labels sit just above their anchor (see .sx-label), so the anchored spot itself stays visible.
          y: l.y - 16 - h / 2,
          w: l.label.offsetWidth || l.spec.text.length * 7 + 16,
          h,
          visible: world.z < 1 && world.z > -1,
        };
      });
      // The toolbar occupies the bottom of the stage: a label there would sit under it.
      const keep = resolveCollisions([{ x: size.width / 2, y: size.height - 26, w: size.width, h: 52, visible: true }, ...items]).slice(1);
      keep.forEach((k, i) => {
        labels[i]!.label.dataset.hidden = k ? 'false' : 'true';
      });
    },
    dispose: clear,
  };
}
