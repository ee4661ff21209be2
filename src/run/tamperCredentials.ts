import type { CredentialsVariant } from '../checks/types';
import { isSensitiveHeader } from '../core/mask';

/**
 * The headers the auth suite sends: none of the credentials, or credentials of the right
 * form that the target cannot accept (a bearer token nobody issued). With OCI signing the
 * wrong credentials are a signature by an unknown key, added by the transport instead.
 */
export function tamperCredentials(
  headers: Record<string, string>,
  variant: CredentialsVariant,
  signed: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!isSensitiveHeader(name)) out[name] = value;
  }
  if (variant === 'wrong' && !signed) out.Authorization = 'Bearer not-a-token-anyone-issued';
  return out;
}
