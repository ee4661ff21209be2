import fc from 'fast-check';

import { SuiteError } from '../../core/errors';
import type { SchemaObject } from '../../spec/model';
import { compileSchema } from '../../spec/schemaValidator';
import { buildArbitrary } from './buildArbitrary';
import { createContext } from './generationContext';
import { mergeSchemas } from './mergeSchemas';
import { mergeContext } from './resolveSchema';
import { decoratedLeaf, objectSchema, splitIntoAllOf } from './testing/schemaSamples';

const ctx = createContext({ direction: 'request' });
const merge = (a: SchemaObject, b: SchemaObject) => mergeSchemas(a, b, mergeContext(ctx));

describe('mergeSchemas (seed 808)', () => {
  it('yields a schema whose values satisfy both parts', () => {
    const parts = objectSchema(decoratedLeaf).chain(splitIntoAllOf)
      .map((schema) => schema.allOf as SchemaObject[]);

    fc.assert(fc.property(parts, fc.integer(), ([a, b], seed) => {
      // Arrange
      const merged = merge(a, b);
      if (!merged) throw new Error('split parts of one schema must merge');
      const checks = [compileSchema(a, 'request'), compileSchema(b, 'request')];

      // Act
      const values = fc.sample(buildArbitrary(merged, ctx)!, { numRuns: 10, seed });

      // Assert
      for (const value of values) {
        expect(checks.flatMap((check) => check(value))).toEqual([]);
      }
    }), { seed: 808, numRuns: 150 });
  });
});

describe('mergeSchemas on parts with no common value', () => {
  it.each<[string, SchemaObject, SchemaObject]>([
    ['different types', { type: 'string' }, { type: 'integer' }],
    ['disjoint ranges', { type: 'integer', minimum: 5 }, { type: 'integer', maximum: 4 }],
    ['an exclusive bound meeting an inclusive one', { type: 'number', minimum: 1,
      exclusiveMinimum: true }, { type: 'number', maximum: 1 }],
    ['disjoint enums', { enum: ['a', 'b'] }, { enum: ['c'] }],
    ['lengths that cross', { type: 'string', minLength: 4 }, { maxLength: 3 }],
    ['a required property the other part forbids', { type: 'object', required: ['x'] },
      { type: 'object', properties: {}, additionalProperties: false }],
    ['a type ruled out by not', { type: 'string' }, { not: { type: 'string' } }],
  ])('returns undefined for %s', (_, a, b) => {
    expect(merge(a, b)).toBeUndefined();
  });

  it('keeps the other types when keywords of one type cross in a schema without type', () => {
    const merged = merge({ minLength: 4, minimum: 3 }, { maxLength: 3, maximum: 2 });
    const values = fc.sample(buildArbitrary(merged!, ctx)!, { numRuns: 300, seed: 2 });

    expect(values.filter((v) => typeof v === 'string' || typeof v === 'number')).toEqual([]);
    expect(values.filter((v) => Array.isArray(v)).length).toBeGreaterThan(0);
  });

  it('keeps null when both parts are nullable, however their types differ', () => {
    const merged = merge({ type: 'string', nullable: true }, { type: 'integer', nullable: true });

    expect(merged && compileSchema(merged, 'request')(null)).toEqual([]);
  });

  it('refuses two different patterns with a SuiteError that names them', () => {
    expect(() => merge({ pattern: '^a' }, { pattern: 'b$' })).toThrow(SuiteError);
    expect(() => merge({ pattern: '^a' }, { pattern: 'b$' })).toThrow(/\^a.*b\$/);
  });

  it('narrows int64 to int32 and a rule enum to the values within the document bounds', () => {
    const merged = merge({ type: 'integer', format: 'int64', minimum: 1, maximum: 300 },
      { format: 'int32', enum: [0, 1, 300, 301] });

    expect(merged).toMatchObject({ format: 'int32', enum: [0, 1, 300, 301] });
    const values = fc.sample(buildArbitrary(merged!, ctx)!, { numRuns: 200, seed: 1 });
    expect(new Set(values)).toEqual(new Set([1, 300]));
  });
});
