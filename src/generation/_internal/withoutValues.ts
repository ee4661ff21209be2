import fc from 'fast-check';

import type { SchemaObject } from '../../spec/model';
import type { JsonType } from './jsonTypes';
import { canonicalJson } from './jsonTypes';
import { integerRange, isAjvMultiple } from './numberArbitrary';

const ENUMERABLE = 64;

/**
 * Leaves the values of a `not: {enum}` out of one type's arbitrary. Finite domains (booleans,
 * null, short integer ranges, the empty string) are enumerated without the excluded values.
 * Elsewhere a handful of excluded values sits in an infinite domain, and a filter is the
 * simple tool: it rejects only values equal to one of them.
 * Returns undefined when every value of the type is excluded.
 * @internal
 */
export function withoutValues(
  arbitrary: fc.Arbitrary<unknown>,
  type: JsonType,
  schema: SchemaObject,
  excluded: ReadonlySet<string>,
): fc.Arbitrary<unknown> | undefined {
  if (excluded.size === 0) return arbitrary;
  const allowed = (value: unknown) => !excluded.has(canonicalJson(value));

  const domain = finiteDomain(type, schema);
  if (domain) {
    const left = domain.filter(allowed);
    return left.length > 0 ? fc.constantFrom(...left) : undefined;
  }
  return arbitrary.filter(allowed);
}

function finiteDomain(type: JsonType, schema: SchemaObject): unknown[] | undefined {
  if (type === 'null') return [null];
  if (type === 'boolean') return [true, false];
  if (type === 'string' && schema.maxLength === 0) return [''];
  if (type !== 'integer') return undefined;

  const range = integerRange(schema);
  if (!range || range.max - range.min >= ENUMERABLE) return undefined;
  const values: number[] = [];
  for (let value = range.min; value <= range.max; value++) {
    if (schema.multipleOf === undefined || isAjvMultiple(value, schema.multipleOf)) {
      values.push(value);
    }
  }
  return values;
}
