export const CERVICAL = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'] as const;
export const THORACIC = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'] as const;
export const LUMBAR = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;

/** Mobile vertebrae from the top down. */
export const VERTEBRAE = [...CERVICAL, ...THORACIC, ...LUMBAR] as const;
export type VertebraLevel = (typeof VERTEBRAE)[number];

/** Every level id in the contract, top down: the mobile vertebrae, `S1` (sacrum) and `Co` (coccyx). */
export const LEVELS = [...VERTEBRAE, 'S1', 'Co'] as const;
export type Level = (typeof LEVELS)[number];

export type Region = 'cervical' | 'thoracic' | 'lumbar' | 'sacral' | 'coccygeal';

export function regionOf(level: string): Region {
  if (level.startsWith('C') && level !== 'Co') return 'cervical';
  if (level.startsWith('T')) return 'thoracic';
  if (level.startsWith('L')) return 'lumbar';
  if (level.startsWith('S')) return 'sacral';
  return 'coccygeal';
}

/** The level directly below, e.g. `L5` -> `S1`; undefined below the sacrum. */
export function levelBelow(level: string): string | undefined {
  const i = (LEVELS as readonly string[]).indexOf(level);
  if (i < 0 || i >= LEVELS.length - 2) return undefined;
  return LEVELS[i + 1];
}

export function levelAbove(level: string): string | undefined {
  const i = (LEVELS as readonly string[]).indexOf(level);
  return i > 0 ? LEVELS[i - 1] : undefined;
}

/** Interspaces with a disc: C2-C3 … L5-S1. */
export const DISC_INTERSPACES: readonly string[] = VERTEBRAE.slice(1).map((l) => `${l}-${levelBelow(l)}`);

/** Interspaces with facet joints and ligamentum flavum: C2-C3 … L5-S1. */
export const FACET_INTERSPACES = DISC_INTERSPACES;

/** Levels whose nerve root and dorsal root ganglion are modelled: C2 … S1. */
export const ROOT_LEVELS: readonly string[] = [...VERTEBRAE.slice(1), 'S1'];

/** Levels with a named medial branch: C3–C7 and L1–L4 (L5 is `dorsal-ramus-L5-*`). */
export const MEDIAL_BRANCH_LEVELS: readonly string[] = ['C3', 'C4', 'C5', 'C6', 'C7', 'L1', 'L2', 'L3', 'L4'];

export const SIDES = ['left', 'right'] as const;

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}
