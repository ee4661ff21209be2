import { SuiteError } from '../core/errors';
import { maskText, secretsOf } from '../core/mask';
import type { OutgoingRequest, ReceivedResponse } from '../transport/types';
import type { OciCredentials } from './ociCredentials';

// A 401 to a correctly signed request means the target does not know the key (or the clock
// is off): the suite cannot test anything, so this is a tool error, not a finding. OCI's own
// message says nothing about which part is wrong, hence the checklist.

const MAX_MESSAGE = 200;

function serverMessage(response: ReceivedResponse, secrets: string[]): string {
  let text = response.body.toString('utf8');
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    text = [body.code, body.message].filter((part) => typeof part === 'string').join(': ');
  } catch {
    // Not JSON: quote the raw text.
  }
  text = maskText(text.replace(/\s+/g, ' ').trim(), secrets);
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}...` : text;
}

/**
 * The one-line TARGET_AUTH error for a target that refused a request signed with
 * `credentials` (typically the preflight answered 401). Never quotes the signature.
 */
export function ociAuthRejected(
  credentials: Pick<OciCredentials, 'user' | 'fingerprint' | 'source'>,
  request: OutgoingRequest,
  response: ReceivedResponse,
): SuiteError {
  const said = serverMessage(response, secretsOf(request.headers));
  const path = new URL(request.url).pathname;
  return new SuiteError('TARGET_AUTH', `the target answered ${response.status}` +
    `${said ? ` (${said})` : ''} to ${request.method} ${path} signed with the key ` +
    `${credentials.fingerprint} from ${credentials.source}; check that this public key is ` +
    `uploaded to user ${credentials.user} (Identity > Users > API keys), that tenancy is ` +
    "the OCID of that user's tenancy, and that this machine's clock is within 5 minutes of " +
    'UTC');
}
