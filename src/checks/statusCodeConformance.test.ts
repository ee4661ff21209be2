import { statusCodeConformance } from './statusCodeConformance';
import { context, exchange } from './testExchange';

describe('status-code-conformance', () => {
  it('passes a documented success status', () => {
    expect(statusCodeConformance.run(context(), exchange(200, {})).status).toBe('passed');
  });

  it('fails an undocumented success status and names both', () => {
    const outcome = statusCodeConformance.run(context(), exchange(201, {}));

    expect(outcome).toEqual({ status: 'failed', violations: [
      { expected: 'one of 200', received: '201', where: 'status' }] });
  });

  it('does not flag an undeclared 404 for an unknown resource', () => {
    expect(statusCodeConformance.run(context(), exchange(404, {})).status).toBe('passed');
  });

  it('accepts a status covered by a range or default response', () => {
    const ranged = exchange(204, undefined);
    ranged.operation.responses.push({ status: '2XX', description: '', content: [] });

    expect(statusCodeConformance.run(context(), ranged).status).toBe('passed');
  });
});
