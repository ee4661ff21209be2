import fc from 'fast-check';

import { maskHeaders } from '../core/mask';
import {
  invalidRequestArbitrary, type RequestArbitraryOptions, validRequestArbitrary,
} from '../generation/requestArbitrary';
import type { ResolvedOptions } from '../options/resolveOptions';
import { findRoles } from '../spec/apiRoles';
import type { ApiModel } from '../spec/model';
import { commandArbitraries } from '../stateful/commands/commandArbitrary';
import { DEFAULTS } from '../options/defaults';
import { bodyText } from './summarise';
import { type SuiteRequest, toOutgoing } from './toOutgoing';

const MAX_BODY_CHARS = 300;
const PLACEHOLDER_TARGET = 'http://<embedded-prism>';

/**
 * What a run would send, without sending anything: for each selected suite and operation,
 * the requests the seed generates (method, URL, masked headers, body). The stateful suite's
 * requests depend on the target's answers, so it shows the command sequences instead.
 */
export function describeDryRun(
  options: ResolvedOptions,
  api: ApiModel,
  operationIds: string[],
): string[] {
  const lines: string[] = [`dry run: nothing is sent; seed ${options.seed}, ` +
    `${options.runs} requests per property`];
  const generation: RequestArbitraryOptions = { components: api.schemas,
    pins: options.profile.pins, fieldRules: options.profile.fieldRules };
  const target = options.target ?? PLACEHOLDER_TARGET;

  for (const suite of options.suites) {
    if (suite === 'stateful') {
      lines.push('', ...describeStateful(options, api, generation));
      continue;
    }
    for (const operation of api.operations.filter((op) => operationIds.includes(op.operationId))) {
      const arbitrary = suiteArbitrary(suite, operation, generation);
      if (!arbitrary) continue;
      lines.push('', `${suite} ${operation.operationId}:`);
      for (const request of fc.sample(arbitrary, { seed: options.seed, numRuns: options.runs })) {
        lines.push(...describeRequest(request, operation.path, target, options));
      }
    }
  }
  return lines;
}

function suiteArbitrary(suite: string, operation: ApiModel['operations'][number],
  generation: RequestArbitraryOptions): fc.Arbitrary<SuiteRequest> | undefined {
  if (suite === 'positive') return validRequestArbitrary(operation, generation);
  if (suite === 'negative') return invalidRequestArbitrary(operation, generation);
  if (!operation.secured) return undefined;
  return validRequestArbitrary(operation, generation)
    .map((request) => ({ ...request, credentials: 'none' as const }));
}

function describeRequest(request: SuiteRequest, template: string, target: string,
  options: ResolvedOptions): string[] {
  const outgoing = toOutgoing(request, template, target, options.profile.headers,
    options.profile.auth !== undefined);
  const headers = maskHeaders(outgoing.headers);
  if (options.profile.auth && !request.credentials) {
    headers.authorization = 'Signature <added when sent>';
  }
  const lines = [`  ${outgoing.method} ${outgoing.url}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`    ${name}: ${value}`);
  if (outgoing.body && outgoing.body.length > 0) {
    lines.push(`    ${bodyText(Buffer.from(outgoing.body), MAX_BODY_CHARS)}`);
  }
  if (request.mutation) lines.push(`    (invalid: ${request.mutation.description})`);
  return lines;
}

function describeStateful(options: ResolvedOptions, api: ApiModel,
  generation: RequestArbitraryOptions): string[] {
  if (!options.profile.stateful) {
    return ['stateful: skipped, the profile says the target keeps no state'];
  }
  const found = findRoles(api);
  if ('missing' in found) return [`stateful: skipped, the document lacks ${found.missing}`];
  const sequences = fc.sample(fc.commands(commandArbitraries(found.roles, generation),
    { maxCommands: DEFAULTS.maxCommands, size: 'medium' }),
  { seed: options.seed, numRuns: Math.min(options.runs, 5) });
  return ['stateful: requests depend on the target\'s answers; the first command sequences:',
    ...sequences.map((sequence) => `  ${[...sequence].map(String).join(', ')}`)];
}
