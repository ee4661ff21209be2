import type { SchemaObject } from '../../spec/model';
import type { SchemaDirection } from '../../spec/schemaValidator';
import { hiddenFlag } from './generationContext';
import { type JsonType, canonicalJson, declaredTypes, ruledOutWith } from './jsonTypes';
import { notsOf, withNots } from './schemaNots';
import { unsupportedSchema } from './unsupported';

/** What merging needs from its caller. @internal */
export interface MergeContext {
  direction: SchemaDirection;
  /** Follows `$ref` and flattens `allOf`; undefined when the schema admits no value. */
  resolve(schema: SchemaObject): SchemaObject | undefined;
}

type Bound = { value: number; exclusive: boolean };

/**
 * The intersection of two flattened schemas: every value valid against the result is valid
 * against both. Returns undefined when the two provably admit no common value. Used for
 * `allOf`, for a target profile's field rules and for oneOf narrowing, so it only ever
 * narrows. Throws for pairs it cannot express as one schema (two different patterns, two
 * oneOf lists).
 * @internal
 */
export function mergeSchemas(
  a: SchemaObject,
  b: SchemaObject,
  ctx: MergeContext,
): SchemaObject | undefined {
  const out: SchemaObject = { ...b, ...a };
  // Conflicts between keywords of one type (a minimum above a maximum, say) rule out that type
  // only: without a `type`, values of the other types still satisfy both sides.
  const impossible: JsonType[] = [];

  if (!mergeTypes(a, b, out) || !mergeEnums(a, b, out)) return undefined;
  if (!mergeBounds(a, b, out)) impossible.push('number');
  impossible.push(...mergeLengths(a, b, out));
  mergeStringRules(a, b, out);
  if (!mergeItems(a, b, out, ctx)) impossible.push('array');
  const forbidden = mergeObjects(a, b, out, ctx);
  if (!forbidden) impossible.push('object');
  mergeCombinators(a, b);

  const absent = (forbidden || []).map((name): SchemaObject => ({ required: [name] }));
  const ruledOut = impossible.map((type): SchemaObject => ({ type } as SchemaObject));
  const merged = withNots(out, [...notsOf(a), ...notsOf(b), ...absent, ...ruledOut]);
  return admitsSomeType(merged) ? merged : undefined;
}

// A type one side declares and the other rules out with `not: {type}` leaves nothing.
function admitsSomeType(schema: SchemaObject): boolean {
  const excluded = new Set<JsonType>();
  for (const not of notsOf(schema)) {
    if (!not.type || not.enum) continue;
    for (const type of declaredTypes(not)) ruledOutWith(type).forEach((t) => excluded.add(t));
  }
  return declaredTypes(schema).some((type) => !excluded.has(type));
}

function admitsNull(schema: SchemaObject): boolean {
  return schema.type === undefined || schema.nullable === true;
}

function mergeTypes(a: SchemaObject, b: SchemaObject, out: SchemaObject): boolean {
  const nullable = admitsNull(a) && admitsNull(b);
  delete out.nullable;
  if (a.type && b.type && a.type !== b.type) {
    const numeric = new Set([a.type, b.type]);
    if (numeric.has('integer') && numeric.has('number')) {
      out.type = 'integer';
    } else if (nullable) {
      // Only null is in both; OpenAPI 3.0 can say that with a nullable enum of null alone.
      out.enum = [null];
    } else {
      return false;
    }
  }
  if (out.type && nullable) out.nullable = true;
  return true;
}

function mergeEnums(a: SchemaObject, b: SchemaObject, out: SchemaObject): boolean {
  if (!a.enum || !b.enum) return true;
  const inB = new Set(b.enum.map(canonicalJson));
  out.enum = a.enum.filter((value) => inB.has(canonicalJson(value)));
  return out.enum.length > 0;
}

function mergeBounds(a: SchemaObject, b: SchemaObject, out: SchemaObject): boolean {
  const low = stricter(lowerBound(a), lowerBound(b), 1);
  const high = stricter(upperBound(a), upperBound(b), -1);
  setBound(out, 'minimum', 'exclusiveMinimum', low);
  setBound(out, 'maximum', 'exclusiveMaximum', high);
  if (a.multipleOf !== undefined && b.multipleOf !== undefined) {
    out.multipleOf = commonMultiple(a.multipleOf, b.multipleOf);
  }
  if (!low || !high) return true;
  return low.value < high.value
    || (low.value === high.value && !low.exclusive && !high.exclusive);
}

function lowerBound(schema: SchemaObject): Bound | undefined {
  if (schema.minimum === undefined) return undefined;
  return { value: schema.minimum, exclusive: schema.exclusiveMinimum === true };
}

function upperBound(schema: SchemaObject): Bound | undefined {
  if (schema.maximum === undefined) return undefined;
  return { value: schema.maximum, exclusive: schema.exclusiveMaximum === true };
}

// direction 1 keeps the larger lower bound, -1 the smaller upper bound; at equal values the
// exclusive one is the stricter.
function stricter(x: Bound | undefined, y: Bound | undefined, direction: 1 | -1) {
  if (!x || !y) return x ?? y;
  if (x.value !== y.value) return (x.value - y.value) * direction > 0 ? x : y;
  return x.exclusive ? x : y;
}

function setBound(
  out: SchemaObject,
  key: 'minimum' | 'maximum',
  flag: 'exclusiveMinimum' | 'exclusiveMaximum',
  bound: Bound | undefined,
): void {
  delete out[key];
  delete out[flag];
  if (!bound) return;
  out[key] = bound.value;
  if (bound.exclusive) out[flag] = true;
}

function commonMultiple(x: number, y: number): number {
  if (Number.isInteger(x / y)) return x;
  if (Number.isInteger(y / x)) return y;
  if (Number.isInteger(x) && Number.isInteger(y)) return (x / gcd(x, y)) * y;
  throw unsupportedSchema(`multipleOf ${x} and multipleOf ${y} have no common multiple we can ` +
    'compute exactly');
}

function gcd(x: number, y: number): number {
  return y === 0 ? Math.abs(x) : gcd(y, x % y);
}

// Returns the types whose length keywords no longer meet.
function mergeLengths(a: SchemaObject, b: SchemaObject, out: SchemaObject): JsonType[] {
  const pairs = [['minLength', 'maxLength', 'string'], ['minItems', 'maxItems', 'array'],
    ['minProperties', 'maxProperties', 'object']] as const;
  const impossible: JsonType[] = [];
  for (const [minKey, maxKey, type] of pairs) {
    const min = maxOf(a[minKey], b[minKey]);
    const max = minOf(a[maxKey], b[maxKey]);
    if (min !== undefined) out[minKey] = min;
    if (max !== undefined) out[maxKey] = max;
    if (min !== undefined && max !== undefined && min > max) impossible.push(type);
  }
  return impossible;
}

function maxOf(x: number | undefined, y: number | undefined): number | undefined {
  return x === undefined ? y : y === undefined ? x : Math.max(x, y);
}

function minOf(x: number | undefined, y: number | undefined): number | undefined {
  return x === undefined ? y : y === undefined ? x : Math.min(x, y);
}

const FORMAT_NARROWING: Record<string, string> = {
  'int32+int64': 'int32', 'int64+int32': 'int32', 'float+double': 'float', 'double+float': 'float',
};

function mergeStringRules(a: SchemaObject, b: SchemaObject, out: SchemaObject): void {
  if (a.pattern && b.pattern && a.pattern !== b.pattern) {
    throw unsupportedSchema(`patterns /${a.pattern}/ and /${b.pattern}/ apply to one value, ` +
      'and no generator can satisfy two regular expressions at once');
  }
  if (a.format && b.format && a.format !== b.format) {
    const narrowed = FORMAT_NARROWING[`${a.format}+${b.format}`];
    if (!narrowed) {
      throw unsupportedSchema(`formats ${a.format} and ${b.format} apply to one value`);
    }
    out.format = narrowed;
  }
  if (a.uniqueItems || b.uniqueItems) out.uniqueItems = true;
  // An annotation from any part applies; mergeObjects clears it where a part requires the
  // property in the direction it would hide it.
  if (a.readOnly || b.readOnly) out.readOnly = true;
  if (a.writeOnly || b.writeOnly) out.writeOnly = true;
}

function mergeItems(a: SchemaObject, b: SchemaObject, out: SchemaObject, ctx: MergeContext) {
  const left = 'items' in a ? (a.items as SchemaObject) : undefined;
  const right = 'items' in b ? (b.items as SchemaObject) : undefined;
  if (!left || !right) return true;
  const merged = mergeResolved(left, right, ctx);
  if (merged) {
    (out as { items: SchemaObject }).items = merged;
    return true;
  }
  // No item satisfies both, so only the empty array does.
  out.maxItems = 0;
  return (out.minItems ?? 0) === 0;
}

function mergeResolved(x: SchemaObject, y: SchemaObject, ctx: MergeContext) {
  // A schema meets itself unchanged; this also stops two copies of one recursive $ref from
  // being expanded forever.
  const ref = (x as { $ref?: string }).$ref;
  if (x === y || (ref !== undefined && ref === (y as { $ref?: string }).$ref)) return x;
  const left = ctx.resolve(x);
  const right = ctx.resolve(y);
  return left && right ? mergeSchemas(left, right, ctx) : undefined;
}

function mergeCombinators(a: SchemaObject, b: SchemaObject): void {
  const lists = [a.oneOf, a.anyOf, b.oneOf, b.anyOf].filter((list) => list !== undefined);
  if (lists.length > 1) {
    throw unsupportedSchema('two oneOf/anyOf lists apply to one value');
  }
}

// Objects: properties declared on one side meet the other side's additionalProperties;
// required lists are filtered by direction first, the way the validator reads them. Returns
// the names no value may carry (their two schemas contradict), or false when unsatisfiable.
function mergeObjects(
  a: SchemaObject,
  b: SchemaObject,
  out: SchemaObject,
  ctx: MergeContext,
): string[] | false {
  const properties: Record<string, SchemaObject> = {};
  const forbidden: string[] = [];
  const names = new Set([...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})]);

  for (const name of names) {
    const merged = mergeProperty(name, a, b, ctx);
    if (merged) properties[name] = merged;
    else forbidden.push(name);
  }

  const required = [...new Set([...visibleRequired(a, ctx), ...visibleRequired(b, ctx)])];
  if (required.some((name) => forbidden.includes(name) || !allowsName(a, name)
    || !allowsName(b, name))) {
    return false;
  }
  // A property hidden in this direction but required by some part must still be sent.
  for (const name of required) {
    const hidden = hiddenFlag(ctx.direction);
    if (properties[name]?.[hidden]) properties[name] = { ...properties[name], [hidden]: false };
  }

  if (names.size > 0) out.properties = properties;
  else delete out.properties;
  if (required.length > 0) out.required = required;
  else delete out.required;
  if (!mergeAdditional(a, b, out, ctx)) return false;
  return forbidden;
}

function mergeProperty(name: string, a: SchemaObject, b: SchemaObject, ctx: MergeContext) {
  const left = ownProperty(a, name);
  const right = ownProperty(b, name);
  const leftRule = left ?? additionalRule(a);
  const rightRule = right ?? additionalRule(b);
  if (leftRule === false || rightRule === false) return undefined;
  if (leftRule === true) return rightRule as SchemaObject;
  if (rightRule === true) return leftRule;
  return mergeResolved(leftRule, rightRule, ctx);
}

function additionalRule(schema: SchemaObject): SchemaObject | boolean {
  const rule = schema.additionalProperties;
  return rule === undefined ? true : (rule as SchemaObject | boolean);
}

function allowsName(schema: SchemaObject, name: string): boolean {
  return ownProperty(schema, name) !== undefined || schema.additionalProperties !== false;
}

/** `required` without the properties this direction hides, as the validator reads it. */
export function visibleRequired(
  schema: SchemaObject,
  ctx: { direction: SchemaDirection },
): string[] {
  const flag = hiddenFlag(ctx.direction);
  return (schema.required ?? []).filter(
    (name) => ownProperty(schema, name)?.[flag] !== true);
}

/**
 * The schema a schema declares for a property; own keys only, so a property named
 * `constructor` is not found on Object.prototype.
 * @internal
 */
export function ownProperty(schema: SchemaObject, name: string): SchemaObject | undefined {
  const properties = schema.properties;
  return properties && Object.hasOwn(properties, name)
    ? (properties[name] as SchemaObject) : undefined;
}

function mergeAdditional(a: SchemaObject, b: SchemaObject, out: SchemaObject, ctx: MergeContext) {
  const left = a.additionalProperties;
  const right = b.additionalProperties;
  if (left === false || right === false) {
    out.additionalProperties = false;
  } else if (typeof left === 'object' && typeof right === 'object') {
    out.additionalProperties = mergeResolved(left as SchemaObject, right as SchemaObject, ctx)
      ?? false;
  } else if (typeof left === 'object' || typeof right === 'object') {
    out.additionalProperties = (typeof left === 'object' ? left : right) as SchemaObject;
  } else if (left === true || right === true) {
    out.additionalProperties = true;
  } else {
    delete out.additionalProperties;
  }
  const minimum = out.minProperties ?? 0;
  const declared = Object.keys(out.properties ?? {}).length;
  return out.additionalProperties !== false || minimum <= declared;
}
