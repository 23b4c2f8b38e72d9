/**
 * Named camera views. Anatomical views look at the patient from a side; fluoroscopy views are what
 * the C-arm shows (the scene renders them as an X-ray-like projection from that direction).
 *
 * - `posterior`, `anterior`: from behind / in front.
 * - `lateral`: from the side of the procedure (left for a left-sided one).
 * - `oblique-left`, `oblique-right`: ~35° between posterior and that side.
 * - `close-up`: frames the target structure tightly.
 * - `AP`: fluoroscopic antero-posterior (patient prone, beam through the back).
 * - `fluoro-lateral`: fluoroscopic lateral.
 * - `fluoro-oblique`: fluoroscopic ipsilateral oblique (the "Scotty dog" / trajectory view).
 */
export const ANATOMICAL_VIEWS = ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'anterior', 'close-up'] as const;
export const FLUORO_VIEWS = ['AP', 'fluoro-lateral', 'fluoro-oblique'] as const;
export const CAMERA_VIEWS = [...ANATOMICAL_VIEWS, ...FLUORO_VIEWS] as const;
export type CameraView = (typeof CAMERA_VIEWS)[number];

export function isFluoroView(view: CameraView): boolean {
  return (FLUORO_VIEWS as readonly string[]).includes(view);
}
