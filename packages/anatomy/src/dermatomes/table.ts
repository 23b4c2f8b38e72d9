import type { Region } from './regions';
import type { SourceKey } from './sources';

export interface Dermatome {
  /** Dorsal root, e.g. `L5`. */
  root: string;
  /** Plain words for patients: where the band runs on the part of the body the model shows. */
  description: string;
  /** Where the band continues beyond the skin the model shows (hand, forearm, foot), or undefined. */
  continues?: string;
  regions: readonly Region[];
  sources: readonly SourceKey[];
}

export type PainPatternId =
  | 'lumbar-facet' | 'cervical-facet' | 'sacroiliac' | 'occipital'
  | 'radicular-C5' | 'radicular-C6' | 'radicular-C7' | 'radicular-C8'
  | 'radicular-L3' | 'radicular-L4' | 'radicular-L5' | 'radicular-S1';

export interface PainPattern {
  id: PainPatternId;
  kind: 'referred' | 'radicular' | 'neuralgia';
  name: string;
  description: string;
  continues?: string;
  /** For a radicular pattern: the root whose dermatome it follows. */
  root?: string;
  regions: readonly Region[];
  sources: readonly SourceKey[];
}

// ---- Trunk bands T2 … L1 -------------------------------------------------------------------------------
// Anterior midline: band n (T2 = 2 … L1 = 13) is centred on a path through the published anchors:
// T4 at the nipple line, T6 at the xiphoid, T10 at the umbilicus, L1 over the inguinal region (NETTER_LEVELS,
// consistent with LEE_2008). Posterior midline: band n lies at the spinous process of its own segment
// (the dorsal ramus of Tn reaches the skin at about the level of the Tn spinous process; LEE_2008).
const FRONT_PATH: [number, string][] = [[1.5, 'notch'], [4, 'nipple'], [6, 'xiphoid'], [10, 'umbilicus'], [13, 'inguinal'], [14, 'inguinal-45']];
function frontAt(n: number): string {
  for (let i = 0; i < FRONT_PATH.length - 1; i++) {
    const [a, ea] = FRONT_PATH[i]!, [b, eb] = FRONT_PATH[i + 1]!;
    if (n >= a && n <= b) return n === a ? ea : n === b ? eb : `${ea}~${eb}@${((n - a) / (b - a)).toFixed(4)}`;
  }
  throw new Error(`front path has no band ${n}`);
}
const SEG = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2'];
const seg = (n: number) => SEG[n - 1]!;
function trunkBand(n: number): Region {
  return {
    on: 'trunk',
    front: [frontAt(n + 0.5), frontAt(n - 0.5)],
    back: [`sp:${seg(n)}~sp:${seg(n + 1)}`, `sp:${seg(n - 1)}~sp:${seg(n)}`],
    source: 'LEE_2008',
  };
}

const ARM_NOTE = 'our skin shows the upper arm to the elbow';
const LEG_NOTE = 'our skin ends about 20 cm below the knee';

export const DERMATOMES: readonly Dermatome[] = [
  {
    root: 'C2', description: 'The back of the head up toward the crown, and the upper neck behind the jaw.',
    regions: [
      { on: 'trunk', front: ['occiput-25', 'vertex-30'], back: ['occiput-25', 'vertex-30'], phi: [105, 180], source: 'LEE_2008' },
      { on: 'trunk', front: ['vb:C2+10', 'occiput-10'], back: ['vb:C2+10', 'occiput-10'], phi: [60, 180], source: 'LEE_2008' },
    ],
    sources: ['LEE_2008'],
  },
  {
    root: 'C3', description: 'A collar around the middle of the neck.',
    regions: [{ on: 'trunk', front: ['vb:C4', 'vb:C2+10'], back: ['vb:C4+10', 'vb:C2+10'], source: 'LEE_2008' }],
    sources: ['LEE_2008'],
  },
  {
    root: 'C4', description: 'The base of the neck and a cape over the top of the shoulders, down to the collarbones.',
    regions: [{ on: 'trunk', front: ['notch', 'vb:C4'], back: ['sp:T1~sp:T2', 'vb:C4+10'], source: 'LEE_2008' }],
    sources: ['LEE_2008'],
  },
  {
    root: 'C5', description: 'The outer side of the upper arm over the deltoid (the "badge" area).',
    regions: [{ on: 'arm', s: [0.05, 0.7], theta: [25, 160], source: 'LEE_2008' }],
    sources: ['LEE_2008'],
  },
  {
    root: 'C6', description: 'The outer (thumb) side of the lower upper arm and the elbow.',
    continues: `continues down the outer forearm to the thumb (${ARM_NOTE})`,
    regions: [{ on: 'arm', s: [0.55, 1.15], theta: [-15, 105], source: 'LEE_2008' }],
    sources: ['LEE_2008'],
  },
  {
    root: 'C7', description: 'The back of the arm just above the elbow.',
    continues: `continues down the back of the forearm to the middle finger (${ARM_NOTE})`,
    regions: [{ on: 'arm', s: [0.62, 1.15], theta: [105, -165], source: 'LEE_2008' }],
    sources: ['LEE_2008'],
  },
  {
    root: 'C8', description: 'The inner back of the arm at the elbow.',
    continues: `continues down the little-finger side of the forearm and hand (${ARM_NOTE})`,
    regions: [{ on: 'arm', s: [0.75, 1.15], theta: [-170, -105], source: 'LEE_2008' }],
    sources: ['LEE_2008'],
  },
  {
    root: 'T1', description: 'The inner side of the arm above the elbow.',
    continues: `continues down the inner forearm (${ARM_NOTE})`,
    regions: [{ on: 'arm', s: [0.55, 1.15], theta: [-110, -35], source: 'LEE_2008' }],
    sources: ['LEE_2008'],
  },
  {
    root: 'T2', description: 'A band across the upper chest and upper back, and the inner upper arm and armpit.',
    regions: [trunkBand(2), { on: 'arm', s: [0.08, 0.6], theta: [-145, -35], source: 'LEE_2008' }],
    sources: ['LEE_2008', 'NETTER_LEVELS'],
  },
  ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n): Dermatome => ({
    root: `T${n}`,
    description: {
      3: 'A band around the chest below the collarbones, and the back between the shoulder blades.',
      4: 'A band around the chest at the nipple line.',
      5: 'A band around the chest just below the nipples.',
      6: 'A band around the lower chest at the bottom of the breastbone.',
      7: 'A band around the body along the lower ribs.',
      8: 'A band around the upper abdomen.',
      9: 'A band around the abdomen above the navel.',
      10: 'A band around the body at the navel (umbilicus).',
      11: 'A band around the lower abdomen and the back below the ribs.',
      12: 'A band just above the groin, around to the lower back.',
    }[n]!,
    regions: [trunkBand(n)],
    sources: ['LEE_2008', 'NETTER_LEVELS'],
  })),
  {
    root: 'L1', description: 'The groin and the top of the inner thigh, around to the lower back.',
    regions: [trunkBand(13), { on: 'leg', f: [-0.15, 0.18], theta: [-140, 15], source: 'LEE_2008' }],
    sources: ['LEE_2008', 'NETTER_LEVELS'],
  },
  {
    root: 'L2', description: 'The front of the upper thigh, and the lower back above the hip bone.',
    regions: [
      { on: 'trunk', front: ['inguinal-40', 'inguinal-10'], back: ['sp:L2~sp:L3', 'sp:L1~sp:L2'], phi: [80, 180], source: 'LEE_2008' },
      { on: 'leg', f: [0.1, 0.55], theta: [-70, 80], source: 'LEE_2008' },
    ],
    sources: ['LEE_2008'],
  },
  {
    root: 'L3', description: 'The front and inner side of the lower thigh down to the inner knee.',
    regions: [
      { on: 'trunk', front: ['inguinal-70', 'inguinal-40'], back: ['sp:L3~sp:L4', 'sp:L2~sp:L3'], phi: [100, 180], source: 'LEE_2008' },
      { on: 'leg', f: [0.5, 1.02], theta: [-125, 35], source: 'LEE_2008' },
    ],
    sources: ['LEE_2008'],
  },
  {
    root: 'L4', description: 'The inner side of the knee and the inner shin.',
    continues: `continues down the inner shin to the inner ankle (${LEG_NOTE})`,
    regions: [
      { on: 'leg', f: [0.97, 1.7], theta: [-160, -10], source: 'LEE_2008' },
      { on: 'trunk', front: ['sp:L4~sp:L5', 'sp:L3~sp:L4'], back: ['sp:L4~sp:L5', 'sp:L3~sp:L4'], phi: [145, 180], source: 'KEEGAN_1948', note: 'paraspinal origin of the band (Keegan and Garrett); Lee 2008 leaves it blank' },
    ],
    sources: ['LEE_2008', 'KEEGAN_1948'],
  },
  {
    root: 'L5', description: 'The outer side of the leg below the knee and the front of the shin.',
    continues: `continues down the outer shin to the top of the foot and the big toe (${LEG_NOTE})`,
    regions: [
      { on: 'leg', f: [0.98, 1.7], theta: [-10, 115], source: 'LEE_2008' },
      { on: 'leg', f: [0.4, 1.0], theta: [70, 118], weight: 0.85, source: 'KEEGAN_1948', note: 'lateral thigh strip of the classic map' },
      { on: 'trunk', front: ['sp:L5-15', 'sp:L4~sp:L5'], back: ['sp:L5-15', 'sp:L4~sp:L5'], phi: [145, 180], source: 'KEEGAN_1948', note: 'paraspinal origin of the band' },
    ],
    sources: ['LEE_2008', 'KEEGAN_1948'],
  },
  {
    root: 'S1', description: 'The back and outer back of the calf.',
    continues: `continues to the heel, the outer edge of the foot and the little toe (${LEG_NOTE})`,
    regions: [
      { on: 'leg', f: [1.0, 1.7], theta: [112, -160], source: 'LEE_2008' },
      { on: 'trunk', front: ['sacral-hiatus+45', 'sp:L5-15'], back: ['sacral-hiatus+45', 'sp:L5-15'], phi: [150, 180], x: [8, 60], source: 'KEEGAN_1948', note: 'paramedian sacral origin of the band' },
    ],
    sources: ['LEE_2008', 'KEEGAN_1948'],
  },
  {
    root: 'S2', description: 'A strip down the middle of the back of the thigh from the buttock crease to the back of the knee.',
    regions: [
      { on: 'leg', f: [-0.02, 1.1], theta: [156, -156], source: 'LEE_2008' },
      { on: 'leg', f: [-0.22, 0.04], theta: [-178, -128], buttock: true, weight: 0.9, source: 'LEE_2008', note: 'lower inner buttock' },
    ],
    sources: ['LEE_2008'],
  },
];

export const DERMATOME_ROOTS: readonly string[] = DERMATOMES.map((d) => d.root);

const radicular = (root: string): PainPattern => {
  const d = DERMATOMES.find((x) => x.root === root)!;
  return {
    id: `radicular-${root}` as PainPatternId, kind: 'radicular', root,
    name: `${root} radicular pain`,
    description: `Pain that shoots along the ${root} nerve's band of skin: ${d.description.charAt(0).toLowerCase()}${d.description.slice(1)} It follows the dermatome only roughly; bands overlap.`,
    continues: d.continues,
    regions: d.regions, sources: d.sources,
  };
};

export const PAIN_PATTERNS: readonly PainPattern[] = [
  {
    id: 'lumbar-facet', kind: 'referred', name: 'Lumbar facet joint pain',
    description: 'An ache in the low back on one or both sides of the spine, often spreading into the buttock and sometimes the back or outside of the upper thigh; it seldom goes below the knee.',
    regions: [
      { on: 'trunk', front: ['sacral-hiatus+20', 'sp:L1'], back: ['sacral-hiatus+20', 'sp:L1'], phi: [128, 180], source: 'FUKUI_1997' },
      { on: 'leg', f: [-0.4, 0.15], theta: [95, -130], buttock: true, weight: 0.8, source: 'FUKUI_1997', note: 'buttock and trochanter' },
      { on: 'leg', f: [0.05, 0.5], theta: [90, -150], weight: 0.45, source: 'COHEN_2007', note: 'back and outside of the upper thigh, less often' },
    ],
    sources: ['FUKUI_1997', 'COHEN_2007'],
  },
  {
    id: 'cervical-facet', kind: 'referred', name: 'Cervical facet joint pain',
    description: 'An ache at the back of the neck on one side, spreading up to the base of the skull or down over the top of the shoulder and the shoulder blade, depending on the joint.',
    regions: [
      { on: 'trunk', front: ['vb:C7', 'occiput+10'], back: ['vb:C7', 'occiput+10'], phi: [110, 180], source: 'DWYER_1990' },
      { on: 'trunk', front: ['notch+10', 'vb:C5'], back: ['sp:T1', 'vb:C5'], phi: [60, 180], weight: 0.8, source: 'COOPER_2007', note: 'top of the shoulder (C4-5, C5-6)' },
      { on: 'trunk', front: ['sp:T6', 'sp:T1'], back: ['sp:T6', 'sp:T1'], phi: [125, 180], x: [15, 120], weight: 0.6, source: 'COOPER_2007', note: 'over the shoulder blade (C6-7)' },
    ],
    sources: ['DWYER_1990', 'COOPER_2007'],
  },
  {
    id: 'sacroiliac', kind: 'referred', name: 'Sacroiliac joint pain',
    description: 'Pain in the buttock just below the dimple at the back of the pelvis (below the PSIS), often with low back pain and sometimes down the back of the thigh; less often below the knee or into the groin.',
    regions: [
      { on: 'trunk', front: ['si-inferior-75', 'si-inferior+30'], back: ['si-inferior-75', 'si-inferior+30'], phi: [120, 180], x: [18, 62], source: 'FORTIN_1994', note: 'Fortin area: about 3 × 10 cm below the PSIS' },
      { on: 'leg', f: [-0.45, 0.1], theta: [110, -120], buttock: true, weight: 0.75, source: 'SLIPMAN_2000', note: 'buttock 94%' },
      { on: 'trunk', front: ['si-inferior+20', 'sp:L4'], back: ['si-inferior+20', 'sp:L4'], phi: [140, 180], x: [0, 75], weight: 0.55, source: 'SLIPMAN_2000', note: 'lower lumbar region 72%' },
      { on: 'leg', f: [0.05, 1.0], theta: [130, -130], weight: 0.4, source: 'SLIPMAN_2000', note: 'posterior thigh 48%' },
      { on: 'leg', f: [1.0, 1.7], theta: [60, -170], weight: 0.22, source: 'SLIPMAN_2000', note: 'leg below the knee 28%' },
    ],
    sources: ['FORTIN_1994', 'SLIPMAN_2000'],
  },
  {
    id: 'occipital', kind: 'neuralgia', name: 'Occipital neuralgia',
    description: 'Shooting or aching pain from the base of the skull up over the back of the head on one side, toward the crown.',
    regions: [{ on: 'trunk', front: ['occiput-20', 'vertex-20'], back: ['occiput-20', 'vertex-20'], phi: [120, 180], x: [8, 70], source: 'BOGDUK_OCCIPITAL' }],
    sources: ['BOGDUK_OCCIPITAL', 'LEE_2008'],
  },
  ...(['C5', 'C6', 'C7', 'C8', 'L3', 'L4', 'L5', 'S1'] as const).map(radicular),
];
