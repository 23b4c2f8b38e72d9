import data from './data/morphometry.json';
import type { VertebraLevel } from './levels';

/**
 * Per-level measurements (mm, degrees) with their citations live in `data/morphometry.json`.
 * This module gives them types and fills the few fields a level does not carry, from the
 * nearest rule the data itself states (so every generator reads one shape of record).
 */
export interface VertebraMeasurements {
  level: VertebraLevel;
  region: 'cervical' | 'thoracic' | 'lumbar';
  anteriorHeight: number;
  posteriorHeight: number;
  endplateWidth: number;
  endplateDepth: number;
  pedicleWidth: number;
  pedicleHeight: number;
  /** Medial convergence of the pedicle axis from the sagittal plane. */
  pedicleTransverseAngle: number;
  /** Pedicle axis vs endplate plane; + = anterior end tilted cephalad. */
  pedicleSagittalAngle: number;
  canalWidth: number;
  canalDepth: number;
  spinousLength: number;
  /** Angle of the spinous process below the endplate plane; + = pointing caudally. */
  spinousInclination: number;
  transverseSpan: number;
  /** Superior facet orientation in the axial plane from the mid-sagittal plane (0 sagittal, 90 coronal). */
  facetAxialAngle: number;
  /** Superior facet plane from the transverse plane (90 = vertical). */
  facetInclination: number;
  /** Mid-sagittal height of the disc below this vertebra. */
  discBelowHeight: number;
  /** + = ventral (kyphotic) wedging. */
  wedge: number;
}

type Raw = Record<string, unknown>;
const num = (r: Raw, k: string): number | undefined => (typeof r[k] === 'number' ? (r[k] as number) : undefined);

export const morphometry = data as unknown as Record<string, Raw> & {
  sacrum: Raw;
  coccyx: Raw;
  sagittal_alignment: Raw;
  spinal_cord: Raw;
  epidural_ligament_skin: Raw;
  nerve_roots_and_drg: Raw;
};

export function vertebraMeasurements(level: VertebraLevel): VertebraMeasurements {
  const r = morphometry[level];
  if (!r) throw new Error(`No morphometry for level "${level}"`);
  const region = r.region as VertebraMeasurements['region'];
  if (level === 'C1') {
    // The atlas has no body or pedicle: the generators read its own fields; these keep the record whole.
    return {
      level, region,
      anteriorHeight: num(r, 'anterior_arch_height_mm')!, posteriorHeight: num(r, 'posterior_arch_height_mm')!,
      endplateWidth: 0, endplateDepth: 0, pedicleWidth: 0, pedicleHeight: 0,
      pedicleTransverseAngle: 0, pedicleSagittalAngle: 0,
      canalWidth: num(r, 'canal_width_mm')!, canalDepth: num(r, 'canal_depth_mm')!,
      spinousLength: 0, spinousInclination: 0,
      transverseSpan: num(r, 'transverse_process_span_mm')!,
      facetAxialAngle: 90, facetInclination: 0, discBelowHeight: 0, wedge: 0,
    };
  }
  if (level === 'C2') {
    const ha = num(r, 'vb_anterior_height_mm')!;
    return {
      level, region,
      anteriorHeight: ha, posteriorHeight: num(r, 'vb_posterior_height_mm') ?? ha,
      endplateWidth: num(r, 'endplate_inferior_width_mm')!, endplateDepth: num(r, 'endplate_inferior_depth_mm')!,
      pedicleWidth: num(r, 'pedicle_width_mm')!, pedicleHeight: num(r, 'pedicle_height_mm')!,
      pedicleTransverseAngle: num(r, 'pedicle_medial_angle_deg')!, pedicleSagittalAngle: num(r, 'pedicle_superior_angle_deg')!,
      canalWidth: num(r, 'canal_width_lower_mm')!, canalDepth: num(r, 'canal_depth_lower_mm')!,
      spinousLength: num(r, 'spinous_process_length_mm')!, spinousInclination: num(r, 'spinous_process_inclination_deg')!,
      transverseSpan: num(r, 'transverse_process_span_mm')!,
      facetAxialAngle: num(r, 'facet_axial_angle_to_sagittal_deg') ?? 70,
      facetInclination: num(r, 'facet_inclination_to_transverse_deg') ?? 55,
      discBelowHeight: num(r, 'disc_below_height_mm')!, wedge: 0,
    };
  }
  const ha = num(r, 'vb_anterior_height_mm')!;
  const hp = num(r, 'vb_posterior_height_mm')!;
  const depth = num(r, 'endplate_upper_depth_mm')!;
  return {
    level, region,
    anteriorHeight: ha, posteriorHeight: hp,
    endplateWidth: num(r, 'endplate_upper_width_mm')!, endplateDepth: depth,
    pedicleWidth: num(r, 'pedicle_width_mm')!, pedicleHeight: num(r, 'pedicle_height_mm')!,
    pedicleTransverseAngle: num(r, 'pedicle_transverse_angle_deg')!, pedicleSagittalAngle: num(r, 'pedicle_sagittal_angle_deg')!,
    canalWidth: num(r, 'canal_width_mm')!, canalDepth: num(r, 'canal_depth_mm')!,
    spinousLength: num(r, 'spinous_process_length_mm')!, spinousInclination: num(r, 'spinous_process_inclination_deg')!,
    transverseSpan: num(r, 'transverse_process_span_mm')!,
    facetAxialAngle: num(r, 'facet_axial_angle_to_sagittal_deg')!, facetInclination: num(r, 'facet_inclination_to_transverse_deg')!,
    discBelowHeight: num(r, 'disc_below_height_mm')!,
    // The body's own wedge follows from its heights when the table gives none.
    wedge: num(r, 'vb_sagittal_wedge_deg') ?? (Math.atan2(hp - ha, depth) * 180) / Math.PI,
  };
}
