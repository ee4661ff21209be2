import { errorBodyShape } from './errorBodyShape';
import { context, exchange } from './testExchange';

const errorSchema = { type: 'object' as const, properties: { code: { type: 'string' as const },
  message: { type: 'string' as const }, status: { type: 'integer' as const } } };

describe('error-body-shape', () => {
  it('passes an OCI-style error', () => {
    const body = { code: 'InvalidParameter', message: 'displayName is empty' };

    expect(errorBodyShape.run(context({ Error: errorSchema }), exchange(400, body)).status)
      .toBe('passed');
  });

  it('fails a problem+json body without code and message', () => {
    const body = { type: 'about:blank', title: 'Invalid', status: '422' };

    const outcome = errorBodyShape.run(context({ Error: errorSchema }), exchange(422, body));

    expect(outcome.status).toBe('failed');
    const places = outcome.status === 'failed' ? outcome.violations.map((v) => v.where) : [];
    expect(places).toEqual(['body /code', 'body /message', 'body /status']);
  });

  it('fails an error body that is not JSON', () => {
    expect(errorBodyShape.run(context(), exchange(400, 'Bad Request')).status).toBe('failed');
  });
});
