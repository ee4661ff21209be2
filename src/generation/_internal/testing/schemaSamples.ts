import fc from 'fast-check';

import type { SchemaObject } from '../../../spec/model';

// Arbitraries of OpenAPI 3.0 schemas for the generators' own property tests. Every schema is
// satisfiable and uses only constructs the generators support, by construction, so a test
// can demand that building never throws and every value validates.

const PROPERTY_NAMES = ['id', 'name', 'displayName', 'kind', 'a', 'b', 'with space', 'ünï',
  '0', 'x-y', 'config'];

const PATTERNS = ['^[a-z]{2,8}$', '^\\d{3}-\\d{4}$', '^[A-Z][a-z]*$', 'ab', '^\\p{L}+$',
  '^[^/]+$', '^(foo|bar)-\\d+$', '^ocid1\\.[a-z]+\\.oc1\\.[a-z0-9-]*\\.[a-z0-9]{8,20}$'];

const FORMATS = ['date-time', 'date', 'uuid', 'email', 'uri', 'byte', 'binary', 'password'];

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops undefined fields so that schemas print cleanly in counterexamples. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const anyValue = fc.jsonValue({ maxDepth: 1 });

/** Strings without an enum: lengths, a format or a pattern. */
export const freeStringSchema: fc.Arbitrary<SchemaObject> = fc.oneof(
  fc.tuple(fc.nat(5), maybe(fc.nat(600))).map(([min, extra]) => compact({
    type: 'string' as const, minLength: min || undefined,
    maxLength: extra === undefined ? undefined : min + extra,
  })),
  fc.constantFrom(...FORMATS).map((format) => ({ type: 'string' as const, format })),
  fc.constantFrom(...PATTERNS).map((pattern) => ({ type: 'string' as const, pattern })),
);

export const stringSchema: fc.Arbitrary<SchemaObject> = fc.oneof(
  { weight: 3, arbitrary: freeStringSchema },
  { weight: 1, arbitrary: fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 5 })
    .map((values) => ({ type: 'string' as const, enum: values })) },
);

const bound = fc.integer({ min: -1e6, max: 1e6 });

export const integerSchema: fc.Arbitrary<SchemaObject> = fc.record({
  low: maybe(bound), span: fc.integer({ min: 20, max: 1e6 }), upper: fc.boolean(),
  exclusiveMinimum: fc.boolean(), exclusiveMaximum: fc.boolean(),
  multipleOf: maybe(fc.integer({ min: 1, max: 9 })),
  format: maybe(fc.constantFrom('int32', 'int64')),
}).map(({ low, span, upper, ...rest }) => compact({
  type: 'integer' as const,
  minimum: low,
  // A span of at least 20 leaves a multiple of up to 9 inside even with exclusive bounds.
  maximum: upper ? (low ?? 0) + span : undefined,
  exclusiveMinimum: low !== undefined && rest.exclusiveMinimum ? true : undefined,
  exclusiveMaximum: upper && rest.exclusiveMaximum ? true : undefined,
  multipleOf: rest.multipleOf,
  format: rest.format,
}));

export const numberSchema: fc.Arbitrary<SchemaObject> = fc.record({
  low: maybe(fc.double({ min: -1e9, max: 1e9, noNaN: true })),
  span: fc.double({ min: 50, max: 1e9, noNaN: true }), upper: fc.boolean(),
  exclusive: fc.boolean(),
  multipleOf: maybe(fc.constantFrom(0.5, 0.25, 0.1, 0.01, 2.5, 3)),
  format: maybe(fc.constantFrom('float', 'double')),
}).map(({ low, span, upper, exclusive, multipleOf, format }) => compact({
  type: 'number' as const,
  minimum: low,
  maximum: upper ? (low ?? 0) + span : undefined,
  exclusiveMinimum: low !== undefined && exclusive ? true : undefined,
  exclusiveMaximum: upper && exclusive ? true : undefined,
  multipleOf, format,
}));

export const leafSchema: fc.Arbitrary<SchemaObject> = fc.oneof(
  stringSchema, integerSchema, numberSchema, fc.constant({ type: 'boolean' as const }),
);

/** A leaf that is sometimes nullable and sometimes carries a default (valid or not). */
export const decoratedLeaf: fc.Arbitrary<SchemaObject> = fc.tuple(
  leafSchema, fc.boolean(), maybe(anyValue),
).map(([schema, nullable, fallback]) => compact({
  ...schema, nullable: nullable || undefined, default: fallback ?? undefined,
}));

export interface SchemaSampleOptions {
  /** Nesting levels of arrays, objects and combinators. @defaultValue 2 */
  depth?: number;
}

/** Any supported schema up to `depth` levels of nesting. */
export function schemaSample(options: SchemaSampleOptions = {}): fc.Arbitrary<SchemaObject> {
  return nested(options.depth ?? 2);
}

function nested(depth: number): fc.Arbitrary<SchemaObject> {
  if (depth === 0) return decoratedLeaf;
  const inner = nested(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: decoratedLeaf },
    { weight: 2, arbitrary: arraySchema(inner) },
    { weight: 3, arbitrary: objectSchema(inner) },
    { weight: 1, arbitrary: objectSchema(inner).chain(splitIntoAllOf) },
    { weight: 1, arbitrary: oneOfSchema(inner) },
    { weight: 1, arbitrary: fc.array(inner, { minLength: 1, maxLength: 3 })
      .map((anyOf) => ({ anyOf })) },
    { weight: 1, arbitrary: notSchema },
  );
}

export function arraySchema(items: fc.Arbitrary<SchemaObject>): fc.Arbitrary<SchemaObject> {
  return fc.record({ items, min: fc.nat(3), extra: maybe(fc.nat(4)), unique: fc.boolean() })
    .map(({ items: item, min, extra, unique }) => compact({
      type: 'array' as const,
      items: item,
      // Unique items from a small domain (an enum of one) cannot fill more than one slot.
      minItems: unique ? Math.min(min, 1) || undefined : min || undefined,
      maxItems: extra === undefined ? undefined : (unique ? Math.min(min, 1) : min) + extra,
      uniqueItems: unique || undefined,
    }));
}

export function objectSchema(inner: fc.Arbitrary<SchemaObject>): fc.Arbitrary<SchemaObject> {
  const property = fc.tuple(inner, fc.constantFrom('none', 'none', 'readOnly', 'writeOnly'))
    .map(([schema, flag]): SchemaObject => (flag === 'none' ? schema
      : { ...schema, [flag]: true }));
  return fc.record({
    properties: fc.dictionary(fc.constantFrom(...PROPERTY_NAMES), property,
      { maxKeys: 4, noNullPrototype: true }),
    requiredMask: fc.nat(15),
    additional: fc.oneof(fc.constant(undefined), fc.boolean(), inner),
    minExtra: fc.nat(2),
    maxExtra: maybe(fc.nat(3)),
  }).map(({ properties, requiredMask, additional, minExtra, maxExtra }) => {
    const names = Object.keys(properties);
    const required = names.filter((_, i) => (requiredMask >> i) & 1);
    const open = additional !== false;
    // minProperties stays reachable: with extras forbidden only declared names that neither
    // direction hides can count.
    const alwaysSent = names.filter((name) => !properties[name].readOnly
      && !properties[name].writeOnly);
    const minProperties = Math.min(required.length + minExtra,
      open ? Infinity : alwaysSent.length);
    const maxProperties = maxExtra === undefined ? undefined
      : Math.max(minProperties, required.length) + maxExtra;
    return compact({
      type: 'object' as const,
      properties,
      required: required.length > 0 ? required : undefined,
      additionalProperties: additional as SchemaObject | boolean | undefined,
      minProperties: minProperties || undefined,
      maxProperties,
    });
  });
}

/**
 * The same object schema as an allOf of two parts: every property appears in both parts with
 * its constraints split between them, so additionalProperties means the same in each.
 */
export function splitIntoAllOf(schema: SchemaObject): fc.Arbitrary<SchemaObject> {
  const names = Object.keys(schema.properties ?? {});
  return fc.array(fc.boolean(), { minLength: names.length + 2, maxLength: names.length + 2 })
    .map((bits) => {
      const left: Record<string, SchemaObject> = {};
      const right: Record<string, SchemaObject> = {};
      names.forEach((name, i) => {
        const [a, b] = splitKeywords(schema.properties?.[name] as SchemaObject, bits[i]);
        left[name] = a;
        right[name] = b;
      });
      const { properties: _, required, additionalProperties, ...counts } = schema;
      const first = compact({ type: 'object' as const, properties: left, required,
        additionalProperties, ...(bits[names.length] ? counts : {}) });
      const second = compact({ properties: right,
        additionalProperties: additionalProperties === false ? false : undefined,
        ...(bits[names.length] ? {} : counts) });
      return { allOf: bits[names.length + 1] ? [first, second] : [second, first] };
    });
}

// Keywords that must stay together: a bound and its exclusive flag, a type and nullable.
const KEYWORD_GROUPS = [['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum'],
  ['minLength'], ['maxLength'], ['minItems'], ['maxItems'], ['multipleOf'], ['format']];

function splitKeywords(schema: SchemaObject, flip: boolean): [SchemaObject, SchemaObject] {
  if (schema.type === undefined || schema.type === 'object' || schema.enum) {
    return [schema, {}];
  }
  const left: Record<string, unknown> = { ...schema };
  const right: Record<string, unknown> = { type: schema.type, nullable: schema.nullable };
  KEYWORD_GROUPS.forEach((group, i) => {
    if (((i % 2 === 0) !== flip) || !group.some((key) => key in schema)) return;
    for (const key of group) {
      right[key] = left[key];
      delete left[key];
    }
  });
  return [left as SchemaObject, compact(right) as SchemaObject];
}

/**
 * oneOf lists the generators must be able to keep apart: branches of different type families,
 * objects told apart by a `kind` enum, or an enum beside a free string.
 */
export function oneOfSchema(inner: fc.Arbitrary<SchemaObject>): fc.Arbitrary<SchemaObject> {
  const byType = fc.shuffledSubarray([stringSchema, integerSchema, fc.constant({ type:
    'boolean' as const }), arraySchema(inner), objectSchema(inner)], { minLength: 2 })
    .chain((arbitraries) => fc.tuple(...arbitraries));
  const byKind = fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 4 })
    .chain((kinds) => fc.tuple(...kinds.map((kind) => objectSchema(inner).map((schema) => ({
      ...schema,
      properties: { ...schema.properties, kind: { type: 'string' as const, enum: [kind] } },
      required: [...new Set([...(schema.required ?? []), 'kind'])],
      // The added required property must still fit under the maximum.
      maxProperties: schema.maxProperties === undefined ? undefined : schema.maxProperties + 1,
    })))));
  const enumBesideText = fc.tuple(freeStringSchema, fc.uniqueArray(fc.string(), { minLength: 1 }))
    .map(([text, values]) => [text, { type: 'string' as const, enum: values }]);
  return fc.oneof(byType, byKind, enumBesideText).map((oneOf) => ({ oneOf }));
}

/** `not` in the simple forms: not a type, not one of some values. */
export const notSchema: fc.Arbitrary<SchemaObject> = fc.oneof(
  fc.constantFrom('string', 'integer', 'boolean', 'object', 'array')
    .map((type) => ({ not: { type } as SchemaObject })),
  fc.tuple(freeStringSchema, fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 4 }))
    .map(([schema, values]) => ({ ...schema, not: { enum: values } })),
  fc.tuple(integerSchema, fc.uniqueArray(fc.integer({ min: -3, max: 3 }), { minLength: 1 }))
    .map(([schema, values]) => ({ ...schema, not: { enum: values } })),
);
