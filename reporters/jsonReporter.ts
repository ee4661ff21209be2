import { finalReport } from './finalReport';
import { writeReportFile } from './writeReportFile';

export const JSON_REPORT_FILE = 'conformance-report.json';

/** Jest reporter: writes `<report-dir>/conformance-report.json`. */
export default class JsonReporter {
  onRunComplete(): void {
    const { report, context } = finalReport();
    writeReportFile(context.options.reportDir, JSON_REPORT_FILE,
      `${JSON.stringify(report, null, 2)}\n`);
  }
}
