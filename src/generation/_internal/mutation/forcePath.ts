import type { SchemaObject } from '../../../spec/model';
import type { GenerationContext } from '../generationContext';
import type { PathSegment } from '../jsonPointer';
import { ownProperty } from '../mergeSchemas';
import { flattenSchema } from '../resolveSchema';

/**
 * A narrower schema whose values all contain `path`: each object on the way requires the next
 * property, each array has at least the indexed item, and none of them is null. A break
 * planned at `path` then replaces a value that is really there, so it neither adds a property
 * beyond maxProperties nor lands in an array that should have been empty.
 * With `endsInObject` the value at the end of the path is a (non-null) object too.
 * Returns undefined when the path cannot exist (an allOf that admits nothing on the way).
 * @internal
 */
export function forcePath(
  schema: SchemaObject,
  path: readonly PathSegment[],
  ctx: GenerationContext,
  endsInObject = false,
): SchemaObject | undefined {
  if (path.length === 0 && !endsInObject) return schema;
  const flat = flattenSchema(schema, ctx);
  if (!flat) return undefined;
  if (path.length === 0) return { ...flat, type: 'object', nullable: false };
  const [head, ...rest] = path;

  if (typeof head === 'number') {
    const items = 'items' in flat ? (flat.items as SchemaObject) : {};
    const forced = forcePath(items, rest, ctx, endsInObject);
    if (!forced) return undefined;
    return { ...flat, type: 'array', nullable: false, items: forced,
      minItems: Math.max(flat.minItems ?? 0, head + 1) };
  }

  const declared = ownProperty(flat, head);
  const rule = flat.additionalProperties;
  const property = declared ?? (typeof rule === 'object' ? (rule as SchemaObject) : {});
  const forced = forcePath(property, rest, ctx, endsInObject);
  if (!forced) return undefined;
  return {
    ...flat,
    type: 'object',
    nullable: false,
    properties: { ...flat.properties, [head]: forced },
    required: [...new Set([...(flat.required ?? []), head])],
  };
}
