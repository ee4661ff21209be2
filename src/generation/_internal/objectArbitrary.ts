import fc from 'fast-check';

import type { SchemaObject } from '../../spec/model';
import { anyJsonArbitrary, propertyNameArbitrary } from './anyJsonArbitrary';
import type { BuildArbitrary } from './arrayArbitrary';
import { type GenerationContext, isHidden } from './generationContext';
import { visibleRequired } from './mergeSchemas';
import { unsupportedSchema } from './unsupported';

type Entries = [string, unknown][];

const EXTRA_PROPERTIES_MAX = 4;

/**
 * Objects valid against `properties`, `required`, `additionalProperties`, `minProperties` and
 * `maxProperties`, never carrying a property the direction hides (readOnly in requests,
 * writeOnly in responses) nor one in `excludedKeys`. Undeclared properties appear only when
 * `additionalProperties` invites them or `minProperties` needs them. Returns undefined when
 * the depth bound cuts off a required property.
 * @internal
 */
export function objectArbitrary(
  schema: SchemaObject,
  ctx: GenerationContext,
  build: BuildArbitrary,
  excludedKeys: ReadonlySet<string>,
): fc.Arbitrary<Record<string, unknown>> | undefined {
  const declared = (schema.properties ?? {}) as Record<string, SchemaObject>;
  const required = visibleRequired(schema, ctx);
  const extra = extraValueArbitrary(schema, ctx, build);

  // Required properties first: a cut-off one makes the whole object impossible at this depth.
  const requiredArbs: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of required) {
    const arbitrary = Object.hasOwn(declared, name) ? build(declared[name], ctx)
      : extra.forRequired(name);
    if (!arbitrary) return undefined;
    requiredArbs[name] = arbitrary;
  }

  const optionalArbs: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(declared)) {
    const skip = Object.hasOwn(requiredArbs, name) || excludedKeys.has(name)
      || isHidden(property, ctx.direction);
    if (skip) continue;
    const arbitrary = build(property, ctx);
    if (arbitrary) optionalArbs[name] = arbitrary;
  }

  const taken = new Set([...Object.keys(declared), ...required, ...excludedKeys]);
  return assemble(schema, requiredArbs, optionalArbs, extra.value, taken);
}

interface ExtraValues {
  /** Values for undeclared properties, when the schema invites them. */
  value?: fc.Arbitrary<unknown>;
  forRequired(name: string): fc.Arbitrary<unknown> | undefined;
}

function extraValueArbitrary(
  schema: SchemaObject,
  ctx: GenerationContext,
  build: BuildArbitrary,
): ExtraValues {
  const rule = schema.additionalProperties;
  const fromSchema = typeof rule === 'object' ? build(rule as SchemaObject, ctx) : undefined;
  const value = rule === true ? anyJsonArbitrary : fromSchema;
  return {
    value,
    forRequired(name) {
      if (rule === false) {
        throw unsupportedSchema(`'${name}' is required but not declared, and ` +
          'additionalProperties is false');
      }
      return typeof rule === 'object' ? fromSchema : anyJsonArbitrary;
    },
  };
}

function assemble(
  schema: SchemaObject,
  requiredArbs: Record<string, fc.Arbitrary<unknown>>,
  optionalArbs: Record<string, fc.Arbitrary<unknown>>,
  extraValue: fc.Arbitrary<unknown> | undefined,
  taken: ReadonlySet<string>,
): fc.Arbitrary<Record<string, unknown>> {
  const requiredNames = Object.keys(requiredArbs);
  if (schema.minProperties === undefined && schema.maxProperties === undefined) {
    return assembleUncounted(requiredArbs, optionalArbs, extraValue, taken);
  }

  const requiredCount = requiredNames.length;
  const optionalNames = Object.keys(optionalArbs);
  const minimum = Math.max(0, (schema.minProperties ?? 0) - requiredCount);
  const maximum = (schema.maxProperties ?? Infinity) - requiredCount;
  if (maximum < 0) {
    throw unsupportedSchema(`${requiredCount} required properties exceed maxProperties ` +
      `${schema.maxProperties}`);
  }

  // minProperties may need undeclared properties even where additionalProperties is left
  // open rather than invited.
  const extras = extraValue ?? (schema.additionalProperties !== false && minimum > 0
    ? anyJsonArbitrary : undefined);
  if (!extras && minimum > optionalNames.length) {
    throw unsupportedSchema(`minProperties ${schema.minProperties} needs more properties than ` +
      'the schema allows');
  }

  const values = fc.record({ ...requiredArbs, ...optionalArbs }, { noNullPrototype: true });
  const chosen = fc.subarray(optionalNames, {
    minLength: extras ? 0 : minimum,
    maxLength: Math.min(optionalNames.length, maximum),
  });
  const extraMin = extras ? minimum : 0;
  const extraEntries = extras
    ? extraEntriesArbitrary(extras, taken, extraMin, Math.min(EXTRA_PROPERTIES_MAX, maximum))
    : fc.constant([] as Entries);

  return fc.tuple(values, chosen, extraEntries).map(([all, names, more]) => {
    const entries: Entries = requiredNames.map((name) => [name, all[name]]);
    for (const name of names) entries.push([name, all[name]]);
    // Enough extras to reach minProperties, never so many that maxProperties is passed.
    const room = maximum - names.length;
    const need = Math.max(0, minimum - names.length);
    const keep = Math.min(Math.max(more.length, need), room);
    entries.push(...(more as Entries).slice(0, keep));
    // fromEntries defines own properties, so even a generated '__proto__' key stays data.
    return Object.fromEntries(entries);
  });
}

// Without counts to honour, fast-check's record decides which optional properties appear.
function assembleUncounted(
  requiredArbs: Record<string, fc.Arbitrary<unknown>>,
  optionalArbs: Record<string, fc.Arbitrary<unknown>>,
  extraValue: fc.Arbitrary<unknown> | undefined,
  taken: ReadonlySet<string>,
): fc.Arbitrary<Record<string, unknown>> {
  // Objects with a null prototype are valid JSON but trip code that calls their methods
  // (ajv's uniqueItems does), so values always get Object.prototype.
  const values = fc.record({ ...requiredArbs, ...optionalArbs },
    { requiredKeys: Object.keys(requiredArbs), noNullPrototype: true });
  if (!extraValue) return values as fc.Arbitrary<Record<string, unknown>>;
  const extras = extraEntriesArbitrary(extraValue, taken, 0, EXTRA_PROPERTIES_MAX);
  return fc.tuple(values, extras)
    .map(([own, more]) => Object.fromEntries([...Object.entries(own), ...more]));
}

function extraEntriesArbitrary(
  value: fc.Arbitrary<unknown>,
  taken: ReadonlySet<string>,
  minLength: number,
  maxLength: number,
): fc.Arbitrary<Entries> {
  return fc.uniqueArray(fc.tuple(extraName(taken), value), {
    minLength,
    maxLength: Math.max(minLength, maxLength),
    selector: ([name]) => name,
  });
}

// Undeclared names never collide with declared or excluded ones: a taken name gets '~'
// appended until it is free, so no value has to be thrown away.
function extraName(taken: ReadonlySet<string>): fc.Arbitrary<string> {
  return propertyNameArbitrary.map((name) => {
    let free = name;
    while (taken.has(free)) free += '~';
    return free;
  });
}
