import type { OperationModel, SchemaObject } from '../spec/model';
import type { MutationRecord } from './types';

/** The keyword the generators record for a body sent in an undeclared media type. */
export const MEDIA_TYPE_KEYWORD = 'contentType';

/** Is this mutation "null where an optional property of the body had a value"? */
export function isOptionalNull(operation: OperationModel, mutation: MutationRecord): boolean {
  if (mutation.location !== 'body' || mutation.after !== null || !mutation.pointer) {
    return false;
  }
  const segments = mutation.pointer.slice(1).split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const property = segments.pop()!;
  const parent = schemaAt(operation.requestBody?.content[0]?.schema, segments);
  if (!parent?.properties || !(property in parent.properties)) return false;
  return !(parent.required ?? []).includes(property);
}

// Follows properties and array items; anything fancier (allOf, $ref) counts as unknown, and
// an unknown place is treated as required, which keeps the MUST check in charge.
function schemaAt(schema: SchemaObject | undefined, segments: string[]):
  SchemaObject | undefined {
  let current = schema;
  for (const segment of segments) {
    if (!current) return undefined;
    if (current.type === 'array') current = current.items as SchemaObject | undefined;
    else current = current.properties?.[segment] as SchemaObject | undefined;
  }
  return current;
}
