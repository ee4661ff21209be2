import {
  negativeDataRejection, nullForOptionalRefused, unsupportedMediaTypeRefused,
} from './negativeDataRejection';
import { context, exchange, operation } from './testExchange';
import type { MutationRecord } from './types';

const mutation: MutationRecord = { keyword: 'required', pointer: '/displayName',
  location: 'body', description: "removed required property 'displayName'" };

describe('negative-data-rejection', () => {
  it('fails an invalid request that was accepted, naming the rule broken', () => {
    const outcome = negativeDataRejection.run(context(), exchange(200, {}, { mutation }));

    expect(outcome).toMatchObject({ status: 'failed', violations: [{ received: '200' }] });
    const text = outcome.status === 'failed' ? outcome.violations[0].expected : '';
    expect(text).toContain("the request is invalid: removed required property 'displayName'");
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

describe('unsupported-media-type-refused', () => {
  const wrongType: MutationRecord = { keyword: 'contentType', pointer: '/content-type',
    location: 'header', description: 'a JSON body sent as text/plain' };

  it('is a SHOULD, and leaves the media type out of negative-data-rejection', () => {
    const accepted = exchange(200, {}, { mutation: wrongType });

    expect(unsupportedMediaTypeRefused.level).toBe('SHOULD');
    expect(unsupportedMediaTypeRefused.run(context(), accepted).status).toBe('failed');
    expect(negativeDataRejection.run(context(), accepted).status).toBe('skipped');
  });

  it('passes a 415', () => {
    expect(unsupportedMediaTypeRefused.run(context(),
      exchange(415, {}, { mutation: wrongType })).status).toBe('passed');
  });
});

describe('null-for-optional-refused', () => {
  const op = operation({ requestBody: { required: true, content: [{
    mediaType: 'application/json',
    schema: { type: 'object', required: ['name'],
      properties: { name: { type: 'string' }, config: { type: 'object' } } },
  }] } });
  const nullAt = (pointer: string): MutationRecord => ({ keyword: 'type', pointer,
    location: 'body', description: `null at ${pointer}`, after: null });

  it('takes null for an optional property away from the MUST check', () => {
    const accepted = exchange(200, {}, { op, mutation: nullAt('/config') });

    expect(negativeDataRejection.run(context(), accepted).status).toBe('skipped');
    expect(nullForOptionalRefused.run(context(), accepted).status).toBe('failed');
    expect(nullForOptionalRefused.level).toBe('SHOULD');
  });

  it('leaves null for a required property to the MUST check', () => {
    const accepted = exchange(200, {}, { op, mutation: nullAt('/name') });

    expect(negativeDataRejection.run(context(), accepted).status).toBe('failed');
    expect(nullForOptionalRefused.run(context(), accepted).status).toBe('skipped');
  });
});
