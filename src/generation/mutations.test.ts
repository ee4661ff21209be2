import fc from 'fast-check';

import type { SchemaObject } from '../spec/model';
import { type SchemaDirection, compileSchema } from '../spec/schemaValidator';
import { schemaSample } from './_internal/testing/schemaSamples';
import { type InvalidValue, canMutate, invalidArbitraryForSchema } from './mutations';

const VALUES_PER_SCHEMA = 15;
const direction = fc.constantFrom<SchemaDirection>('request', 'response');

/** The invalid values whose recorded break the validator does not report. */
function unreported(values: InvalidValue[], schema: SchemaObject, dir: SchemaDirection,
  components?: Record<string, SchemaObject>) {
  const check = compileSchema(schema, dir, components);
  return values.filter(({ value, mutation }) => !check(value).some((violation) =>
    violation.keyword === mutation.keyword && violation.pointer === mutation.pointer));
}

describe('invalidArbitraryForSchema over generated schemas (seed 9090)', () => {
  it('breaks each value at the recorded keyword and pointer', () => {
    let mutated = 0;
    fc.assert(fc.property(schemaSample({ depth: 2 }), direction, fc.integer(),
      (schema, dir, seed) => {
        const arbitrary = invalidArbitraryForSchema(schema, { direction: dir });
        if (!arbitrary) return;
        mutated++;
        const values = fc.sample(arbitrary, { numRuns: VALUES_PER_SCHEMA, seed });
        expect(unreported(values, schema, dir)).toEqual([]);
      }), { seed: 9090, numRuns: 200 });

    // Most generated schemas constrain something; a run that mutated few proves little.
    expect(mutated).toBeGreaterThan(150);
  });
});

describe('invalidArbitraryForSchema on one rich schema (seed 5)', () => {
  const schema: SchemaObject = {
    type: 'object',
    required: ['displayName', 'memoryInMBs', 'tags'],
    additionalProperties: false,
    properties: {
      displayName: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[A-Za-z]' },
      memoryInMBs: { type: 'integer', format: 'int32', enum: [128, 256] },
      timeoutInSeconds: { type: 'integer', minimum: 1, maximum: 300, multipleOf: 5 },
      ratio: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1 },
      state: { type: 'string', nullable: true, enum: ['ON', 'OFF'] },
      created: { type: 'string', format: 'date-time' },
      tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3,
        uniqueItems: true },
      config: { type: 'object', additionalProperties: { type: 'string' } },
      id: { type: 'string', readOnly: true },
    },
  };
  const values = fc.sample(invalidArbitraryForSchema(schema)!, { numRuns: 3000, seed: 5 });

  it('reports every break where it says', () => {
    expect(unreported(values, schema, 'request')).toEqual([]);
  });

  it.each(['required', 'type', 'enum', 'minimum', 'maximum', 'exclusiveMinimum', 'multipleOf',
    'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems',
    'additionalProperties'])('reaches %s', (keyword) => {
    expect(values.some(({ mutation }) => mutation.keyword === keyword)).toBe(true);
  });

  it.each<[string, (v: InvalidValue) => boolean]>([
    ['a non-object body', (v) => v.mutation.pointer === '' && v.mutation.keyword === 'type'
      && (Array.isArray(v.value) || typeof v.value !== 'object')],
    ['a null body', (v) => v.mutation.pointer === '' && v.value === null],
    ['null where not nullable', (v) => v.mutation.pointer !== '' && v.mutation.after === null],
    ['a fraction for an integer', (v) => v.mutation.pointer === '/timeoutInSeconds'
      && v.mutation.keyword === 'type' && !Number.isInteger(v.mutation.after)
      && typeof v.mutation.after === 'number'],
    ['a wrong array item type', (v) => v.mutation.pointer === '/tags/0'
      && v.mutation.keyword === 'type'],
    ['a wrong value in a map', (v) => v.mutation.pointer.startsWith('/config/')],
  ])('reaches %s', (_, test) => {
    expect(values.some(test)).toBe(true);
  });

  it('never breaks a property the direction hides', () => {
    expect(values.filter(({ mutation }) => mutation.pointer.startsWith('/id'))).toEqual([]);
  });

  it('never produces null for the nullable enum', () => {
    expect(values.filter(({ mutation }) => mutation.pointer === '/state'
      && mutation.after === null)).toEqual([]);
  });
});

describe('invalidArbitraryForSchema on schemas that accept everything', () => {
  it.each<[string, SchemaObject]>([
    ['the empty schema', {}],
    ['a schema of annotations only', { description: 'anything', example: 1 }],
    ['an anyOf of anything', { anyOf: [{}, { type: 'string' }] }],
  ])('says so for %s instead of offering a valid value', (_, schema) => {
    expect(invalidArbitraryForSchema(schema)).toBeUndefined();
    expect(canMutate(schema)).toBe(false);
  });
});
