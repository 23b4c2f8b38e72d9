import { describe, expect, it } from 'vitest';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { sacralAxis, type SacralStation } from '../src/bones/vertebraGeometry';
import { sacralCoordinates } from '../src/bones/sacrumCoordinates';

// sacralCoordinates shows the axis stations its tables are built from (the sacrum field fills its own table
// from them): every 0.5 mm from the S1 endplate to 30 mm past the apex, each the axis' own station there.
describe('sacral coordinate stations', () => {
  it('are the axis stations every 0.5 mm over the tabulated range', () => {
    const ax = sacralAxis(computeSpineFrame());
    const seen: [number, SacralStation][] = [];
    const c = sacralCoordinates(ax, 30, (s, st) => seen.push([s, st]));
    expect(seen.length).toBe(Math.ceil((ax.length + 30) / 0.5) + 1);
    seen.forEach(([s, st], i) => {
      expect(s).toBe(i * 0.5);
      expect(st).toEqual(ax.at(s));
    });
    expect(c.s1).toBe(ax.length + 30);
  });
});
