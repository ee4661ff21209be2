import type { SchemaObject } from '../../../spec/model';
import { unsupportedSchema } from '../unsupported';

/**
 * A parameter value as it goes on the wire, before URL encoding (the transport does that):
 * scalars as JSON writes them, arrays comma-separated. Comma-separated is OpenAPI's `simple`
 * style for paths and `form` without explode for queries; query arrays with `explode: true`
 * (repeated names) do not fit GeneratedRequest's one text per name.
 * @internal
 */
export function parameterText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(parameterText).join(',');
  if (value !== null && typeof value === 'object') {
    throw new Error('parameterText: objects have no text form here; parameterSchema rejects them');
  }
  return String(Object.is(value, -0) ? 0 : value);
}

/**
 * The schema a parameter is generated from: text when the document gives no type, and
 * never an object, which has no single text form.
 * @internal
 */
export function parameterSchema(schema: SchemaObject, name: string): SchemaObject {
  if (schema.type === 'object' || (schema.properties && !schema.type)) {
    throw unsupportedSchema(`parameter '${name}' is an object, which has no text form here`);
  }
  return schema.type || schema.enum || schema.oneOf || schema.anyOf || schema.allOf
    || (schema as { $ref?: string }).$ref ? schema : { ...schema, type: 'string' };
}
