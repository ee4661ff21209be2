import type { SchemaObject } from '../../spec/model';

// A schema may carry several `not` constraints after merging (one from each allOf part, or
// added by oneOf narrowing). JSON Schema allows one `not` per object, so the first stays in
// `not` and the others become `allOf: [{ not }]` entries, which ajv reads the same way.

/** Every `not` constraint of a flattened schema. @internal */
export function notsOf(schema: SchemaObject): SchemaObject[] {
  const nots: SchemaObject[] = [];
  if (schema.not) nots.push(schema.not as SchemaObject);
  for (const part of schema.allOf ?? []) {
    if (isPureNot(part)) nots.push((part as SchemaObject).not as SchemaObject);
  }
  return nots;
}

/** A copy of `schema` whose `not` constraints are exactly `nots`. @internal */
export function withNots(schema: SchemaObject, nots: SchemaObject[]): SchemaObject {
  const out: SchemaObject = { ...schema };
  delete out.not;
  delete out.allOf;
  if (nots.length > 0) out.not = nots[0];
  if (nots.length > 1) out.allOf = nots.slice(1).map((not) => ({ not }));
  return out;
}

/** A copy of `schema` with one more `not` constraint. @internal */
export function addNot(schema: SchemaObject, not: SchemaObject): SchemaObject {
  return withNots(schema, [...notsOf(schema), not]);
}

/** True for an allOf entry that only says `not`. @internal */
export function isPureNot(part: unknown): boolean {
  return typeof part === 'object' && part !== null && Object.keys(part).length === 1
    && 'not' in part;
}
