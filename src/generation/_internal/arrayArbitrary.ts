import fc from 'fast-check';

import type { SchemaObject } from '../../spec/model';
import { anyJsonArbitrary } from './anyJsonArbitrary';
import type { GenerationContext } from './generationContext';
import { canonicalJson } from './jsonTypes';
import { integerRange } from './numberArbitrary';
import { flattenSchema } from './resolveSchema';
import { unsupportedSchema } from './unsupported';

/** Builds the arbitrary of a sub-schema; undefined when depth cuts it off. @internal */
export type BuildArbitrary = (
  schema: SchemaObject,
  ctx: GenerationContext,
) => fc.Arbitrary<unknown> | undefined;

/**
 * Arrays valid against `items`, `minItems`, `maxItems` and `uniqueItems`. Returns undefined
 * when the items are cut off by the depth bound and the array may not be empty.
 * @internal
 */
export function arrayArbitrary(
  schema: SchemaObject,
  ctx: GenerationContext,
  build: BuildArbitrary,
): fc.Arbitrary<unknown[]> | undefined {
  const items = 'items' in schema ? (schema.items as SchemaObject) : undefined;
  const minLength = schema.minItems ?? 0;
  let maxLength = schema.maxItems;
  if (maxLength !== undefined && minLength > maxLength) {
    throw unsupportedSchema(`minItems ${minLength} exceeds maxItems ${maxLength}`);
  }

  const item = items ? build(items, ctx) : anyJsonArbitrary;
  if (!item) return maxLength === 0 || minLength === 0 ? fc.constant([]) : undefined;
  if (maxLength === 0) return fc.constant([]);
  if (!schema.uniqueItems) return fc.array(item, { minLength, maxLength });

  // fast-check keeps drawing until the array is long enough, so a minimum above the number
  // of distinct items would never finish; cap by the size of finite item domains.
  const domain = items ? finiteDomainSize(items, ctx) : undefined;
  if (domain !== undefined) {
    if (minLength > domain) {
      throw unsupportedSchema(`uniqueItems with minItems ${minLength} but only ${domain} ` +
        'distinct items');
    }
    maxLength = Math.min(maxLength ?? domain, domain);
  }
  return fc.uniqueArray(item, { minLength, maxLength, selector: canonicalJson });
}

function finiteDomainSize(items: SchemaObject, ctx: GenerationContext): number | undefined {
  const flat = flattenSchema(items, ctx);
  if (!flat) return 0;
  if (flat.enum) return new Set(flat.enum.map(canonicalJson)).size + (flat.nullable ? 1 : 0);
  const withNull = flat.nullable ? 1 : 0;
  if (flat.type === 'boolean') return 2 + withNull;
  const range = flat.type === 'integer' ? integerRange(flat) : undefined;
  if (!range) return flat.type === 'integer' ? withNull : undefined;
  const step = flat.multipleOf !== undefined && Number.isInteger(flat.multipleOf)
    ? flat.multipleOf : 1;
  return Math.floor(range.max / step) - Math.ceil(range.min / step) + 1 + withNull;
}
