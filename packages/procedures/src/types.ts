import type { CameraView } from './views';
import type { LocalizedText } from './locale';

/** A point in the DICOM patient frame LPS, millimetres: +x left, +y posterior, +z superior. */
export type Vec3 = [number, number, number];

export type Side = 'left' | 'right';
export type SideOption = Side | 'bilateral';
export type Category = 'nerve-block' | 'injection' | 'stimulation';
export type Purpose = 'diagnostic' | 'therapeutic' | 'both';
export type Imaging = 'fluoroscopy' | 'ultrasound' | 'landmark' | 'ct';
export type PatientPosition = 'prone' | 'supine' | 'sitting' | 'lateral-decubitus';
export type NeedleKind = 'spinal' | 'tuohy' | 'hypodermic' | 'radiofrequency';
export type DeviceKind = 'trial-generator' | 'implanted-generator' | 'remote';

/**
 * What the scene shows at the END of a step. The renderer tweens from the previous step's state
 * (the state before step 0 is all zeros, no devices, no pulses). A progress left out carries over
 * from the previous step; `pulses` left out means off, `devices` left out means none.
 */
export interface StepMotion {
  /** Needle progress from the skin entry (0) to the target (1). */
  needle?: number;
  /** Injectate spread from none (0) to the full volume (1). */
  spread?: number;
  /** Lead advance from the epidural entry (0) to the tip level (1). */
  lead?: number;
  /** Radiofrequency lesion from none (0) to complete (1). */
  lesion?: number;
  /** Stimulation pulses running along the lead. */
  pulses?: boolean;
  /** Devices visible in this step. */
  devices?: readonly DeviceKind[];
}

export interface Step {
  /** Stable within the procedure, kebab-case (`numb-skin`). */
  id: string;
  title: LocalizedText;
  /** Plain words for patients: short sentences, about a 6th-grade reading level. */
  patient: LocalizedText;
  /** Precise wording for physicians, with figures and their source keys in brackets. */
  clinician: LocalizedText;
  view: CameraView;
  /**
   * Structure ids, group ids (`vertebra-{upper}`) or layers (`layer:bone`) to show. Ids may hold
   * placeholders — see `resolveIds`.
   */
  show: readonly string[];
  /** Structure ids to highlight (placeholders allowed). */
  highlight: readonly string[];
  motion: StepMotion;
}

export interface Instrument {
  kind: NeedleKind;
  /** Gauge (G). */
  gauge: number;
  lengthMm: number;
  /** What the instrument is used for, when a procedure has several. */
  label?: LocalizedText;
}

export interface SpreadSpec {
  /** Structure the injectate spreads in (placeholders allowed). */
  structure: string;
  /** Volume per target (per needle), mL. */
  volumeMl: number;
  /** Source keys of `clinical/procedures.md` for the figure. */
  source: string;
  /** Applies only at these levels (e.g. cervical volumes differ); all levels when absent. */
  levels?: readonly string[];
  /** Applies only at these sites; all sites when absent. */
  sites?: readonly string[];
}

export interface Procedure {
  id: string;
  category: Category;
  name: LocalizedText;
  /** One sentence for patients. */
  summary: LocalizedText;
  /** Allowed levels or interspaces ('L4-L5', 'C7-T1', 'L5'…); [] when not level-based. */
  levels: readonly string[];
  defaultLevel?: string;
  /** Other choices: the muscle of a trigger point, a joint or approach; [] when none. */
  sites: readonly string[];
  defaultSite?: string;
  /** Allowed sides; [] for midline procedures. */
  sides: readonly SideOption[];
  defaultSide?: SideOption;
  position: PatientPosition;
  positionNote: LocalizedText;
  /** Guidance, preferred first. */
  imaging: readonly Imaging[];
  /** The standard views, in the order they are used. */
  views: readonly CameraView[];
  instruments: readonly Instrument[];
  medication: LocalizedText;
  purpose: Purpose;
  /** How long the procedure takes. */
  duration: LocalizedText;
  /** How long relief lasts and what recovery looks like. */
  recovery: LocalizedText;
  /** The key structure to keep clear of, in words. */
  safety: LocalizedText;
  /** The structure the needle tip (or lead tip) is aimed at (placeholders allowed). */
  targetStructure: string;
  /** Where the target structure depends on the level or site, the template per value. */
  targetBy?: { readonly level?: Readonly<Record<string, string>>; readonly site?: Readonly<Record<string, string>> };
  spread: readonly SpreadSpec[];
  /** Source keys of `clinical/procedures.md`. */
  sources: readonly string[];
  steps: readonly Step[];
}

export interface PlacementNeedle {
  id: string;
  kind: NeedleKind;
  entry: Vec3;
  target: Vec3;
  targetStructure: string;
  gauge: number;
  lengthMm: number;
  /** Angle in degrees between the standard trajectory of the approach and the one used (0 = standard). */
  deviationDeg: number;
}

export interface PlacementLead {
  id: string;
  /** From the epidural entry point to the tip, points ≤ 5 mm apart. */
  path: Vec3[];
  contacts: number;
  tipStructure: string;
}

export interface PlacementExtension {
  id: string;
  /** Subcutaneous route from the lead anchor to the generator, points ≤ 5 mm apart. */
  path: Vec3[];
}

export interface PlacementDevice {
  id: string;
  kind: DeviceKind;
  position: Vec3;
}

export interface Placement {
  procedureId: string;
  level?: string;
  side?: SideOption;
  site?: string;
  needles: PlacementNeedle[];
  leads: PlacementLead[];
  /** Extension cables (permanent SCS); [] otherwise. */
  extensions: PlacementExtension[];
  devices: PlacementDevice[];
  /** Concrete structure ids. */
  highlight: string[];
  spread: { structure: string; volumeMl: number }[];
}

export interface PlacementOptions {
  level?: string;
  side?: string;
  site?: string;
}
