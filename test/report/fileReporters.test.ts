import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import HtmlReporter, { HTML_REPORT_FILE } from '../../reporters/htmlReporter';
import MarkdownReporter, {
  MARKDOWN_SUMMARY_FILE, STEP_SUMMARY_ENV,
} from '../../reporters/markdownReporter';
import { recordResult } from '../../src/run/resultSink';
import { RUN_DIR_ENV, writeRunContext } from '../../src/run/runContext';
import { sampleContext, sampleRecords } from './sampleReport';

// The reporters as jest calls them at the end of a run: they find the run directory through
// the environment, read its records and write their files.

describe('HTML and Markdown reporters', () => {
  let work: string;
  const saved = { runDir: process.env[RUN_DIR_ENV], stepSummary: process.env[STEP_SUMMARY_ENV] };

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'conformance-reporters-'));
    const runDir = path.join(work, 'run');
    mkdirSync(runDir);
    writeRunContext({ ...sampleContext({ reportDir: path.join(work, 'reports') }), runDir });
    for (const record of sampleRecords()) recordResult(runDir, record);
    process.env[RUN_DIR_ENV] = runDir;
    delete process.env[STEP_SUMMARY_ENV];
  });

  afterEach(() => {
    restoreEnv(RUN_DIR_ENV, saved.runDir);
    restoreEnv(STEP_SUMMARY_ENV, saved.stepSummary);
    rmSync(work, { recursive: true, force: true });
  });

  it('writes the HTML page into the report directory', () => {
    new HtmlReporter().onRunComplete();

    const page = readFileSync(path.join(work, 'reports', HTML_REPORT_FILE), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<h1>NON-CONFORMANT</h1>');
  });

  it('writes the Markdown summary into the report directory', () => {
    new MarkdownReporter().onRunComplete();

    const summary = readFileSync(path.join(work, 'reports', MARKDOWN_SUMMARY_FILE), 'utf8');
    expect(summary).toMatch(/^## ❌ NON-CONFORMANT/);
  });

  it('appends the summary to GITHUB_STEP_SUMMARY after what earlier steps wrote', () => {
    const stepSummary = path.join(work, 'step-summary.md');
    writeFileSync(stepSummary, '# Build\n\nearlier step\n');
    process.env[STEP_SUMMARY_ENV] = stepSummary;

    new MarkdownReporter().onRunComplete();

    const written = readFileSync(path.join(work, 'reports', MARKDOWN_SUMMARY_FILE), 'utf8');
    expect(readFileSync(stepSummary, 'utf8')).toBe(`# Build\n\nearlier step\n${written}\n`);
  });
});

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
