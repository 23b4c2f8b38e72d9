import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import type { SmoothPath } from './centripetalPath';

/**
 * The geometry `new TubeGeometry(path, tubularSegments, radius, radialSegments, false)` builds, vertex for vertex,
 * without its UVs (no material here samples a texture) and without three's TubeGeometry class, whose JSON loader
 * imports every curve type of three (1.7 KiB gzip in the embed for nothing). Indices run along the path, ring by
 * ring, so a draw range of `rings * radialSegments * 6` shows the tube up to a point.
 */
export function tubeGeometry(path: SmoothPath, tubularSegments: number, radius: number, radialSegments: number): BufferGeometry {
  const frames = path.computeFrenetFrames(tubularSegments);
  const ring = radialSegments + 1;
  const positions = new Float32Array((tubularSegments + 1) * ring * 3);
  const normals = new Float32Array(positions.length);
  const p = new Vector3();
  const n = new Vector3();
  let k = 0;
  for (let i = 0; i <= tubularSegments; i++) {
    // Evenly spaced along the arc length, as TubeGeometry samples.
    path.getPointAt(i / tubularSegments, p);
    const N = frames.normals[i]!;
    const B = frames.binormals[i]!;
    for (let j = 0; j <= radialSegments; j++) {
      const v = (j / radialSegments) * Math.PI * 2;
      const sin = Math.sin(v);
      const cos = -Math.cos(v);
      n.set(cos * N.x + sin * B.x, cos * N.y + sin * B.y, cos * N.z + sin * B.z).normalize();
      normals[k] = n.x;
      normals[k + 1] = n.y;
      normals[k + 2] = n.z;
      positions[k] = p.x + radius * n.x;
      positions[k + 1] = p.y + radius * n.y;
      positions[k + 2] = p.z + radius * n.z;
      k += 3;
    }
  }
  const count = tubularSegments * radialSegments * 6;
  const index = (tubularSegments + 1) * ring > 65535 ? new Uint32Array(count) : new Uint16Array(count);
  let m = 0;
  for (let j = 1; j <= tubularSegments; j++) {
    for (let i = 1; i <= radialSegments; i++) {
      const a = ring * (j - 1) + (i - 1);
      const b = ring * j + (i - 1);
      const c = ring * j + i;
      const d = ring * (j - 1) + i;
      index[m++] = a; index[m++] = b; index[m++] = d;
      index[m++] = b; index[m++] = c; index[m++] = d;
    }
  }
  const g = new BufferGeometry();
  g.setIndex(new BufferAttribute(index, 1));
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.setAttribute('normal', new BufferAttribute(normals, 3));
  return g;
}
