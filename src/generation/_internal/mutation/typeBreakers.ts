import fc from 'fast-check';

import { anyJsonArbitrary } from '../anyJsonArbitrary';
import type { JsonType } from '../jsonTypes';
import { textArbitrary } from '../stringArbitrary';
import { type MutationPlan, type Site, replaceAt, valuePlan, where } from './breakage';

const ARTICLE: Record<JsonType, string> = {
  null: 'null', boolean: 'a boolean', integer: 'an integer', number: 'a fraction',
  string: 'a string', array: 'an array', object: 'an object',
};

const EXPECTED: Record<JsonType, string> = { ...ARTICLE, number: 'a number' };

const SMALL = { minLength: 0, maxLength: 12 };
const smallText = textArbitrary(SMALL);

const WRONG_VALUES: Record<JsonType, fc.Arbitrary<unknown>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  integer: fc.integer({ min: -1e6, max: 1e6 }),
  // Whole numbers plus a half: never an integer, whatever the float rounding.
  number: fc.integer({ min: -1e6, max: 1e6 }).map((n) => n + 0.5),
  string: smallText,
  array: fc.array(anyJsonArbitrary, { maxLength: 2 }),
  object: fc.dictionary(smallText, anyJsonArbitrary, { maxKeys: 2, noNullPrototype: true }),
};

// How much more often a confusable wrong type is drawn: the text "256" where an integer
// belongs is what a lenient parser coerces and accepts, so it finds more than `[]` does.
const CONFUSABLE_WEIGHT = 3;

/**
 * A value of a JSON type the site does not admit: a string for a number (often the number's
 * own text), a fraction for an integer, null where the schema is not nullable, an array or a
 * scalar for an object. At the root of an object body, an array, null and a scalar body are
 * three plans of their own, since servers that read fields without checking the shape
 * first break on each differently. In `text` mode only breaks that survive being written
 * as text are planned: non-numeric text for numbers, a fraction for integers, text other
 * than true/false for booleans; a string-typed parameter gets no type break at all, since
 * any text is a string.
 * @internal
 */
export function typeBreaks(site: Site): MutationPlan[] {
  // Types ruled out only by `not` break `not`, not `type`, so they are not offered here.
  const wrong = wrongTypes(site.declared);
  if (wrong.length === 0) return [];
  if (site.wire === 'text') {
    const arbitraries = textBreaks(site);
    return arbitraries.length > 0 ? [valuePlan(site, 'type', fc.oneof(...arbitraries))] : [];
  }

  const groups = site.path.length === 0 && site.declared.includes('object')
    ? [wrong.filter((t) => t === 'array'), wrong.filter((t) => t === 'null'),
      wrong.filter((t) => t !== 'array' && t !== 'null')]
    : [wrong];
  return groups.filter((group) => group.length > 0).map((group) => valuePlan(site, 'type',
    fc.oneof(...group.map((type) => ({
      weight: confusable(site, type) ? CONFUSABLE_WEIGHT : 1,
      arbitrary: jsonBreak(site, type),
    })))));
}

function confusable(site: Site, type: JsonType): boolean {
  return type === 'string' && site.declared.some((t) => t === 'integer' || t === 'number'
    || t === 'boolean');
}

// Where a number or a boolean belongs, the text of one ("256", "-7", "true"): any other text
// is refused by lenient and strict parsers alike, so it tells less.
function wrongString(site: Site): fc.Arbitrary<string> {
  if (site.declared.some((t) => t === 'integer' || t === 'number')) {
    return fc.integer({ min: -1000, max: 100_000 }).map(String);
  }
  return site.declared.includes('boolean') ? fc.constantFrom('true', 'false') : smallText;
}

function wrongTypes(admitted: JsonType[]): JsonType[] {
  const has = (type: JsonType) => admitted.includes(type);
  return (Object.keys(WRONG_VALUES) as JsonType[]).filter((type) => {
    if (type === 'integer') return !has('integer') && !has('number');
    if (type === 'number') return !has('number');
    return !has(type);
  });
}

function jsonBreak(site: Site, type: JsonType) {
  const expected = site.declared.filter((t) => t !== 'null').map((t) => EXPECTED[t])
    .join(' or ');
  const text = type === 'null'
    ? `null ${where(site)}, which is not nullable`
    : `${ARTICLE[type]} ${where(site)} where ${expected || 'null'} is required`;
  const values = type === 'string' ? wrongString(site) : WRONG_VALUES[type];
  return values.map((after) => replaceAt(site, after, text));
}

// Text a server cannot read as a number or a boolean: anything numeric-looking (including
// the empty string, which Number() reads as 0) or true/false gets a letter in front.
function nonNumericText(site: Site): fc.Arbitrary<string> {
  return site.text(SMALL).map((text) => {
    const trimmed = text.trim();
    const readable = trimmed === '' || !Number.isNaN(Number(trimmed))
      || trimmed === 'true' || trimmed === 'false';
    return readable ? `x${text}` : text;
  });
}

function textBreaks(site: Site) {
  const types = site.declared;
  if (types.includes('string')) return [];
  const breaks = [];
  if (types.includes('integer') || types.includes('number') || types.includes('boolean')) {
    const expected = types.filter((t) => t !== 'null').map((t) => EXPECTED[t]).join(' or ');
    breaks.push(nonNumericText(site).map((after) =>
      replaceAt(site, after, `text ${JSON.stringify(after)} ${where(site)} where ${expected} ` +
        'is required')));
  }
  if (types.includes('integer') && !types.includes('number')) {
    breaks.push(WRONG_VALUES.number.map((after) =>
      replaceAt(site, after, `a fraction ${where(site)} where an integer is required`)));
  }
  return breaks;
}
