import { createSpineModel, type SpineModel } from '@spine-explainer/anatomy';

export type ModelQuality = 'low' | 'medium' | 'high';

export interface SpineModelLease {
  readonly model: SpineModel;
  /** Gives the model back; the last user of a quality disposes it. Calling twice is harmless. */
  release(): void;
}

interface Entry { model: SpineModel; users: number }

/**
 * A deliberate page-wide resource, like the shared renderer: one anatomy model per quality, reference-counted by
 * the viewers and workbench panes using it. The model is read-only once built (viewers merge and highlight copies,
 * state stays per viewer), so eight widgets on a page generate it once instead of eight times.
 */
const models = new Map<ModelQuality, Entry>();

/** The page's model at `quality`, generated on first use. Throws what `createSpineModel` throws. */
export function acquireSpineModel(quality: ModelQuality): SpineModelLease {
  let entry = models.get(quality);
  if (!entry) {
    entry = { model: createSpineModel({ quality }), users: 0 };
    models.set(quality, entry);
  }
  entry.users++;
  const held = entry;
  let released = false;
  return {
    model: held.model,
    release() {
      if (released) return;
      released = true;
      if (--held.users > 0) return;
      if (models.get(quality) === held) models.delete(quality);
      held.model.dispose();
    },
  };
}
