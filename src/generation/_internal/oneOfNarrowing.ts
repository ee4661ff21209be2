import type { SchemaObject } from '../../spec/model';
import { compileSchema } from '../../spec/schemaValidator';
import { admittedTypes, exclusionsOf } from './exclusions';
import type { GenerationContext } from './generationContext';
import { type JsonType, canonicalJson, typesOverlap } from './jsonTypes';
import { mergeSchemas, ownProperty, visibleRequired } from './mergeSchemas';
import { flattenSchema, mergeContext } from './resolveSchema';
import { addNot } from './schemaNots';

/**
 * Narrows a oneOf branch so that none of its values validates against another branch, by
 * rules that each prove the two disjoint:
 * 1. their types cannot overlap;
 * 2. the other branch is an enum: its values are excluded from this branch;
 * 3. this branch is an enum: only values the other branch rejects are kept;
 * 4. the types the two share are dropped from this branch, when some type remains;
 * 5. for objects: this branch requires a property the other forbids, or the other requires
 *    one that this branch can leave out, or a property this branch requires is narrowed
 *    (recursively) against the other's schema for it (this covers discriminator enums);
 * 6. numbers or strings whose ranges or lengths do not meet;
 * 7. one bound of the other branch (a maximum, a maxLength, a minItems, ...) turned around and
 *    added to this branch, so every value breaks that bound.
 * Returns undefined when no rule applies: the branch might share values with the other.
 * @internal
 */
export function narrowAgainst(
  branch: SchemaObject,
  other: SchemaObject,
  ctx: GenerationContext,
): SchemaObject | undefined {
  const mine = admittedTypes(branch, exclusionsOf(branch, ctx));
  const theirs = admittedTypes(other, exclusionsOf(other, ctx));
  const shared = mine.filter((type) => theirs.some((their) => typesOverlap(type, their)));
  if (shared.length === 0) return branch;

  return excludeTheirEnum(branch, other)
    ?? keepMyEnum(branch, other, ctx)
    ?? dropSharedTypes(branch, mine, shared)
    ?? (onlyType(shared, 'object') ? narrowObject(branch, other, ctx) : undefined)
    ?? (disjointRanges(shared, branch, other) ? branch : undefined)
    ?? outsideABound(shared, branch, other, ctx);
}

function excludeTheirEnum(branch: SchemaObject, other: SchemaObject) {
  if (!other.enum) return undefined;
  const theirs = other.nullable ? [...other.enum, null] : other.enum;
  const taken = new Set(theirs.map(canonicalJson));
  // A branch whose own enum lies inside theirs would be left with nothing.
  if (branch.enum?.every((value) => taken.has(canonicalJson(value)))) return undefined;
  return addNot(branch, { enum: theirs });
}

function keepMyEnum(branch: SchemaObject, other: SchemaObject, ctx: GenerationContext) {
  if (!branch.enum) return undefined;
  const check = compileSchema(other, ctx.direction, ctx.components);
  const kept = branch.enum.filter((value) => check(value).length > 0);
  if (kept.length === 0) return undefined;
  // toJsonSchema adds null to a nullable enum; keep it only if the other branch rejects it.
  const nullable = branch.nullable === true && check(null).length > 0;
  return { ...branch, enum: kept, nullable };
}

function dropSharedTypes(branch: SchemaObject, mine: JsonType[], shared: JsonType[]) {
  if (shared.length === mine.length) return undefined;
  let narrowed = branch;
  for (const type of shared) {
    narrowed = type === 'null' && branch.type
      ? { ...narrowed, nullable: false }
      : addNot(narrowed, { type } as SchemaObject);
  }
  return narrowed;
}

function onlyType(shared: JsonType[], type: JsonType): boolean {
  return shared.length === 1 && shared[0] === type;
}

function narrowObject(branch: SchemaObject, other: SchemaObject, ctx: GenerationContext) {
  const mustHave = visibleRequired(branch, ctx);
  const theyNeed = visibleRequired(other, ctx);
  const theirProperties = (other.properties ?? {}) as Record<string, SchemaObject>;

  // A property we always send that the other branch does not allow.
  if (other.additionalProperties === false
    && mustHave.some((name) => !Object.hasOwn(theirProperties, name))) {
    return branch;
  }
  // A property the other branch needs that we can leave out.
  const omittable = theyNeed.find((name) => !mustHave.includes(name));
  if (omittable !== undefined) return addNot(branch, { required: [omittable] });

  // A property we always send whose value can be kept out of theirs.
  for (const name of mustHave) {
    const theirRule = ownProperty(other, name) ?? additionalSchema(other);
    const myRule = ownProperty(branch, name) ?? additionalSchema(branch) ?? {};
    if (!theirRule) continue;
    const mineFlat = flattenSchema(myRule, ctx);
    const theirsFlat = flattenSchema(theirRule, ctx);
    if (!mineFlat || !theirsFlat) continue;
    const narrowed = narrowAgainst(mineFlat, theirsFlat, ctx);
    if (narrowed) return { ...branch, properties: { ...branch.properties, [name]: narrowed } };
  }
  return undefined;
}

function additionalSchema(schema: SchemaObject): SchemaObject | undefined {
  const rule = schema.additionalProperties;
  return typeof rule === 'object' ? (rule as SchemaObject) : undefined;
}

function disjointRanges(shared: JsonType[], a: SchemaObject, b: SchemaObject): boolean {
  if (onlyType(shared, 'string')) {
    return apart(a.minLength ?? 0, a.maxLength, b.minLength ?? 0, b.maxLength);
  }
  if (shared.every((type) => type === 'integer' || type === 'number')) {
    return apart(a.minimum, a.maximum, b.minimum, b.maximum);
  }
  return false;
}

// Two closed intervals (an undefined end is open-ended) that do not meet.
function apart(
  lowA: number | undefined,
  highA: number | undefined,
  lowB: number | undefined,
  highB: number | undefined,
): boolean {
  return (highA !== undefined && lowB !== undefined && highA < lowB)
    || (highB !== undefined && lowA !== undefined && highB < lowA);
}

// Bounds of the other branch, each with the bound that keeps a value outside it. Only bounds
// of the one type both branches share apply: a value of that type breaking any of them is
// not valid for the other branch.
function turnedBounds(shared: JsonType[], other: SchemaObject): SchemaObject[] {
  const out: SchemaObject[] = [];
  if (onlyType(shared, 'string')) {
    if (other.maxLength !== undefined) out.push({ minLength: other.maxLength + 1 });
    if (other.minLength) out.push({ maxLength: other.minLength - 1 });
  } else if (onlyType(shared, 'array')) {
    if (other.maxItems !== undefined) out.push({ minItems: other.maxItems + 1 });
    if (other.minItems) out.push({ maxItems: other.minItems - 1 });
  } else if (shared.every((type) => type === 'integer' || type === 'number')) {
    if (other.maximum !== undefined) {
      out.push({ minimum: other.maximum, exclusiveMinimum: other.exclusiveMaximum !== true });
    }
    if (other.minimum !== undefined) {
      out.push({ maximum: other.minimum, exclusiveMaximum: other.exclusiveMinimum !== true });
    }
  }
  return out;
}

function outsideABound(
  shared: JsonType[],
  branch: SchemaObject,
  other: SchemaObject,
  ctx: GenerationContext,
): SchemaObject | undefined {
  for (const bound of turnedBounds(shared, other)) {
    const narrowed = mergeSchemas(branch, bound, mergeContext(ctx));
    if (narrowed) return narrowed;
  }
  return undefined;
}
