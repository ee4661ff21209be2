import { SuiteError } from '../core/errors';
import { createHttpTransport } from '../transport/httpTransport';

/**
 * One request before any suite starts: if the target is down, hangs or does not speak HTTP,
 * the user hears it within seconds, in one line, instead of from every property.
 */
export async function preflight(
  targetUrl: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<void> {
  const transport = createHttpTransport({ timeoutMs, connections: 1 });
  try {
    await transport.send({ method: 'GET', url: targetUrl, headers });
  } catch (error) {
    if (error instanceof SuiteError) throw error;
    throw new SuiteError('TARGET_UNREACHABLE', `cannot reach ${targetUrl}: ` +
      `${(error as Error).message}; check --target`, { cause: error });
  } finally {
    await transport.close().catch(() => undefined);
  }
}
