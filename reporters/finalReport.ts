import { readResults } from '../src/run/resultSink';
import { readRunContext, type RunContext } from '../src/run/runContext';
import { buildReport, type ConformanceReport } from './reportModel';

let cached: { runDir: string; report: ConformanceReport; context: RunContext } | undefined;

/**
 * The report of the run that just ended. Every reporter of the run gets the same object, so
 * the JSON, the JUnit file and the console agree to the millisecond.
 */
export function finalReport(): { report: ConformanceReport; context: RunContext } {
  const context = readRunContext();
  if (cached?.runDir !== context.runDir) {
    cached = { runDir: context.runDir, context,
      report: buildReport(context, readResults(context.runDir), new Date()) };
  }
  return { report: cached.report, context: cached.context };
}
