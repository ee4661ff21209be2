import fc from 'fast-check';

import { checksFor } from '../checks/registry';
import type { CheckContext } from '../checks/types';
import { isSuiteError, SuiteError } from '../core/errors';
import type { RequestArbitraryOptions } from '../generation/requestArbitrary';
import type { CheckResultRecord, LeftoverRecord, StatsRecord } from '../run/records';
import type { Transport } from '../transport/types';
import type { ApiRoles } from '../spec/apiRoles';
import { commandArbitraries } from './commands/commandArbitrary';
import { emptyModel } from './model';
import { StatefulClient } from './statefulClient';
import { STATEFUL_CHECKS } from './statefulChecks';
import { StatefulRecorder, StatefulViolation } from './statefulRecorder';
import { type StatefulSettings, StatefulTarget } from './statefulTarget';

export interface StatefulRunOptions {
  roles: ApiRoles;
  checkContext: CheckContext;
  transport: Transport;
  targetUrl: string;
  headers: Record<string, string>;
  generation: RequestArbitraryOptions;
  settings: StatefulSettings;
  seed: number;
  /** Command sequences to try. */
  runs: number;
  maxCommands: number;
  replayPath?: string;
  replayCommand: (path: string) => string;
}

export interface StatefulRunResult {
  checks: CheckResultRecord[];
  stats: StatsRecord[];
  leftovers: LeftoverRecord[];
  toolError?: SuiteError;
}

/**
 * Runs random command sequences against the target with fast-check's model-based runner.
 * A MUST failure ends the sequence; fast-check then shrinks it to the shortest one that
 * still fails. Whatever each sequence created is deleted before the next starts.
 */
export async function runStatefulSuite(options: StatefulRunOptions): Promise<StatefulRunResult> {
  // The single-exchange checks that judge every response of a sequence; whether a refusal
  // was right is for the commands to say, so positive-data-acceptance is not among them.
  const exchangeChecks = checksFor('stateful');
  const recorder = new StatefulRecorder(exchangeChecks, options.checkContext);
  const client = new StatefulClient(options.roles, options.transport, options.targetUrl,
    options.headers, recorder, options.settings.runDir);
  const leftovers: LeftoverRecord[] = [];
  let toolError: SuiteError | undefined;

  const commands = fc.commands(commandArbitraries(options.roles, options.generation),
    { maxCommands: options.maxCommands, size: 'medium' });
  const property = fc.asyncProperty(commands, async (sequence) => {
    if (toolError) return true;
    const target = new StatefulTarget(client, recorder, options.settings);
    recorder.sequence = [];
    try {
      await fc.asyncModelRun(() => ({ model: emptyModel(options.settings.maxResourcesAlive),
        real: target }), sequence);
      return true;
    } catch (error) {
      if (error instanceof StatefulViolation) return false;
      if (!isSuiteError(error)) throw error;
      toolError = error;
      return true;
    } finally {
      leftovers.push(...await target.cleanUp());
    }
  });

  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs,
    path: options.replayPath, endOnFailure: false });
  if (details.failed && details.counterexamplePath) {
    recorder.setFinalPath(details.counterexamplePath);
  }
  if (details.failed && !recorder.isShrinking && details.errorInstance) {
    throw details.errorInstance;
  }

  const secrets = Object.values(options.headers);
  return {
    checks: recorder.records({ suite: 'stateful', seed: options.seed,
      replayCommand: options.replayCommand }, secrets, Object.values(STATEFUL_CHECKS)),
    stats: [...client.stats.values()],
    leftovers,
    toolError,
  };
}
