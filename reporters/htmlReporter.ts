import { finalReport } from './finalReport';
import { toHtml } from './htmlReport';
import { writeReportFile } from './writeReportFile';

export const HTML_REPORT_FILE = 'conformance-report.html';

/** Jest reporter: writes `<report-dir>/conformance-report.html`, one page that works offline. */
export default class HtmlReporter {
  onRunComplete(): void {
    const { report, context } = finalReport();
    writeReportFile(context.options.reportDir, HTML_REPORT_FILE,
      toHtml(report, { failOnShould: context.options.failOnShould }));
  }
}
