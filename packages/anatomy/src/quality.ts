import type { Quality } from './types';

/** Tessellation per tier. Budgets (DESIGN.md §5): high ≤ 300k triangles, low ≤ 60k. */
export interface QualitySettings {
  /** Points around a cross-section ring of a bone part. */
  radial: number;
  /** Rings along a lofted bone part. */
  rings: number;
  /** Points around a thin tube (nerve, lead-like structure). */
  tubeRadial: number;
  /** Rings per 10 mm along a swept tube. */
  tubeRingsPer10mm: number;
  /** Segments for large smooth shells (skin, muscles, peripheral bones). */
  shell: number;
}

export const QUALITY: Record<Quality, QualitySettings> = {
  low: { radial: 10, rings: 6, tubeRadial: 5, tubeRingsPer10mm: 1, shell: 16 },
  medium: { radial: 16, rings: 10, tubeRadial: 8, tubeRingsPer10mm: 2, shell: 28 },
  high: { radial: 24, rings: 14, tubeRadial: 10, tubeRingsPer10mm: 3, shell: 40 },
};
