import fc from 'fast-check';

import type { SchemaObject } from '../../../spec/model';
import { anyJsonArbitrary, propertyNameArbitrary } from '../anyJsonArbitrary';
import { buildArbitrary } from '../buildArbitrary';
import { toPointer } from '../jsonPointer';
import { visibleRequired } from '../mergeSchemas';
import { type MutationPlan, type Site, valuePlan, where } from './breakage';

/** Removes one required property (as this direction reads `required`). @internal */
export function requiredBreaks(site: Site): MutationPlan[] {
  if (!site.types.includes('object')) return [];
  return visibleRequired(site.schema, site.ctx).map((name) => {
    const target = [...site.path, name];
    return {
      keyword: 'required',
      carrierPath: target,
      breakage: fc.constant({
        target,
        remove: true,
        pointer: toPointer(target),
        description: `removed required property '${name}'${site.path.length > 0
          ? ` ${where(site)}` : ''}`,
      }),
    };
  });
}

/** Adds an undeclared property where `additionalProperties` is false. @internal */
export function additionalBreaks(site: Site): MutationPlan[] {
  if (!site.types.includes('object') || site.schema.additionalProperties !== false) return [];
  const declared = new Set(Object.keys(site.schema.properties ?? {}));
  // A declared name gets '~' appended until it is free, so the property is always undeclared.
  const names = propertyNameArbitrary.map((name) => {
    let free = name;
    while (declared.has(free)) free += '~';
    return free;
  });
  const breakage = fc.tuple(names, anyJsonArbitrary).map(([name, after]) => ({
    target: [...site.path, name],
    after,
    // ajv reports an undeclared property at the object that holds it.
    pointer: toPointer(site.path),
    description: `added undeclared property '${name}' ${where(site)}`,
  }));
  return [{ keyword: 'additionalProperties', carrierPath: site.path, carrierHoldsObject: true,
    breakage }];
}

/**
 * Arrays of valid items that are one too short for `minItems`, too long for `maxItems`, or
 * repeat one item where `uniqueItems` is set.
 * @internal
 */
export function itemsBreaks(site: Site): MutationPlan[] {
  const { schema } = site;
  if (!site.types.includes('array')) return [];
  const items = 'items' in schema ? (schema.items as SchemaObject) : undefined;
  const item = items ? buildArbitrary(items, site.ctx) : anyJsonArbitrary;
  if (!item) return [];
  const plans: MutationPlan[] = [];

  if (schema.minItems !== undefined && schema.minItems > 0) {
    const size = schema.minItems - 1;
    plans.push(arrayPlan(site, 'minItems', fc.array(item, { minLength: size, maxLength: size }),
      `${size} items ${where(site)}, below minItems ${schema.minItems}`));
  }
  if (schema.maxItems !== undefined) {
    const size = schema.maxItems + 1;
    plans.push(arrayPlan(site, 'maxItems', fc.array(item, { minLength: size, maxLength: size }),
      `${size} items ${where(site)}, above maxItems ${schema.maxItems}`));
  }
  if (schema.uniqueItems) {
    const copies = Math.max(2, schema.minItems ?? 0);
    plans.push(arrayPlan(site, 'uniqueItems',
      item.map((one) => Array.from({ length: copies }, () => one)),
      `the same item ${copies} times ${where(site)}`));
  }
  return plans;
}

function arrayPlan(site: Site, keyword: string, arrays: fc.Arbitrary<unknown[]>,
  description: string): MutationPlan {
  return valuePlan(site, keyword, arrays.map((after) => ({
    target: site.path, after, pointer: toPointer(site.path), description,
  })));
}
