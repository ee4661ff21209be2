import fc from 'fast-check';

import type { SchemaObject } from '../../spec/model';
import { formatArbitrary } from './formatArbitrary';
import { type LengthRange, codePointLength, textArbitrary } from './stringArbitrary';
import { unsupportedSchema } from './unsupported';

/**
 * Strings valid against a schema's `minLength`, `maxLength`, `pattern` and `format`.
 * @internal
 */
export function stringSchemaArbitrary(schema: SchemaObject): fc.Arbitrary<string> {
  const range: LengthRange = { minLength: schema.minLength ?? 0, maxLength: schema.maxLength };
  if (range.maxLength !== undefined && range.minLength > range.maxLength) {
    throw unsupportedSchema(`minLength ${range.minLength} exceeds maxLength ${range.maxLength}`);
  }

  const format = formatArbitrary(schema.format);
  if (schema.pattern !== undefined) {
    if (format) {
      throw unsupportedSchema(`pattern and format '${schema.format}' on one string`);
    }
    // ajv compiles patterns with the u flag; reading them the same way keeps \p{...} and
    // astral characters meaning the same thing on both sides.
    return withinLength(fc.stringMatching(new RegExp(schema.pattern, 'u')), range);
  }
  if (format) return withinLength(format, range);
  return textArbitrary(range);
}

const PROBE = { runs: 100, seed: 42 };

/**
 * Patterns and formats decide their own lengths, so a length bound on top of them is the one
 * place a string is filtered. The probe makes a bound the generator almost never meets fail
 * at construction, rather than spin while generating.
 */
function withinLength(arbitrary: fc.Arbitrary<string>, range: LengthRange) {
  const { minLength, maxLength } = range;
  if (minLength === 0 && maxLength === undefined) return arbitrary;

  const fits = (text: string) => {
    const length = codePointLength(text);
    return length >= minLength && (maxLength === undefined || length <= maxLength);
  };
  const hits = fc.sample(arbitrary, { numRuns: PROBE.runs, seed: PROBE.seed }).filter(fits);
  if (hits.length < PROBE.runs / 10) {
    throw unsupportedSchema(`its pattern or format rarely yields a length in ` +
      `[${minLength}, ${maxLength ?? '∞'}] (${hits.length} of ${PROBE.runs} tries)`);
  }
  return arbitrary.filter(fits);
}
