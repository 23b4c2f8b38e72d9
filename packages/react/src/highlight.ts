import type { PlacementLike } from './types';
import type { StepTrack } from './steps';

/** The structure ids to highlight now: the placement's, plus the step's own where they name real structures. */
export function highlightIds(placement: PlacementLike | undefined, track: StepTrack | undefined, has: (id: string) => boolean): string[] {
  const out = new Set<string>();
  for (const id of placement?.highlight ?? []) if (has(id)) out.add(id);
  for (const id of track?.highlight ?? []) if (has(id)) out.add(id);
  return [...out];
}

/** Layer that a tissue kind belongs to (for the layer toggles). */
export function layerOfKind(kind: string): 'skin' | 'muscle' | 'bone' | 'disc' | 'neural' {
  switch (kind) {
    case 'skin': return 'skin';
    case 'muscle': return 'muscle';
    case 'bone': return 'bone';
    case 'disc': case 'joint': case 'ligament': return 'disc';
    default: return 'neural';
  }
}
