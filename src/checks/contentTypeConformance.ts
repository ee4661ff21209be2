import { findDocumentedResponse } from './documentedResponse';
import { essenceOf, mediaTypeMatches } from './mediaType';
import { type CheckDefinition, failed, PASSED, skipped } from './types';

/** A documented response with a body carries one of the media types declared for it. */
export const contentTypeConformance: CheckDefinition = {
  id: 'content-type-conformance',
  level: 'MUST',
  appliesTo: ['positive', 'stateful'],
  title: 'A documented response with a body declares one of the documented media types',
  source: 'OpenAPI 3.0.3 §4.7.17 Response Object content; RFC 9110 §8.3 Content-Type',
  run(_ctx, { operation, response }) {
    const documented = findDocumentedResponse(operation, response.status);
    if (!documented) return skipped(`status ${response.status} is not documented`);
    if (documented.content.length === 0) return PASSED;
    if (response.body.length === 0) return PASSED;

    const received = essenceOf(response.headers['content-type']);
    const declared = documented.content.map((c) => c.mediaType);
    if (received && declared.some((d) => mediaTypeMatches(d, received))) return PASSED;
    return failed({
      expected: declared.join(' or '),
      received: received ?? '(no Content-Type header)',
      where: 'header content-type',
    });
  },
};
