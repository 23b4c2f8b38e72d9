import { VERTEBRAE, type VertebraLevel } from '../levels';
import { morphometry, vertebraMeasurements, type VertebraMeasurements } from '../morphometry';
import type { Vec3 } from '../types';
import { segmentalAngles } from './segmentalAngles';

const DEG = Math.PI / 180;

/**
 * The pose of one vertebra in LPS. Its local frame: x = patient left (as LPS), y = posterior,
 * z = superior along the vertebra's own axis (tilted in the sagittal plane by `tilt`).
 */
export interface VertebraPose {
  level: VertebraLevel;
  m: VertebraMeasurements;
  /** Centre of the vertebral body: mid-height, centre of the endplate area. */
  centre: Vec3;
  /** Sagittal tilt of the body axis from vertical in degrees; + = the top leans anteriorly. */
  tilt: number;
  /** Unit vectors of the local frame in LPS. */
  axis: { x: Vec3; y: Vec3; z: Vec3 };
  /** Mean body height (mid-sagittal). */
  height: number;
  /** Superior / inferior endplate centres and their outward normals. */
  superior: { centre: Vec3; normal: Vec3 };
  inferior: { centre: Vec3; normal: Vec3 };
  /** Centre of the bony canal at mid-body height. */
  canalCentre: Vec3;
}

export interface SpineFrame {
  vertebrae: Record<VertebraLevel, VertebraPose>;
  /** The sacrum's S1 superior endplate: centre (the LPS origin) and outward normal. */
  s1: { centre: Vec3; normal: Vec3; tilt: number };
  /** Maps a point given in a vertebra's local frame (mm) to LPS. */
  toWorld(level: VertebraLevel, local: Vec3): Vec3;
  /** Maps a direction given in a vertebra's local frame to LPS. */
  dirToWorld(level: VertebraLevel, local: Vec3): Vec3;
}

/** Unit vector of a sagittal direction tilted `deg` anteriorly from +z. */
export function sagittalNormal(deg: number): Vec3 {
  return [0, -Math.sin(deg * DEG), Math.cos(deg * DEG)];
}

const add = (a: Vec3, b: Vec3, s = 1): Vec3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];

/**
 * Stacks the vertebrae from the S1 endplate upward: each disc and each body is laid along its own
 * axis, and each motion segment turns by its segmental angle. Pure: the same data gives the same frame.
 */
export function computeSpineFrame(): SpineFrame {
  const sacralSlope = (morphometry.sacrum as Record<string, number>).sacral_slope_deg!;
  const angles = segmentalAngles();
  const s1 = { centre: [0, 0, 0] as Vec3, normal: sagittalNormal(sacralSlope), tilt: sacralSlope };

  const poses = {} as Record<VertebraLevel, VertebraPose>;
  let below = { centre: s1.centre, tilt: sacralSlope }; // superior endplate of the level below
  let discHeight = vertebraMeasurements('L5').discBelowHeight;

  for (const level of [...VERTEBRAE].reverse()) {
    const m = vertebraMeasurements(level);
    if (level === 'C1') continue; // placed on C2 below
    const supTilt = below.tilt - (angles[level] ?? 0);
    const wedge = m.wedge;
    const tilt = supTilt - wedge / 2;
    const infTilt = tilt - wedge / 2;
    const discNormal = sagittalNormal((below.tilt + infTilt) / 2);
    const infCentre = add(below.centre, discNormal, discHeight);
    const height = (m.anteriorHeight + m.posteriorHeight) / 2;
    const z = sagittalNormal(tilt);
    const centre = add(infCentre, z, height / 2);
    const supCentre = add(centre, z, height / 2);
    poses[level] = makePose(level, m, centre, tilt, height, supCentre, supTilt, infCentre, infTilt);
    below = { centre: supCentre, tilt: supTilt };
    discHeight = level === 'C2' ? 0 : vertebraMeasurements(VERTEBRAE[VERTEBRAE.indexOf(level) - 1]!).discBelowHeight;
  }

  // C1 sits on the lateral masses of C2: its ring centres on the dens, at the dens's mid-height.
  const c2 = poses.C2;
  const densHeight = (morphometry.C2 as Record<string, number>).dens_height_mm!;
  const c1m = vertebraMeasurements('C1');
  const c1Centre = add(c2.superior.centre, c2.axis.z, densHeight * 0.45);
  poses.C1 = makePose('C1', c1m, c1Centre, c2.tilt, c1m.anteriorHeight,
    add(c1Centre, c2.axis.z, c1m.anteriorHeight / 2), c2.tilt,
    add(c1Centre, c2.axis.z, -c1m.anteriorHeight / 2), c2.tilt);

  const toWorld = (level: VertebraLevel, p: Vec3): Vec3 => {
    const { centre, axis } = poses[level];
    return [
      centre[0] + axis.x[0] * p[0] + axis.y[0] * p[1] + axis.z[0] * p[2],
      centre[1] + axis.x[1] * p[0] + axis.y[1] * p[1] + axis.z[1] * p[2],
      centre[2] + axis.x[2] * p[0] + axis.y[2] * p[1] + axis.z[2] * p[2],
    ];
  };
  const dirToWorld = (level: VertebraLevel, d: Vec3): Vec3 => {
    const { axis } = poses[level];
    return [
      axis.x[0] * d[0] + axis.y[0] * d[1] + axis.z[0] * d[2],
      axis.x[1] * d[0] + axis.y[1] * d[1] + axis.z[1] * d[2],
      axis.x[2] * d[0] + axis.y[2] * d[1] + axis.z[2] * d[2],
    ];
  };
  return { vertebrae: poses, s1, toWorld, dirToWorld };
}

function makePose(
  level: VertebraLevel, m: VertebraMeasurements, centre: Vec3, tilt: number, height: number,
  supCentre: Vec3, supTilt: number, infCentre: Vec3, infTilt: number,
): VertebraPose {
  const z = sagittalNormal(tilt);
  // Posterior axis: +y rotated with the body, perpendicular to z in the sagittal plane.
  const y: Vec3 = [0, Math.cos(tilt * DEG), Math.sin(tilt * DEG)];
  const x: Vec3 = [1, 0, 0];
  // C1's ring sits behind the dens; elsewhere the canal starts at the posterior body wall.
  const canalOffset = level === 'C1'
    ? 5 + m.canalDepth / 2 - 6
    : m.endplateDepth / 2 + m.canalDepth / 2;
  const inf = sagittalNormal(infTilt);
  return {
    level, m, centre, tilt, height,
    axis: { x, y, z },
    superior: { centre: supCentre, normal: sagittalNormal(supTilt) },
    inferior: { centre: infCentre, normal: [-inf[0], -inf[1], -inf[2]] },
    canalCentre: add(centre, y, canalOffset),
  };
}
