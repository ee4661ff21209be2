import { documentedStatuses, findDocumentedResponse } from './documentedResponse';
import { type CheckDefinition, failed, PASSED } from './types';

/**
 * A success or redirect status must be one the document declares for the operation. Error
 * statuses are left to other checks: this document declares none, and the live service
 * answers errors with the standard 4xx codes, so flagging every 404 would be a false alarm.
 */
export const statusCodeConformance: CheckDefinition = {
  id: 'status-code-conformance',
  level: 'MUST',
  appliesTo: ['positive', 'stateful'],
  title: 'A 1xx, 2xx or 3xx status is one the document declares for the operation',
  source: 'OpenAPI 3.0.3 §4.7.16 Responses Object: the document lists the expected statuses',
  run(_ctx, { operation, response }) {
    if (response.status >= 400) return PASSED;
    if (findDocumentedResponse(operation, response.status)) return PASSED;
    return failed({
      expected: `one of ${documentedStatuses(operation).join(', ')}`,
      received: String(response.status),
      where: 'status',
    });
  },
};
