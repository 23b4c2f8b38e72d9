import { ProcedureError } from './errors';
import type { Procedure, Side, SideOption, SpreadSpec } from './types';

const VERTEBRAE = [
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'Co',
] as const;

/** `L4` → `L5`, `L5` → `S1`; undefined below the sacrum. */
export function levelBelow(level: string): string | undefined {
  const i = (VERTEBRAE as readonly string[]).indexOf(level);
  return i >= 0 && i < VERTEBRAE.length - 2 ? VERTEBRAE[i + 1] : undefined;
}

export function levelAbove(level: string): string | undefined {
  const i = (VERTEBRAE as readonly string[]).indexOf(level);
  return i > 0 ? VERTEBRAE[i - 1] : undefined;
}

export function isVertebraLevel(level: string): boolean {
  return (VERTEBRAE as readonly string[]).includes(level);
}

/** `L4-L5`, `L5-S1`, `C7-T1`: two adjacent levels. */
export function isInterspace(level: string): boolean {
  const m = /^([CTLS]\d{1,2})-([CTLS]\d{1,2})$/.exec(level);
  return !!m && isVertebraLevel(m[1]!) && levelBelow(m[1]!) === m[2];
}

export const GENICULAR_SITES = ['superolateral', 'superomedial', 'inferomedial'] as const;

/** A procedure with its options checked and defaults applied. */
export interface ResolvedOptions {
  procedure: Procedure;
  level?: string;
  side?: SideOption;
  site?: string;
  /** Concrete sides (`bilateral` → both); [] for midline procedures. */
  sides: Side[];
  /** Concrete sites (`all` → each one); [] when the procedure has none. */
  sites: string[];
  /** For an interspace `A-B`: A; for a single level: the level itself (S1: L5). */
  upper?: string;
  /** For an interspace `A-B`: B; for a single level: the one below (S1: S1). */
  lower?: string;
}

function check(
  what: 'level' | 'side' | 'site',
  proc: Procedure,
  value: unknown,
  allowed: readonly string[],
  fallback: string | undefined,
): string | undefined {
  if (value === undefined) return allowed.length ? fallback ?? allowed[0] : undefined;
  if (typeof value !== 'string' || !allowed.includes(value)) throw ProcedureError.badOption(what, proc.id, value, allowed);
  return value;
}

/**
 * Checks level, side and site against what the procedure allows (throwing `ProcedureError` with the
 * bad value and the allowed ones) and fills in the defaults.
 */
export function resolveOptions(proc: Procedure, options: { level?: unknown; side?: unknown; site?: unknown } = {}): ResolvedOptions {
  const level = check('level', proc, options.level, proc.levels, proc.defaultLevel);
  const side = check('side', proc, options.side, proc.sides, proc.defaultSide) as SideOption | undefined;
  const site = check('site', proc, options.site, proc.sites, proc.defaultSite);
  const out: ResolvedOptions = {
    procedure: proc,
    sides: side === undefined ? [] : side === 'bilateral' ? ['left', 'right'] : [side],
    sites: site === undefined ? [] : site === 'all' ? [...GENICULAR_SITES] : [site],
  };
  if (level !== undefined) {
    out.level = level;
    const parts = level.split('-');
    if (parts.length === 2) {
      out.upper = parts[0]!;
      out.lower = parts[1]!;
    } else if (level === 'S1') {
      out.upper = 'L5';
      out.lower = 'S1';
    } else {
      out.upper = level;
      out.lower = levelBelow(level) ?? level;
    }
  }
  if (side !== undefined) out.side = side;
  if (site !== undefined) out.site = site;
  return out;
}

/** The target structure template for these options (before placeholders are filled). */
export function targetTemplate(o: ResolvedOptions): string {
  const p = o.procedure;
  return (o.level !== undefined ? p.targetBy?.level?.[o.level] : undefined)
    ?? (o.site !== undefined ? p.targetBy?.site?.[o.site] : undefined)
    ?? p.targetStructure;
}

/** The spread specs that apply at these options. */
export function spreadSpecs(o: ResolvedOptions): SpreadSpec[] {
  return o.procedure.spread.filter(
    (s) => (!s.levels || (o.level !== undefined && s.levels.includes(o.level))) && (!s.sites || (o.site !== undefined && s.sites.includes(o.site))),
  );
}

// Ids whose contract name differs from the pattern: the L5 "medial branch" is the L5 dorsal ramus,
// and the sacrum and coccyx are single parts rather than `vertebra-*` groups.
const ALIASES: Readonly<Record<string, string>> = {
  'medial-branch-L5-left': 'dorsal-ramus-L5-left',
  'medial-branch-L5-right': 'dorsal-ramus-L5-right',
  'vertebra-S1': 'sacrum',
  'vertebra-Co': 'coccyx',
};

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/**
 * Fills the placeholders of structure-id templates: `{level}`, `{upper}`, `{lower}`, `{side}`,
 * `{site}` and `{target}`. `{side}` and `{site}` expand to every concrete value (bilateral → left
 * and right; genicular `all` → each nerve). A template whose placeholder has no value is dropped.
 * The result is de-duplicated and keeps the input order.
 */
export function resolveIds(templates: readonly string[], o: ResolvedOptions): string[] {
  const out: string[] = [];
  const push = (id: string) => {
    const real = ALIASES[id] ?? id;
    if (!out.includes(real)) out.push(real);
  };
  const target = targetTemplate(o);
  for (const raw of templates) {
    const template = raw.includes('{target}') ? raw.split('{target}').join(target) : raw;
    let variants: string[] = [template];
    const names = new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!));
    let dropped = false;
    for (const name of names) {
      const values =
        name === 'side' ? o.sides
        : name === 'site' ? o.sites
        : name === 'level' ? (o.level ? [o.level] : [])
        : name === 'upper' ? (o.upper ? [o.upper] : [])
        : name === 'lower' ? (o.lower ? [o.lower] : [])
        : [];
      if (!values.length) {
        dropped = true;
        break;
      }
      variants = variants.flatMap((v) => values.map((val) => v.split(`{${name}}`).join(val)));
    }
    if (!dropped) variants.forEach(push);
  }
  return out;
}
