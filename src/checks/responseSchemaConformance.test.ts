import { responseSchemaConformance } from './responseSchemaConformance';
import { context, exchange } from './testExchange';

describe('response-schema-conformance', () => {
  it('passes a body that validates, extra fields included', () => {
    const body = { id: 'a', lifecycleState: 'ACTIVE', memoryInMBs: 128, addedLater: true };

    expect(responseSchemaConformance.run(context(), exchange(200, body)).status).toBe('passed');
  });

  it('reports every violation with its place in the body', () => {
    const body = { id: 7, lifecycleState: 'RUNNING', memoryInMBs: '256' };

    const outcome = responseSchemaConformance.run(context(), exchange(200, body));

    expect(outcome.status).toBe('failed');
    const places = outcome.status === 'failed' ? outcome.violations.map((v) => v.where) : [];
    expect(places.sort()).toEqual(['body /id', 'body /lifecycleState', 'body /memoryInMBs']);
  });

  it('fails a body that is not JSON', () => {
    const outcome = responseSchemaConformance.run(context(), exchange(200, '<html>'));

    expect(outcome).toMatchObject({ status: 'failed', violations: [
      { expected: 'a JSON body', received: '<html>' }] });
  });

  it('skips a status the document does not declare', () => {
    expect(responseSchemaConformance.run(context(), exchange(404, 'x')).status).toBe('skipped');
  });
});
