export type ProcedureErrorCode =
  | 'unknown-procedure'
  | 'bad-level'
  | 'bad-side'
  | 'bad-site'
  | 'bad-option'
  | 'missing-anatomy'
  | 'no-clear-path';

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** Lists allowed values for a message: `a, b, c` or `(none)`. */
export function listAllowed(values: readonly string[]): string {
  return values.length ? values.join(', ') : '(none)';
}

/**
 * Thrown for an unknown procedure, a level, side or site the procedure does not allow, or a model
 * that lacks what a placement needs. The message names the bad value and lists the allowed ones.
 */
export class ProcedureError extends Error {
  override readonly name = 'ProcedureError';
  readonly code: ProcedureErrorCode;
  /** The value that was rejected. */
  readonly value: unknown;
  /** What would have been accepted. */
  readonly allowed: readonly string[];

  constructor(code: ProcedureErrorCode, message: string, value: unknown, allowed: readonly string[] = []) {
    super(message);
    this.code = code;
    this.value = value;
    this.allowed = allowed;
  }

  static unknownProcedure(id: unknown, allowed: readonly string[]): ProcedureError {
    return new ProcedureError(
      'unknown-procedure',
      `Unknown procedure ${quote(id)}; expected one of: ${listAllowed(allowed)}.`,
      id,
      allowed,
    );
  }

  static badOption(
    what: 'level' | 'side' | 'site',
    procedureId: string,
    value: unknown,
    allowed: readonly string[],
  ): ProcedureError {
    const none = allowed.length === 0;
    const msg = none
      ? `${cap(what)} ${quote(value)} is not allowed for ${procedureId}: it takes no ${what} (allowed: (none)).`
      : `${cap(what)} ${quote(value)} is not allowed for ${procedureId}; allowed ${what}s: ${listAllowed(allowed)}.`;
    return new ProcedureError(`bad-${what}` as ProcedureErrorCode, msg, value, allowed);
  }
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
