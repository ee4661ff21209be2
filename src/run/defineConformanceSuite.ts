import { DEFAULTS } from '../options/defaults';
import { loadSpec } from '../spec/loadSpec';
import type { SuiteName } from './records';
import { readRunContext } from './runContext';
import {
  type ArbitraryFactory, runStatelessSuite, type SettledOperation, type SuiteTarget,
} from './statelessSuiteRunner';
import { createTargetTransport, runGuard } from './targetTransport';

export type { ArbitraryFactory } from './statelessSuiteRunner';

/**
 * Declares one jest test per operation for a stateless suite: each runs a fast-check property
 * over the requests `makeArbitrary` generates and records one result per check. The
 * properties of a suite are independent, so they all start when its first test does
 * (runStatelessSuite) and each test waits for its own. (jest's test.concurrent is not used:
 * with more tests at once than it expects, it tore the module registry down under requests
 * still in flight.)
 */
export function defineConformanceSuite(suite: SuiteName, makeArbitrary: ArbitraryFactory): void {
  const context = readRunContext();
  let shared: Promise<SuiteTarget> | undefined;
  const getShared = () => shared ??= (async () => ({
    api: await loadSpec(context.options.specPath),
    transport: createTargetTransport(context.options.profile, context.options.concurrency * 2,
      runGuard(context.options.budget, context.runDir)),
  }))();
  let outcomes: Map<string, Promise<SettledOperation>> | undefined;
  const startAll = () => outcomes ??= runStatelessSuite(suite, context, getShared,
    makeArbitrary);

  afterAll(async () => {
    if (shared) await (await shared).transport.close();
  });

  if (!context.suites.includes(suite)) {
    test.skip(`${suite} suite not selected`, () => undefined);
    return;
  }

  for (const operationId of context.operationIds) {
    test(`${suite} ${operationId} [seed ${context.options.seed}]`, async () => {
      const outcome = await startAll().get(operationId)!;
      if (outcome.toolError) throw new Error(outcome.toolError);
      if (outcome.mustFailures.length > 0) {
        throw new Error(outcome.mustFailures.map((r) => r.message).join('\n\n'));
      }
    }, DEFAULTS.propertyTimeoutMs);
  }
}

