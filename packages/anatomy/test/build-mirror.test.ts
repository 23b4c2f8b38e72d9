import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry } from 'three';
import type { BuildContext, StructureInput } from '../src/build/context';
import { addRightTwin, landmarkBothSides, mirrorGeometry, rightTwinId } from '../src/build/mirror';
import type { Structure, Vec3 } from '../src/types';

function sink() {
  const added: Structure[] = [];
  const landmarks = new Map<string, Vec3>();
  const ctx = {
    add: (s: StructureInput) => { added.push({ ...s }); return added[added.length - 1]!; },
    landmark: (n: string, p: Vec3) => landmarks.set(n, p),
  } as unknown as BuildContext;
  return { ctx, added, landmarks };
}

/** One triangle with its normal along +z after counter-clockwise winding, off the midline at x = 10. */
function triangle(): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array([10, 0, 0, 12, 0, 0, 10, 2, 0]), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array([0.6, 0, 0.8, 0.6, 0, 0.8, 0.6, 0, 0.8]), 3));
  g.setIndex(new BufferAttribute(new Uint16Array([0, 1, 2]), 1));
  return g;
}

describe('build/mirror', () => {
  it('maps the left token of ids and landmark names to right, and refuses an id without one', () => {
    expect(rightTwinId('pedicle-L4-left')).toBe('pedicle-L4-right');
    expect(rightTwinId('trigger-point-left-trapezius')).toBe('trigger-point-right-trapezius');
    expect(rightTwinId('left-genicular')).toBe('right-genicular');
    expect(() => rightTwinId('cleft-palate')).toThrow(/no "left" token/);
    expect(() => rightTwinId('spinous-process-L4')).toThrow(/no "left" token/);
  });

  it('reflects positions and normals in x = 0 and reverses the winding (the face still points outward)', () => {
    const g = triangle();
    const m = mirrorGeometry(g);
    expect(Array.from(m.getAttribute('position').array)).toEqual([-10, 0, 0, -12, 0, 0, -10, 2, 0]);
    expect(Array.from(m.getAttribute('normal').array).slice(0, 3).map((v) => Math.round(v * 10) / 10)).toEqual([-0.6, 0, 0.8]);
    expect(Array.from(m.getIndex()!.array)).toEqual([0, 2, 1]);
    expect(m.getIndex()!.array).toBeInstanceOf(Uint16Array);
    // The face normal from the winding: (b − a) × (c − a), +z for the left triangle, still +z for the mirror.
    const faceZ = (q: BufferGeometry) => {
      const P = q.getAttribute('position').array, [a, b, c] = Array.from(q.getIndex()!.array).map((i) => i * 3) as [number, number, number];
      return (P[b]! - P[a]!) * (P[c + 1]! - P[a + 1]!) - (P[b + 1]! - P[a + 1]!) * (P[c]! - P[a]!);
    };
    expect(faceZ(g)).toBeGreaterThan(0);
    expect(faceZ(m)).toBeGreaterThan(0);
    // The source is untouched.
    expect(g.getAttribute('position').array[0]).toBe(10);
  });

  it('lays positions, normals and index out in one buffer, and keeps any other attribute (general path)', () => {
    const m = mirrorGeometry(triangle());
    const buffer = m.getAttribute('position').array.buffer;
    expect(m.getAttribute('normal').array.buffer).toBe(buffer);
    expect(m.getIndex()!.array.buffer).toBe(buffer);
    const g = triangle();
    g.setAttribute('uv', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1]), 2));
    const u = mirrorGeometry(g);
    expect(Array.from(u.getAttribute('position').array)).toEqual([-10, 0, 0, -12, 0, 0, -10, 2, 0]);
    expect(Array.from(u.getAttribute('uv').array)).toEqual([0, 0, 1, 0, 0, 1]);
    expect(Array.from(u.getIndex()!.array)).toEqual([0, 2, 1]);
  });

  it('adds the right twin with its id, name and side, for each way our names say "left"', () => {
    const { ctx, added, landmarks } = sink();
    for (const name of ['left L4 pedicle', 'C5 nerve root (left)', 'Left suprascapular nerve']) {
      addRightTwin(ctx, { id: 'x-left', kind: 'nerve', name, side: 'left', geometry: triangle() });
    }
    expect(added.map((s) => s.name)).toEqual(['right L4 pedicle', 'C5 nerve root (right)', 'Right suprascapular nerve']);
    expect(added.every((s) => s.side === 'right' && s.id === 'x-right')).toBe(true);
    expect(() => addRightTwin(ctx, { id: 'x-right', kind: 'nerve', name: 'n', side: 'right', geometry: triangle() })).toThrow(/not a left-side/);
    landmarkBothSides(ctx, 'foramen-L4-L5-left', [12, -3, 40]);
    expect(landmarks.get('foramen-L4-L5-right')).toEqual([-12, -3, 40]);
  });
});
