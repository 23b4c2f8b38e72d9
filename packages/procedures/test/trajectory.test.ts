import { beforeAll, describe, expect, it } from 'vitest';
import { createSpineModel, type SpineModel } from '@spine-explainer/anatomy';
import { resolvePlacement } from '../src/index';

let model: SpineModel;
beforeAll(() => { model = createSpineModel({ quality: 'high' }); });

// The standard trajectory is kept by sliding the tip along the target nerve before tilting away from it.
describe('standard trajectories at the commonest lumbar levels', () => {
  for (const [id, level] of [['medial-branch-block', 'L4'], ['medial-branch-block', 'L3'], ['selective-nerve-root-block', 'L4']] as const) {
    for (const side of ['left', 'right'] as const) {
      it(`${id} ${level} ${side} stays within 6° of the standard oblique`, () => {
        const needle = resolvePlacement(model, id, { level, side }).needles[0]!;
        expect(needle.deviationDeg ?? 0).toBeLessThanOrEqual(6);
      });
    }
  }
});
