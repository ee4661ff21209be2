import { DEFAULTS } from '../options/defaults';
import { formatSuiteError } from '../core/errors';
import { generationOptions } from '../run/generationOptions';
import { recordResult } from '../run/resultSink';
import { readRunContext } from '../run/runContext';
import { replayCommand } from '../run/replayCommand';
import { loadSpec } from '../spec/loadSpec';
import { createTargetTransport, runGuard } from '../run/targetTransport';
import { findRoles } from '../spec/apiRoles';
import { runStatefulSuite } from './runStatefulSuite';
import { STATEFUL_CHECKS } from './statefulChecks';
import { SEQUENCE_OPERATION, skippedRecord } from './statefulRecorder';

/** Declares the stateful suite's one jest test. */
export function defineStatefulSuite(): void {
  const context = readRunContext();
  const { options } = context;
  const title = `stateful sequences [seed ${options.seed}]`;
  const skipAll = (reason: string) => {
    for (const check of Object.values(STATEFUL_CHECKS)) {
      recordResult(context.runDir, skippedRecord(check, reason));
    }
  };

  if (!context.suites.includes('stateful')) {
    test.skip('stateful suite not selected', () => undefined);
    return;
  }
  if (!options.profile.stateful) {
    test(title, () => skipAll(`the profile (${options.profile.name}) says the target keeps ` +
      'no state; set "stateful": true in a profile for a target that does'));
    return;
  }

  test(title, async () => {
    const api = await loadSpec(options.specPath);
    const found = findRoles(api);
    if ('missing' in found) {
      skipAll(`the document lacks operations the stateful suite needs: ` +
        found.missing.join(', '));
      return;
    }

    const transport = createTargetTransport(options.profile, 8,
      runGuard(options.budget, context.runDir));
    try {
      const result = await runStatefulSuite({
        roles: found.roles,
        checkContext: { api,
          options: { acceptedRefusals: options.profile.acceptedRefusals } },
        transport,
        targetUrl: context.targetUrl,
        headers: options.profile.headers,
        generation: generationOptions(api, context),
        settings: {
          lifecycleTimeoutMs: options.profile.lifecycleTimeoutMs,
          invokeEcho: options.profile.invokeEcho,
          listConsistencyMs: options.profile.listConsistencyMs,
          maxResourcesAlive: options.budget.maxResourcesAlive,
          namePrefix: `${DEFAULTS.namePrefix}${context.runId}-`,
          runDir: context.runDir,
        },
        seed: options.seed,
        runs: options.runs,
        maxCommands: DEFAULTS.maxCommands,
        replayPath: options.replayPath,
        replayCommand: (path) => replayCommand(context, 'stateful', SEQUENCE_OPERATION, path),
      });

      for (const record of [...result.checks, ...result.stats, ...result.leftovers]) {
        recordResult(context.runDir, record);
      }
      if (result.toolError) {
        recordResult(context.runDir, { type: 'toolError', code: result.toolError.code,
          message: result.toolError.message, suite: 'stateful' });
        throw new Error(formatSuiteError(result.toolError));
      }
      const failures = result.checks.filter((r) => r.status === 'failed' && r.level === 'MUST');
      if (failures.length > 0) throw new Error(failures.map((r) => r.message).join('\n\n'));
    } finally {
      await transport.close();
    }
  }, DEFAULTS.propertyTimeoutMs);
}
