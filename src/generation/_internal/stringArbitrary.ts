import fc from 'fast-check';

/** @internal */
export interface LengthRange {
  minLength: number;
  /** Undefined when the schema sets no maximum. */
  maxLength?: number;
}

const codePoint = (min: number, max: number) =>
  fc.integer({ min, max }).map((point) => String.fromCodePoint(point));

// Characters that break naive servers: whitespace of several kinds, quotes, slashes, percent
// (URL escapes), characters with a meaning in URLs and templates, NUL and a byte-order mark.
const SPECIAL_CHARACTERS = [' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff',
  '\u0000', '"', "'", '`', '/', '\\', '%', '?', '#', '&', '=', '+', '<', '>', '{', '}', '[',
  ']', ':', ';', ',', '.', '~', '$', '*'];

const specialUnit = fc.constantFrom(...SPECIAL_CHARACTERS);

/**
 * One Unicode code point per value (never a lone surrogate), so a string built from n units
 * has length n as JSON Schema counts it (ajv counts code points).
 */
const hardUnit = fc.oneof(
  { weight: 6, arbitrary: codePoint(0x20, 0x7e) },
  { weight: 3, arbitrary: specialUnit },
  { weight: 1, arbitrary: codePoint(0x0300, 0x036f) }, // combining marks
  { weight: 1, arbitrary: fc.oneof(codePoint(0x05d0, 0x05ea), codePoint(0x0621, 0x064a)) }, // RTL
  { weight: 1, arbitrary: fc.oneof(codePoint(0x1f300, 0x1faff), codePoint(0x10000, 0x10ffff)) },
  { weight: 1, arbitrary: fc.oneof(codePoint(0, 0xd7ff), codePoint(0xe000, 0xffff)) },
);

const LONG = { from: 150, to: 500 };
const NUMERIC_MAX = 12;

/**
 * Text within a length range that reaches the cases servers get wrong: the empty string,
 * hundreds of characters, astral characters, combining marks, right-to-left scripts,
 * numeric-looking text ("42", "-7", "007"), whitespace, quotes, slashes and percent signs.
 * Every branch is built inside the range, so nothing is filtered.
 * @internal
 */
export function textArbitrary(range: LengthRange): fc.Arbitrary<string> {
  const { minLength, maxLength } = range;
  const branches: fc.WeightedArbitrary<string>[] = [
    { weight: 10, arbitrary: fc.string({ unit: hardUnit, minLength, maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: specialUnit, minLength, maxLength }) },
  ];
  if (minLength === 0) branches.push({ weight: 1, arbitrary: fc.constant('') });

  const longFrom = Math.max(minLength, LONG.from);
  const longTo = Math.min(maxLength ?? LONG.to, Math.max(LONG.to, minLength));
  if (longFrom <= longTo) {
    const long = fc.string({ unit: hardUnit, minLength: longFrom, maxLength: longTo });
    branches.push({ weight: 2, arbitrary: long });
  }

  const numericFrom = Math.max(minLength, 1);
  const numericTo = Math.min(maxLength ?? NUMERIC_MAX, NUMERIC_MAX);
  if (numericFrom <= numericTo) {
    branches.push({ weight: 2, arbitrary: numericText(numericFrom, numericTo) });
  }
  return fc.oneof(...branches);
}

// Digits with an optional leading minus sign, leading zeros allowed: "42", "-7", "007".
function numericText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });
  return fc.tuple(digits, fc.boolean())
    .map(([text, negative]) => (negative && text.length > 1 ? `-${text.slice(1)}` : text));
}

/** Counts code points, the way JSON Schema string lengths are measured. @internal */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
