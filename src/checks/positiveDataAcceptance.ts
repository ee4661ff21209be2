import { type CheckDefinition, failed, PASSED } from './types';

/**
 * A request the document calls valid should not be refused as bad input. Real services are
 * often stricter than their documents (the live Functions service only takes some memory
 * sizes), so this is a SHOULD: it reports "stricter than the spec" without failing the run.
 * Refusals that say nothing about the input (not found, not authorised, conflict, throttled)
 * are tolerated; the list is CheckOptions.acceptedRefusals.
 */
export const positiveDataAcceptance: CheckDefinition = {
  id: 'positive-data-acceptance',
  level: 'SHOULD',
  appliesTo: ['positive'],
  title: 'A request that is valid per the document is not refused as invalid (4xx)',
  source: 'OpenAPI document: the request satisfies every declared schema',
  run(ctx, { response }) {
    const status = response.status;
    if (status < 400 || status >= 500) return PASSED;
    if (ctx.options.acceptedRefusals.includes(status)) return PASSED;
    return failed({
      expected: `a success, or one of ${ctx.options.acceptedRefusals.join(', ')}: the request ` +
        'is valid per the document (the target is stricter than the spec)',
      received: String(status),
      where: 'status',
    });
  },
};
