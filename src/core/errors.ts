// Tool errors: the suite could not do its job (bad flag, unreadable spec, unreachable or
// hanging target). They are never findings about the target; findings are data in the results.
// Each code maps to one exit code, so scripts can tell "fix your invocation" from "the target
// failed the contract".

export const EXIT_CODES = {
  conformant: 0,
  nonConformant: 1,
  toolError: 2,
  internalError: 3,
  interrupted: 130,
} as const;

export type SuiteErrorCode =
  | 'USAGE'
  | 'PROFILE_INVALID'
  | 'SPEC_UNREADABLE'
  | 'SPEC_INVALID'
  | 'TARGET_UNREACHABLE'
  | 'TARGET_TIMEOUT'
  | 'TARGET_GARBAGE'
  | 'TARGET_AUTH'
  | 'MOCK_FAILED'
  | 'REPORT_UNWRITABLE'
  | 'BUDGET_EXCEEDED'
  | 'INTERRUPTED'
  | 'RUN_TIMEOUT'
  | 'INTERNAL';

export class SuiteError extends Error {
  readonly code: SuiteErrorCode;

  constructor(code: SuiteErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SuiteError';
    this.code = code;
  }
}

export function isSuiteError(error: unknown): error is SuiteError {
  return error instanceof SuiteError;
}

/** The one line shown to the user: the code, then what was wrong and how to fix it. */
export function formatSuiteError(error: SuiteError): string {
  return `error ${error.code}: ${error.message}`;
}
