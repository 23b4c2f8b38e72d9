import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CAMERA_VIEWS, DEVICE_KINDS, IMAGING, LAYERS, LOCALES, NEEDLE_KINDS, POSITIONS, PURPOSES, UI_STRINGS, applyMessages,
  extractMessages, getProcedure, mergeUiStrings, procedureLocales, procedureText, procedures, resolveIds, resolveOptions,
  spreadSpecs, uiText, resolveStep, ProcedureError, type LocalizedText, type Procedure,
} from '@spine-explainer/procedures';
import { combos } from './helpers/combos';

const DESIGN_IDS = [
  'medial-branch-block', 'selective-nerve-root-block', 'stellate-ganglion-block', 'lumbar-sympathetic-block',
  'occipital-nerve-block', 'genicular-nerve-block', 'suprascapular-nerve-block', 'epidural-interlaminar',
  'epidural-transforaminal', 'epidural-caudal', 'facet-joint-injection', 'radiofrequency-ablation',
  'trigger-point-injection', 'knee-joint-injection', 'hip-joint-injection', 'shoulder-joint-injection',
  'sacroiliac-joint-injection', 'scs-trial', 'scs-permanent',
];

// The project's copy of the clinical reference (shared/clinical/procedures.md), so CI checks it on a fresh clone.
const SOURCES_MD = fileURLToPath(new URL('../../../docs/clinical/procedures.md', import.meta.url));

function texts(p: Procedure): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [];
  for (const f of ['name', 'summary', 'positionNote', 'medication', 'duration', 'recovery', 'safety'] as const) out.push([f, p[f]]);
  p.instruments.forEach((i, n) => i.label && out.push([`instruments[${n}].label`, i.label]));
  p.steps.forEach((s, n) => {
    out.push([`steps[${n}].title`, s.title], [`steps[${n}].patient`, s.patient], [`steps[${n}].clinician`, s.clinician]);
  });
  return out;
}

describe('catalog contents', () => {
  it('has exactly the 19 procedure ids of DESIGN §2, in order', () => {
    expect(procedures.map((p) => p.id)).toEqual(DESIGN_IDS);
  });

  it('getProcedure returns each one', () => {
    for (const id of DESIGN_IDS) expect(getProcedure(id).id).toBe(id);
  });

  it('follows the level contract of each procedure', () => {
    const lumbarInterspaces = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'];
    const mb = ['C3', 'C4', 'C5', 'C6', 'C7', 'L1', 'L2', 'L3', 'L4', 'L5'];
    expect(getProcedure('medial-branch-block').levels).toEqual(mb);
    expect(getProcedure('radiofrequency-ablation').levels).toEqual(mb);
    expect(getProcedure('epidural-interlaminar').levels).toEqual(expect.arrayContaining([...lumbarInterspaces, 'C7-T1']));
    expect(getProcedure('epidural-transforaminal').levels).toEqual(lumbarInterspaces);
    expect(getProcedure('facet-joint-injection').levels).toEqual(expect.arrayContaining(lumbarInterspaces));
    expect(getProcedure('selective-nerve-root-block').levels.every((l) => !l.includes('-'))).toBe(true);
    const scs = getProcedure('scs-trial');
    expect(scs.defaultLevel).toBe('T8');
    expect(scs.levels).toEqual(['T8', 'T9', 'T10']);
    expect(getProcedure('scs-permanent').sites).toEqual(['buttock', 'flank']);
    for (const id of ['occipital-nerve-block', 'genicular-nerve-block', 'suprascapular-nerve-block', 'epidural-caudal',
      'trigger-point-injection', 'knee-joint-injection', 'hip-joint-injection', 'shoulder-joint-injection', 'sacroiliac-joint-injection']) {
      expect(getProcedure(id).levels, id).toEqual([]);
    }
    expect(getProcedure('trigger-point-injection').sites).toEqual(['trapezius', 'levator-scapulae', 'erector-spinae', 'quadratus-lumborum', 'gluteus-medius', 'piriformis']);
    expect(getProcedure('genicular-nerve-block').sites).toEqual(expect.arrayContaining(['superolateral', 'superomedial', 'inferomedial', 'all']));
    expect(getProcedure('shoulder-joint-injection').sites).toEqual(['glenohumeral', 'subacromial']);
  });

  it.each(procedures.map((p) => [p.id, p] as const))('%s: defaults are allowed values, fields are in range', (_id, p) => {
    expect(['nerve-block', 'injection', 'stimulation']).toContain(p.category);
    if (p.levels.length) expect(p.levels).toContain(p.defaultLevel);
    else expect(p.defaultLevel).toBeUndefined();
    if (p.sides.length) expect(p.sides).toContain(p.defaultSide);
    if (p.sites.length) expect(p.sites).toContain(p.defaultSite);
    expect(POSITIONS).toContain(p.position);
    expect(PURPOSES).toContain(p.purpose);
    for (const i of p.imaging) expect(IMAGING).toContain(i);
    for (const v of p.views) expect(CAMERA_VIEWS).toContain(v);
    for (const n of p.instruments) {
      expect(NEEDLE_KINDS).toContain(n.kind);
      expect(n.gauge).toBeGreaterThanOrEqual(10);
      expect(n.lengthMm).toBeGreaterThan(10);
    }
    expect(p.steps.length).toBeGreaterThanOrEqual(4);
    expect(p.steps.some((s) => s.motion.needle === 1)).toBe(true);
    for (const s of p.steps) {
      expect(CAMERA_VIEWS).toContain(s.view);
      for (const d of s.motion.devices ?? []) expect(DEVICE_KINDS).toContain(d);
      for (const k of ['needle', 'spread', 'lead', 'lesion'] as const) {
        const v = s.motion[k];
        if (v !== undefined) expect(v >= 0 && v <= 1).toBe(true);
      }
    }
  });

  it('uses the right instruments: Tuohy for SCS and interlaminar, RF cannula for RFA', () => {
    expect(getProcedure('scs-trial').instruments[0]).toMatchObject({ kind: 'tuohy', gauge: 14 });
    expect(getProcedure('scs-permanent').instruments[0]).toMatchObject({ kind: 'tuohy', gauge: 14 });
    expect(getProcedure('epidural-interlaminar').instruments[0]!.kind).toBe('tuohy');
    expect(getProcedure('radiofrequency-ablation').instruments[0]).toMatchObject({ kind: 'radiofrequency', gauge: 22, lengthMm: 100 });
  });

  it('SCS steps advance the lead, pulse and show the right devices', () => {
    const trial = getProcedure('scs-trial');
    expect(trial.steps.some((s) => s.motion.lead === 1)).toBe(true);
    expect(trial.steps.some((s) => s.motion.pulses)).toBe(true);
    expect(trial.steps.some((s) => s.motion.devices?.includes('trial-generator'))).toBe(true);
    const perm = getProcedure('scs-permanent');
    expect(perm.steps.some((s) => s.motion.devices?.includes('implanted-generator'))).toBe(true);
    expect(perm.steps.some((s) => s.motion.devices?.includes('remote'))).toBe(true);
    expect(getProcedure('radiofrequency-ablation').steps.some((s) => s.motion.lesion === 1)).toBe(true);
  });
});

describe('spread volumes match clinical/procedures.md', () => {
  // [procedure, options, structure, mL, the range the data sheet gives]
  const REFERENCE: [string, Record<string, string>, string, number, [number, number]][] = [
    ['medial-branch-block', { level: 'L4', side: 'left' }, 'medial-branch-L4-left', 0.5, [0.3, 0.5]], // FURMAN_LMBB
    ['medial-branch-block', { level: 'L5', side: 'left' }, 'dorsal-ramus-L5-left', 0.5, [0.3, 0.5]],
    ['medial-branch-block', { level: 'C5', side: 'right' }, 'medial-branch-C5-right', 0.3, [0.3, 0.3]], // SPRINGER_CMBB
    ['radiofrequency-ablation', { level: 'L3' }, 'medial-branch-L3-left', 0.5, [0.5, 1]], // FURMAN_CRF
    ['selective-nerve-root-block', { level: 'L5' }, 'nerve-root-L5-left', 0.5, [0.5, 0.6]], // ANESKEY_TF
    ['epidural-transforaminal', { level: 'L4-L5' }, 'epidural-space', 2, [1, 4]], // ANESKEY_TF
    ['epidural-interlaminar', { level: 'L4-L5' }, 'epidural-space', 3, [2, 5]], // estimate
    ['epidural-caudal', {}, 'epidural-space', 10, [10, 20]], // ANESKEY_CAUDAL
    ['facet-joint-injection', { level: 'L4-L5' }, 'facet-joint-L4-L5-left', 1, [0.3, 1]], // DIEUTRIDAU_LFJ
    ['facet-joint-injection', { level: 'C5-C6' }, 'facet-joint-C5-C6-left', 0.5, [0.1, 1]], // DIEUTRIDAU_CFJ
    ['stellate-ganglion-block', {}, 'stellate-ganglion-left', 5, [4, 5]], // GOFELD2009, GHAI2016
    ['lumbar-sympathetic-block', {}, 'sympathetic-chain-left', 10, [10, 20]], // 78STEPS_LSB
    ['occipital-nerve-block', {}, 'greater-occipital-nerve-left', 3, [2, 3]], // FPNOTEBOOK_GON
    ['genicular-nerve-block', { site: 'superolateral' }, 'genicular-nerve-superolateral-left', 1, [0.5, 2]], // FONKOUE2019, SOUNDPAIN
    ['suprascapular-nerve-block', {}, 'suprascapular-nerve-left', 5, [5, 10]], // USABCD
    ['trigger-point-injection', { site: 'piriformis' }, 'muscle-piriformis-left', 2, [2, 2]], // CHELLY_TPI
    ['knee-joint-injection', {}, 'knee-joint-left', 6, [6, 6]], // SARKAR2025
    ['hip-joint-injection', {}, 'hip-joint-left', 5, [5, 5]], // SPRINGER_HIP
    ['shoulder-joint-injection', { site: 'glenohumeral' }, 'shoulder-joint-left', 7, [6, 8]], // FPNOTEBOOK_GH
    ['shoulder-joint-injection', { site: 'subacromial' }, 'subacromial-bursa-left', 2, [1.5, 2]], // RADIOPAEDIA_SA
    ['sacroiliac-joint-injection', {}, 'sacroiliac-joint-left', 2, [1, 2]], // SHUHUB_SIJ
  ];

  it.each(REFERENCE)('%s %j: %s %f mL', (id, opts, structure, ml, [lo, hi]) => {
    const o = resolveOptions(getProcedure(id), opts);
    const specs = spreadSpecs(o);
    expect(specs).toHaveLength(1);
    expect(specs[0]!.volumeMl).toBe(ml);
    expect(ml).toBeGreaterThanOrEqual(lo);
    expect(ml).toBeLessThanOrEqual(hi);
    expect(resolveIds([specs[0]!.structure], o)).toEqual([structure]);
  });

  it('SCS has no injectate spread', () => {
    expect(getProcedure('scs-trial').spread).toEqual([]);
    expect(getProcedure('scs-permanent').spread).toEqual([]);
  });

  it('every level of a level-based procedure has exactly one spread volume', () => {
    for (const p of procedures) {
      if (!p.spread.length) continue;
      for (const c of combos(p)) expect(spreadSpecs(resolveOptions(p, c)), `${p.id} ${JSON.stringify(c)}`).toHaveLength(1);
    }
  });
});

describe('text', () => {
  it.each(procedures.map((p) => [p.id, p] as const))('%s: every string in English and Spanish', (_id, p) => {
    for (const [where, t] of texts(p)) {
      for (const l of LOCALES) {
        expect(typeof t[l], `${where}.${l}`).toBe('string');
        expect(t[l]!.trim().length, `${where}.${l}`).toBeGreaterThan(0);
      }
      if (where.endsWith('patient') || where.endsWith('title')) expect(t.es, where).not.toBe(t.en);
    }
    expect(procedureLocales(p)).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it.each(procedures.map((p) => [p.id, p] as const))('%s: patient texts use short sentences', (_id, p) => {
    for (const s of p.steps) {
      const sentences = s.patient.en.split(/(?<=[.!?])\s+/).filter(Boolean);
      const words = sentences.map((x) => x.split(/\s+/).length);
      expect(Math.max(...words), `${s.id}: ${s.patient.en}`).toBeLessThanOrEqual(24);
      expect(words.reduce((a, b) => a + b, 0) / words.length, s.id).toBeLessThanOrEqual(15);
    }
  });

  it.each(procedures.map((p) => [p.id, p] as const))('%s: clinician figures carry a source key or say "estimate"', (_id, p) => {
    for (const s of p.steps) {
      const en = s.clinician.en;
      if (/\d/.test(en.replace(/\b[CTLS]\d{1,2}\b|\b\d{1,2} o'clock\b|T1|S1/g, ''))) {
        expect(/\[[A-Z0-9_]+/.test(en) || /estimate/.test(en), `${s.id}: ${en}`).toBe(true);
      }
    }
  });

  it('every cited source key exists in clinical/procedures.md', () => {
    const md = readFileSync(SOURCES_MD, 'utf8');
    const section = md.slice(md.indexOf('## Source keys'));
    const known = new Set([...section.matchAll(/(?:^- |; )([A-Z0-9_]+) /gm)].map((m) => m[1]!));
    expect(known.size).toBeGreaterThan(100);
    for (const p of procedures) {
      for (const key of p.sources) expect(known.has(key), `${p.id} sources: ${key}`).toBe(true);
      for (const [where, t] of texts(p)) {
        for (const m of t.en.matchAll(/\[([A-Z0-9_, ]+)\]/g)) {
          for (const key of m[1]!.split(/,\s*/)) expect(known.has(key), `${p.id} ${where}: ${key}`).toBe(true);
        }
      }
    }
  });

  it('procedureText fills every placeholder, for every option, in both locales', () => {
    for (const p of procedures) {
      for (const c of combos(p)) {
        for (const locale of LOCALES) {
          const t = procedureText(p, locale, c);
          const all = JSON.stringify(t);
          expect(all, `${p.id} ${locale} ${JSON.stringify(c)}`).not.toMatch(/\{[a-z]+\}/);
          expect(t.steps).toHaveLength(p.steps.length);
          expect(t.steps[0]!.counter).toBe(locale === 'en' ? `Step 1 of ${p.steps.length}` : `Paso 1 de ${p.steps.length}`);
        }
      }
    }
    const es = procedureText(getProcedure('epidural-interlaminar'), 'es', { level: 'L5-S1' });
    expect(es.steps.find((s) => s.id === 'find-window')!.patient).toContain('L5-S1');
    expect(es.disclaimer).toMatch(/no es consejo médico/);
  });

  it('falls back to English for a locale it does not have, and to the language for a region code', () => {
    const p = getProcedure('hip-joint-injection');
    expect(procedureText(p, 'fr').name).toBe(p.name.en);
    expect(procedureText(p, 'es-MX').name).toBe(p.name.es);
  });

  it('resolves step ids with no placeholders left', () => {
    for (const p of procedures) {
      for (const c of combos(p)) {
        const o = resolveOptions(p, c);
        for (const s of p.steps) {
          for (const id of [...resolveIds(s.show, o), ...resolveIds(s.highlight, o)]) {
            expect(id, `${p.id} ${s.id}`).not.toMatch(/[{}]/);
          }
        }
      }
    }
  });
});

describe('localisation by data', () => {
  it('adds a French catalog from a flat message table', () => {
    const en = extractMessages(procedures, 'en');
    expect(Object.keys(en).length).toBeGreaterThan(400);
    const fr = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, `FR ${v}`]));
    const r = applyMessages(procedures, 'fr', fr);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.catalog.find((x) => x.id === 'scs-trial')!;
    expect(procedureLocales(p)).toEqual(expect.arrayContaining(['en', 'es', 'fr']));
    expect(procedureText(p, 'fr').steps[0]!.patient.startsWith('FR ')).toBe(true);
    // the built-in catalog is untouched
    expect(procedureLocales(getProcedure('scs-trial'))).not.toContain('fr');
  });

  it('rejects unknown keys and non-text values in a message table', () => {
    const r = applyMessages(procedures, 'fr', { 'scs-trial.name': 42, 'nope.name': 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(expect.arrayContaining([
      { path: 'scs-trial.name', message: 'expected text, got number' },
      { path: 'nope.name', message: 'unknown message key "nope.name"' },
    ]));
  });
});

describe('UI strings', () => {
  it('has English and Spanish for every message', () => {
    for (const [id, t] of Object.entries(UI_STRINGS)) {
      expect(t.en, id).toBeTruthy();
      expect((t as Record<string, string>).es, id).toBeTruthy();
    }
  });

  it('has a label for every view, layer, side, site, category, purpose, imaging, position, needle and device', () => {
    const keys = new Set(Object.keys(UI_STRINGS));
    const need = [
      ...CAMERA_VIEWS.map((v) => `view.${v}`), ...LAYERS.map((l) => `layer.${l}`), 'side.left', 'side.right', 'side.bilateral',
      ...procedures.flatMap((p) => p.sites.map((s) => `site.${s}`)), ...procedures.map((p) => `category.${p.category}`),
      ...PURPOSES.map((p) => `purpose.${p}`), ...IMAGING.map((i) => `imaging.${i}`), ...POSITIONS.map((p) => `position.${p}`),
      ...NEEDLE_KINDS.map((n) => `needle.${n}`), ...DEVICE_KINDS.map((d) => `device.${d}`),
      'control.play', 'control.pause', 'control.next', 'control.previous', 'step.counter', 'label.level', 'label.side',
      'disclaimer', 'status.loading', 'error.unknownProcedure', 'error.badLevel', 'error.badSide', 'error.badSite',
    ];
    for (const k of need) expect(keys.has(k), k).toBe(true);
  });

  it('formats placeholders and falls back to English', () => {
    expect(uiText('step.counter', 'en', { n: 2, m: 6 })).toBe('Step 2 of 6');
    expect(uiText('step.counter', 'es', { n: 2, m: 6 })).toBe('Paso 2 de 6');
    expect(uiText('step.counter', 'de', { n: 2, m: 6 })).toBe('Step 2 of 6');
    expect(uiText('disclaimer', 'en')).toMatch(/patient education, not medical advice/i);
  });

  it('adds a locale by data with mergeUiStrings, and reports bad entries', () => {
    const r = mergeUiStrings(UI_STRINGS, { fr: { 'control.play': 'Lire' } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(uiText('control.play', 'fr', undefined, r.strings)).toBe('Lire');
    const bad = mergeUiStrings(UI_STRINGS, { fr: { 'control.plya': 'Lire', 'control.pause': 3 }, 'not a locale': {} });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['fr.control.plya', 'fr.control.pause', 'not a locale']));
    }
  });
});

describe('resolveStep', () => {
  it('fills show and highlight for the options, keeping layers and groups', () => {
    const r = resolveStep('epidural-transforaminal', 1, { level: 'L5-S1', side: 'bilateral' });
    expect(r.highlight).toEqual(['pedicle-L5-left', 'pedicle-L5-right', 'nerve-root-L5-left', 'nerve-root-L5-right']);
    expect(r.show).toEqual(expect.arrayContaining(['layer:bone', 'vertebra-L5', 'sacrum']));
    const mb = resolveStep('medial-branch-block', 3, { level: 'L5', side: 'right' });
    expect(mb.highlight).toEqual(['dorsal-ramus-L5-right']);
    const g = resolveStep('genicular-nerve-block', 1, { side: 'left' });
    expect(g.highlight).toEqual(['genicular-nerve-superolateral-left', 'genicular-nerve-superomedial-left', 'genicular-nerve-inferomedial-left']);
  });

  it('throws ProcedureError for a step that does not exist', () => {
    expect(() => resolveStep('scs-trial', 99)).toThrow(ProcedureError);
    expect(() => resolveStep('scs-trial', 99)).toThrow(/Step 99 .* expected 0 to 6/);
  });
});
