import { morphometry } from '../morphometry';

const sa = morphometry.sagittal_alignment as Record<string, number>;

/**
 * Segmental sagittal angle of each motion segment, in degrees, named by its upper vertebra:
 * the rotation from the lower vertebra's superior endplate to this vertebra's superior endplate.
 * + = lordotic (the upper endplate tilts back), − = kyphotic.
 *
 * Totals come from `sagittal_alignment`: lumbar lordosis T12–S1 with its L4–S1 share, a neutral
 * thoracolumbar junction (T10–L2), thoracic kyphosis T4–T12 and cervical lordosis C2–C7. How a
 * regional total is shared between its segments is our choice, weighted toward the apex as the
 * standing radiographs show.
 */
export function segmentalAngles(): Record<string, number> {
  const LL = sa.lumbar_lordosis_T12_S1_standing_deg!; // 49.8
  const L4S1 = sa.lordosis_L4_S1_standing_deg!; // 34.2
  // T4–T12 kyphosis is an `estimate` in the table (40°, the top of the 20–40° normal range). We take
  // the middle of that range so that, with the measured lumbar lordosis and sacral slope, C7 stands
  // over the sacrum (a normal sagittal vertical axis) instead of 80 mm in front of it.
  const [tkLow, tkHigh] = sa.thoracic_kyphosis_normal_range_deg as unknown as [number, number];
  const TK = (tkLow + tkHigh) / 2;
  // The posterior-tangent angle measures the tilt of the body walls, which is what our axes are.
  const CL = sa.cervical_lordosis_C2_C7_posterior_tangent_deg!; // 18.6
  const upperLumbar = LL - L4S1; // shared by L1–L4 segments, thoracolumbar junction neutral
  const angles: Record<string, number> = {
    L5: L4S1 * 0.6, // L5–S1 carries the most
    L4: L4S1 * 0.4,
    L3: upperLumbar * 0.5,
    L2: upperLumbar * 0.3,
    L1: upperLumbar * 0.2,
    T12: 0, // T12–L1, neutral junction
    T11: -1.5,
    T10: -2.5,
  };
  // T4–T12 kyphosis: the rest spread over T4–T5 … T9–T10, with the apex near T7.
  const rest = TK - 4; // T10 and T11 segments already take 4°
  const w: Record<string, number> = { T9: 0.9, T8: 1.1, T7: 1.2, T6: 1.2, T5: 1.0, T4: 0.8 };
  const wsum = Object.values(w).reduce((a, b) => a + b, 0);
  for (const [k, v] of Object.entries(w)) angles[k] = -(rest * v) / wsum;
  // T1–T4: upper thoracic kyphosis (≈10° in standing adults), cervicothoracic junction near neutral.
  angles.T3 = -2.5;
  angles.T2 = -2;
  angles.T1 = -1.5;
  angles.C7 = 1;
  // C2–C7 lordosis over five segments; the lower cervical segments carry slightly more.
  const cw: Record<string, number> = { C6: 1.2, C5: 1.1, C4: 1.0, C3: 0.9, C2: 0.8 };
  const cwsum = Object.values(cw).reduce((a, b) => a + b, 0);
  for (const [k, v] of Object.entries(cw)) angles[k] = (CL * v) / cwsum;
  angles.C1 = 0;
  return angles;
}
