import { DEFAULT_SPEC_PATH } from '../spec/loadSpec';
import { SuiteError } from '../core/errors';
import { EmbeddedPrism } from './embeddedPrism';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('EmbeddedPrism', () => {
  it('serves the spec on loopback and leaves no process behind once stopped', async () => {
    const prism = new EmbeddedPrism({ specPath: DEFAULT_SPEC_PATH });
    const url = await prism.start();
    const pid = prism.pid!;

    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${url}/applications?compartmentId=c`,
        { headers: { Authorization: 'Bearer test' } });
      expect(response.status).toBe(200);
      expect(Array.isArray(await response.json())).toBe(true);
    } finally {
      await prism.stop();
    }
    expect(isAlive(pid)).toBe(false);
  });

  it('fails with MOCK_FAILED and Prism\'s own words when the spec cannot be served', async () => {
    const prism = new EmbeddedPrism({ specPath: '/nonexistent/spec.yaml' });

    const error = await prism.start().catch((e: unknown) => e) as SuiteError;

    expect(error.code).toBe('MOCK_FAILED');
    expect(error.message).toMatch(/exited with code/);
    expect(prism.pid).toBeUndefined();
  });
});
