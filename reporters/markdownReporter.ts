import { appendFileSync } from 'node:fs';

import { finalReport } from './finalReport';
import { toMarkdownSummary } from './markdownSummary';
import { writeReportFile } from './writeReportFile';

export const MARKDOWN_SUMMARY_FILE = 'conformance-summary.md';

/** Set by GitHub Actions in every step: Markdown appended to it shows on the run's page. */
export const STEP_SUMMARY_ENV = 'GITHUB_STEP_SUMMARY';

/**
 * Jest reporter: writes `<report-dir>/conformance-summary.md`, fit for a pull-request comment,
 * and appends it to the GitHub job summary when the run is a GitHub Actions step.
 */
export default class MarkdownReporter {
  onRunComplete(): void {
    const { report, context } = finalReport();
    const summary = toMarkdownSummary(report, { failOnShould: context.options.failOnShould });
    writeReportFile(context.options.reportDir, MARKDOWN_SUMMARY_FILE, summary);

    // Appended, never overwritten: other steps of the job write to the same file.
    const stepSummary = process.env[STEP_SUMMARY_ENV];
    if (stepSummary) appendFileSync(stepSummary, `${summary}\n`);
  }
}
