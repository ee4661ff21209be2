import type fc from 'fast-check';

import { checksFor } from '../checks/registry';
import type { CheckContext } from '../checks/types';
import { formatSuiteError } from '../core/errors';
import { DEFAULTS } from '../options/defaults';
import { loadSpec } from '../spec/loadSpec';
import type { ApiModel, OperationModel } from '../spec/model';
import type { Transport } from '../transport/types';
import type { CheckResultRecord, SuiteName } from './records';
import { recordResult } from './resultSink';
import { readRunContext, type RunContext } from './runContext';
import { replayCommand } from './replayCommand';
import { runProperty } from './runProperty';
import { createdResourceTracker } from './trackCreated';
import { createTargetTransport } from './targetTransport';
import type { SuiteRequest } from './toOutgoing';

/** The requests a suite sends for an operation, or why it sends none. */
export type ArbitraryFactory = (operation: OperationModel, api: ApiModel, context: RunContext)
  => fc.Arbitrary<SuiteRequest> | { skip: string };

interface Shared {
  api: ApiModel;
  transport: Transport;
}

/**
 * Declares one jest test per operation for a stateless suite: each runs a fast-check property
 * over the requests `makeArbitrary` generates and records one result per check. Tests run
 * concurrently (up to --concurrency) since the requests of a stateless suite are independent.
 */
export function defineConformanceSuite(suite: SuiteName, makeArbitrary: ArbitraryFactory): void {
  const context = readRunContext();
  const checks = checksFor(suite);
  let shared: Promise<Shared> | undefined;
  const getShared = () => shared ??= (async () => ({
    api: await loadSpec(context.options.specPath),
    transport: createTargetTransport(context.options.profile, context.options.concurrency * 2),
  }))();

  afterAll(async () => {
    if (shared) await (await shared).transport.close();
  });

  if (!context.suites.includes(suite)) {
    test.skip(`${suite} suite not selected`, () => undefined);
    return;
  }

  for (const operationId of context.operationIds) {
    test.concurrent(`${suite} ${operationId} [seed ${context.options.seed}]`, async () => {
      const { api, transport } = await getShared();
      const operation = api.operations.find((op) => op.operationId === operationId)!;
      const checkContext: CheckContext = { api,
        options: { acceptedRefusals: [...DEFAULTS.acceptedRefusals] } };

      const arbitrary = makeArbitrary(operation, api, context);
      if ('skip' in arbitrary) {
        for (const check of checks) {
          recordResult(context.runDir, { type: 'check', check: check.id, level: check.level,
            suite, operationId, status: 'skipped', exchanges: 0, message: arbitrary.skip });
        }
        return;
      }

      const result = await runProperty({
        suite, operation, arbitrary, checks, checkContext, transport,
        targetUrl: context.targetUrl,
        profileHeaders: context.options.profile.headers,
        signed: context.options.profile.auth !== undefined,
        seed: context.options.seed,
        runs: context.options.runs,
        replayPath: context.options.replayPath,
        replayCommand: (path) => replayCommand(context, suite, operationId, path),
        onExchange: context.options.profile.stateful
          ? createdResourceTracker(api, context.runDir) : undefined,
      });

      for (const record of result.checks) recordResult(context.runDir, record);
      recordResult(context.runDir, result.stats);
      if (result.toolError) {
        recordResult(context.runDir, { type: 'toolError', code: result.toolError.code,
          message: result.toolError.message, suite, operationId });
        throw new Error(formatSuiteError(result.toolError));
      }
      throwOnMustFailure(result.checks);
    }, DEFAULTS.propertyTimeoutMs);
  }
}

// Failing the jest test too keeps jest's own view (and --bail, shards) consistent with ours.
function throwOnMustFailure(records: CheckResultRecord[]): void {
  const failures = records.filter((r) => r.status === 'failed' && r.level === 'MUST');
  if (failures.length > 0) throw new Error(failures.map((r) => r.message).join('\n\n'));
}
