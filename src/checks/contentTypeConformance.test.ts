import { contentTypeConformance } from './contentTypeConformance';
import { context, exchange } from './testExchange';

describe('content-type-conformance', () => {
  it('passes the documented media type with parameters', () => {
    const ok = exchange(200, {}, { contentType: 'application/json; charset=utf-8' });

    expect(contentTypeConformance.run(context(), ok).status).toBe('passed');
  });

  it('fails another media type and names the documented one', () => {
    const outcome = contentTypeConformance.run(context(),
      exchange(200, '{}', { contentType: 'text/plain' }));

    expect(outcome).toEqual({ status: 'failed', violations: [{ expected: 'application/json',
      received: 'text/plain', where: 'header content-type' }] });
  });

  it('fails a body without any Content-Type', () => {
    const bare = exchange(200, '{}');
    delete bare.response.headers['content-type'];

    expect(contentTypeConformance.run(context(), bare)).toMatchObject({ status: 'failed' });
  });
});
