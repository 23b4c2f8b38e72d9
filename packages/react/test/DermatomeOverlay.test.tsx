import { afterEach, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { BufferGeometry, Color, Material, MeshStandardMaterial, type BufferAttribute, type Mesh } from 'three';
import { createSpineModel, dermatomeWeights, painPatternWeights } from '@spine-explainer/anatomy';
import { useThree, type RootState } from '@react-three/fiber';
import { DermatomeOverlay, dermatomeCaption, type DermatomeOverlayProps } from '../src/DermatomeOverlay';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The real (low-quality) model: the overlay is drawn on its skin.
const model = createSpineModel({ quality: 'low' });
const skin = model.get('skin')!.geometry;
const count = skin.getAttribute('position').count;

afterEach(() => vi.restoreAllMocks());

const overlayMesh = (r: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>) =>
  r.scene.findAll((n) => n.props.name === 'sx-dermatome').map((n) => n.instance as Mesh)[0];

describe('DermatomeOverlay', () => {
  it('shades the skin: per-vertex alpha = weight (bytes), tinted by the material colour and opacity', async () => {
    const r = await ReactThreeTestRenderer.create(<DermatomeOverlay model={model} root="L5" color="#336699" opacity={0.5} />);
    const mesh = overlayMesh(r)!;
    expect(mesh).toBeDefined();
    const color = mesh.geometry.getAttribute('color');
    expect(color.itemSize).toBe(4);
    expect(color.count).toBe(count);
    expect(color.array).toBeInstanceOf(Uint8Array);
    expect(color.normalized).toBe(true);
    expect(mesh.geometry).not.toBe(skin);
    const w = dermatomeWeights(model, 'L5');
    let shaded = 0;
    for (let i = 0; i < count; i++) {
      expect(Math.abs(color.getW(i) - w[i]!), `vertex ${i}`).toBeLessThanOrEqual(0.5 / 255 + 1e-6);
      expect([color.getX(i), color.getY(i), color.getZ(i)]).toEqual([1, 1, 1]);
      if (w[i]! > 0.5) shaded++;
    }
    expect(shaded).toBeGreaterThan(0);
    const mat = mesh.material as MeshStandardMaterial;
    expect(mat.color.getHex()).toBe(new Color('#336699').getHex());
    expect(mat.opacity).toBe(0.5);
    expect(mat.transparent).toBe(true);
    expect(mat.depthWrite).toBe(false);
    expect(mat.vertexColors).toBe(true);
    await r.unmount();
  });

  it('changes tint and opacity without rewriting the vertex buffer, and asks for a frame', async () => {
    let state: RootState | undefined;
    function Probe() { state = useThree(); return null; }
    const ui = (props: Partial<DermatomeOverlayProps>) => <><Probe /><DermatomeOverlay model={model} root="C6" {...props} /></>;
    const r = await ReactThreeTestRenderer.create(ui({}));
    const mesh = overlayMesh(r)!;
    const attr = mesh.geometry.getAttribute('color') as BufferAttribute;
    const invalidate = vi.spyOn(state!, 'invalidate');
    const version = attr.version;
    const before = Uint8Array.from(attr.array as Uint8Array);
    await r.update(ui({ color: '#ff0000', opacity: 0.9 }));
    expect(invalidate).toHaveBeenCalled();
    invalidate.mockClear();
    expect(attr.version).toBe(version);
    expect(attr.array).toEqual(before);
    expect((mesh.material as MeshStandardMaterial).color.getHex()).toBe(0xff0000);
    expect((mesh.material as MeshStandardMaterial).opacity).toBe(0.9);
    await r.update(ui({ root: 'T4', color: '#ff0000', opacity: 0.9 }));
    expect(attr.version).toBeGreaterThan(version);
    expect(invalidate).toHaveBeenCalled();
    await r.unmount();
  });

  it('follows the root prop, then a pain pattern, and draws nothing for an unknown id', async () => {
    const r = await ReactThreeTestRenderer.create(<DermatomeOverlay model={model} root="C6" />);
    const alpha = () => { const a = overlayMesh(r)!.geometry.getAttribute('color'); return Array.from({ length: count }, (_, i) => a.getW(i)); };
    const c6 = alpha();
    await r.update(<DermatomeOverlay model={model} pattern="sacroiliac" />);
    const si = alpha();
    const expected = painPatternWeights(model, 'sacroiliac');
    expect(si.map((v, i) => Math.abs(v - expected[i]!) <= 0.5 / 255 + 1e-6).every(Boolean)).toBe(true);
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
