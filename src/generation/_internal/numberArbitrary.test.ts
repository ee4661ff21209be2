import fc from 'fast-check';

import type { SchemaObject } from '../../spec/model';
import { compileSchema } from '../../spec/schemaValidator';
import { INT32, integerSchemaArbitrary, numberSchemaArbitrary } from './numberArbitrary';

const SAMPLES = 2000;

describe('integerSchemaArbitrary (seed 31)', () => {
  it.each<[string, SchemaObject, (n: number) => boolean]>([
    ['zero', { type: 'integer' }, (n) => n === 0],
    ['negatives', { type: 'integer' }, (n) => n < 0],
    ['large magnitudes', { type: 'integer', format: 'int64' }, (n) => Math.abs(n) > 2 ** 40],
    ['the int32 extremes', { type: 'integer', format: 'int32' },
      (n) => n === INT32.min || n === INT32.max],
  ])('reaches %s', (_, schema, test) => {
    const values = fc.sample(integerSchemaArbitrary(schema), { numRuns: SAMPLES, seed: 31 });

    expect(values.filter(test).length).toBeGreaterThan(SAMPLES / 100);
  });

  it('keeps int64 values exact (within safe integers)', () => {
    const values = fc.sample(integerSchemaArbitrary({ type: 'integer', format: 'int64' }),
      { numRuns: SAMPLES, seed: 31 });

    expect(values.filter((n) => !Number.isSafeInteger(n))).toEqual([]);
  });
});

describe('numberSchemaArbitrary with multipleOf (seed 5150)', () => {
  // ajv calls 0.3 "not a multiple" of 0.1; the generator must agree with it, not with algebra.
  it('yields only multiples ajv accepts, inside exclusive or inclusive bounds', () => {
    const schema = fc.record({
      type: fc.constantFrom('number' as const, 'integer' as const),
      multipleOf: fc.constantFrom(0.1, 0.01, 0.3, 0.25, 1.5, 7),
      minimum: fc.integer({ min: -1e6, max: 1e6 }),
      span: fc.integer({ min: 10, max: 1e6 }),
      exclusiveMinimum: fc.boolean(),
      exclusiveMaximum: fc.boolean(),
    }).map(({ span, ...rest }): SchemaObject => ({ ...rest, maximum: rest.minimum + span }));

    fc.assert(fc.property(schema, fc.integer(), (s, seed) => {
      const arbitrary = s.type === 'integer' ? integerSchemaArbitrary(s)
        : numberSchemaArbitrary(s);
      const check = compileSchema(s, 'request');
      const values = fc.sample(arbitrary, { numRuns: 25, seed });
      expect(values.filter((n) => check(n).length > 0)).toEqual([]);
    }), { seed: 5150, numRuns: 150 });
  });
});
