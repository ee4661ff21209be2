import fc from 'fast-check';

import { textArbitrary } from './stringArbitrary';

/**
 * Any JSON value, for places a schema leaves open (array items without `items`, additional
 * properties allowed as `true`). Shallow on purpose: the schema says nothing about it, so
 * depth adds cost without adding cases.
 * @internal
 */
export const anyJsonArbitrary: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

/** Keys for additional properties, from the same hard text as string values. @internal */
export const propertyNameArbitrary: fc.Arbitrary<string> = textArbitrary({ minLength: 0,
  maxLength: 24 });
