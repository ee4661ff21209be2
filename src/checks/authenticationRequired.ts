import { type CheckDefinition, failed, PASSED, skipped } from './types';

/**
 * The document puts every operation under a security scheme, so a request without
 * credentials, or with credentials the target cannot accept, must get 401. Wrong credentials
 * are only sent when the profile says the target verifies them (Prism checks presence only).
 */
export const authenticationRequired: CheckDefinition = {
  id: 'authentication-required',
  level: 'MUST',
  appliesTo: ['auth'],
  title: 'A request without valid credentials is refused with 401',
  source: 'OpenAPI 3.0.3 §4.7.10 Security Requirement: the document secures every operation; ' +
    'RFC 9110 §15.5.2 401 Unauthorized',
  run(_ctx, { operation, request, response }) {
    if (!operation.secured) return skipped('the operation declares no security requirement');
    if (!request.credentials) return skipped('the request carried the profile\'s credentials');
    if (response.status === 401) return PASSED;
    const sent = request.credentials === 'none' ? 'no credentials' : 'wrong credentials';
    return failed({ expected: `401, because the request carried ${sent}`,
      received: String(response.status), where: 'status' });
  },
};
