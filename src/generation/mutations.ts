import fc from 'fast-check';

import { SuiteError } from '../core/errors';
import type { SchemaObject } from '../spec/model';
import { buildArbitrary } from './_internal/buildArbitrary';
import { type GenerationContext, createContext } from './_internal/generationContext';
import { valueAt, withValueAt } from './_internal/jsonPointer';
import type { Breakage, MutationPlan } from './_internal/mutation/breakage';
import { forcePath } from './_internal/mutation/forcePath';
import { planMutations } from './_internal/mutation/planMutations';
import type { SchemaArbitraryOptions } from './schemaArbitrary';

/** How an invalid value or request was made invalid; one break per value. */
export interface Mutation {
  /** The JSON Schema keyword broken, as ajv names it (`nullable` is reported as `type`). */
  keyword: string;
  /**
   * JSON pointer to where the validator reports the break ('' = the root). For body breaks
   * it points into the body; for parameters it starts with the parameter's name
   * (`/compartmentId`); a request-level break (malformed JSON, wrong content type) uses ''.
   */
  pointer: string;
  location: 'body' | 'path' | 'query' | 'header';
  /** One line for humans: "removed required property 'displayName'". */
  description: string;
  before?: unknown;
  after?: unknown;
}

/** A value that breaks its schema in exactly the way its mutation says. */
export interface InvalidValue {
  value: unknown;
  mutation: Mutation;
}

/** Options of {@link invalidArbitraryForSchema}. */
export interface MutationOptions extends SchemaArbitraryOptions {
  /**
   * Where the value travels; recorded on every mutation.
   * @defaultValue `'body'`
   */
  location?: Mutation['location'];
}

/**
 * Invalid values for a schema, each broken in one planned way (missing required property,
 * wrong JSON type, null where not nullable, a value outside the enum, a number out of range
 * or not a multiple, a fraction for an integer, a string or array of the wrong length, text
 * not matching the pattern or format, an undeclared property, a wrong item, a non-object
 * body) and labelled with that break. The rest of the value is generated valid.
 *
 * Returns undefined when the schema admits no break (`{}` accepts everything): callers skip
 * instead of receiving a valid value labelled invalid.
 */
export function invalidArbitraryForSchema(
  schema: SchemaObject,
  options: MutationOptions = {},
): fc.Arbitrary<InvalidValue> | undefined {
  const ctx = createContext(options);
  const plans = planMutations(schema, ctx, { wire: 'json', subject: 'the value' });
  const arbitraries = plans
    .map((plan) => plannedArbitrary(plan, schema, ctx, options.location ?? 'body'))
    .filter((arbitrary) => arbitrary !== undefined);
  return arbitraries.length > 0 ? fc.oneof(...arbitraries) : undefined;
}

/** True when {@link invalidArbitraryForSchema} has something to offer for the schema. */
export function canMutate(schema: SchemaObject, options: MutationOptions = {}): boolean {
  return invalidArbitraryForSchema(schema, options) !== undefined;
}

/**
 * A valid value that contains the plan's path, from `schema` (which may be narrower than the
 * schema the plan was made from, as long as it keeps the same shape); undefined when none
 * exists or the root is replaced anyway.
 * @internal
 */
export function carrierArbitrary(
  plan: MutationPlan,
  schema: SchemaObject,
  ctx: GenerationContext,
): fc.Arbitrary<unknown> | undefined | null {
  if (plan.carrierPath === undefined) return null;
  const forced = forcePath(schema, plan.carrierPath, ctx, plan.carrierHoldsObject);
  if (!forced) return undefined;
  try {
    return buildArbitrary(forced, ctx);
  } catch (error) {
    // A path the schema cannot hold (a property a not-required forbids) is no place to break.
    if (error instanceof SuiteError) return undefined;
    throw error;
  }
}

/** Writes a breakage into a valid value and records it. @internal */
export function applyBreakage(
  valid: unknown,
  breakage: Breakage,
  keyword: string,
  location: Mutation['location'],
): InvalidValue {
  const before = valueAt(valid, breakage.target);
  const value = withValueAt(valid, breakage.target, breakage);
  const mutation: Mutation = { keyword, pointer: breakage.pointer, location,
    description: breakage.description };
  if (before !== undefined) mutation.before = before;
  if (!breakage.remove) mutation.after = breakage.after;
  return { value, mutation };
}

function plannedArbitrary(
  plan: MutationPlan,
  schema: SchemaObject,
  ctx: GenerationContext,
  location: Mutation['location'],
): fc.Arbitrary<InvalidValue> | undefined {
  const carrier = carrierArbitrary(plan, schema, ctx);
  if (carrier === undefined) return undefined;
  const valid = carrier ?? fc.constant(undefined);
  return fc.tuple(valid, plan.breakage)
    .map(([value, breakage]) => applyBreakage(value, breakage, plan.keyword, location));
}
