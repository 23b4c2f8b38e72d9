import { DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import type { SpineModel } from '@spine-explainer/anatomy';
import type { OcclusionProbe } from './views';

/** Counts bone surfaces crossed between two world points (the last 10 mm before the target do not count). */
export function boneOcclusion(model: SpineModel): OcclusionProbe {
  // Only for ray tests; never rendered, so it holds no GPU resource.
  const probe = new MeshBasicMaterial({ side: DoubleSide });
  const bones = model.structures.filter((s) => s.kind === 'bone').map((s) => new Mesh(s.geometry, probe));
  const ray = new Raycaster();
  const from = new Vector3();
  const to = new Vector3();
  return (fromWorld, toWorld) => {
    // Back into LPS, where the geometry is: world (X, Y, Z) = LPS (-x, z, y).
    from.set(0 - fromWorld.x, fromWorld.z, fromWorld.y);
    to.set(0 - toWorld.x, toWorld.z, toWorld.y);
    const length = from.distanceTo(to);
    ray.set(from, to.clone().sub(from).normalize());
    ray.far = Math.max(0, length - 10);
    return ray.intersectObjects(bones, false).length;
  };
}
