import { levelBelow, isLevel } from '@spine-explainer/anatomy';
import { localize } from '../steps';
import type { LocalizedText, ProcedureLike, Side } from '../types';
import { CATEGORY_WORDS, PROCEDURE_SYNONYMS } from './synonyms';

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Lower case, no accents, letters and digits only. `"Inyección L4–L5"` -> `"inyeccion l4 l5"`. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'on', 'for', 'to', 'and', 'my', 'de', 'la', 'el', 'en', 'del', 'los', 'las', 'y', 'para', 'por', 'un', 'una', 'con', 'mi', 'level', 'nivel', 'side', 'lado']);

const SIDE_WORDS: Record<string, Side> = {
  left: 'left', lt: 'left', izquierda: 'left', izquierdo: 'left', izq: 'left',
  right: 'right', rt: 'right', derecha: 'right', derecho: 'right', der: 'right',
  bilateral: 'bilateral', both: 'bilateral', ambos: 'bilateral', ambas: 'bilateral', bilat: 'bilateral',
};

// ---------------------------------------------------------------------------------------------
// Query parsing: level and side tokens
// ---------------------------------------------------------------------------------------------

export interface ParsedQuery {
  /** A level (`L5`) or interspace (`L4-L5`) written in any of the usual ways: `L4-5`, `L4 5`, `l45`, `L4/L5`, `L5S1`. */
  level?: string;
  side?: Side;
  /** The remaining words, normalised, stop words removed. */
  terms: string[];
}

const VERT = /^([ctls])(\d{1,2})$/;

function asLevel(token: string): string | undefined {
  const m = VERT.exec(token);
  if (!m) return undefined;
  const level = `${m[1]!.toUpperCase()}${Number(m[2])}`;
  return isLevel(level) ? level : undefined;
}

/** `L4` + `5` -> `L4-L5`; `L5` + `S1`/`1` -> `L5-S1`; undefined when the two are not adjacent. */
function interspace(upper: string, next: string): string | undefined {
  const below = levelBelow(upper);
  if (!below) return undefined;
  const asLvl = asLevel(next);
  if (asLvl) return asLvl === below ? `${upper}-${below}` : undefined;
  if (/^\d{1,2}$/.test(next)) {
    const n = Number(next);
    const belowNum = Number(below.replace(/^\D+/, ''));
    return n === belowNum ? `${upper}-${below}` : undefined;
  }
  return undefined;
}

export function parseQuery(query: string): ParsedQuery {
  const tokens = normalize(query).split(' ').filter(Boolean);
  const out: ParsedQuery = { terms: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!out.side && SIDE_WORDS[t]) { out.side = SIDE_WORDS[t]; continue; }
    if (!out.level) {
      // Glued forms: l45, l5s1, c7t1.
      const glued = /^([ctls])(\d)(\d)$/.exec(t) ?? /^([ctls]\d{1,2})([ctls]\d{1,2})$/.exec(t);
      if (glued && !asLevel(t)) {
        const upper = asLevel(glued.length === 4 ? `${glued[1]}${glued[2]}` : glued[1]!);
        const lower = glued.length === 4 ? glued[3]! : glued[2]!;
        const span = upper ? interspace(upper, lower) : undefined;
        if (span) { out.level = span; continue; }
      }
      const lvl = asLevel(t);
      if (lvl) {
        const next = tokens[i + 1];
        const span = next ? interspace(lvl, next) : undefined;
        if (span) { out.level = span; i++; } else out.level = lvl;
        continue;
      }
    }
    if (!STOP.has(t)) out.terms.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word matching
// ---------------------------------------------------------------------------------------------

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** How well one query word matches one indexed word, 0…1. */
export function wordScore(term: string, word: string): number {
  if (term === word) return 1;
  if (term.length >= 2 && word.startsWith(term)) return 0.85;
  if (word.length >= 4 && term.startsWith(word)) return 0.7; // "injections" -> "injection"
  if (term.length >= 5 && editDistanceAtMostOne(term, word)) return 0.55; // one typo
  if (term.length >= 3 && term[0] === word[0] && isSubsequence(term, word)) return 0.35; // "trnsfrm"
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Procedure index
// ---------------------------------------------------------------------------------------------

interface Field { words: string[]; phrase: string; weight: number }

export interface IndexedProcedure {
  procedure: ProcedureLike;
  fields: Field[];
}

export interface ProcedureIndex {
  entries: IndexedProcedure[];
}

function texts(value: LocalizedText | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).filter((v): v is string => typeof v === 'string');
}

function field(text: string, weight: number): Field {
  const phrase = normalize(text);
  return { phrase, words: phrase.split(' ').filter((w) => w && !STOP.has(w)), weight };
}

/**
 * Builds the quick-open index: id, names and summaries in every locale of the catalog, plus patient
 * synonyms (`PROCEDURE_SYNONYMS`), category words and any `keywords` a procedure carries.
 */
export function buildProcedureIndex(procedures: readonly ProcedureLike[], extraSynonyms: Readonly<Record<string, readonly string[]>> = {}): ProcedureIndex {
  return {
    entries: procedures.map((procedure) => {
      const p = procedure as Record<string, unknown>;
      const fields: Field[] = [field(procedure.id.replace(/-/g, ' '), 1)];
      for (const t of texts((p.name ?? p.title) as LocalizedText | undefined)) fields.push(field(t, 1));
      for (const t of texts(p.shortName as LocalizedText | undefined)) fields.push(field(t, 1));
      for (const s of [...(PROCEDURE_SYNONYMS[procedure.id] ?? []), ...(extraSynonyms[procedure.id] ?? [])]) fields.push(field(s, 0.9));
      const kw = p.keywords;
      if (Array.isArray(kw)) for (const k of kw) if (typeof k === 'string') fields.push(field(k, 0.9));
      else if (kw && typeof kw === 'object') for (const t of Object.values(kw)) for (const k of ([] as unknown[]).concat(t)) if (typeof k === 'string') fields.push(field(k, 0.9));
      for (const c of CATEGORY_WORDS[procedure.category ?? ''] ?? []) fields.push(field(c, 0.6));
      for (const t of texts(p.summary as LocalizedText | undefined)) {
        const f = field(t, 0.4);
        f.words = f.words.filter((w) => w.length >= 4);
        fields.push(f);
      }
      return { procedure, fields };
    }),
  };
}

export interface ProcedureMatch {
  procedureId: string;
  /** The level to open at, resolved against the procedure's allowed levels. */
  level?: string;
  side?: Side;
  score: number;
}

/** Maps a queried level onto one the procedure allows: exact, or the interspace below a vertebra, or the vertebra above an interspace. */
export function resolveLevel(levels: readonly string[], level: string | undefined): { level?: string; fit: 'exact' | 'near' | 'none' | 'n/a' } {
  if (!level) return { fit: 'n/a' };
  if (levels.length === 0) return { fit: 'none' };
  const norm = (l: string) => l.replace(/[–—]/g, '-').toUpperCase();
  const exact = levels.find((l) => norm(l) === level);
  if (exact) return { level: exact, fit: 'exact' };
  if (level.includes('-')) {
    const upper = level.split('-')[0]!;
    const hit = levels.find((l) => norm(l) === upper);
    if (hit) return { level: hit, fit: 'near' };
  } else {
    const hit = levels.find((l) => norm(l).startsWith(`${level}-`));
    if (hit) return { level: hit, fit: 'near' };
  }
  return { fit: 'none' };
}

/**
 * Quick-open search over procedures. Every query word must match a word of the procedure (exactly, as a
 * prefix, with one typo, or as a subsequence); level and side tokens are parsed out and used to rank and
 * to pre-set the tab. An empty query lists everything in catalog order.
 */
export function searchProcedures(index: ProcedureIndex, query: string, limit = 50): ProcedureMatch[] {
  const q = parseQuery(query);
  const phrase = q.terms.join(' ');
  const out: (ProcedureMatch & { order: number })[] = [];
  index.entries.forEach(({ procedure, fields }, order) => {
    let total = 0;
    for (const term of q.terms) {
      let best = 0;
      for (const f of fields) for (const w of f.words) {
        const s = wordScore(term, w) * f.weight;
        if (s > best) best = s;
      }
      if (best === 0) return;
      total += best;
    }
    let score = q.terms.length ? total / q.terms.length : 0.5;
    if (q.terms.length > 1 && fields.some((f) => f.phrase.includes(phrase))) score += 0.5;
    const lv = resolveLevel(procedure.levels ?? [], q.level);
    if (lv.fit === 'exact') score += 0.4;
    else if (lv.fit === 'near') score += 0.2;
    else if (lv.fit === 'none') score -= 0.5;
    const side = q.side && (procedure.sides ?? []).includes(q.side) ? q.side : undefined;
    if (q.side && side) score += 0.1;
    if (!q.terms.length && lv.fit === 'none') return;
    const match: ProcedureMatch & { order: number } = { procedureId: procedure.id, score, order };
    if (lv.level) match.level = lv.level;
    if (side) match.side = side;
    out.push(match);
  });
  out.sort((a, b) => b.score - a.score || a.order - b.order);
  return out.slice(0, limit).map(({ order: _order, ...m }) => m);
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

export interface CommandEntry { id: string; label: string; keywords?: readonly string[] }

/** Command palette search: every query word must match a word of the label or keywords. */
export function searchCommands<T extends CommandEntry>(entries: readonly T[], query: string): T[] {
  const terms = normalize(query).split(' ').filter(Boolean);
  if (!terms.length) return [...entries];
  const scored: { e: T; s: number; i: number }[] = [];
  entries.forEach((e, i) => {
    const words = normalize([e.label, ...(e.keywords ?? []), e.id.replace(/[.-]/g, ' ')].join(' ')).split(' ');
    let total = 0;
    for (const t of terms) {
      let best = 0;
      for (const w of words) best = Math.max(best, wordScore(t, w));
      if (!best) return;
      total += best;
    }
    scored.push({ e, s: total / terms.length, i });
  });
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.e);
}

export { localize };
