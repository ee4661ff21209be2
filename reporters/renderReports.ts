import { toHtml } from './htmlReport';
import { HTML_REPORT_FILE } from './htmlReporter';
import { JSON_REPORT_FILE } from './jsonReporter';
import { JUNIT_REPORT_FILE } from './junitReporter';
import { toJunitXml } from './junitXml';
import { toMarkdownSummary } from './markdownSummary';
import { MARKDOWN_SUMMARY_FILE } from './markdownReporter';
import type { ConformanceReport } from './reportModel';
import { writeReportFile } from './writeReportFile';

/** Writes every format of a report outside jest (merge-reports); returns the files. */
export function writeAllReports(reportDir: string, report: ConformanceReport): string[] {
  const options = { failOnShould: report.failOnShould };
  return [
    writeReportFile(reportDir, JSON_REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`),
    writeReportFile(reportDir, JUNIT_REPORT_FILE, toJunitXml(report, report.failOnShould)),
    writeReportFile(reportDir, HTML_REPORT_FILE, toHtml(report, options)),
    writeReportFile(reportDir, MARKDOWN_SUMMARY_FILE, toMarkdownSummary(report, options)),
  ];
}
