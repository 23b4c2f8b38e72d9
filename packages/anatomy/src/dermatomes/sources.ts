/**
 * Published sources for the dermatome bands and the pain patterns. Every region in `table.ts` names one
 * of these keys; tests check that every key resolves here.
 */
export interface Source {
  key: string;
  /** Full reference, Vancouver style. */
  citation: string;
  /** What we take from it. */
  used: string;
  /** DOI, where it was confirmed from the record we read. */
  doi?: string;
}

export const SOURCES = {
  LEE_2008: {
    key: 'LEE_2008',
    citation: 'Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. Clin Anat. 2008;21(5):363–373.',
    used: 'The evidence-based dermatome map (most consistent tactile areas per dorsal root; blank where overlap and variation are large). Primary source for every band.',
  },
  KEEGAN_1948: {
    key: 'KEEGAN_1948',
    citation: 'Keegan JJ, Garrett FD. The segmental distribution of the cutaneous nerves in the limbs of man. Anat Rec. 1948;102(4):409–437.',
    used: 'The classic map (continuous bands from the spine into the limbs). Used only where Lee 2008 leaves a gap that patients commonly describe: the paraspinal origin of L4, L5 and S1 and the lateral-thigh part of L5.',
  },
  DOWNS_2011: {
    key: 'DOWNS_2011',
    citation: 'Downs MB, Laporte C. Conflicting dermatome maps: educational and clinical implications. J Orthop Sports Phys Ther. 2011;41(6):427–434.',
    used: 'Why the maps differ (Keegan and Garrett versus the earlier maps); the reason we label the bands as typical, with overlap.',
  },
  NETTER_LEVELS: {
    key: 'NETTER_LEVELS',
    citation: 'Netter FH. Atlas of Human Anatomy. 7th ed. Elsevier; 2018. Plate 162 "Dermatomes": levels of principal dermatomes (C5 clavicles, T4 nipples, T10 umbilicus, L1 inguinal region).',
    used: 'Anterior trunk anchors: T4 at the nipple line, T10 at the umbilicus, L1 over the inguinal region.',
  },
  FUKUI_1997: {
    key: 'FUKUI_1997',
    citation: 'Fukui S, Ohseto K, Shiotani M, Ohno K, Karasawa H, Naganuma Y. Distribution of referred pain from the lumbar zygapophyseal joints and dorsal rami. Clin J Pain. 1997;13(4):303–307.',
    doi: '10.1097/00002508-199712000-00007',
    used: 'Lumbar facet (L1-2 to L5-S1) and medial branch referral: low back and buttock in most, then trochanter, groin and thigh, rarely below the knee; considerable overlap between levels.',
  },
  COHEN_2007: {
    key: 'COHEN_2007',
    citation: 'Cohen SP, Raja SN. Pathogenesis, diagnosis, and treatment of lumbar zygapophysial (facet) joint pain. Anesthesiology. 2007;106(3):591–614.',
    used: 'Review of lumbar facet referral maps: paraspinal low back pain with buttock and upper posterior thigh referral; referral below the knee is uncommon.',
  },
  DWYER_1990: {
    key: 'DWYER_1990',
    citation: 'Dwyer A, Aprill C, Bogduk N. Cervical zygapophyseal joint pain patterns. I: A study in normal volunteers. Spine. 1990;15(6):453–457.',
    used: 'Cervical facet pain charts C2-3 to C6-7: upper joints to the suboccipital region and back of the head, middle joints to the posterior neck, lower joints to the top of the shoulder and the scapula.',
  },
  COOPER_2007: {
    key: 'COOPER_2007',
    citation: 'Cooper G, Bailey B, Bogduk N. Cervical zygapophysial joint pain maps. Pain Med. 2007;8(4):344–353.',
    used: 'Pain maps from patients with block-confirmed cervical facet pain: posterior neck, suboccipital, upper trapezius/shoulder girdle and scapular regions.',
  },
  FORTIN_1994: {
    key: 'FORTIN_1994',
    citation: 'Fortin JD, Dwyer AP, West S, Pier J. Sacroiliac joint: pain referral maps upon applying a new injection/arthrography technique. Part I: Asymptomatic volunteers. Spine. 1994;19(13):1475–1482.',
    used: 'The SI joint area: about 3 cm wide by 10 cm long, just inferior to the posterior superior iliac spine.',
  },
  SLIPMAN_2000: {
    key: 'SLIPMAN_2000',
    citation: 'Slipman CW, Jackson HB, Lipetz JS, Chan KT, Lenrow D, Vresilovic EJ. Sacroiliac joint pain referral zones. Arch Phys Med Rehabil. 2000;81(3):334–338.',
    used: 'Referral in 50 block-confirmed patients: buttock 94%, lower lumbar region 72%, posterior thigh 48%, leg below the knee 28%, groin 14%, foot 12%.',
  },
  BOGDUK_OCCIPITAL: {
    key: 'BOGDUK_OCCIPITAL',
    citation: 'Bogduk N. The clinical anatomy of the cervical dorsal rami. Spine. 1982;7(4):319–330.',
    used: 'The greater occipital nerve (C2 dorsal ramus) supplies the scalp from the occiput toward the vertex: the area of occipital neuralgia.',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
