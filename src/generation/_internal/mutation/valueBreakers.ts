import fc from 'fast-check';

import { canonicalJson } from '../jsonTypes';
import { INT32 } from '../numberArbitrary';
import { type MutationPlan, type Site, replaceAt, valuePlan, where } from './breakage';

const SAFE = Number.MAX_SAFE_INTEGER;
const STEPS = fc.integer({ min: 0, max: 1000 });

/**
 * A value outside `enum`, of the same type as the enum's values where the type has room
 * (text not in a text enum, a number beyond a numeric one, the missing boolean), else text.
 * @internal
 */
export function enumBreaks(site: Site): MutationPlan[] {
  const values = site.schema.enum;
  if (!values) return [];
  const taken = new Set(values.map(canonicalJson));
  const free = (candidate: unknown) => !taken.has(canonicalJson(candidate));
  const text = `a value outside the enum ${where(site)}`;

  const numbers = values.filter((v): v is number => typeof v === 'number');
  const booleans = [true, false].filter(free);
  let outside: fc.Arbitrary<unknown>;
  if (numbers.length > 0 && values.every((v) => typeof v === 'number' || v === null)) {
    const top = Math.max(...numbers);
    // Past the largest value, so never in the enum; integral so an integer schema still fits.
    outside = STEPS.map((step) => Math.floor(top) + 1 + step);
  } else if (values.every((v) => typeof v === 'boolean' || v === null) && booleans.length > 0) {
    outside = fc.constantFrom(...booleans);
  } else {
    // A taken text gets '~' appended until it is free: the result is never in the enum.
    outside = site.text({ minLength: 0, maxLength: 16 }).map((candidate) => {
      let out = candidate;
      while (!free(out)) out += '~';
      return out;
    });
  }
  return [valuePlan(site, 'enum', outside.map((after) => replaceAt(site, after, text)))];
}

/**
 * Numbers past `minimum` or `maximum` (the exclusive forms break at the bound itself), kept
 * integral for integer schemas and within safe integers, and whole multiples of the step
 * broken by half a step for `multipleOf`. int32 integers also get a value past 32 bits,
 * which breaks `format`.
 * @internal
 */
export function rangeBreaks(site: Site): MutationPlan[] {
  const { schema, types } = site;
  if (!types.includes('integer') && !types.includes('number')) return [];
  const integral = !types.includes('number');
  const plans: MutationPlan[] = [];

  if (schema.minimum !== undefined) {
    const exclusive = schema.exclusiveMinimum === true;
    const edge = integral ? (exclusive ? Math.floor(schema.minimum)
      : Math.ceil(schema.minimum) - 1) : schema.minimum;
    plans.push(...beyond(site, exclusive ? 'exclusiveMinimum' : 'minimum', edge, -1,
      integral || exclusive, `below the minimum ${schema.minimum}`));
  }
  if (schema.maximum !== undefined) {
    const exclusive = schema.exclusiveMaximum === true;
    const edge = integral ? (exclusive ? Math.ceil(schema.maximum)
      : Math.floor(schema.maximum) + 1) : schema.maximum;
    plans.push(...beyond(site, exclusive ? 'exclusiveMaximum' : 'maximum', edge, 1,
      integral || exclusive, `above the maximum ${schema.maximum}`));
  }
  plans.push(...multipleBreaks(site, integral), ...int32Breaks(site, integral));
  return plans;
}

// Values from `edge` outwards; the edge itself only when it already breaks the bound.
function beyond(site: Site, keyword: string, edge: number, sign: 1 | -1, edgeBreaks: boolean,
  text: string): MutationPlan[] {
  const first = edgeBreaks ? edge : edge + sign;
  if (!Number.isFinite(first) || Math.abs(first) > SAFE) return [];
  const values = STEPS.map((step) => first + sign * step)
    .map((value) => (Math.abs(value) > SAFE ? first : value));
  return [valuePlan(site, keyword,
    values.map((after) => replaceAt(site, after, `${after} ${where(site)}, ${text}`)))];
}

function multipleBreaks(site: Site, integral: boolean): MutationPlan[] {
  const step = site.schema.multipleOf;
  if (step === undefined) return [];
  // For an integer schema the break must stay an integer, which a step of 1 leaves no room
  // for (a fraction there is a type break, planned elsewhere).
  if (integral && !(Number.isInteger(step) && step >= 2)) return [];
  // k·step plus a part of a step: an integer remainder for integer schemas, half a step
  // otherwise, whose quotient k + 0.5 no rounding turns into a whole number.
  const offsets = integral ? fc.integer({ min: 1, max: step - 1 }) : fc.constant(step / 2);
  const values = fc.tuple(fc.integer({ min: -1000, max: 1000 }), offsets)
    .map(([k, offset]) => k * step + offset);
  return [valuePlan(site, 'multipleOf', values.map((after) =>
    replaceAt(site, after, `${after} ${where(site)}, not a multiple of ${step}`)))];
}

function int32Breaks(site: Site, integral: boolean): MutationPlan[] {
  if (!integral || site.schema.format !== 'int32') return [];
  const values = fc.tuple(fc.boolean(), STEPS)
    .map(([high, step]) => (high ? INT32.max + 1 + step : INT32.min - 1 - step));
  return [valuePlan(site, 'format', values.map((after) =>
    replaceAt(site, after, `${after} ${where(site)}, outside int32`)))];
}
