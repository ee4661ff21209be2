import type { SchemaObject } from './model';

// OpenAPI 3.0 schemas are a dialect of JSON Schema draft 4/5. ajv speaks draft-07, so this
// module rewrites the few keywords whose meaning differs, and nothing else:
// - `nullable: true` becomes a `null` member of `type` (and of `enum`, when there is one);
// - boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric draft-07 form;
// - `readOnly` properties may be absent from requests, `writeOnly` ones from responses, so
//   they leave `required` in that direction;
// - `$ref: '#/components/schemas/X'` (left in place by the loader only for recursive schemas)
//   points into the components document registered with ajv under COMPONENTS_ID.

export type SchemaDirection = 'request' | 'response';

export const COMPONENTS_ID = 'openapi-components';

const REF_PREFIX = '#/components/schemas/';

type JsonSchema = Record<string, unknown>;

export function toJsonSchema(schema: SchemaObject, direction: SchemaDirection): JsonSchema {
  return convert(schema, direction, new Map());
}

function convert(
  schema: unknown,
  direction: SchemaDirection,
  seen: Map<object, JsonSchema>,
): JsonSchema {
  if (typeof schema !== 'object' || schema === null) return schema as JsonSchema;

  // The loader leaves no cycles behind, but a user-built model might; a cycle here would
  // otherwise recurse forever.
  const known = seen.get(schema);
  if (known) return known;

  const source = schema as Record<string, unknown>;
  const out: JsonSchema = {};
  seen.set(schema, out);

  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith('x-') || key === 'example' || key === 'nullable') continue;
    if (key === 'discriminator' || key === 'xml' || key === 'externalDocs') continue;
    out[key] = convertKeyword(key, value, direction, seen);
  }

  if (typeof source.$ref === 'string' && source.$ref.startsWith(REF_PREFIX)) {
    out.$ref = `${COMPONENTS_ID}#/${source.$ref.slice(2)}`;
  }
  applyExclusiveBounds(source, out);
  if (source.nullable === true) allowNull(out);
  dropDirectionalRequired(source, out, direction);
  return out;
}

function convertKeyword(
  key: string,
  value: unknown,
  direction: SchemaDirection,
  seen: Map<object, JsonSchema>,
): unknown {
  switch (key) {
    case 'properties':
      return mapValues(value as Record<string, unknown>, (v) => convert(v, direction, seen));
    case 'items':
    case 'not':
      return convert(value, direction, seen);
    case 'additionalProperties':
      return typeof value === 'boolean' ? value : convert(value, direction, seen);
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      return (value as unknown[]).map((v) => convert(v, direction, seen));
    default:
      return value;
  }
}

function applyExclusiveBounds(source: Record<string, unknown>, out: JsonSchema): void {
  if (source.exclusiveMinimum === true && typeof source.minimum === 'number') {
    out.exclusiveMinimum = source.minimum;
    delete out.minimum;
  } else if (typeof source.exclusiveMinimum === 'boolean') {
    delete out.exclusiveMinimum;
  }
  if (source.exclusiveMaximum === true && typeof source.maximum === 'number') {
    out.exclusiveMaximum = source.maximum;
    delete out.maximum;
  } else if (typeof source.exclusiveMaximum === 'boolean') {
    delete out.exclusiveMaximum;
  }
}

function allowNull(out: JsonSchema): void {
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];

  // A nullable schema built from allOf/oneOf/anyOf has no `type` of its own; wrapping it
  // keeps null valid without touching the branches.
  if (out.type === undefined && (out.allOf || out.oneOf || out.anyOf || out.$ref)) {
    const inner = { ...out };
    for (const key of Object.keys(out)) delete out[key];
    out.anyOf = [{ type: 'null' }, inner];
  }
}

function dropDirectionalRequired(
  source: Record<string, unknown>,
  out: JsonSchema,
  direction: SchemaDirection,
): void {
  if (!Array.isArray(source.required) || typeof source.properties !== 'object') return;

  const properties = source.properties as Record<string, Record<string, unknown>>;
  const hiddenFlag = direction === 'request' ? 'readOnly' : 'writeOnly';
  const required = (source.required as string[]).filter(
    (name) => properties[name]?.[hiddenFlag] !== true,
  );
  if (required.length > 0) out.required = required;
  else delete out.required;
}

function mapValues(
  record: Record<string, unknown>,
  fn: (value: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = fn(value);
  return out;
}
