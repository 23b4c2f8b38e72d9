import { afterEach, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { BufferGeometry, Color, Material, type Mesh } from 'three';
import { createSpineModel, dermatomeWeights, painPatternWeights } from '@spine-explainer/anatomy';
import { DermatomeOverlay, dermatomeCaption } from '../src/DermatomeOverlay';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The real (low-quality) model: the overlay is drawn on its skin.
const model = createSpineModel({ quality: 'low' });
const skin = model.get('skin')!.geometry;
const count = skin.getAttribute('position').count;

afterEach(() => vi.restoreAllMocks());

const overlayMesh = (r: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>) =>
  r.scene.findAll((n) => n.props.name === 'sx-dermatome').map((n) => n.instance as Mesh)[0];

describe('DermatomeOverlay', () => {
  it('shades the skin with RGBA vertex colours: the colour everywhere, alpha = weight × opacity', async () => {
    const r = await ReactThreeTestRenderer.create(<DermatomeOverlay model={model} root="L5" color="#336699" opacity={0.5} />);
    const mesh = overlayMesh(r)!;
    expect(mesh).toBeDefined();
    const color = mesh.geometry.getAttribute('color');
    expect(color.itemSize).toBe(4);
    expect(color.count).toBe(count);
    expect(mesh.geometry).not.toBe(skin);
    const w = dermatomeWeights(model, 'L5');
    const c = new Color('#336699');
    let shaded = 0;
    for (let i = 0; i < count; i++) {
      expect(color.getW(i)).toBeCloseTo(w[i]! * 0.5, 5);
      if (w[i]! > 0.5) shaded++;
    }
    expect(shaded).toBeGreaterThan(0);
    expect([color.getX(0), color.getY(0), color.getZ(0)]).toEqual([c.r, c.g, c.b].map((v) => Math.fround(v)));
    const mat = mesh.material as Material & { vertexColors: boolean };
    expect(mat.transparent).toBe(true);
    expect(mat.depthWrite).toBe(false);
    expect(mat.vertexColors).toBe(true);
    await r.unmount();
  });

  it('follows the root prop, then a pain pattern, and draws nothing for an unknown id', async () => {
    const r = await ReactThreeTestRenderer.create(<DermatomeOverlay model={model} root="C6" />);
    const alpha = () => { const a = overlayMesh(r)!.geometry.getAttribute('color'); return Array.from({ length: count }, (_, i) => a.getW(i)); };
    const c6 = alpha();
    await r.update(<DermatomeOverlay model={model} pattern="sacroiliac" />);
    const si = alpha();
    const expected = painPatternWeights(model, 'sacroiliac');
    expect(si.map((v, i) => Math.abs(v - expected[i]! * 0.6) < 1e-5).every(Boolean)).toBe(true);
    expect(si).not.toEqual(c6);
    await r.update(<DermatomeOverlay model={model} root="Z9" />);
    expect(overlayMesh(r)).toBeUndefined();
    await r.unmount();
  });

  it('disposes the geometry and material it created on unmount, and not the model’s skin', async () => {
    const disposedG = new Set<BufferGeometry>();
    const disposedM = new Set<Material>();
    const g0 = BufferGeometry.prototype.dispose, m0 = Material.prototype.dispose;
    vi.spyOn(BufferGeometry.prototype, 'dispose').mockImplementation(function (this: BufferGeometry) { disposedG.add(this); g0.call(this); });
    vi.spyOn(Material.prototype, 'dispose').mockImplementation(function (this: Material) { disposedM.add(this); m0.call(this); });
    const r = await ReactThreeTestRenderer.create(<DermatomeOverlay model={model} root="T10" />);
    const mesh = overlayMesh(r)!;
    const { geometry, material } = mesh;
    await r.unmount();
    expect(disposedG.has(geometry)).toBe(true);
    expect(disposedM.has(material as Material)).toBe(true);
    expect(disposedG.has(skin)).toBe(false);
  });

  it('captions say where a band continues beyond the skin we show', () => {
    expect(dermatomeCaption('L5')).toMatch(/^L5: .*big toe.*below the knee/);
    expect(dermatomeCaption(undefined, 'lumbar-facet')).toMatch(/Lumbar facet joint pain: .*buttock/);
    expect(dermatomeCaption('Q1')).toBeUndefined();
  });
});
