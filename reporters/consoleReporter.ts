import path from 'node:path';

import type { AssertionResult, TestCaseResult } from '@jest/test-result';

import { isBlockingFailure } from '../src/run/levelPolicy';
import { finalReport } from './finalReport';
import { HTML_REPORT_FILE } from './htmlReporter';
import { JSON_REPORT_FILE } from './jsonReporter';
import { JUNIT_REPORT_FILE } from './junitReporter';
import { MARKDOWN_SUMMARY_FILE } from './markdownReporter';
import type { ConformanceReport } from './reportModel';

const write = (line = '') => process.stdout.write(`${line}\n`);

const SLOWEST_SHOWN = 3;

/** Jest reporter: one line per property as it ends, then the verdict and the failures. */
export default class ConsoleReporter {
  onTestCaseResult(_test: unknown, result: TestCaseResult): void {
    const took = result.duration ? ` (${(result.duration / 1000).toFixed(1)} s)` : '';
    write(`  ${mark(result)} ${result.title}${took}`);
  }

  onRunComplete(): void {
    const { report, context } = finalReport();
    const failOnShould = context.options.failOnShould;

    const blocking = report.results.filter((r) => isBlockingFailure(r, failOnShould));
    const findings = report.results.filter((r) => r.status === 'failed'
      && !isBlockingFailure(r, failOnShould));
    for (const result of blocking) {
      write();
      write(`✗ ${result.check} — ${result.operationId} (${result.suite} suite)`);
      write(indent(result.message));
    }
    if (findings.length > 0) {
      write();
      write(`SHOULD findings (reported, not failing the run; --fail-on-should makes them fail):`);
      for (const result of findings) {
        write(`  ${result.check} — ${result.operationId} (${result.suite}): ` +
          `${firstLines(result.message)}`);
      }
    }
    for (const error of report.toolErrors) write(`\nerror ${error.code}: ${error.message}`);
    if (report.baseline) {
      const known = report.results.filter((r) => r.expectedFailure).length;
      write(`\nBaseline ${report.baseline.file}: ${known} known failure(s) still failing`);
      for (const entry of report.baseline.nowPassing) {
        write(`  now passes, remove it from the baseline: ${entry.check} — ${entry.operationId}`);
      }
    }

    write();
    write(summaryLine(report));
    if (report.summary.retries > 0) {
      write(`Retried ${report.summary.retries} request(s) the target answered 429 or 503`);
    }
    const slowest = [...report.operations].sort((a, b) => b.meanDurationMs - a.meanDurationMs)
      .slice(0, SLOWEST_SHOWN).filter((o) => o.requests > 0);
    if (slowest.length > 0) {
      write(`Slowest: ${slowest.map((o) => `${o.operationId} (${o.suite}) ` +
        `${o.meanDurationMs} ms a request`).join(', ')}`);
    }
    const dir = path.relative(process.cwd(), context.options.reportDir) || '.';
    const files = [HTML_REPORT_FILE, JSON_REPORT_FILE, JUNIT_REPORT_FILE, MARKDOWN_SUMMARY_FILE];
    write(`Reports: ${files.map((file) => path.join(dir, file)).join(', ')}`);
  }
}

function mark(test: Pick<AssertionResult, 'status'>): string {
  if (test.status === 'passed') return '✓';
  if (test.status === 'failed') return '✗';
  return '-';
}

function summaryLine(report: ConformanceReport): string {
  const { MUST, SHOULD } = report.summary.byLevel;
  const counts = (c: typeof MUST) =>
    `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
  return `Verdict: ${report.verdict.toUpperCase()} — MUST: ${counts(MUST)}; ` +
    `SHOULD: ${counts(SHOULD)}; ${report.summary.requests} requests in ` +
    `${(report.durationMs / 1000).toFixed(1)} s; seed ${report.seed}`;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

function firstLines(message: string): string {
  const [, expected, received] = message.split('\n');
  return [expected, received].filter(Boolean).map((l) => l.trim()).join('; ');
}
