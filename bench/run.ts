// `npm run bench`: how fast the suite is, in figures. Against the reference implementation on
// loopback: requests and test cases per second for the positive, negative and stateful
// suites with every check on; peak memory; the wall time of the default `npm run
// conformance` on Prism, split into start-up and testing; generation throughput. Medians of
// several runs, with the machine's core count. It prints; it asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { EmbeddedPrism } from '../src/target/embeddedPrism';
import { DEFAULT_SPEC_PATH } from '../src/spec/loadSpec';
import { benchGeneration } from './generation';
import { median, runNode } from './measure';
import { benchSuites, statusesRecorded } from './suites';

const REPO = path.join(__dirname, '..');
const REPEATS = 3;

async function defaultRunOnPrism(): Promise<void> {
  const runs = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'bench-reports-'));
    runs.push(await runNode(['--import', 'tsx', 'src/cli/conformance.ts',
      '--seed', String(i + 1), '--report-dir', reportDir], REPO));
    rmSync(reportDir, { recursive: true, force: true });
  }
  const help = await Promise.all([0, 1, 2].map(() =>
    runNode(['--import', 'tsx', 'src/cli/conformance.ts', '--help'], REPO)));
  const prismStarts: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const prism = new EmbeddedPrism({ specPath: DEFAULT_SPEC_PATH });
    const started = performance.now();
    await prism.start();
    prismStarts.push(performance.now() - started);
    await prism.stop();
  }

  // The CLI prints "... N requests in X s": X runs from handing over to jest to the reporters
  // finishing, so it holds jest's start-up (transforms, module loading) and the testing.
  // Each part is timed on its own, so they need not add up to the wall time exactly.
  const inJest = runs.map((r) => 1000 * Number(/requests in ([\d.]+) s/.exec(r.stdout)?.[1]));
  const requests = runs.map((r) => Number(/; (\d+) requests in/.exec(r.stdout)?.[1]));
  const wall = median(runs.map((r) => r.wallMs));
  const node = median(help.map((r) => r.wallMs));
  const prism = median(prismStarts);
  const jest = median(inJest);
  console.log(`\ndefault run on the embedded Prism mock (npm run conformance), median of ` +
    `${REPEATS}, exit codes ${runs.map((r) => r.code).join(', ')}:`);
  console.log(`  wall time            ${seconds(wall)}  (${median(requests)} requests)`);
  console.log(`  start-up: node, tsx, modules  ${seconds(node)}`);
  console.log(`  start-up: Prism               ${seconds(prism)}`);
  console.log(`  jest start-up + testing       ${seconds(jest)}`);
  const peak = median(runs.map((r) => r.peakRssMb));
  console.log(`  peak memory of the CLI process ${peak.toFixed(0)} MB`);
}

async function main(): Promise<void> {
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

  const runDir = mkdtempSync(path.join(os.tmpdir(), 'bench-run-'));
  const suites = await benchSuites(REPEATS, runDir);
  const statuses = statusesRecorded(runDir);
  rmSync(runDir, { recursive: true, force: true });
  console.log(`\nsuites against the reference server on loopback, all checks on, median of ` +
    `${REPEATS}:`);
  for (const s of suites) {
    const cases = s.suite === 'stateful' ? 'sequences/s' : 'cases/s';
    console.log(`  ${s.suite.padEnd(9)} ${s.requestsPerSecond.toFixed(0).padStart(6)} ` +
      `requests/s  ${s.casesPerSecond.toFixed(0).padStart(6)} ${cases}  ` +
      `(${s.requests} requests a run)`);
  }
  console.log(`  statuses of the positive and negative runs: ${JSON.stringify(statuses)}`);
  console.log(`  peak memory of the bench process ${(process.resourceUsage().maxRSS / 1024)
    .toFixed(0)} MB`);

  await defaultRunOnPrism();

  console.log('\ngeneration:');
  await benchGeneration();
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2).padStart(6)} s`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
