import fc from 'fast-check';

import type { SchemaObject } from '../../spec/model';
import { unsupportedSchema } from './unsupported';

/** @internal */
export const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
/** JS numbers are exact integers only up to 2^53 - 1, whatever int64 allows on the wire. */
const SAFE = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
const FLOAT32_MAX = 3.4028234663852886e38;
const SMALL = 1000;

/** Inclusive integer bounds a schema allows, or undefined when it allows none. @internal */
export function integerRange(schema: SchemaObject): { min: number; max: number } | undefined {
  const limit = schema.format === 'int32' ? INT32 : SAFE;
  let min = limit.min;
  let max = limit.max;
  if (schema.minimum !== undefined) {
    const low = schema.exclusiveMinimum === true ? Math.floor(schema.minimum) + 1
      : Math.ceil(schema.minimum);
    min = Math.max(min, low);
  }
  if (schema.maximum !== undefined) {
    const high = schema.exclusiveMaximum === true ? Math.ceil(schema.maximum) - 1
      : Math.floor(schema.maximum);
    max = Math.min(max, high);
  }
  return min <= max ? { min, max } : undefined;
}

/**
 * Integers valid against `minimum`, `maximum` (with the OpenAPI 3.0 boolean exclusive flags),
 * `multipleOf` and the int32/int64 formats. Besides the whole range, a share of values comes
 * from a small range around zero and from the edges (0, ±1, the bounds), which fast-check's
 * own bias reaches too rarely over ranges as wide as int64.
 * @internal
 */
export function integerSchemaArbitrary(schema: SchemaObject): fc.Arbitrary<number> {
  const range = integerRange(schema);
  if (!range) throw unsupportedSchema(`no integer lies within its minimum and maximum`);
  if (schema.multipleOf !== undefined) return multiplesArbitrary(schema.multipleOf, range, true);

  const branches: fc.WeightedArbitrary<number>[] = [{ weight: 3, arbitrary: fc.integer(range) }];
  const small = { min: Math.max(range.min, -SMALL), max: Math.min(range.max, SMALL) };
  if (small.min <= small.max) branches.push({ weight: 2, arbitrary: fc.integer(small) });
  const edges = [...new Set([0, -1, 1, range.min, range.max])]
    .filter((n) => n >= range.min && n <= range.max);
  branches.push({ weight: 1, arbitrary: fc.constantFrom(...edges) });
  return fc.oneof(...branches);
}

/**
 * Finite numbers valid against the range keywords and `multipleOf`. Integers are mixed in
 * because a server may treat `3` and `3.5` differently even where the schema does not.
 * @internal
 */
export function numberSchemaArbitrary(schema: SchemaObject): fc.Arbitrary<number> {
  const limit = schema.format === 'float' ? FLOAT32_MAX : Number.MAX_VALUE;
  const min = Math.max(schema.minimum ?? -limit, -limit);
  const max = Math.min(schema.maximum ?? limit, limit);
  const minExcluded = schema.exclusiveMinimum === true && schema.minimum !== undefined;
  const maxExcluded = schema.exclusiveMaximum === true && schema.maximum !== undefined;
  if (min > max || (min === max && (minExcluded || maxExcluded))) {
    throw unsupportedSchema(`no number lies within its minimum and maximum`);
  }
  if (schema.multipleOf !== undefined) {
    return multiplesArbitrary(schema.multipleOf, inclusiveRange(min, max, minExcluded,
      maxExcluded), false);
  }

  const doubles = fc.double({ min, max, minExcluded, maxExcluded, noNaN: true,
    noDefaultInfinity: true });
  const integers = integerRange({ ...schema, format: undefined });
  if (!integers) return doubles;
  return fc.oneof({ weight: 3, arbitrary: doubles },
    { weight: 1, arbitrary: integerSchemaArbitrary({ ...schema, format: undefined }) });
}

// Multiples of a step never land exactly on an excluded bound by accident: the bound is moved
// inwards by one ulp-sized nudge before multiples are counted.
function inclusiveRange(min: number, max: number, minExcluded: boolean, maxExcluded: boolean) {
  return {
    min: minExcluded ? nextUp(min) : min,
    max: maxExcluded ? -nextUp(-max) : max,
  };
}

function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const step = Math.abs(x) * Number.EPSILON;
  return x + step;
}

/**
 * True when ajv accepts `value` for `multipleOf: step`. ajv divides and compares the quotient
 * with its parseInt; floating point makes 0.3 "not a multiple" of 0.1, so candidates are
 * checked with the very same test.
 * @internal
 */
export function isAjvMultiple(value: number, step: number): boolean {
  const quotient = value / step;
  return quotient === parseInt(String(quotient), 10);
}

const SEARCH_STEPS = 32;
const SCAN_LIMIT = 10_000;

/**
 * k × step for integers k in range. An integer step gives exact products; for a fractional
 * step (or a bound that rounding put on the wrong side) a product that ajv's test rejects is
 * replaced by a nearby multiple that passes, or by one found when the arbitrary is built.
 * Nothing is filtered.
 */
function multiplesArbitrary(
  step: number,
  range: { min: number; max: number },
  integer: boolean,
): fc.Arbitrary<number> {
  if (!(step > 0)) throw unsupportedSchema(`multipleOf ${step} is not positive`);
  // An open-ended number range holds more multiples than fast-check can count; a safe-integer
  // count of them is plenty.
  const kMin = Math.max(Math.ceil(range.min / step), SAFE.min);
  const kMax = Math.min(Math.floor(range.max / step), SAFE.max);
  if (kMin > kMax) {
    throw unsupportedSchema(`no multiple of ${step} lies within its minimum and maximum`);
  }
  const ks = fc.integer({ min: kMin, max: kMax });
  const accepts = (value: number) => value >= range.min && value <= range.max
    && (!integer || Number.isInteger(value)) && isAjvMultiple(value, step);
  const fallback = scanForMultiple(kMin, kMax, step, integer, accepts);
  return ks.map((k) => {
    for (let i = 0; i < SEARCH_STEPS; i++) {
      const candidate = candidateAt(k + (i % 2 === 0 ? i / 2 : -(i + 1) / 2), step, integer);
      if (accepts(candidate)) return candidate;
    }
    return fallback;
  });
}

function candidateAt(k: number, step: number, integer: boolean): number {
  const value = k * step;
  return integer ? Math.round(value) : value;
}

function scanForMultiple(
  kMin: number,
  kMax: number,
  step: number,
  integer: boolean,
  accepts: (value: number) => boolean,
): number {
  for (let k = kMin; k <= kMax && k - kMin < SCAN_LIMIT; k++) {
    const candidate = candidateAt(k, step, integer);
    if (accepts(candidate)) return candidate;
  }
  throw unsupportedSchema(`no multiple of ${step} that ajv accepts was found in range`);
}
