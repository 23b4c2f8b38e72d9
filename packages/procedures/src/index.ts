export { procedures, getProcedure, PROCEDURE_IDS } from './catalog/index';
export { TRIGGER_MUSCLES } from './catalog/injections';
export { SCS_TIP_LEVELS } from './catalog/stimulation';
export { ProcedureError, type ProcedureErrorCode } from './errors';
export { LOCALES, LOCALE_CODE, localize, format, type LocaleCode, type LocalizedText, type BuiltInLocale } from './locale';
export { CAMERA_VIEWS, ANATOMICAL_VIEWS, FLUORO_VIEWS, isFluoroView, type CameraView } from './views';
export { UI_STRINGS, uiText, mergeUiStrings, type UiMessageId, type UiStrings } from './ui-strings';
export {
  validateCatalog, catalogSchema, formatPath, CATEGORIES, PURPOSES, IMAGING, POSITIONS, NEEDLE_KINDS, DEVICE_KINDS,
  SIDE_OPTIONS, LAYERS, ID_PLACEHOLDERS, type CatalogIssue, type ValidationResult,
} from './schema';
export { resolveOptions, resolveIds, targetTemplate, spreadSpecs, isInterspace, levelAbove, levelBelow, GENICULAR_SITES, type ResolvedOptions } from './options';
export { procedureText, procedureLocales, extractMessages, type ProcedureText, type StepText } from './text';
export { applyMessages } from './messages';
export { resolvePlacement, resolveStep } from './placement/resolvePlacement';
export type {
  Vec3, Side, SideOption, Category, Purpose, Imaging, PatientPosition, NeedleKind, DeviceKind, StepMotion, Step,
  Instrument, SpreadSpec, Procedure, Placement, PlacementNeedle, PlacementLead, PlacementExtension, PlacementDevice,
  PlacementOptions,
} from './types';
