// zod/mini, not zod: the same checks as functions, so a bundle keeps only what the schema uses (classic zod
// brings its whole API, ~440 KiB minified, into every bundle that validates).
import * as z from 'zod/mini';
import { LOCALE_CODE } from './locale';
import { isInterspace, isVertebraLevel } from './options';
import type { Procedure } from './types';
import { CAMERA_VIEWS } from './views';

/**
 * The catalog schema. Everything is data: strings stay strings (markup such as `<b>` is allowed
 * but is only ever shown as plain text), unknown fields are rejected so typos surface, and
 * functions, symbols or class instances are rejected wherever a value is expected.
 */

export const CATEGORIES = ['nerve-block', 'injection', 'stimulation'] as const;
export const PURPOSES = ['diagnostic', 'therapeutic', 'both'] as const;
export const IMAGING = ['fluoroscopy', 'ultrasound', 'landmark', 'ct'] as const;
export const POSITIONS = ['prone', 'supine', 'sitting', 'lateral-decubitus'] as const;
export const NEEDLE_KINDS = ['spinal', 'tuohy', 'hypodermic', 'radiofrequency'] as const;
export const DEVICE_KINDS = ['trial-generator', 'implanted-generator', 'remote'] as const;
export const SIDE_OPTIONS = ['left', 'right', 'bilateral'] as const;
/** Layers for `show`: `layer:<structure kind>`. */
export const LAYERS = ['bone', 'disc', 'joint', 'ligament', 'dura', 'space', 'cord', 'nerve', 'muscle', 'skin'] as const;
export const ID_PLACEHOLDERS = ['level', 'upper', 'lower', 'side', 'site', 'target'] as const;

const MAX_TEXT = 4000;
// Control characters other than tab and newline have no place in display text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.maxLength(MAX_TEXT, `is longer than ${MAX_TEXT} characters`),
  z.refine((s) => !CONTROL.test(s), 'contains control characters'),
);

const localizedText = z.catchall(z.object({ en: text }), text).check(
  z.superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!LOCALE_CODE.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `invalid locale code "${key}"; expected a code like "en", "es", "fr" or "pt-BR"` });
      }
    }
  }),
);

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const kebabId = z.string().check(z.regex(KEBAB, 'must be kebab-case (lowercase words joined by "-")'));

/** A structure id or id template: `pedicle-{upper}-{side}`, `epidural-space`, `{target}`. */
function idTemplate(allowLayer: boolean) {
  return z.string().check(z.superRefine((s, ctx) => {
    if (allowLayer && s.startsWith('layer:')) {
      const kind = s.slice(6);
      if (!(LAYERS as readonly string[]).includes(kind)) {
        ctx.addIssue({ code: 'custom', message: `unknown layer "${s}"; expected one of ${LAYERS.map((l) => `layer:${l}`).join(', ')}` });
      }
      return;
    }
    for (const m of s.matchAll(/\{([^}]*)\}/g)) {
      if (!(ID_PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
        ctx.addIssue({ code: 'custom', message: `unknown placeholder "{${m[1]}}" in "${s}"; expected one of ${ID_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` });
        return;
      }
    }
    const bare = s.replace(/\{[a-z]+\}/g, 'x');
    if (!/^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$/.test(bare)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a structure id; expected kebab-case such as "pedicle-L4-left" or "nerve-root-{level}-{side}"${allowLayer ? ', or a layer such as "layer:bone"' : ''}` });
    }
  }));
}

const level = z.string().check(z.superRefine((s, ctx) => {
  if (!isVertebraLevel(s) && !isInterspace(s)) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not a level; expected a vertebra (C1…L5, S1) or an interspace of adjacent levels (L4-L5, L5-S1, C7-T1)` });
  }
}));

const unit = z.number().check(z.minimum(0, 'must be between 0 and 1'), z.maximum(1, 'must be between 0 and 1'));
const positive = (max: number, unitName: string) =>
  z.number().check(z.positive('must be positive'), z.maximum(max, `must be at most ${max} ${unitName}`));
const atLeastOne = (message: string) => z.minLength(1, message);

const motion = z.strictObject({
  needle: z.optional(unit),
  spread: z.optional(unit),
  lead: z.optional(unit),
  lesion: z.optional(unit),
  pulses: z.optional(z.boolean()),
  devices: z.optional(z.array(z.enum(DEVICE_KINDS))),
});

const stepSchema = z.strictObject({
  id: kebabId,
  title: localizedText,
  patient: localizedText,
  clinician: localizedText,
  view: z.enum(CAMERA_VIEWS),
  show: z.array(idTemplate(true)),
  highlight: z.array(idTemplate(false)),
  motion,
});

const instrument = z.strictObject({
  kind: z.enum(NEEDLE_KINDS),
  gauge: z.number().check(
    z.int('must be a whole number'),
    z.minimum(10, 'must be between 10 and 34'),
    z.maximum(34, 'must be between 10 and 34'),
  ),
  lengthMm: positive(300, 'mm'),
  label: z.optional(localizedText),
});

const spreadSpec = z.strictObject({
  structure: idTemplate(false),
  volumeMl: positive(60, 'mL'),
  source: z.string().check(z.minLength(1, 'must name a source key')),
  levels: z.optional(z.array(level)),
  sites: z.optional(z.array(kebabId)),
});

const procedureSchema = z
  .strictObject({
    id: kebabId,
    category: z.enum(CATEGORIES),
    name: localizedText,
    summary: localizedText,
    levels: z.array(level),
    defaultLevel: z.optional(level),
    sites: z.array(kebabId),
    defaultSite: z.optional(kebabId),
    sides: z.array(z.enum(SIDE_OPTIONS)),
    defaultSide: z.optional(z.enum(SIDE_OPTIONS)),
    position: z.enum(POSITIONS),
    positionNote: localizedText,
    imaging: z.array(z.enum(IMAGING)).check(atLeastOne('must list at least one kind of guidance')),
    views: z.array(z.enum(CAMERA_VIEWS)),
    instruments: z.array(instrument).check(atLeastOne('must list at least one needle')),
    medication: localizedText,
    purpose: z.enum(PURPOSES),
    duration: localizedText,
    recovery: localizedText,
    safety: localizedText,
    targetStructure: idTemplate(false),
    targetBy: z.optional(z.strictObject({
      level: z.optional(z.record(z.string(), idTemplate(false))),
      site: z.optional(z.record(z.string(), idTemplate(false))),
    })),
    spread: z.array(spreadSpec),
    sources: z.array(z.string().check(z.minLength(1))),
    steps: z.array(stepSchema).check(atLeastOne('must have at least one step')),
  })
  .check(z.superRefine((p, ctx) => {
    const member = (field: string, value: string | undefined, allowed: readonly string[], what: string) => {
      if (value !== undefined && !allowed.includes(value)) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${what} "${value}" is not in ${what}s; expected one of ${allowed.join(', ') || '(none)'}` });
      }
    };
    member('defaultLevel', p.defaultLevel, p.levels, 'level');
    member('defaultSide', p.defaultSide, p.sides, 'side');
    member('defaultSite', p.defaultSite, p.sites, 'site');
    const dupes = (field: string, values: readonly string[]) => {
      values.forEach((v, i) => {
        if (values.indexOf(v) !== i) ctx.addIssue({ code: 'custom', path: [field, i], message: `duplicate "${v}"` });
      });
    };
    dupes('levels', p.levels);
    dupes('sites', p.sites);
    dupes('sides', p.sides);
    p.steps.forEach((s, i) => {
      if (p.steps.findIndex((o) => o.id === s.id) !== i) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${s.id}"` });
    });
    for (const [key, allowed, what] of [['level', p.levels, 'level'], ['site', p.sites, 'site']] as const) {
      for (const k of Object.keys(p.targetBy?.[key] ?? {})) {
        if (!allowed.includes(k)) ctx.addIssue({ code: 'custom', path: ['targetBy', key, k], message: `${what} "${k}" is not in ${what}s; expected one of ${allowed.join(', ') || '(none)'}` });
      }
    }
  }));

export const catalogSchema = z.array(procedureSchema).check(
  atLeastOne('a catalog needs at least one procedure'),
  z.superRefine((list, ctx) => {
    list.forEach((p, i) => {
      if (list.findIndex((o) => o.id === p.id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate procedure id "${p.id}"` });
    });
  }),
);

export interface CatalogIssue {
  /** Where, e.g. `procedures[3].steps[2].view`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; catalog: Procedure[] } | { ok: false; errors: CatalogIssue[] };

// --- error formatting ------------------------------------------------------------------------

const FIELD_NOUN: Record<string, string> = {
  view: 'view', views: 'view', category: 'category', purpose: 'purpose', position: 'position', imaging: 'imaging',
  kind: 'needle kind', devices: 'device', sides: 'side', defaultSide: 'side',
};

export function formatPath(path: readonly PropertyKey[], root = 'procedures'): string {
  let out = root;
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`;
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'function') return 'a function (only plain data is accepted)';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function nounFor(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return FIELD_NOUN[seg] ?? 'value';
  }
  return 'value';
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  keys?: string[];
}

function formatIssue(issue: IssueLike): CatalogIssue[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [{
        path,
        message: issue.input === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}, got ${describe(issue.input)}`,
      }];
    case 'invalid_value':
      return [{ path, message: `unknown ${nounFor(issue.path)} ${JSON.stringify(issue.input)}; expected one of ${(issue.values ?? []).join(', ')}` }];
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => ({ path: formatPath([...issue.path, k]), message: `unknown field "${k}"` }));
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'custom':
      return [{ path, message: issue.input === undefined || issue.code === 'custom' ? issue.message : `${describe(issue.input)} ${issue.message}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

/**
 * Validates a whole catalog (an array of complete procedures, possibly with extra locales).
 * Errors carry a path a web developer can follow: `procedures[3].steps[2].view`.
 */
export function validateCatalog(input: unknown): ValidationResult {
  const result = catalogSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, catalog: result.data as unknown as Procedure[] };
  const errors = result.error.issues.flatMap((i) => formatIssue(i as unknown as IssueLike));
  return { ok: false, errors };
}
