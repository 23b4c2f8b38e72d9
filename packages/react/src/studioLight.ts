import type { LightCard } from './cardEnvironment';

/** The studio's light cards (world units, aimed at the origin): a soft key from above, two coloured strips, a ring below. */
export const STUDIO_CARDS: readonly LightCard[] = [
  { form: 'rect', intensity: 2.2, color: '#ffffff', position: [0, 6, 4], scale: [10, 4] },
  { form: 'rect', intensity: 0.9, color: '#ffe9d0', position: [-6, 1, 2], scale: [2, 10] },
  { form: 'rect', intensity: 0.7, color: '#d8e6ff', position: [6, 0, -3], scale: [2, 10] },
  { form: 'ring', intensity: 0.5, color: '#ffffff', position: [0, -5, 0], scale: 4 },
];
/** Cube map edge (px) of the studio environment. */
export const STUDIO_RESOLUTION = 64;
/** `scene.environmentIntensity` of the studio environment. */
export const STUDIO_INTENSITY = 0.55;
