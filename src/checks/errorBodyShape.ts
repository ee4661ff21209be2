import { compileSchema } from '../spec/schemaValidator';
import { type CheckDefinition, failed, PASSED, skipped } from './types';

/**
 * OCI services answer errors with a JSON body carrying a string `code` and `message`
 * (docs.oracle.com, API Concepts "Error Format"). The document's Error schema, when there is
 * one, must hold too. A convention of the live service, not a rule of the document: SHOULD.
 */
export const errorBodyShape: CheckDefinition = {
  id: 'error-body-shape',
  level: 'SHOULD',
  appliesTo: ['positive', 'negative'],
  title: 'An error response is JSON with a string code and message (OCI error model)',
  source: 'OCI API reference, "Error Format"; the document\'s Error schema',
  run(ctx, { response }) {
    if (response.status < 400) return skipped('not an error response');

    let body: unknown;
    try {
      body = JSON.parse(response.body.toString('utf8'));
    } catch {
      return failed({ expected: 'a JSON body with code and message',
        received: response.body.length === 0 ? 'an empty body' : 'a body that is not JSON',
        where: 'body' });
    }

    const record = (body ?? {}) as Record<string, unknown>;
    const missing = ['code', 'message'].filter((key) => typeof record[key] !== 'string');
    const errorSchema = ctx.api.schemas.Error;
    const schemaViolations = errorSchema
      ? compileSchema(errorSchema, 'response', ctx.api.schemas)(body)
      : [];
    if (missing.length === 0 && schemaViolations.length === 0) return PASSED;

    return failed(
      ...missing.map((key) => ({ expected: `a string "${key}"`,
        received: JSON.stringify(record[key]) ?? 'nothing', where: `body /${key}` })),
      ...schemaViolations.map((v) => ({ expected: `${v.keyword}: ${v.message}`,
        received: 'a body that breaks the Error schema', where: `body ${v.pointer || '/'}` })),
    );
  },
};
