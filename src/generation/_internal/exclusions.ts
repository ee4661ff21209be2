import type { SchemaObject } from '../../spec/model';
import type { GenerationContext } from './generationContext';
import { ALL_TYPES, type JsonType, declaredTypes, ruledOutWith } from './jsonTypes';
import { visibleRequired } from './mergeSchemas';
import { flattenOrThrow } from './resolveSchema';
import { notsOf } from './schemaNots';
import { unsupportedSchema } from './unsupported';

/**
 * What a schema's `not` constraints rule out, in the three forms the builders can honour by
 * construction. Each form is sufficient, not exact: a value outside all three satisfies every
 * `not`, though some values inside them might too (we never generate those).
 * @internal
 */
export interface Exclusions {
  types: Set<JsonType>;
  /** Values no generated value may equal (as JSON). */
  values: unknown[];
  /** Property names no generated object may carry. */
  keys: Set<string>;
}

/**
 * Reads every `not` of a flattened schema. Supported: `not` with `enum` (those values are
 * left out), with `type` (that type is left out), with `required` (one named property is
 * left out, and so are non-objects, which satisfy any `required`). Anything else throws.
 * @internal
 */
export function exclusionsOf(schema: SchemaObject, ctx: GenerationContext): Exclusions {
  const out: Exclusions = { types: new Set(), values: [], keys: new Set() };
  for (const raw of notsOf(schema)) {
    const not = flattenOrThrow(raw, ctx);
    if (not.enum) {
      out.values.push(...not.enum);
      if (not.nullable) out.values.push(null);
    } else if (not.type) {
      for (const type of declaredTypes(not)) ruledOutWith(type).forEach((t) => out.types.add(t));
    } else if (not.required && not.required.length > 0) {
      excludeKey(schema, not, out, ctx);
    } else {
      throw unsupportedSchema(`not ${JSON.stringify(not)} is not one of the supported forms ` +
        '(not-enum, not-type, not-required)');
    }
  }
  return out;
}

function excludeKey(
  schema: SchemaObject,
  not: SchemaObject,
  out: Exclusions,
  ctx: GenerationContext,
): void {
  const mustHave = new Set(visibleRequired(schema, ctx));
  const name = (not.required ?? []).find((key) => !mustHave.has(key));
  if (name === undefined) {
    throw unsupportedSchema(`not {required: ${JSON.stringify(not.required)}} forbids ` +
      'properties the same schema requires');
  }
  out.keys.add(name);
  for (const type of ALL_TYPES) if (type !== 'object') out.types.add(type);
}

/** The types a flattened schema admits once its `not` constraints are applied. @internal */
export function admittedTypes(schema: SchemaObject, exclusions: Exclusions): JsonType[] {
  return declaredTypes(schema).filter((type) => !exclusions.types.has(type));
}
