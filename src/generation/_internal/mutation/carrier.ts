import type fc from 'fast-check';

import { SuiteError } from '../../../core/errors';
import type { SchemaObject } from '../../../spec/model';
import type { InvalidValue, Mutation } from '../../mutations';
import { buildArbitrary } from '../buildArbitrary';
import type { GenerationContext } from '../generationContext';
import { valueAt, withValueAt } from '../jsonPointer';
import type { Breakage, MutationPlan } from './breakage';
import { forcePath } from './forcePath';

/**
 * Valid values that contain the plan's path, from `schema` (which may be narrower than the
 * schema the plan was made from, as long as it keeps the same shape). null when the break
 * replaces the whole value, so no carrier is needed; undefined when no valid value holds the
 * path.
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
