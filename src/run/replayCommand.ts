import { shellQuote } from './curl';
import type { RunContext } from './runContext';
import type { SuiteName } from './records';

/** The command that re-runs exactly one generated case of a property. */
export function replayCommand(
  context: RunContext,
  suite: SuiteName,
  operationId: string,
  path: string,
  /** The seed of the chunk the failure came from, when a property was split. */
  seed = context.options.seed,
): string {
  const { options } = context;
  const parts = ['npm run conformance --'];
  if (options.target) parts.push('--target', shellQuote(options.target));
  if (options.profilePath) parts.push('--profile', shellQuote(options.profilePath));
  if (context.specIsCustom) parts.push('--spec', shellQuote(options.specPath));
  parts.push('--suite', suite, '--operation', operationId, '--seed', String(seed));
  if (path) parts.push('--replay-path', shellQuote(path));
  return parts.join(' ');
}
