import { describe, expect, it } from 'vitest';
import {
  DERMATOMES, DERMATOME_LOCALES, PAIN_PATTERNS, dermatomePhrase, getDermatome, getPainPattern,
  localizeDermatome, localizePainPattern, mergeDermatomeLocales,
} from '../src/dermatomes';

const es = DERMATOME_LOCALES.es!;

describe('dermatome texts: Spanish', () => {
  it('has its own non-empty Spanish description for every band, and a continues phrase exactly where English has one', () => {
    for (const d of DERMATOMES) {
      const t = es.dermatomes?.[d.root];
      expect(t?.description?.trim(), d.root).toBeTruthy();
      expect(t!.description, d.root).not.toBe(d.description);
      if (d.continues) {
        expect(t!.continues?.trim(), `${d.root} continues`).toBeTruthy();
        expect(t!.continues, d.root).not.toBe(d.continues);
      } else {
        expect(t!.continues, `${d.root} must not continue`).toBeUndefined();
      }
    }
    expect(Object.keys(es.dermatomes!).sort()).toEqual(DERMATOMES.map((d) => d.root).sort());
  });

  it('gives every pain pattern a Spanish name and description that differ from the English', () => {
    for (const p of PAIN_PATTERNS) {
      const t = localizePainPattern(p.id, 'es');
      expect(t.name.trim(), p.id).toBeTruthy();
      expect(t.description.trim(), p.id).toBeTruthy();
      expect(t.name, p.id).not.toBe(p.name);
      expect(t.description, p.id).not.toBe(p.description);
      if (p.continues) expect(t.continues).toBe(es.dermatomes![p.root!]!.continues);
    }
    for (const k of ['band', 'pattern', 'overlap'] as const) expect(dermatomePhrase(k, 'es')).not.toBe(dermatomePhrase(k, 'en'));
  });

  it('uses the usual medical Spanish words and the Spanish band inside a radicular description', () => {
    expect(localizePainPattern('sacroiliac', 'es').name).toBe('Dolor de la articulación sacroilíaca');
    expect(localizePainPattern('lumbar-facet', 'es').name).toMatch(/articulaciones facetarias lumbares/);
    const l5 = localizePainPattern('radicular-L5', 'es');
    expect(l5.name).toBe('Dolor radicular L5');
    expect(l5.description).toContain('el lado de afuera de la pierna debajo de la rodilla');
    expect(l5.description).toMatch(/dermatoma/);
    expect(l5.continues).toMatch(/^continúa .*dedo gordo/);
  });
});

describe('dermatome texts: English stays the source', () => {
  it('reads English straight from the table, and the English radicular template rebuilds the table’s wording', () => {
    for (const d of DERMATOMES) expect(localizeDermatome(d.root, 'en')).toEqual({ root: d.root, description: d.description, ...(d.continues ? { continues: d.continues } : {}) });
    const en = DERMATOME_LOCALES.en!;
    for (const p of PAIN_PATTERNS.filter((x) => x.root)) {
      const band = getDermatome(p.root!).description;
      expect(en.radicular!.name!.replace('{root}', p.root!)).toBe(p.name);
      expect(en.radicular!.description!.replaceAll('{root}', p.root!).replace('{band}', band.charAt(0).toLowerCase() + band.slice(1))).toBe(p.description);
    }
    expect(localizePainPattern('occipital')).toEqual({ id: 'occipital', name: getPainPattern('occipital').name, description: getPainPattern('occipital').description });
  });

  it('falls back: region code to its language, an unknown language to English', () => {
    expect(localizeDermatome('T10', 'es-MX')).toEqual(localizeDermatome('T10', 'es'));
    expect(localizeDermatome('T10', 'de')).toEqual(localizeDermatome('T10', 'en'));
    expect(localizeDermatome('T10')).toEqual(localizeDermatome('T10', 'en'));
  });

  it('names the known ids when asked for an unknown one', () => {
    expect(() => localizeDermatome('Z9', 'es')).toThrow(/Unknown dermatome root "Z9".*C2, C3/);
    expect(() => localizePainPattern('knee', 'es')).toThrow(/Unknown pain pattern "knee".*lumbar-facet/);
  });
});

describe('dermatome texts: a clinic adds a locale by data', () => {
  const fr = {
    dermatomes: { L5: { description: 'Le côté externe de la jambe sous le genou et le devant du tibia.', continues: 'continue jusqu’au dessus du pied et au gros orteil' } },
    patterns: { sacroiliac: { name: 'Douleur de l’articulation sacro-iliaque' } },
    radicular: { name: 'Douleur radiculaire {root}', description: 'Douleur le long de la bande de peau du nerf {root} : {band}' },
    phrases: { band: 'La bande {continues}.' },
  };

  it('merges it and uses it, with English for what it leaves out', () => {
    const r = mergeDermatomeLocales(DERMATOME_LOCALES, { fr });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(localizeDermatome('L5', 'fr', r.locales).description).toBe(fr.dermatomes.L5.description);
    expect(localizeDermatome('L5', 'fr-CA', r.locales).continues).toBe(fr.dermatomes.L5.continues);
    expect(localizeDermatome('S1', 'fr', r.locales).description).toBe(getDermatome('S1').description);
    expect(localizePainPattern('sacroiliac', 'fr', r.locales)).toMatchObject({ name: fr.patterns.sacroiliac.name, description: getPainPattern('sacroiliac').description });
    // A radicular pattern is built from the locale's own template and band; without its band, all English.
    expect(localizePainPattern('radicular-L5', 'fr', r.locales).description).toBe(`Douleur le long de la bande de peau du nerf L5 : le côté externe de la jambe sous le genou et le devant du tibia.`);
    expect(localizePainPattern('radicular-S1', 'fr', r.locales).description).toBe(getPainPattern('radicular-S1').description);
    expect(dermatomePhrase('band', 'fr', { continues: 'x' }, r.locales)).toBe('La bande x.');
    expect(dermatomePhrase('overlap', 'fr', {}, r.locales)).toBe('Bands vary between people and overlap.');
    // The built-in table is untouched, and Spanish can be corrected the same way.
    expect(localizeDermatome('L5', 'fr').description).toBe(getDermatome('L5').description);
    const fix = mergeDermatomeLocales(DERMATOME_LOCALES, { es: { dermatomes: { T10: { description: 'Una banda a la altura del ombligo.' } } } });
    expect(fix.ok && localizeDermatome('T10', 'es', fix.locales).description).toBe('Una banda a la altura del ombligo.');
    expect(fix.ok && localizeDermatome('T9', 'es', fix.locales).description).toBe(es.dermatomes!.T9!.description);
  });

  it('reports every mistake with its path, and merges nothing', () => {
    const r = mergeDermatomeLocales(DERMATOME_LOCALES, {
      French: {},
      en: { phrases: { overlap: 'x' } },
      fr: {
        dermatomes: { L9: { description: 'x' }, T10: { continues: 'plus bas' }, L4: { desc: 'x' }, L3: { description: '' } },
        patterns: { knee: { name: 'x' } },
        phrases: { band: 3 },
        notes: {},
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path).sort();
    expect(paths).toEqual(['French', 'en', 'fr.dermatomes.L3.description', 'fr.dermatomes.L4.desc', 'fr.dermatomes.L9', 'fr.dermatomes.T10.continues', 'fr.notes', 'fr.patterns.knee', 'fr.phrases.band'].sort());
    expect(r.errors.find((e) => e.path === 'fr.dermatomes.L9')!.message).toMatch(/unknown root "L9".*C2/);
    expect(r.errors.find((e) => e.path === 'French')!.message).toMatch(/invalid locale code/);
    expect(mergeDermatomeLocales(DERMATOME_LOCALES, [fr])).toMatchObject({ ok: false });
  });
});
