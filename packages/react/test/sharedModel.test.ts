import { describe, expect, it } from 'vitest';
import { acquireSpineModel } from '../src/sharedModel';

describe('acquireSpineModel: one model per page and quality', () => {
  it('gives every viewer of a quality the same model, and disposes it with the last one', () => {
    const a = acquireSpineModel('low');
    const b = acquireSpineModel('low');
    expect(b.model).toBe(a.model);

    let disposed = 0;
    for (const s of a.model.structures) s.geometry.addEventListener('dispose', () => disposed++);
    a.release();
    a.release(); // a second release of the same lease must not count twice
    expect(disposed).toBe(0);
    b.release();
    expect(disposed).toBe(a.model.structures.length);

    const c = acquireSpineModel('low');
    expect(c.model).not.toBe(a.model);
    c.release();
  });

  it('keeps qualities apart', () => {
    const low = acquireSpineModel('low');
    const medium = acquireSpineModel('medium');
    expect(medium.model).not.toBe(low.model);
    let lowDisposed = 0;
    for (const s of low.model.structures) s.geometry.addEventListener('dispose', () => lowDisposed++);
    medium.release();
    expect(lowDisposed).toBe(0);
    low.release();
    expect(lowDisposed).toBeGreaterThan(0);
  });
});
