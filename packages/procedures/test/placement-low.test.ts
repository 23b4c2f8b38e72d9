import { beforeAll, describe, expect, it } from 'vitest';
import { createSpineModel, type SpineModel } from '@spine-explainer/anatomy';
import { procedures, resolvePlacement } from '@spine-explainer/procedures';
import { combos } from './helpers/combos';
import { Oracle } from './helpers/oracle';

// The viewer may run the low-quality model (phones); the clinical rules must hold there too.
let model: SpineModel;
let oracle: Oracle;

beforeAll(() => {
  model = createSpineModel({ quality: 'low' });
  oracle = new Oracle(model);
}, 120_000);

describe('placement on the low-quality model', () => {
  it.each(procedures.map((p) => [p.id, p] as const))('%s: every option resolves with needles on the skin, clear of bone, in the target', (id, p) => {
    const problems: string[] = [];
    for (const o of combos(p, { withDefaults: false })) {
      let placement;
      try {
        placement = resolvePlacement(model, id, o);
      } catch (e) {
        problems.push(`${JSON.stringify(o)}: ${(e as Error).message}`);
        continue;
      }
      for (const n of placement.needles) {
        const skin = oracle.surfaceDistance('skin', n.entry);
        if (skin > 3) problems.push(`${JSON.stringify(o)} ${n.id}: entry ${skin.toFixed(1)} mm from skin`);
        const bones = oracle.boneHitsBefore(n.entry, n.target, 3);
        if (bones.length) problems.push(`${JSON.stringify(o)} ${n.id}: crosses ${bones[0]!.bone}`);
        const d = oracle.distance(n.targetStructure, n.target);
        if (d > 2) problems.push(`${JSON.stringify(o)} ${n.id}: target ${d.toFixed(1)} mm from ${n.targetStructure}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
