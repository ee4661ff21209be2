import type { SchemaObject } from '../../spec/model';

/**
 * The JSON types a generator can produce. `integer` is listed apart from `number` because
 * OpenAPI treats it as a type of its own, although every integer is also a number.
 * @internal
 */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/** @internal */
export const ALL_TYPES: readonly JsonType[] = [
  'null', 'boolean', 'integer', 'number', 'string', 'array', 'object',
];

/** The narrowest JSON type of a value (`1` is an integer, `1.5` a number). @internal */
export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/**
 * True when some value has both types: equal types, and integer with number since every
 * integer is a number.
 * @internal
 */
export function typesOverlap(a: JsonType, b: JsonType): boolean {
  if (a === b) return true;
  return (a === 'integer' && b === 'number') || (a === 'number' && b === 'integer');
}

/**
 * The types a generator leaves out when `type` is ruled out: integers and numbers go
 * together, because a number generator yields integers too.
 * @internal
 */
export function ruledOutWith(type: JsonType): JsonType[] {
  return type === 'integer' || type === 'number' ? ['integer', 'number'] : [type];
}

/**
 * The types a schema's `type` and `nullable` admit, before `not` and combinators narrow them.
 * A schema with `enum` admits the types of its values.
 * @internal
 */
export function declaredTypes(schema: SchemaObject): JsonType[] {
  if (schema.enum) {
    const types = new Set(schema.enum.map(jsonTypeOf));
    // toJsonSchema adds null to the enum of a nullable schema, so null is admitted too.
    if (schema.nullable) types.add('null');
    return [...types];
  }
  if (!schema.type) return [...ALL_TYPES];
  const own = schema.type as JsonType;
  return schema.nullable ? [own, 'null'] : [own];
}

/**
 * JSON text with object keys sorted, so that two values equal as JSON (which is how ajv
 * compares `enum` and `uniqueItems`) have the same key.
 * @internal
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record).sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${entries.join(',')}}`;
  }
  // -0 and 0 are the same JSON number.
  return JSON.stringify(Object.is(value, -0) ? 0 : value);
}
