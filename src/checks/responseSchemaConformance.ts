import { compileSchema } from '../spec/schemaValidator';
import { findDocumentedResponse } from './documentedResponse';
import { essenceOf, isJsonMediaType, mediaTypeMatches } from './mediaType';
import { type CheckDefinition, failed, PASSED, skipped, type Violation } from './types';

const MAX_SHOWN_VALUE = 80;

/**
 * A JSON body of a documented response validates against the documented schema, with every
 * violation reported. Extra properties pass unless the schema forbids them: live services add
 * fields over time, and the document does not close its objects.
 */
export const responseSchemaConformance: CheckDefinition = {
  id: 'response-schema-conformance',
  level: 'MUST',
  appliesTo: ['positive', 'negative', 'stateful'],
  title: 'A documented JSON response body validates against its schema',
  source: 'OpenAPI 3.0.3 §4.7.17 Response Object and §4.7.24 Schema Object',
  run(ctx, { operation, response }) {
    const documented = findDocumentedResponse(operation, response.status);
    if (!documented) return skipped(`status ${response.status} is not documented`);

    const received = essenceOf(response.headers['content-type']);
    const media = documented.content.find((c) => received && mediaTypeMatches(c.mediaType,
      received)) ?? documented.content.find((c) => isJsonMediaType(c.mediaType));
    if (!media?.schema || !isJsonMediaType(media.mediaType)) return PASSED;
    if (response.body.length === 0) {
      return failed({ expected: `a ${media.mediaType} body`, received: 'an empty body',
        where: 'body' });
    }

    let body: unknown;
    try {
      body = JSON.parse(response.body.toString('utf8'));
    } catch {
      return failed({ expected: 'a JSON body', received: excerpt(response.body.toString('utf8')),
        where: 'body' });
    }

    const violations = compileSchema(media.schema, 'response', ctx.api.schemas)(body);
    if (violations.length === 0) return PASSED;
    return failed(...violations.map((v): Violation => ({
      expected: `${v.keyword}: ${v.message}`,
      received: excerpt(JSON.stringify(valueAt(body, v.pointer)) ?? 'nothing'),
      where: `body ${v.pointer || '/'}`,
    })));
  },
};

function valueAt(value: unknown, pointer: string): unknown {
  if (!pointer) return value;
  let current: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function excerpt(text: string): string {
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
