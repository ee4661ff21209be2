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

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe('arbitraryForSchema on property names that Object.prototype also has (seed 8)', () => {
  // Checked by hand: compileSchema reads an absent `toString` as the inherited function (ajv
  // without its ownProperties option), so it cannot judge these values.
  it('treats constructor and toString as ordinary properties', () => {
    const schema = { type: 'object', required: ['constructor'],
      properties: { constructor: { type: 'string' }, toString: { type: 'integer' } },
    } as SchemaObject;

    const values = fc.sample(arbitraryForSchema(schema), { numRuns: 100, seed: 8 })
      .map((value) => value as Record<string, unknown>);

    expect(values.filter((v) => typeof v.constructor !== 'string')).toEqual([]);
    const own = values.filter((v) => Object.hasOwn(v, 'toString'));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((v) => !Number.isInteger(v.toString))).toEqual([]);
  });
});

describe('arbitraryForSchema on recursive $refs (seed 12)', () => {
  const node = {
    type: 'object',
    required: ['label'],
    properties: {
      label: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
      parent: { $ref: '#/components/schemas/Node' },
    },
  } as SchemaObject;
  const components = { Node: node };

  it.each([0, 1, 3])('stops at maxDepth %i and stays valid', (maxDepth) => {
    // Arrange
    const check = compileSchema(node, 'request', components);
    const arbitrary = arbitraryForSchema(node, { components, maxDepth });

    // Act
    const values = fc.sample(arbitrary, { numRuns: 300, seed: 12 });

    // Assert: each $ref level adds an array and the next node; the last array stays empty.
    const deepest = Math.max(...values.map(depthOf));
    expect(values.filter((value) => check(value).length > 0)).toEqual([]);
    expect(deepest).toBeLessThanOrEqual(2 * maxDepth + 2);
    expect(deepest).toBeGreaterThan(maxDepth + 1);
  });

  it('throws when a required reference cannot be cut off', () => {
    const chain = { type: 'object', required: ['next'],
      properties: { next: { $ref: '#/components/schemas/Chain' } } } as SchemaObject;

    expect(() => arbitraryForSchema(chain, { components: { Chain: chain } })).toThrow(SuiteError);
  });
});

describe('arbitraryForSchema on oneOf (seed 64)', () => {
  it('leaves out branches it cannot keep apart and still fills the others', () => {
    const schema: SchemaObject = { oneOf: [{ type: 'number' }, { type: 'integer' },
      { type: 'string', maxLength: 3 }, { type: 'string' }] };
    const check = compileSchema(schema, 'request');

    const values = fc.sample(arbitraryForSchema(schema), { numRuns: 500, seed: 64 });

    expect(values.filter((value) => check(value).length > 0)).toEqual([]);
    // Numbers and integers overlap with no rule to split them; a short string matches both
    // string branches, so only strings past the other branch's maxLength are left.
    expect(values.filter((value) => typeof value !== 'string')).toEqual([]);
    expect(values.filter((value) => (value as string).length <= 3)).toEqual([]);
  });

  it('tells discriminated objects apart by their enum property', () => {
    const kind = (name: string): SchemaObject => ({ type: 'object', required: ['kind'],
      properties: { kind: { type: 'string', enum: [name] }, size: { type: 'integer' } } });
    const schema: SchemaObject = { oneOf: [kind('small'), kind('large')] };

    const values = fc.sample(arbitraryForSchema(schema), { numRuns: 200, seed: 64 });

    expect(new Set(values.map((v) => (v as { kind: string }).kind)))
      .toEqual(new Set(['small', 'large']));
  });

  it('throws rather than risk a value matching two branches', () => {
    const schema: SchemaObject = { oneOf: [{ type: 'object' }, { type: 'object' }] };

    expect(() => arbitraryForSchema(schema)).toThrow(/no oneOf branch can be kept apart/);
  });
});

describe('arbitraryForSchema on defaults, not and nullable (seed 3)', () => {
  const sample = (schema: SchemaObject) =>
    fc.sample(arbitraryForSchema(schema), { numRuns: 400, seed: 3 });

  it('offers a valid default now and then', () => {
    expect(sample({ type: 'integer', default: 30 }).filter((v) => v === 30).length)
      .toBeGreaterThan(40);
  });

  it('never offers a default the schema rejects', () => {
    expect(sample({ type: 'integer', maximum: 10, default: 30 })).not.toContain(30);
  });

  it('leaves out the values and types a not names', () => {
    const values = sample({ not: { type: 'string' } });

    expect(values.filter((v) => typeof v === 'string')).toEqual([]);
    expect(sample({ type: 'boolean', not: { enum: [true] } })).not.toContain(true);
  });

  it('yields null only where the schema is nullable', () => {
    expect(sample({ type: 'string', nullable: true })).toContain(null);
    expect(sample({ type: 'string' })).not.toContain(null);
    expect(sample({ type: 'string', enum: ['a'], nullable: true })).toContain(null);
  });
});

describe('arbitraryForSchema on schemas with no value', () => {
  it.each<[string, SchemaObject]>([
    ['an empty integer range', { type: 'integer', minimum: 5, maximum: 4 }],
    ['an allOf of two types', { allOf: [{ type: 'string' }, { type: 'integer' }] }],
    ['an enum the other keywords reject', { type: 'string', maxLength: 1, enum: ['ab'] }],
    ['a not that rules out its own type', { type: 'string', not: { type: 'string' } }],
  ])('throws a SuiteError for %s', (_, schema) => {
    expect(() => arbitraryForSchema(schema)).toThrow(SuiteError);
  });
});
