import type { SchemaObject } from '../../../spec/model';

/**
 * How a server reads a parameter's text back into a JSON value before validating it: text
 * that looks like a number becomes one for number and integer schemas, 'true'/'false'
 * become booleans for boolean schemas, and anything else stays text (and fails `type`).
 */
export function readParameter(text: string, schema: SchemaObject): unknown {
  if (schema.type === 'integer' || schema.type === 'number') {
    return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? Number(text) : text;
  }
  if (schema.type === 'boolean') {
    return text === 'true' ? true : text === 'false' ? false : text;
  }
  return text;
}
