import { changed, type PartContext, type ScenePart } from './part';

/** SceneResources in plain three: theme colours and the see-through mode (x-ray or isolate) applied to the viewer's materials. */
export function createMaterialSync({ materials, invalidate }: PartContext): ScenePart {
  return {
    sync(state, previous) {
      const xray = state.xray || state.isolate;
      if (!changed(state, previous, ['palette']) && previous && xray === (previous.xray || previous.isolate)) return;
      if (state.palette) materials.setPalette(state.palette);
      materials.setXray(xray);
      invalidate();
    },
    dispose() {
      materials.dispose();
    },
  };
}
