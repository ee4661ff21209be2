import { serverErrorAbsence } from './serverErrorAbsence';
import { context, exchange } from './testExchange';

describe('no-server-error', () => {
  it('fails any 5xx', () => {
    const outcome = serverErrorAbsence.run(context(), exchange(503, 'busy'));

    expect(outcome).toEqual({ status: 'failed', violations: [
      { expected: 'a status below 500', received: '503', where: 'status' }] });
  });

  it('passes a 4xx refusal', () => {
    expect(serverErrorAbsence.run(context(), exchange(400, {})).status).toBe('passed');
  });
});
