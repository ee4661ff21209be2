// Secrets (Authorization headers, signatures, tokens, keys) must never reach a log, report
// or failure message. Everything that leaves the process goes through these functions.

const SENSITIVE_HEADERS = new Set([
  'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key',
  'x-auth-token', 'opc-obo-token', 'x-content-sha256',
]);

export const MASK = '<masked>';

export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADERS.has(name.toLowerCase());
}

/** Keeps the auth scheme (`Bearer`, `Signature`) so a reader can tell what was sent. */
export function maskHeaderValue(name: string, value: string): string {
  if (!isSensitiveHeader(name)) return value;
  const scheme = /^(Bearer|Basic|Signature|Digest)\s/i.exec(value)?.[1];
  return scheme ? `${scheme} ${MASK}` : MASK;
}

export function maskHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = maskHeaderValue(name, value);
  return out;
}

/** Replaces every occurrence of any secret in free text (bodies, error messages). */
export function maskText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(MASK);
  }
  return out;
}

/** The values worth hiding in free text: those of the sensitive headers a run sends. */
export function secretsOf(headers: Record<string, string>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!isSensitiveHeader(name)) continue;
    secrets.push(value);
    const credential = value.replace(/^\S+\s+/, '');
    if (credential !== value) secrets.push(credential);
  }
  return secrets;
}
