import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import type { SchemaObject } from './model';
import { COMPONENTS_ID, type SchemaDirection, toJsonSchema } from './toJsonSchema';

export type { SchemaDirection } from './toJsonSchema';

/** One way a value breaks its schema; every violation of a value is reported, not the first. */
export interface SchemaViolation {
  /** JSON pointer into the value, '' for the value itself. */
  pointer: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `enum`, ...). */
  keyword: string;
  message: string;
}

export type SchemaCheck = (value: unknown) => SchemaViolation[];

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// One ajv instance per components map: compiling is the expensive part, so each schema is
// compiled once per direction and kept for the life of the process.
const instances: Record<SchemaDirection, WeakMap<object, Ajv>> = {
  request: new WeakMap(),
  response: new WeakMap(),
};
const compiled = new WeakMap<object, Map<SchemaDirection, SchemaCheck>>();
const NO_COMPONENTS = {};

export function compileSchema(
  schema: SchemaObject,
  direction: SchemaDirection,
  components: Record<string, SchemaObject> = NO_COMPONENTS,
): SchemaCheck {
  let byDirection = compiled.get(schema);
  if (!byDirection) {
    byDirection = new Map();
    compiled.set(schema, byDirection);
  }
  const cached = byDirection.get(direction);
  if (cached) return cached;

  const ajv = ajvFor(components, direction);
  const validate = ajv.compile(toJsonSchema(schema, direction));
  const check = (value: unknown) => (validate(value) ? [] : toViolations(validate));
  byDirection.set(direction, check);
  return check;
}

function ajvFor(components: Record<string, SchemaObject>, direction: SchemaDirection): Ajv {
  let ajv = instances[direction].get(components);
  if (ajv) return ajv;

  // strict: false because OpenAPI documents carry keywords ajv does not know (example,
  // x-extensions, discriminator) that are not validation rules.
  // ownProperties: a property named like an Object.prototype member (toString) must not be
  // taken from the prototype when the value lacks it.
  ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, ownProperties: true });
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= INT32.min && n <= INT32.max,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('byte', { type: 'string', validate: (s: string) => BASE64.test(s) });
  ajv.addFormat('binary', { type: 'string', validate: () => true });
  ajv.addFormat('password', { type: 'string', validate: () => true });

  const schemas: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(components)) {
    schemas[name] = toJsonSchema(schema, direction);
  }
  ajv.addSchema({ components: { schemas } }, COMPONENTS_ID);
  instances[direction].set(components, ajv);
  return ajv;
}

function toViolations(validate: ValidateFunction): SchemaViolation[] {
  const errors: ErrorObject[] = validate.errors ?? [];
  return errors.map((error) => {
    const missing = error.keyword === 'required'
      ? `/${escapePointer(String(error.params.missingProperty))}`
      : '';
    return {
      pointer: error.instancePath + missing,
      keyword: error.keyword,
      message: describe(error),
    };
  });
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'enum') {
    return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
  }
  if (error.keyword === 'additionalProperties') {
    return `must not have property '${String(error.params.additionalProperty)}'`;
  }
  return error.message ?? error.keyword;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
