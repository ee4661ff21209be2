import { negativeDataRejection } from './negativeDataRejection';
import { context, exchange } from './testExchange';
import type { MutationRecord } from './types';

const mutation: MutationRecord = { keyword: 'required', pointer: '/displayName',
  location: 'body', description: "removed required property 'displayName'" };

describe('negative-data-rejection', () => {
  it('fails an invalid request that was accepted, naming the rule broken', () => {
    const outcome = negativeDataRejection.run(context(), exchange(200, {}, { mutation }));

    expect(outcome).toMatchObject({ status: 'failed', violations: [{ received: '200' }] });
    const text = outcome.status === 'failed' ? outcome.violations[0].expected : '';
    expect(text).toContain("removed required property 'displayName'");
    expect(text).toContain('required at body /displayName');
  });

  it('passes a 4xx refusal', () => {
    expect(negativeDataRejection.run(context(), exchange(422, {}, { mutation })).status)
      .toBe('passed');
  });

  it('skips a request that carries no mutation', () => {
    expect(negativeDataRejection.run(context(), exchange(200, {})).status).toBe('skipped');
  });
});
