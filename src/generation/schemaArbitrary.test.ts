import fc from 'fast-check';

import { SuiteError } from '../core/errors';
import type { SchemaObject } from '../spec/model';
import { type SchemaDirection, compileSchema } from '../spec/schemaValidator';
import { objectSchema, decoratedLeaf, schemaSample } from './_internal/testing/schemaSamples';
import { arbitraryForSchema } from './schemaArbitrary';

const VALUES_PER_SCHEMA = 15;
const direction = fc.constantFrom<SchemaDirection>('request', 'response');

function invalidValues(schema: SchemaObject, dir: SchemaDirection, seed: number) {
  const check = compileSchema(schema, dir);
  const values = fc.sample(arbitraryForSchema(schema, { direction: dir }),
    { numRuns: VALUES_PER_SCHEMA, seed });
  return values.map((value) => ({ value, violations: check(value) }))
    .filter(({ violations }) => violations.length > 0);
}

describe('arbitraryForSchema over generated schemas (seed 20240601)', () => {
  it('yields only values the validator accepts', () => {
    fc.assert(fc.property(schemaSample({ depth: 2 }), direction, fc.integer(),
      (schema, dir, seed) => {
        expect(invalidValues(schema, dir, seed)).toEqual([]);
      }), { seed: 20240601, numRuns: 250 });
  });
});

describe('arbitraryForSchema on object properties (seed 77)', () => {
  it.each<[SchemaDirection, 'readOnly' | 'writeOnly']>([
    ['request', 'readOnly'], ['response', 'writeOnly'],
  ])('never generates %s-hidden (%s) properties', (dir, flag) => {
    fc.assert(fc.property(objectSchema(decoratedLeaf), fc.integer(), (schema, seed) => {
      // Arrange
      const hidden = Object.entries(schema.properties ?? {})
        .filter(([, property]) => (property as SchemaObject)[flag])
        .map(([name]) => name);

      // Act
      const values = fc.sample(arbitraryForSchema(schema, { direction: dir }),
        { numRuns: VALUES_PER_SCHEMA, seed }) as Record<string, unknown>[];

      // Assert
      for (const value of values) {
        expect(Object.keys(value).filter((key) => hidden.includes(key))).toEqual([]);
      }
    }), { seed: 77, numRuns: 150 });
  });
});
