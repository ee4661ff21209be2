import { positiveDataAcceptance } from './positiveDataAcceptance';
import { context, exchange } from './testExchange';

describe('positive-data-acceptance', () => {
  it('is a SHOULD: a stricter target is reported, not failed outright', () => {
    expect(positiveDataAcceptance.level).toBe('SHOULD');
  });

  it('fails a valid request refused with 400', () => {
    expect(positiveDataAcceptance.run(context(), exchange(400, {})))
      .toMatchObject({ status: 'failed', violations: [{ received: '400' }] });
  });

  it('does not flag a 404 for a resource that does not exist', () => {
    expect(positiveDataAcceptance.run(context(), exchange(404, {})).status).toBe('passed');
  });
});
