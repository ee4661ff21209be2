import { EXIT_CODES, formatSuiteError, isSuiteError } from '../core/errors';

const ISSUES_URL = 'https://github.com/oci-functions-conformance/oci-functions-conformance/issues';

/** Prints a tool error as one line (its cause only with --verbose); returns the exit code. */
export function reportError(error: unknown, verbose: boolean): number {
  if (isSuiteError(error)) {
    process.stderr.write(`${formatSuiteError(error)}\n`);
    if (verbose && error.cause) process.stderr.write(`cause: ${String(error.cause)}\n`);
    return EXIT_CODES.toolError;
  }
  process.stderr.write(`internal error: ${(error as Error)?.message ?? String(error)}; ` +
    `this is a bug in the suite, please report it at ${ISSUES_URL}\n`);
  if (verbose) process.stderr.write(`${(error as Error)?.stack}\n`);
  return EXIT_CODES.internalError;
}
