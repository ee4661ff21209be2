import fc from 'fast-check';

import type { SchemaObject } from '../../../spec/model';
import { propertyNameArbitrary } from '../anyJsonArbitrary';
import { admittedTypes, exclusionsOf } from '../exclusions';
import { type GenerationContext, isHidden } from '../generationContext';
import { declaredTypes } from '../jsonTypes';
import { type PathSegment, toPointer } from '../jsonPointer';
import { flattenSchema, lookupComponent, refName } from '../resolveSchema';
import { type Charset, type MutationPlan, type Site, type Wire, charsetTools } from './breakage';
import { additionalBreaks, itemsBreaks, requiredBreaks } from './structureBreakers';
import { lengthBreaks, matchBreaks } from './textBreakers';
import { typeBreaks } from './typeBreakers';
import { enumBreaks, rangeBreaks } from './valueBreakers';

/** @internal */
export interface PlanOptions {
  wire: Wire;
  subject: string;
  /** @defaultValue `'unicode'` */
  charset?: Charset;
}

/**
 * Every break the schema allows, at the root and (for JSON) inside objects and arrays,
 * following `$ref` up to the depth bound. Places reachable only through oneOf/anyOf branches
 * are not visited: which branch a value takes is not fixed, so a break there might be
 * reported against another branch. The keywords beside such a list are still broken.
 * @internal
 */
export function planMutations(
  schema: SchemaObject,
  ctx: GenerationContext,
  options: PlanOptions,
): MutationPlan[] {
  const plans: MutationPlan[] = [];
  visit(schema, [], ctx, options, plans);
  return plans;
}

function visit(
  raw: SchemaObject,
  path: PathSegment[],
  ctx: GenerationContext,
  options: PlanOptions,
  plans: MutationPlan[],
): void {
  const name = refName(raw);
  if (name !== undefined) {
    if (ctx.depth >= ctx.maxDepth) return;
    visit(lookupComponent(name, ctx), path, { ...ctx, depth: ctx.depth + 1 }, options, plans);
    return;
  }
  const schema = flattenSchema(raw, ctx);
  if (!schema) return;
  const exclusions = exclusionsOf(schema, ctx);
  const site: Site = { path, schema, types: admittedTypes(schema, exclusions),
    declared: declaredTypes(schema), ctx, wire: options.wire, subject: options.subject,
    ...charsetTools(options.charset ?? 'unicode') };

  plans.push(...typeBreaks(site), ...enumBreaks(site), ...rangeBreaks(site),
    ...lengthBreaks(site), ...matchBreaks(site));
  if (options.wire === 'text') return;
  plans.push(...requiredBreaks(site), ...additionalBreaks(site), ...itemsBreaks(site));

  // Inside: properties this direction sends, and the first item of arrays.
  if (site.types.includes('object')) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const child = property as SchemaObject;
      if (isHidden(child, ctx.direction) || exclusions.keys.has(key)) continue;
      visit(child, [...path, key], ctx, options, plans);
    }
  }
  if (site.types.includes('array') && 'items' in schema && schema.maxItems !== 0) {
    visit(schema.items as SchemaObject, [...path, 0], ctx, options, plans);
  }
  if (site.types.includes('object') && typeof schema.additionalProperties === 'object') {
    plans.push(...additionalValueBreaks(site, exclusions.keys, options));
  }
}

// Marks the undeclared property while planning; each value then gets a generated name.
const UNDECLARED = '\u0000undeclared\u0000';

/**
 * Breaks the value of an undeclared property where `additionalProperties` is a schema (a
 * config map whose values must be strings, say): the break adds a property under a
 * generated name that no declared or excluded property has. Only breaks that replace the
 * whole value are kept; deeper ones would need a valid object under a name not yet chosen.
 */
function additionalValueBreaks(
  site: Site,
  excludedKeys: ReadonlySet<string>,
  options: PlanOptions,
): MutationPlan[] {
  const placeholder = [...site.path, UNDECLARED];
  const inner: MutationPlan[] = [];
  visit(site.schema.additionalProperties as SchemaObject, placeholder, site.ctx, options, inner);

  const taken = new Set([...Object.keys(site.schema.properties ?? {}), ...excludedKeys]);
  const names = propertyNameArbitrary.map((name) => {
    let free = name;
    while (taken.has(free)) free += '~';
    return free;
  });
  const marker = toPointer(placeholder);
  return inner
    .filter((plan) => plan.replacesValue && plan.carrierPath !== undefined
      && toPointer(plan.carrierPath) === marker)
    .map((plan) => ({
      keyword: plan.keyword,
      carrierPath: site.path,
      carrierHoldsObject: true,
      replacesValue: false,
      breakage: fc.tuple(names, plan.breakage).map(([name, breakage]) => {
        const pointer = toPointer([...site.path, name]);
        return {
          ...breakage,
          target: [...site.path, name],
          pointer,
          description: breakage.description.replace(marker, pointer),
        };
      }),
    }));
}
