import { isSensitiveHeader } from '../core/mask';
import type { OutgoingRequest } from '../transport/types';

export const CURL_AUTH_ENV = 'CONFORMANCE_AUTHORIZATION';

/**
 * A shell command that re-sends a request by hand. Credentials are never written out: the
 * Authorization header comes from an environment variable the user sets. A body that is not
 * printable UTF-8 travels as base64 through a pipe, so every byte arrives unchanged.
 */
export function toCurl(request: OutgoingRequest): string {
  const parts = ['curl', '-sS', '-i', '-X', request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() === 'content-length') continue;
    if (isSensitiveHeader(name)) parts.push('-H', `"${name}: $${CURL_AUTH_ENV}"`);
    else parts.push('-H', shellQuote(`${name}: ${value}`));
  }

  const body = request.body;
  if (!body || body.length === 0) return parts.join(' ');
  const text = Buffer.from(body).toString('utf8');
  if (isPrintable(text) && Buffer.from(text, 'utf8').equals(Buffer.from(body))) {
    return [...parts, '--data-binary', shellQuote(text)].join(' ');
  }
  const base64 = Buffer.from(body).toString('base64');
  return `printf %s ${shellQuote(base64)} | base64 -d | ${parts.join(' ')} --data-binary @-`;
}

export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function isPrintable(text: string): boolean {
  // Control characters other than tab and newline do not survive copy and paste.
  return !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text);
}
