import { parseArgs } from 'node:util';

import { sweep } from '../cleanup/sweep';
import { EXIT_CODES, SuiteError } from '../core/errors';
import { DEFAULTS } from '../options/defaults';
import { DEFAULT_PROFILE, loadProfile } from '../options/profile';
import { createTargetTransport } from '../run/targetTransport';
import { findRoles } from '../spec/apiRoles';
import { DEFAULT_SPEC_PATH, loadSpec } from '../spec/loadSpec';
import { preflight } from '../target/preflight';
import { reportError } from './reportError';

const USAGE = `Usage: npm run sweep -- --target URL [--profile FILE] [options]

Deletes what earlier conformance runs left on a target: every application of the compartment
whose displayName starts with the prefix, with its functions (functions first).

Options:
  --target URL         base URL of the API, path included (required)
  --profile FILE       target profile: credentials, and pins.compartmentId
  --compartment OCID   compartment to sweep (default: the profile's pins.compartmentId)
  --prefix TEXT        displayName prefix of the suite's resources (default ${DEFAULTS.namePrefix})
  --spec PATH          OpenAPI document (default: the shipped one)

Exit codes: 0 nothing left, 1 something could not be deleted, 2 the sweep could not run.`;

async function main(argv: string[]): Promise<number> {
  try {
    const { values } = parseFlags(argv);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_CODES.conformant;
    }
    if (!values.target) {
      throw new SuiteError('USAGE', 'the sweeper needs --target URL of the server to clean');
    }
    const profile = values.profile ? loadProfile(values.profile) : DEFAULT_PROFILE;
    const compartmentId = values.compartment ?? profile.pins.compartmentId;
    if (typeof compartmentId !== 'string') {
      throw new SuiteError('USAGE', 'the sweeper needs a compartment: pass --compartment ' +
        'OCID or a profile with pins.compartmentId');
    }
    const api = await loadSpec(values.spec ?? DEFAULT_SPEC_PATH);
    const found = findRoles(api);
    if ('missing' in found) {
      throw new SuiteError('SPEC_INVALID', `the document lacks ${found.missing.join(', ')}`);
    }
    const pinned = { ...profile, pins: { ...profile.pins, compartmentId } };
    await preflight(values.target, pinned, api, DEFAULTS.preflightTimeoutMs);

    const transport = createTargetTransport(profile, 4);
    try {
      const outcome = await sweep({ transport, targetUrl: values.target, roles: found.roles,
        headers: profile.headers, compartmentId, prefix: values.prefix ?? DEFAULTS.namePrefix,
        timeoutMs: profile.lifecycleTimeoutMs });
      for (const r of outcome.removed) {
        process.stdout.write(`removed ${r.kind} ${r.id} (${r.displayName})\n`);
      }
      for (const f of outcome.failed) {
        process.stdout.write(`could not remove ${f.kind} ${f.id} (${f.displayName}): ` +
          `${f.reason}\n`);
      }
      process.stdout.write(`swept ${compartmentId}: ${outcome.removed.length} removed, ` +
        `${outcome.failed.length} left\n`);
      return outcome.failed.length > 0 ? EXIT_CODES.nonConformant : EXIT_CODES.conformant;
    } finally {
      await transport.close();
    }
  } catch (error) {
    return reportError(error, argv.includes('--verbose'));
  }
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options: {
      target: { type: 'string' }, profile: { type: 'string' }, compartment: { type: 'string' },
      prefix: { type: 'string' }, spec: { type: 'string' }, help: { type: 'boolean' },
      verbose: { type: 'boolean' },
    } });
  } catch (cause) {
    throw new SuiteError('USAGE', `${(cause as Error).message.split('\n')[0]}; run with ` +
      '--help for the accepted options', { cause });
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code),
  (error) => process.exit(reportError(error, true)));
