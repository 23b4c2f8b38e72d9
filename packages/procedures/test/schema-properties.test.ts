import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMERA_VIEWS, procedures, validateCatalog } from '@spine-explainer/procedures';

// Malformations anywhere in the catalog (any procedure, any step, any text), not only at the fixed
// places of schema.test.ts: each must be rejected with the exact path a clinic's web person can act on.

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const clone = (): Json[] => JSON.parse(JSON.stringify(procedures));
const paths = (input: unknown): string[] => {
  const r = validateCatalog(input);
  return r.ok ? [] : r.errors.map((e) => e.path);
};

/** A random place in the catalog: procedure i, step j of it. */
const stepPlace = fc.nat({ max: procedures.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.nat({ max: procedures[i]!.steps.length - 1 })));

const REQUIRED = [
  'id', 'category', 'name', 'summary', 'levels', 'sites', 'sides', 'position', 'positionNote', 'imaging', 'views',
  'instruments', 'medication', 'purpose', 'duration', 'recovery', 'safety', 'targetStructure', 'spread', 'sources', 'steps',
] as const;
const STEP_TEXTS = ['title', 'patient', 'clinician'] as const;
const TOP_TEXTS = ['name', 'summary', 'positionNote', 'medication', 'duration', 'recovery', 'safety'] as const;
const notText = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(''), fc.array(fc.string(), { maxLength: 2 }));

describe('validateCatalog properties: malformed anywhere, rejected with its path', () => {
  it('a missing required field of any procedure', () => {
    fc.assert(
      fc.property(fc.nat({ max: procedures.length - 1 }), fc.constantFrom(...REQUIRED), (i, field) => {
        const c = clone();
        delete c[i][field];
        expect(paths(c)).toContain(`procedures[${i}].${field}`);
      }),
      { numRuns: 50, seed: 21 },
    );
  });

  it('an unknown view in any step', () => {
    fc.assert(
      fc.property(stepPlace, fc.string({ minLength: 1, maxLength: 10 }), ([i, j], view) => {
        fc.pre(!(CAMERA_VIEWS as readonly string[]).includes(view));
        const c = clone();
        c[i].steps[j].view = view;
        expect(paths(c)).toContain(`procedures[${i}].steps[${j}].view`);
      }),
      { numRuns: 80, seed: 22 },
    );
  });

  it('a text of any step, in any locale, that is not a non-empty string', () => {
    fc.assert(
      fc.property(stepPlace, fc.constantFrom(...STEP_TEXTS), fc.constantFrom('en', 'es'), notText, ([i, j], field, locale, bad) => {
        const c = clone();
        c[i].steps[j][field][locale] = bad;
        expect(paths(c)).toContain(`procedures[${i}].steps[${j}].${field}.${locale}`);
      }),
      { numRuns: 80, seed: 23 },
    );
  });

  it('a procedure-level text that is not a non-empty string', () => {
    fc.assert(
      fc.property(fc.nat({ max: procedures.length - 1 }), fc.constantFrom(...TOP_TEXTS), fc.constantFrom('en', 'es'), notText, (i, field, locale, bad) => {
        const c = clone();
        c[i][field][locale] = bad;
        expect(paths(c)).toContain(`procedures[${i}].${field}.${locale}`);
      }),
      { numRuns: 60, seed: 24 },
    );
  });

  it('an unknown field on any step (a typo is not silently ignored)', () => {
    const known = new Set(['id', 'title', 'patient', 'clinician', 'view', 'show', 'highlight', 'motion']);
    fc.assert(
      fc.property(stepPlace, fc.stringMatching(/^[a-z][a-zA-Z]{2,9}$/), ([i, j], key) => {
        fc.pre(!known.has(key));
        const c = clone();
        c[i].steps[j][key] = 'x';
        expect(paths(c)).toContain(`procedures[${i}].steps[${j}].${key}`);
      }),
      { numRuns: 60, seed: 25 },
    );
  });

  it('a motion value outside [0, 1] in any step', () => {
    fc.assert(
      fc.property(
        stepPlace,
        fc.constantFrom('needle', 'spread', 'lead', 'lesion'),
        fc.oneof(fc.double({ noNaN: true, min: 1.0001, max: 1e6 }), fc.double({ noNaN: true, min: -1e6, max: -0.0001 })),
        ([i, j], key, v) => {
          const c = clone();
          c[i].steps[j].motion[key] = v;
          expect(paths(c)).toContain(`procedures[${i}].steps[${j}].motion.${key}`);
        },
      ),
      { numRuns: 60, seed: 26 },
    );
  });

  it('a needle gauge outside 10–34 or not whole, on any instrument', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: procedures.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.nat({ max: procedures[i]!.instruments.length - 1 }))),
        fc.oneof(fc.integer({ min: -50, max: 9 }), fc.integer({ min: 35, max: 500 }), fc.double({ noNaN: true, min: 10.01, max: 33.99 }).filter((g) => !Number.isInteger(g))),
        ([i, k], gauge) => {
          const c = clone();
          c[i].instruments[k].gauge = gauge;
          expect(paths(c)).toContain(`procedures[${i}].instruments[${k}].gauge`);
        },
      ),
      { numRuns: 60, seed: 27 },
    );
  });

  it('several malformations at once: every one is reported, each at its own path', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: procedures.length - 1 }), { minLength: 2, maxLength: 6 }), (idx) => {
        const c = clone();
        for (const i of idx) c[i].category = 'not-a-category';
        const got = paths(c);
        for (const i of idx) expect(got).toContain(`procedures[${i}].category`);
      }),
      { numRuns: 40, seed: 28 },
    );
  });

  it('never throws, whatever JSON it is given, and always answers with {path, message} strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 3 })), (input) => {
        const r = validateCatalog(input);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(typeof e.path).toBe('string');
            expect(e.path.startsWith('procedures')).toBe(true);
            expect(typeof e.message).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 150, seed: 29 },
    );
  });
});

describe('validateCatalog properties: valid variations are accepted', () => {
  it('any non-empty subset of the built-in catalog, in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(clone(), { minLength: 1 }), (subset) => {
        const r = validateCatalog(subset);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.catalog.map((p) => p.id)).toEqual(subset.map((p: Json) => p.id));
      }),
      { numRuns: 40, seed: 30 },
    );
  });

  it('a new locale added by data alone, on any text', () => {
    fc.assert(
      fc.property(stepPlace, fc.constantFrom(...STEP_TEXTS), fc.constantFrom('fr', 'de', 'pt-BR', 'zh-Hans'), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s)), ([i, j], field, locale, value) => {
        const c = clone();
        c[i].steps[j][field][locale] = value;
        const r = validateCatalog(c);
        expect(r.ok).toBe(true);
        if (r.ok) expect((r.catalog[i]!.steps[j] as Json)[field][locale]).toBe(value);
      }),
      { numRuns: 60, seed: 31 },
    );
  });
});
