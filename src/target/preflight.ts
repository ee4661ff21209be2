import { ociAuthRejected } from '../auth';
import { SuiteError } from '../core/errors';
import type { TargetProfile } from '../options/profile';
import { createTargetTransport } from '../run/targetTransport';
import type { ApiModel } from '../spec/model';
import { buildUrl } from '../transport/buildUrl';
import type { OutgoingRequest } from '../transport/types';

/**
 * One request before any suite starts, so that a target that is down, hangs, does not speak
 * HTTP or refuses the profile's credentials is reported within seconds, in one line, before
 * anything is created. With a pinned compartment it lists that compartment's applications,
 * which proves the credentials and the compartment at once; otherwise it asks the base URL.
 */
export async function preflight(
  targetUrl: string,
  profile: TargetProfile,
  api: ApiModel,
  timeoutMs: number,
): Promise<void> {
  const transport = createTargetTransport({ ...profile, requestTimeoutMs: timeoutMs }, 1);
  const request = probeRequest(targetUrl, profile, api);
  try {
    const response = await transport.send(request);
    const sentCredentials = profile.auth !== undefined
      || Object.keys(profile.headers).some((h) => h.toLowerCase() === 'authorization');
    if (response.status === 401 && sentCredentials) {
      if (transport.credentials) throw ociAuthRejected(transport.credentials, request, response);
      throw new SuiteError('TARGET_AUTH', `the target answered 401 to ${request.method} ` +
        `${new URL(request.url).pathname} with the profile's Authorization header; put ` +
        'credentials it accepts in the profile\'s "headers" (--profile)');
    }
    if (response.status === 404 && request.url.includes('compartmentId=')) {
      throw new SuiteError('PROFILE_INVALID', `the target does not know the pinned ` +
        `compartment ${String(profile.pins.compartmentId)} or this user may not read it ` +
        '(404 on listApplications); check pins.compartmentId in the profile');
    }
  } finally {
    await transport.close().catch(() => undefined);
  }
}

function probeRequest(targetUrl: string, profile: TargetProfile, api: ApiModel):
  OutgoingRequest {
  const compartment = profile.pins.compartmentId;
  const list = api.operations.find((op) => op.method === 'get' && op.path === '/applications');
  const url = typeof compartment === 'string' && list
    ? buildUrl(targetUrl, list.path, {}, { compartmentId: compartment })
    : targetUrl;
  return { method: 'GET', url, headers: { ...profile.headers } };
}
