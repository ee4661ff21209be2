import { finalReport } from './finalReport';
import { toJunitXml } from './junitXml';
import { writeReportFile } from './writeReportFile';

export const JUNIT_REPORT_FILE = 'junit.xml';

/** Jest reporter: writes `<report-dir>/junit.xml` for CI systems. */
export default class JunitReporter {
  onRunComplete(): void {
    const { report, context } = finalReport();
    writeReportFile(context.options.reportDir, JUNIT_REPORT_FILE,
      toJunitXml(report, context.options.failOnShould));
  }
}
