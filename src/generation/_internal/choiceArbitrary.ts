import fc from 'fast-check';

import { SuiteError } from '../../core/errors';
import type { SchemaObject } from '../../spec/model';
import type { BuildArbitrary } from './arrayArbitrary';
import type { GenerationContext } from './generationContext';
import { mergeSchemas } from './mergeSchemas';
import { narrowAgainst } from './oneOfNarrowing';
import { flattenSchema, lookupComponent, mergeContext, refName } from './resolveSchema';
import { unsupportedSchema } from './unsupported';

interface Branch {
  /** The branch merged with the keywords around the oneOf/anyOf. */
  schema: SchemaObject;
  /** The context to build it in: one level deeper when the branch was a $ref. */
  ctx: GenerationContext;
  /** False when the depth bound stops the branch from being generated. */
  reachable: boolean;
}

/**
 * Values of a schema with `oneOf` or `anyOf`: each value comes from one branch, merged with
 * the keywords beside the list. For anyOf that is enough. For oneOf each branch is first
 * narrowed (oneOfNarrowing.ts) until no value of it can match another branch.
 *
 * Limit: a oneOf branch that no rule can keep apart from some other branch is never
 * generated, so overlapping branches are covered only partly; if no branch can be kept
 * apart, building throws rather than risk values that match two branches.
 * @internal
 */
export function choiceArbitrary(
  schema: SchemaObject,
  ctx: GenerationContext,
  build: BuildArbitrary,
): fc.Arbitrary<unknown> | undefined {
  const exclusive = schema.oneOf !== undefined;
  const base: SchemaObject = { ...schema };
  delete base.oneOf;
  delete base.anyOf;
  const branches = ((schema.oneOf ?? schema.anyOf ?? []) as SchemaObject[])
    .map((raw) => mergedBranch(base, raw, ctx))
    .filter((branch): branch is Branch => branch !== undefined);

  const arbitraries: fc.Arbitrary<unknown>[] = [];
  let keptApart = 0;
  let cut = false;
  let failure: unknown;
  for (const branch of branches) {
    const narrowed = exclusive ? keepApart(branch, branches) : branch.schema;
    if (!narrowed) continue;
    keptApart++;
    // A branch that admits no value once merged and narrowed is skipped like an
    // unsatisfiable one; its error surfaces only if no branch is left.
    try {
      const arbitrary = branch.reachable ? build(narrowed, branch.ctx) : undefined;
      if (arbitrary) arbitraries.push(arbitrary);
      else cut = true;
    } catch (error) {
      if (!(error instanceof SuiteError)) throw error;
      failure ??= error;
    }
  }

  // toJsonSchema lets null through a nullable schema built from a list, before any branch.
  if (schema.nullable === true && schema.type === undefined) arbitraries.push(fc.constant(null));
  if (arbitraries.length > 0) return fc.oneof(...arbitraries);
  if (cut) return undefined;
  if (failure) throw failure;
  throw unsupportedSchema(keptApart === 0 && branches.length > 0
    ? 'no oneOf branch can be kept apart from the others, so any value might match two'
    : 'no oneOf/anyOf branch is compatible with the keywords beside it');
}

function mergedBranch(
  base: SchemaObject,
  raw: SchemaObject,
  ctx: GenerationContext,
): Branch | undefined {
  const name = refName(raw);
  const inner = name === undefined ? ctx : { ...ctx, depth: ctx.depth + 1 };
  const resolved = name === undefined ? raw : lookupComponent(name, ctx);
  const flat = flattenSchema(resolved, inner);
  const schema = flat && mergeSchemas(base, flat, mergeContext(inner));
  if (!schema) return undefined;
  return { schema, ctx: inner, reachable: name === undefined || ctx.depth < ctx.maxDepth };
}

function keepApart(branch: Branch, all: Branch[]): SchemaObject | undefined {
  let narrowed: SchemaObject | undefined = branch.schema;
  for (const other of all) {
    if (other === branch || !narrowed) continue;
    narrowed = narrowAgainst(narrowed, other.schema, branch.ctx);
  }
  return narrowed;
}
