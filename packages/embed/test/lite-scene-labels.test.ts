// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { lpsToWorld } from '@spine-explainer/react';
import { mountForTest, storeFor, type TestScene } from './lite-scene-harness';

let open: TestScene[] = [];
afterEach(() => {
  for (const t of open) t.mounted.dispose();
  open = [];
  document.body.innerHTML = '';
});

function mountWithLayer(procedureId: string, options = {}) {
  const element = document.createElement('div');
  document.body.appendChild(element);
  const store = storeFor(procedureId, options, { reducedMotion: true });
  const t = mountForTest(store, { element });
  open.push(t);
  t.frames.settle();
  return { t, element, store };
}

const labels = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('.sx-label')];

describe('lite scene labels', () => {
  it('labels the target first, then the level, each placed at the projection of its anchor', () => {
    const { element, store, t } = mountWithLayer('epidural-transforaminal', { level: 'L4-L5', side: 'left' });
    const list = labels(element);
    expect(list.length).toBeGreaterThan(1);
    const target = store.getState().placement!.needles[0]!.targetStructure;
    expect(list[0]!.dataset.structure).toBe(target);
    expect(list[0]!.classList.contains('sx-label--target')).toBe(true);
    expect(list.slice(1).some((l) => l.classList.contains('sx-label--target'))).toBe(false);
    expect(list.map((l) => l.dataset.structure)).toContain('vertebral-body-L4');
    // The target label is anchored at the needle target (a large structure is labelled where the needle is).
    const p = lpsToWorld(store.getState().placement!.needles[0]!.target, new Vector3()).project(t.mounted.camera);
    const outer = list[0]!.parentElement!.parentElement!;
    expect(outer.style.transform).toBe(`translate3d(${((p.x + 1) / 2) * 800}px,${((1 - p.y) / 2) * 600}px,0) scale(1)`);
    expect(list[0]!.dataset.hidden).toBe('false');
  });

  it('follows the store: other labels for a new placement, none with labels off, back with labels on', () => {
    const { element, store, t } = mountWithLayer('epidural-transforaminal', { level: 'L4-L5', side: 'left' });
    const other = storeFor('epidural-transforaminal', { level: 'L5-S1', side: 'right' }).getState().placement!;
    store.getState().set({ placement: other });
    t.frames.settle();
    expect(labels(element).map((l) => l.dataset.structure)).toContain('vertebral-body-L5');
    expect(labels(element).map((l) => l.dataset.structure)).not.toContain('vertebral-body-L4');
    store.getState().set({ labels: false });
    expect(labels(element)).toEqual([]);
    store.getState().set({ labels: true });
    expect(labels(element).length).toBeGreaterThan(0);
    t.mounted.dispose();
    expect(labels(element)).toEqual([]);
  });

  it('hides a label that would sit under the toolbar at the bottom of the stage', () => {
    const { element, store, t } = mountWithLayer('epidural-interlaminar');
    // Aim the camera so the target projects 10 px above the bottom edge.
    const target = lpsToWorld(store.getState().placement!.needles[0]!.target);
    const cam = t.mounted.camera;
    cam.position.copy(target).add(new Vector3(0, 0, 400));
    cam.lookAt(target.clone().add(new Vector3(0, (290 / 300) * Math.tan((15 * Math.PI) / 180) * 400, 0)));
    t.mounted.invalidate();
    t.frames.advance();
    const first = labels(element)[0]!;
    expect(first.dataset.structure).toBe(store.getState().placement!.needles[0]!.targetStructure);
    expect(first.dataset.hidden).toBe('true');
  });
});
