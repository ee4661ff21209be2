import { type CheckDefinition, failed, PASSED } from './types';

/** A target must never answer a request, valid or not, with a 5xx: it means it broke. */
export const serverErrorAbsence: CheckDefinition = {
  id: 'no-server-error',
  level: 'MUST',
  appliesTo: ['positive', 'negative', 'auth', 'stateful'],
  title: 'No request, valid or invalid, is answered with a 5xx status',
  source: 'OpenAPI document declares no 5xx; RFC 9110 §15.6: 5xx means the server failed',
  run(_ctx, { response }) {
    if (response.status < 500) return PASSED;
    return failed({ expected: 'a status below 500', received: String(response.status),
      where: 'status' });
  },
};
