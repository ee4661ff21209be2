import { SuiteError } from '../../core/errors';

/**
 * The error for a schema the generators cannot serve: unsatisfiable, or using a construct
 * they do not support. Thrown while building an arbitrary, never while generating.
 * @internal
 */
export function unsupportedSchema(why: string): SuiteError {
  return new SuiteError('SPEC_INVALID',
    `cannot generate values for a schema: ${why}; ` +
    'simplify that schema in the OpenAPI document or leave the operation out');
}
