import { localize, type LocalizedText } from '../locale';
import type { Instrument, Step, StepMotion } from '../types';
import type { CameraView } from '../views';

export const L = (en: string, es: string): LocalizedText => ({ en, es });

export interface StepInput {
  title: LocalizedText;
  patient: LocalizedText;
  clinician: LocalizedText;
  view: CameraView;
  show?: readonly string[];
  highlight?: readonly string[];
  motion?: StepMotion;
}

export function step(id: string, s: StepInput): Step {
  return {
    id,
    title: s.title,
    patient: s.patient,
    clinician: s.clinician,
    view: s.view,
    show: s.show ?? [],
    highlight: s.highlight ?? [],
    motion: s.motion ?? {},
  };
}

export const INCH = 25.4;
export const needle = (kind: Instrument['kind'], gauge: number, lengthMm: number, label?: LocalizedText): Instrument =>
  label ? { kind, gauge, lengthMm, label } : { kind, gauge, lengthMm };

// Layers and groups used by `show`.
export const SPINE = ['layer:bone', 'layer:disc'] as const;
export const NEURAL = ['layer:dura', 'layer:nerve', 'layer:cord'] as const;

// --- Shared steps --------------------------------------------------------------------------------

export const checkIn = (clinician: LocalizedText, view: CameraView = 'posterior', show: readonly string[] = ['layer:skin']): Step =>
  step('check-in', {
    title: L('Getting ready', 'Preparación'),
    patient: L(
      'You lie on a padded table. A nurse checks your name and the side of your pain. The skin is cleaned with a cold wash. A sterile sheet covers the area.',
      'Usted se acuesta en una camilla acolchada. Una enfermera confirma su nombre y el lado del dolor. Se limpia la piel con un líquido frío. Una sábana estéril cubre la zona.',
    ),
    clinician,
    view,
    show,
  });

export const numbSkin = (clinician: LocalizedText, view: CameraView, show: readonly string[]): Step =>
  step('numb-skin', {
    title: L('Numbing the skin', 'Adormecer la piel'),
    patient: L(
      'The doctor numbs a small spot of skin with a tiny needle. You may feel a pinch and a short sting. After that, the area feels numb.',
      'El médico adormece un pequeño punto de la piel con una aguja muy fina. Puede sentir un pellizco y un ardor breve. Después, la zona se siente dormida.',
    ),
    clinician,
    view,
    show,
    motion: { needle: 0.1 },
  });

export const contrastCheck = (clinician: LocalizedText, view: CameraView, show: readonly string[], highlight: readonly string[]): Step =>
  step('contrast', {
    title: L('Checking with dye', 'Comprobación con contraste'),
    patient: L(
      'A few drops of dye go in. The dye shows up on the X-ray. It tells the doctor the medicine will go to the right place.',
      'Se inyectan unas gotas de contraste. El contraste se ve en los rayos X. Así el médico sabe que el medicamento irá al lugar correcto.',
    ),
    clinician,
    view,
    show,
    highlight,
    motion: { needle: 1, spread: 0.2 },
  });

export const afterwards = (patient: LocalizedText, clinician: LocalizedText, show: readonly string[] = ['layer:skin']): Step =>
  step('afterwards', {
    title: L('Afterwards', 'Después'),
    patient,
    clinician,
    view: 'posterior',
    show,
    motion: { needle: 0, spread: 1 },
  });

/**
 * Whole sentences joined with a space, in every locale of the first part (others fall back to English). Joined
 * when read, not when the catalog is built: in the standalone embed a locale's texts may arrive later (see
 * lateText.ts), and until then the first part has no text in that locale, nor has the joined one.
 */
export function sentences(...parts: readonly LocalizedText[]): LocalizedText {
  const first: LocalizedText = parts[0] ?? { en: '' };
  const out = {};
  for (const locale of Object.keys(first)) {
    Object.defineProperty(out, locale, {
      enumerable: true,
      get: () => (typeof first[locale] === 'string' ? parts.map((p) => localize(p, locale)).join(' ') : undefined),
    });
  }
  return out as LocalizedText;
}
