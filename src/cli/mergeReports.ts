import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { mergeReports } from '../../reporters/mergeReports';
import type { ConformanceReport } from '../../reporters/reportModel';
import { writeAllReports } from '../../reporters/renderReports';
import { EXIT_CODES, SuiteError } from '../core/errors';
import { DEFAULTS } from '../options/defaults';
import { reportError } from './reportError';

const USAGE = `Usage: npm run merge-reports -- DIR... [--out DIR]

Merges the reports of the shards of one run (each DIR holds a conformance-report.json, as
written by npm run conformance -- --shard i/n --report-dir DIR) into one report, in every
format. Exits with the merged run's exit code.`;

function main(argv: string[]): number {
  try {
    const { values, positionals } = parseFlags(argv);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_CODES.conformant;
    }
    if (positionals.length === 0) {
      throw new SuiteError('USAGE', 'merge-reports needs the report directories of the ' +
        'shards, e.g. npm run merge-reports -- reports/shard-1 reports/shard-2');
    }
    const reports = positionals.map(readReport);
    const seeds = new Set(reports.map((r) => r.seed));
    if (seeds.size > 1) {
      throw new SuiteError('USAGE', `the shards ran with different seeds (${[...seeds]
        .join(', ')}); merge only the shards of one run, started with the same --seed`);
    }

    const merged = mergeReports(reports);
    const files = writeAllReports(path.resolve(values.out ?? DEFAULTS.reportDir), merged);
    process.stdout.write(`merged ${reports.length} reports: ${merged.verdict.toUpperCase()}, ` +
      `${merged.summary.byStatus.failed} failed of ${merged.summary.total}\n` +
      `Reports: ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}\n`);
    return merged.exitCode;
  } catch (error) {
    return reportError(error, argv.includes('--verbose'));
  }
}

function readReport(dir: string): ConformanceReport {
  const file = path.resolve(dir, 'conformance-report.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ConformanceReport;
  } catch (cause) {
    throw new SuiteError('USAGE', `cannot read ${file} ` +
      `(${(cause as NodeJS.ErrnoException).code ?? 'not JSON'}); pass directories that ` +
      'npm run conformance wrote reports to', { cause });
  }
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: true, options: {
      out: { type: 'string' }, help: { type: 'boolean' }, verbose: { type: 'boolean' } } });
  } catch (cause) {
    throw new SuiteError('USAGE', `${(cause as Error).message.split('\n')[0]}; run with ` +
      '--help for the accepted options', { cause });
  }
}

process.exit(main(process.argv.slice(2)));
