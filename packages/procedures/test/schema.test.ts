import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMERA_VIEWS, procedures, validateCatalog, type Procedure } from '@spine-explainer/procedures';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const clone = (): Json[] => JSON.parse(JSON.stringify(procedures));

function errorsOf(input: unknown) {
  const r = validateCatalog(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

describe('validateCatalog accepts', () => {
  it('the built-in catalog', () => {
    const r = validateCatalog(clone());
    if (!r.ok) console.error(r.errors);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.catalog.map((p) => p.id)).toEqual(procedures.map((p) => p.id));
  });

  it('extra locales on any text', () => {
    const c = clone();
    c[0].name.fr = 'Bloc de branche médiane';
    c[0].steps[0].patient['pt-BR'] = 'Você deita em uma mesa.';
    expect(validateCatalog(c).ok).toBe(true);
  });

  it('HTML-ish text, as plain text', () => {
    const c = clone();
    c[0].summary.en = '<b>Bold</b> <script>alert(1)</script> & more';
    const r = validateCatalog(c);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.catalog[0]!.summary.en).toBe('<b>Bold</b> <script>alert(1)</script> & more');
  });

  it('a one-procedure catalog with a new id', () => {
    const c = clone().slice(0, 1);
    c[0].id = 'my-clinic-block';
    expect(validateCatalog(c).ok).toBe(true);
  });
});

// [name, mutate, expected path, message fragment]
const CASES: [string, (c: Json[]) => unknown, string, string | RegExp][] = [
  ['unknown view', (c) => { c[3].steps[2].view = 'lateral2'; return c; }, 'procedures[3].steps[2].view', `unknown view "lateral2"; expected one of ${CAMERA_VIEWS.join(', ')}`],
  ['unknown category', (c) => { c[0].category = 'surgery'; return c; }, 'procedures[0].category', 'unknown category "surgery"; expected one of nerve-block, injection, stimulation'],
  ['unknown field (typo)', (c) => { c[1].steps[0].pateint = c[1].steps[0].patient; return c; }, 'procedures[1].steps[0].pateint', 'unknown field "pateint"'],
  ['missing id', (c) => { delete c[2].id; return c; }, 'procedures[2].id', 'is required'],
  ['id not kebab-case', (c) => { c[2].id = 'Stellate Block'; return c; }, 'procedures[2].id', 'kebab-case'],
  ['duplicate procedure id', (c) => { c[5].id = c[4].id; return c; }, 'procedures[5].id', 'duplicate procedure id "occipital-nerve-block"'],
  ['missing English', (c) => { delete c[0].name.en; return c; }, 'procedures[0].name.en', 'is required'],
  ['empty text', (c) => { c[0].steps[1].title.es = ''; return c; }, 'procedures[0].steps[1].title.es', 'must not be empty'],
  ['function instead of text', (c) => { c[0].steps[1].patient.en = () => 'x'; return c; }, 'procedures[0].steps[1].patient.en', 'a function'],
  ['number instead of text', (c) => { c[0].summary.es = 42; return c; }, 'procedures[0].summary.es', 'expected string, got number 42'],
  ['bad locale code', (c) => { c[0].name.French = 'x'; return c; }, 'procedures[0].name.French', 'invalid locale code "French"'],
  ['bad level', (c) => { c[7].levels.push('L4-L6'); return c; }, `procedures[7].levels[${procedures[7]!.levels.length}]`, '"L4-L6" is not a level'],
  ['default level not allowed', (c) => { c[0].defaultLevel = 'T4'; return c; }, 'procedures[0].defaultLevel', 'level "T4" is not in levels; expected one of C3, C4'],
  ['unknown side', (c) => { c[0].sides = ['left', 'up']; return c; }, 'procedures[0].sides[1]', 'unknown side "up"; expected one of left, right, bilateral'],
  ['default side not allowed', (c) => { c[2].defaultSide = 'bilateral'; return c; }, 'procedures[2].defaultSide', 'side "bilateral" is not in sides; expected one of left, right'],
  ['default site not allowed', (c) => { c[12].defaultSite = 'biceps'; return c; }, 'procedures[12].defaultSite', 'site "biceps" is not in sites'],
  ['needle progress above 1', (c) => { c[0].steps[3].motion.needle = 1.5; return c; }, 'procedures[0].steps[3].motion.needle', 'must be between 0 and 1'],
  ['unknown device', (c) => { c[17].steps[5].motion.devices = ['pager']; return c; }, 'procedures[17].steps[5].motion.devices[0]', 'unknown device "pager"'],
  ['unknown needle kind', (c) => { c[0].instruments[0].kind = 'laser'; return c; }, 'procedures[0].instruments[0].kind', 'unknown needle kind "laser"'],
  ['gauge not a number', (c) => { c[0].instruments[0].gauge = '22'; return c; }, 'procedures[0].instruments[0].gauge', 'expected number, got "22"'],
  ['negative volume', (c) => { c[9].spread[0].volumeMl = -1; return c; }, 'procedures[9].spread[0].volumeMl', 'must be positive'],
  ['unknown layer', (c) => { c[0].steps[0].show = ['layer:organs']; return c; }, 'procedures[0].steps[0].show[0]', 'unknown layer "layer:organs"'],
  ['unknown placeholder', (c) => { c[0].steps[3].highlight = ['nerve-root-{lvl}-{side}']; return c; }, 'procedures[0].steps[3].highlight[0]', 'unknown placeholder "{lvl}"'],
  ['not a structure id', (c) => { c[0].targetStructure = 'medial branch L4'; return c; }, 'procedures[0].targetStructure', 'is not a structure id'],
  ['no steps', (c) => { c[0].steps = []; return c; }, 'procedures[0].steps', 'must have at least one step'],
  ['duplicate step id', (c) => { c[0].steps[2].id = c[0].steps[1].id; return c; }, 'procedures[0].steps[2].id', 'duplicate step id'],
  ['steps not an array', (c) => { c[0].steps = { 0: c[0].steps[0] }; return c; }, 'procedures[0].steps', 'expected array, got an object'],
  ['targetBy key not a level', (c) => { c[2].targetBy.level.C5 = 'x-{side}'; return c; }, 'procedures[2].targetBy.level.C5', 'level "C5" is not in levels'],
  ['control characters', (c) => { c[0].name.en = 'bad\u0007bell'; return c; }, 'procedures[0].name.en', 'control characters'],
  ['not an array', () => ({ procedures: [] }), 'procedures', 'expected array, got an object'],
  ['empty catalog', () => [], 'procedures', 'at least one procedure'],
  ['null procedure', (c) => { c[4] = null; return c; }, 'procedures[4]', 'expected object, got null'],
  ['no imaging', (c) => { c[0].imaging = []; return c; }, 'procedures[0].imaging', 'at least one kind of guidance'],
];

describe('validateCatalog rejects', () => {
  it(`has at least 20 distinct malformed inputs (${CASES.length})`, () => {
    expect(new Set(CASES.map((c) => c[2])).size).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('%s', (_name, mutate, path, fragment) => {
    const errors = errorsOf(mutate(clone()));
    const hit = errors.find((e) => e.path === path);
    expect(hit, `no error at ${path}; got ${JSON.stringify(errors)}`).toBeDefined();
    if (typeof fragment === 'string') expect(hit!.message).toContain(fragment);
    else expect(hit!.message).toMatch(fragment);
  });

  it('never calls anything from the input (toString, valueOf)', () => {
    let called = false;
    const c = clone();
    const sneaky = { toString: () => { called = true; return 'x'; }, valueOf: () => { called = true; return 1; } };
    c[0].steps[0].title.en = sneaky;
    c[0].instruments[0].gauge = sneaky;
    const r = validateCatalog(c);
    expect(r.ok).toBe(false);
    expect(called).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['procedures[0].steps[0].title.en', 'procedures[0].instruments[0].gauge']),
    );
  });

  it('reports every problem at once, not only the first', () => {
    const c = clone();
    c[0].category = 'x';
    c[1].steps[0].view = 'y';
    c[2].levels = ['Q1'];
    expect(errorsOf(c).length).toBeGreaterThanOrEqual(3);
  });
});

describe('validateCatalog properties', () => {
  const viewArb = fc.string({ maxLength: 12 });

  it('accepts a step view iff it is a camera view', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...CAMERA_VIEWS), viewArb), fc.nat({ max: procedures.length - 1 }), (view, i) => {
        const c = clone();
        c[i].steps[0].view = view;
        const r = validateCatalog(c);
        const valid = (CAMERA_VIEWS as readonly string[]).includes(view);
        expect(r.ok).toBe(valid);
        if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ path: `procedures[${i}].steps[0].view` }));
      }),
      { numRuns: 60, seed: 4 },
    );
  });

  it('accepts motion values in [0, 1] and rejects the rest', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -3, max: 3 }), (v) => {
        const c = clone();
        c[0].steps[1].motion = { spread: v };
        expect(validateCatalog(c).ok).toBe(v >= 0 && v <= 1);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('any text value that is not a non-empty string is rejected with its path', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.constant(''), fc.object()),
        fc.nat({ max: procedures.length - 1 }),
        (bad, i) => {
          const c = clone();
          c[i].summary.es = bad;
          const r = validateCatalog(c);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.errors.some((e) => e.path === `procedures[${i}].summary.es`)).toBe(true);
        },
      ),
      { numRuns: 60, seed: 6 },
    );
  });

  it('round-trips: the validated catalog is deep-equal to its input', () => {
    const r = validateCatalog(clone());
    expect(r.ok && JSON.parse(JSON.stringify(r.catalog))).toEqual(clone() as Procedure[]);
  });
});
