import fc from 'fast-check';

import type { SchemaObject } from '../spec/model';
import { type GenerationContext, createContext } from './_internal/generationContext';
import type { MutationPlan } from './_internal/mutation/breakage';
import { applyBreakage, carrierArbitrary } from './_internal/mutation/carrier';
import { planMutations } from './_internal/mutation/planMutations';
import type { SchemaArbitraryOptions } from './schemaArbitrary';

/** How an invalid value or request was made invalid; one break per value. */
export interface Mutation {
  /** The JSON Schema keyword broken, as ajv names it (`nullable` is reported as `type`). */
  keyword: string;
  /**
   * JSON pointer to where the validator reports the break ('' = the root): into the body for
   * body breaks (a missing required property points at the property, as compileSchema does;
   * an undeclared one at its object); for parameters and headers it starts with the name
   * (`/compartmentId`, `/content-type`); malformed JSON and an empty body use ''.
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
