import { isBlockingFailure } from '../src/run/levelPolicy';
import type { CheckResultRecord } from '../src/run/records';
import type { ConformanceReport } from './reportModel';
import { escapeXml } from './xml';

/**
 * JUnit XML with one test case per check and operation, one test suite per conformance
 * suite. A SHOULD failure that does not block the run is a passing case with the finding in
 * system-out, so CI systems show it without failing the build.
 */
export function toJunitXml(report: ConformanceReport, failOnShould: boolean): string {
  const bySuite = new Map<string, CheckResultRecord[]>();
  for (const result of report.results) {
    bySuite.set(result.suite, [...(bySuite.get(result.suite) ?? []), result]);
  }

  const suites = [...bySuite].map(([suite, results]) => {
    const failures = results.filter((r) => isBlockingFailure(r, failOnShould)).length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    const cases = results.map((r) => testCase(r, failOnShould)).join('\n');
    return `  <testsuite name="${escapeXml(suite)}" tests="${results.length}" ` +
      `failures="${failures}" errors="0" skipped="${skipped}" ` +
      `timestamp="${report.startedAt.replace(/Z$/, '')}">\n${cases}\n  </testsuite>`;
  });

  const total = report.results.length;
  const failures = report.results.filter((r) => isBlockingFailure(r, failOnShould)).length;
  const errors = report.toolErrors.length;
  const toolErrors = report.toolErrors.map((e) =>
    `  <testsuite name="tool" tests="1" failures="0" errors="1" skipped="0">\n` +
    `    <testcase classname="tool" name="${escapeXml(e.code)}">\n` +
    `      <error message="${escapeXml(e.message)}" type="${escapeXml(e.code)}"/>\n` +
    '    </testcase>\n  </testsuite>');

  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="${escapeXml(`${report.spec.title} conformance`)}" tests="${total}" ` +
    `failures="${failures}" errors="${errors}" ` +
    `time="${(report.durationMs / 1000).toFixed(3)}">\n` +
    [...suites, ...toolErrors].join('\n') + '\n</testsuites>\n';
}

function testCase(result: CheckResultRecord, failOnShould: boolean): string {
  const open = `    <testcase classname="${escapeXml(`${result.suite}.${result.operationId}`)}" ` +
    `name="${escapeXml(`${result.check} [${result.level}]`)}">`;
  if (result.status === 'skipped') {
    return `${open}\n      <skipped message="${escapeXml(result.message)}"/>\n    </testcase>`;
  }
  if (isBlockingFailure(result, failOnShould)) {
    const first = result.message.split('\n')[0];
    return `${open}\n      <failure message="${escapeXml(first)}" type="${result.level}">` +
      `${escapeXml(result.message)}</failure>\n    </testcase>`;
  }
  if (result.status === 'failed') {
    return `${open}\n      <system-out>${escapeXml(`${result.level} finding (not blocking):\n` +
      result.message)}</system-out>\n    </testcase>`;
  }
  return `${open}</testcase>`;
}
