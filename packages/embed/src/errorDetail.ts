// How a viewer's error becomes the element's `error` event: the public code, and the attribute it concerns.
import type { ErrorDetail, SpineExplainerErrorCode } from './types';

export function errorCode(code: string | undefined): SpineExplainerErrorCode {
  switch (code) {
    case 'unknown-procedure':
    case 'invalid-option':
    case 'placement':
    case 'webgl':
      return code;
    default:
      return 'internal';
  }
}

/** `unknown-procedure` → `procedure`; `Unknown level "L9" for …` → `level`, so the event can name the attribute. */
export function errorAttribute(error: { code?: string; message: string }): ErrorDetail['attribute'] {
  if (error.code === 'unknown-procedure') return 'procedure';
  const m = /^Unknown (level|side|site) "/.exec(error.message);
  return m ? (m[1] as 'level' | 'side' | 'site') : undefined;
}
