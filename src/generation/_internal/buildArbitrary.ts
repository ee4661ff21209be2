import fc from 'fast-check';

import { SuiteError } from '../../core/errors';
import type { SchemaObject } from '../../spec/model';
import { compileSchema } from '../../spec/schemaValidator';
import { arrayArbitrary } from './arrayArbitrary';
import { choiceArbitrary } from './choiceArbitrary';
import { type Exclusions, admittedTypes, exclusionsOf } from './exclusions';
import type { GenerationContext } from './generationContext';
import { type JsonType, canonicalJson } from './jsonTypes';
import { integerSchemaArbitrary, numberSchemaArbitrary } from './numberArbitrary';
import { objectArbitrary } from './objectArbitrary';
import { flattenOrThrow, lookupComponent, refName } from './resolveSchema';
import { stringSchemaArbitrary } from './stringSchemaArbitrary';
import { unsupportedSchema } from './unsupported';
import { withoutValues } from './withoutValues';

const DEFAULT_WEIGHT = { default: 1, generated: 4 };

/**
 * The arbitrary of any schema, or undefined when the depth bound on `$ref` cuts it off
 * (callers then leave the value out, or are cut off themselves).
 * @internal
 */
export function buildArbitrary(
  schema: SchemaObject,
  ctx: GenerationContext,
): fc.Arbitrary<unknown> | undefined {
  const name = refName(schema);
  if (name !== undefined) return followRef(name, ctx);

  const flat = flattenOrThrow(schema, ctx);
  const arbitrary = flat.enum ? enumArbitrary(flat, ctx)
    : flat.oneOf || flat.anyOf ? choiceArbitrary(flat, ctx, buildArbitrary)
      : typedArbitrary(flat, ctx);
  return arbitrary && withDefault(flat, arbitrary, ctx);
}

// Each component is built once per depth; recursive schemas would otherwise rebuild the same
// subtree for every path that reaches it.
function followRef(name: string, ctx: GenerationContext) {
  if (ctx.depth >= ctx.maxDepth) return undefined;
  const key = `${name}@${ctx.depth}`;
  if (!ctx.refCache.has(key)) {
    const inner = { ...ctx, depth: ctx.depth + 1 };
    ctx.refCache.set(key, buildArbitrary(lookupComponent(name, ctx), inner));
  }
  return ctx.refCache.get(key);
}

// Enum values are checked against the whole schema once, at build time: a value the other
// keywords reject (or a field rule's enum meeting the document's bounds) is never offered.
function enumArbitrary(schema: SchemaObject, ctx: GenerationContext) {
  const values = [...(schema.enum ?? [])];
  if (schema.nullable && !values.includes(null)) values.push(null);
  const check = compileSchema(schema, ctx.direction, ctx.components);
  const valid = values.filter((value) => check(value).length === 0);
  if (valid.length === 0) throw unsupportedSchema('no enum value satisfies the other keywords');
  return fc.constantFrom(...valid);
}

function typedArbitrary(schema: SchemaObject, ctx: GenerationContext) {
  const exclusions = exclusionsOf(schema, ctx);
  const types = admittedTypes(schema, exclusions);
  const excluded = new Set(exclusions.values.map(canonicalJson));
  const arbitraries: fc.Arbitrary<unknown>[] = [];
  let cut = false;

  for (const type of types) {
    const arbitrary = typeArbitrary(type, schema, ctx, exclusions);
    if (arbitrary === null) continue;
    if (!arbitrary) cut = true;
    const kept = arbitrary && withoutValues(arbitrary, type, schema, excluded);
    if (kept) arbitraries.push(kept);
  }
  if (arbitraries.length > 0) return arbitraries.length === 1 ? arbitraries[0]
    : fc.oneof(...arbitraries);
  if (cut) return undefined;
  throw unsupportedSchema('its type, nullable and not constraints leave no value');
}

/**
 * null when the type's keywords admit nothing in a schema without `type` (then the other
 * types still serve); undefined when depth cuts the type off.
 */
function typeArbitrary(
  type: JsonType,
  schema: SchemaObject,
  ctx: GenerationContext,
  exclusions: Exclusions,
): fc.Arbitrary<unknown> | undefined | null {
  try {
    switch (type) {
      case 'null': return fc.constant(null);
      case 'boolean': return fc.boolean();
      case 'integer': return integerSchemaArbitrary(schema);
      case 'number': return numberSchemaArbitrary(schema);
      case 'string': return stringSchemaArbitrary(schema);
      case 'array': return arrayArbitrary(schema, ctx, buildArbitrary);
      case 'object': return objectArbitrary(schema, ctx, buildArbitrary, exclusions.keys);
    }
  } catch (error) {
    if (schema.type === undefined && error instanceof SuiteError) return null;
    throw error;
  }
}

// A document's default is offered now and then, but only a scalar default that validates:
// an object default could carry properties this direction hides.
function withDefault(schema: SchemaObject, arbitrary: fc.Arbitrary<unknown>,
  ctx: GenerationContext) {
  const value: unknown = schema.default;
  if (value === undefined || (typeof value === 'object' && value !== null)) return arbitrary;
  if (compileSchema(schema, ctx.direction, ctx.components)(value).length > 0) return arbitrary;
  return fc.oneof({ weight: DEFAULT_WEIGHT.default, arbitrary: fc.constant(value) },
    { weight: DEFAULT_WEIGHT.generated, arbitrary });
}
