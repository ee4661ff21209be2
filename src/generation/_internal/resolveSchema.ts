import type { SchemaObject } from '../../spec/model';
import type { GenerationContext } from './generationContext';
import { type MergeContext, mergeSchemas } from './mergeSchemas';
import { isPureNot, notsOf, withNots } from './schemaNots';
import { unsupportedSchema } from './unsupported';

const REF_PREFIX = '#/components/schemas/';

/** The component name a `$ref` points at, or undefined for a schema without `$ref`. @internal */
export function refName(schema: unknown): string | undefined {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return undefined;
  if (!ref.startsWith(REF_PREFIX)) {
    throw unsupportedSchema(`$ref '${ref}' does not point into #/components/schemas`);
  }
  return ref.slice(REF_PREFIX.length);
}

/** The component a `$ref` names. @internal */
export function lookupComponent(name: string, ctx: GenerationContext): SchemaObject {
  const found = ctx.components[name];
  if (!found) {
    throw unsupportedSchema(`$ref to '${name}', which is not in the components map passed as ` +
      'options.components');
  }
  return found;
}

/**
 * Follows a chain of `$ref`s and merges `allOf` into one schema, keeping pure `not` entries.
 * Returns undefined when the allOf parts admit no common value. References inside properties
 * and items stay as they are, so recursive schemas are expanded only as deep as generation
 * goes.
 * @internal
 */
export function flattenSchema(
  schema: SchemaObject,
  ctx: GenerationContext,
  seen: ReadonlySet<string> = new Set(),
): SchemaObject | undefined {
  let current = schema;
  const chain = new Set(seen);
  for (let name = refName(current); name !== undefined; name = refName(current)) {
    if (chain.has(name)) {
      throw unsupportedSchema(`$ref '${name}' refers back to itself through $ref/allOf alone, ` +
        'so it describes no finite value');
    }
    chain.add(name);
    current = lookupComponent(name, ctx);
  }

  const parts = (current.allOf ?? []).filter((part) => !isPureNot(part));
  if (parts.length === 0) return current;

  const merging = mergeContext(ctx);
  const base = withNots({ ...current, allOf: undefined }, notsOf(current));
  let merged: SchemaObject | undefined = base;
  for (const part of parts) {
    const flat = flattenSchema(part as SchemaObject, ctx, chain);
    merged = flat && merged ? mergeSchemas(merged, flat, merging) : undefined;
    if (!merged) return undefined;
  }
  return merged;
}

/** The callbacks mergeSchemas needs, bound to a generation context. @internal */
export function mergeContext(ctx: GenerationContext): MergeContext {
  return { direction: ctx.direction, resolve: (schema) => flattenSchema(schema, ctx) };
}

/**
 * flattenSchema for places where an unsatisfiable allOf is the document's fault and must be
 * reported rather than skipped.
 * @internal
 */
export function flattenOrThrow(schema: SchemaObject, ctx: GenerationContext): SchemaObject {
  const flat = flattenSchema(schema, ctx);
  if (!flat) throw unsupportedSchema('its allOf parts contradict each other');
  return flat;
}
