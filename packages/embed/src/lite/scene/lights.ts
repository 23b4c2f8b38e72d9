import { DirectionalLight, Group, HemisphereLight } from 'three';
import type { ScenePart } from './part';

/**
 * SpineLights in plain three. With the code-built environment (environment.ts) the hemisphere is softer; without
 * it (software WebGL, where sampling it costs seconds per frame) a fill light from below stands in for it.
 */
export function createLights(withEnvironment: boolean): ScenePart {
  const object = new Group();
  object.name = 'sx-lights';
  const hemisphere = new HemisphereLight('#fff8ee', '#5a6270', withEnvironment ? 0.9 : 1.25);
  const fill = new DirectionalLight('#ffffff', 0.35);
  fill.position.set(0, -200, 300);
  fill.visible = !withEnvironment;
  const key = new DirectionalLight('#fff4e6', 1.5);
  key.position.set(-250, 420, 520);
  const rim = new DirectionalLight('#dde8ff', 0.55);
  rim.position.set(320, 120, -380);
  object.add(hemisphere, fill, key, rim);
  return {
    object,
    sync(state) {
      // Fluoroscopy draws with its own unlit shader: no lights, as in the R3F scene.
      object.visible = state.mode !== 'fluoro';
    },
    dispose() {
      for (const light of [hemisphere, fill, key, rim]) light.dispose();
    },
  };
}
