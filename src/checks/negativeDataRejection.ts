import { type CheckDefinition, failed, PASSED, skipped } from './types';

/**
 * A request that breaks the document must be refused with a 4xx. A 2xx means the target took
 * input the contract forbids; a 5xx is reported by no-server-error instead.
 */
export const negativeDataRejection: CheckDefinition = {
  id: 'negative-data-rejection',
  level: 'MUST',
  appliesTo: ['negative'],
  title: 'A request that breaks the document is refused with a 4xx status',
  source: 'OpenAPI document: request schemas, required parameters and media types',
  run(_ctx, { request, response }) {
    if (!request.mutation) return skipped('the request was not made invalid');
    if (response.status >= 500) return PASSED;
    if (response.status >= 400) return PASSED;
    return failed({
      expected: `a 4xx refusal, because the request ${request.mutation.description} ` +
        `(${request.mutation.keyword} at ${request.mutation.location} ` +
        `${request.mutation.pointer || '/'})`,
      received: String(response.status),
      where: 'status',
    });
  },
};
