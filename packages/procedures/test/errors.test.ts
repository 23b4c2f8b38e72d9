import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProcedureError, getProcedure, procedures, resolveOptions } from '@spine-explainer/procedures';

function thrown(fn: () => unknown): ProcedureError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProcedureError);
    return e as ProcedureError;
  }
  throw new Error('expected a ProcedureError');
}

describe('ProcedureError', () => {
  it('is an Error named ProcedureError', () => {
    const e = thrown(() => getProcedure('no-such-thing'));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ProcedureError');
    expect(e.code).toBe('unknown-procedure');
  });

  it('unknown procedure: names the id and lists every valid id', () => {
    const e = thrown(() => getProcedure('epidural-lumbar'));
    expect(e.message).toContain('"epidural-lumbar"');
    for (const p of procedures) expect(e.message).toContain(p.id);
    expect(e.value).toBe('epidural-lumbar');
    expect(e.allowed).toEqual(procedures.map((p) => p.id));
  });

  it('bad level: names the level and lists the allowed ones', () => {
    const e = thrown(() => resolveOptions(getProcedure('epidural-transforaminal'), { level: 'L4' }));
    expect(e.code).toBe('bad-level');
    expect(e.message).toBe('Level "L4" is not allowed for epidural-transforaminal; allowed levels: L1-L2, L2-L3, L3-L4, L4-L5, L5-S1.');
  });

  it('bad side: names the side and lists the allowed ones', () => {
    const e = thrown(() => resolveOptions(getProcedure('stellate-ganglion-block'), { side: 'bilateral' }));
    expect(e.code).toBe('bad-side');
    expect(e.message).toContain('"bilateral"');
    expect(e.message).toContain('left, right');
  });

  it('bad site: names the site and lists the allowed ones', () => {
    const e = thrown(() => resolveOptions(getProcedure('trigger-point-injection'), { site: 'biceps' }));
    expect(e.code).toBe('bad-site');
    expect(e.message).toContain('"biceps"');
    expect(e.message).toContain('trapezius, levator-scapulae, erector-spinae, quadratus-lumborum, gluteus-medius, piriformis');
  });

  it('an option the procedure does not take at all', () => {
    const e = thrown(() => resolveOptions(getProcedure('epidural-caudal'), { side: 'left' }));
    expect(e.message).toContain('"left"');
    expect(e.message).toContain('(none)');
    const l = thrown(() => resolveOptions(getProcedure('knee-joint-injection'), { level: 'L4' }));
    expect(l.message).toContain('"L4"');
    expect(l.message).toContain('(none)');
  });

  it('non-string values are named too', () => {
    const e = thrown(() => resolveOptions(getProcedure('medial-branch-block'), { level: 4 as unknown as string }));
    expect(e.message).toContain('Level 4 ');
  });
});

describe('option properties (fast-check)', () => {
  const procArb = fc.constantFrom(...procedures);

  it('a level is accepted iff the procedure lists it; otherwise the error names it and every allowed level', () => {
    fc.assert(
      fc.property(procArb, fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('L4', 'L4-L5', 'C7-T1', 'T8', 'S1', 'L5', 'C6')), (p, level) => {
        if (p.levels.includes(level)) {
          expect(resolveOptions(p, { level }).level).toBe(level);
        } else {
          const e = thrown(() => resolveOptions(p, { level }));
          expect(e.code).toBe('bad-level');
          expect(e.message).toContain(`"${level}"`);
          for (const l of p.levels) expect(e.message).toContain(l);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('sides and sites behave the same way', () => {
    fc.assert(
      fc.property(procArb, fc.constantFrom('left', 'right', 'bilateral', 'both', 'Left', ''), fc.constantFrom('trapezius', 'all', 'flank', 'subacromial', 'x'), (p, side, site) => {
        const sideOk = (p.sides as readonly string[]).includes(side);
        const siteOk = p.sites.includes(site);
        if (sideOk && siteOk) {
          const o = resolveOptions(p, { side, site });
          expect(o.side).toBe(side);
          expect(o.sides.length).toBe(side === 'bilateral' ? 2 : 1);
        } else {
          const e = thrown(() => resolveOptions(p, { side, site }));
          const bad = !sideOk ? side : site;
          expect(e.message).toContain(`"${bad}"`);
          for (const a of e.allowed) expect(e.message).toContain(a);
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('defaults are applied when options are omitted', () => {
    for (const p of procedures) {
      const o = resolveOptions(p);
      expect(o.level).toBe(p.defaultLevel);
      expect(o.side).toBe(p.defaultSide);
      expect(o.site).toBe(p.defaultSite);
    }
  });
});
