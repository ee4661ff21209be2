import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { toHtml } from '../../reporters/htmlReport';
import { pageText } from './pageText';
import { OPERATIONS, sampleReport } from './sampleReport';

// The HTML report opened in a real browser, offline: it must render (a screenshot with
// content) and its rendered DOM must carry the verdict, the counts and the whole matrix.

const CHROMIUM = '/usr/bin/chromium';
const BROWSER_TIMEOUT_MS = 30_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Nothing that reaches the network or a profile outside the temporary directory.
const HEADLESS_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];

/** Runs Chromium in its own process group and kills that group if it outlives the timeout. */
function runChromium(args: string[], work: string): Promise<string> {
  const profile = mkdtempSync(path.join(work, 'profile-'));
  const browser = spawn(CHROMIUM, [...HEADLESS_FLAGS, `--user-data-dir=${profile}`, ...args],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  browser.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  browser.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // The negative pid names the group: the browser and the helpers it forked.
      if (browser.pid) process.kill(-browser.pid, 'SIGKILL');
      reject(new Error(`chromium did not finish within ${BROWSER_TIMEOUT_MS} ms; killed`));
    }, BROWSER_TIMEOUT_MS);
    browser.on('error', (error) => { clearTimeout(timer); reject(error); });
    browser.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`chromium exited with ${code}:\n${stderr.slice(-2_000)}`));
    });
  });
}

const installed = existsSync(CHROMIUM);

describe('the HTML report in Chromium', () => {
  if (!installed && !process.env.CI) {
    test.skip(`SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium)`, () => {});
    return;
  }

  let work: string;
  let pageUrl: string;

  beforeAll(() => {
    if (!installed) {
      throw new Error(`${CHROMIUM} is missing on CI: .ci/run should have installed it ` +
        '(apt-get update && apt-get install -y chromium)');
    }
    work = mkdtempSync(path.join(tmpdir(), 'conformance-html-'));
    const file = path.join(work, 'conformance-report.html');
    writeFileSync(file, toHtml(sampleReport(), { failOnShould: false }));
    pageUrl = pathToFileURL(file).href;
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('renders a screenshot with content', async () => {
    const shot = path.join(work, 'shot.png');

    await runChromium([`--screenshot=${shot}`, '--window-size=1280,900', pageUrl], work);

    expect(existsSync(shot)).toBe(true);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(readFileSync(shot).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  }, 2 * BROWSER_TIMEOUT_MS);

  it('shows the verdict, the counts and every operation of the matrix', async () => {
    const dom = await runChromium(['--dump-dom', pageUrl], work);
    const text = pageText(dom);

    expect(text).toContain('NON-CONFORMANT');
    expect(text).toContain('MUST 18 2 1 21 SHOULD 8 1 0 9 all 26 3 1 30');
    expect(text).toContain('Coverage 96.6% 29/30');
    const matrix = pageText(dom.match(/<table class="matrix"[\s\S]*?<\/table>/g)?.join() ?? '');
    for (const operationId of OPERATIONS) expect(matrix).toContain(operationId);
  }, 2 * BROWSER_TIMEOUT_MS);
});
