import type fc from 'fast-check';

import type { SchemaObject } from '../spec/model';
import type { SchemaDirection } from '../spec/schemaValidator';
import { buildArbitrary } from './_internal/buildArbitrary';
import { createContext } from './_internal/generationContext';
import { unsupportedSchema } from './_internal/unsupported';

/** How values for a schema are generated. */
export interface SchemaArbitraryOptions {
  /**
   * Which side of an exchange the values are for: `request` never generates readOnly
   * properties, `response` never generates writeOnly ones.
   * @defaultValue `'request'`
   */
  direction?: SchemaDirection;
  /**
   * The named schemas `$ref: '#/components/schemas/X'` points into (ApiModel.schemas).
   * @defaultValue an empty map
   */
  components?: Record<string, SchemaObject>;
  /**
   * How many `$ref`s may be followed down one path of a value. At the bound a reference is
   * cut: an optional property or a possibly empty array leaves it out, and a schema that
   * cannot leave it out is cut in turn.
   * @defaultValue 3
   */
  maxDepth?: number;
}

/**
 * An arbitrary whose every value is valid against `schema` under OpenAPI 3.0 semantics, built
 * from fast-check combinators rather than filtered (the few exceptions are documented where
 * they live: lengths on patterns and formats, values excluded by `not`).
 *
 * Build it once and draw many values: building resolves references, merges allOf, narrows
 * oneOf branches and checks enum values and defaults against the schema.
 *
 * @throws SuiteError (SPEC_INVALID) when the schema admits no value within `maxDepth` or uses a
 * construct the generators do not support; the message says which.
 */
export function arbitraryForSchema(
  schema: SchemaObject,
  options: SchemaArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const arbitrary = buildArbitrary(schema, createContext(options));
  if (!arbitrary) {
    throw unsupportedSchema(`every value needs more than maxDepth ` +
      `(${options.maxDepth ?? 'default'}) levels of $ref`);
  }
  return arbitrary;
}
