import fc from 'fast-check';

/** @internal */
export interface LengthRange {
  minLength: number;
  /** Undefined when the schema sets no maximum. */
  maxLength?: number;
}

// Characters that break naive servers: whitespace of several kinds, quotes, slashes, percent
// (URL escapes), characters with a meaning in URLs and templates, NUL and a byte-order mark.
const SPECIAL_CHARACTERS = [' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff',
  '\u0000', '"', "'", '`', '/', '\\', '%', '?', '#', '&', '=', '+', '<', '>', '{', '}', '[',
  ']', ':', ';', ',', '.', '~', '$', '*'];

const specialUnit = fc.constantFrom(...SPECIAL_CHARACTERS);

interface UnitRange {
  weight: number;
  /** A code point range, or an explicit list of code points. */
  from?: number;
  to?: number;
  list?: number[];
}

// Where the characters of generated text come from, and how often.
const UNIT_RANGES: UnitRange[] = [
  { weight: 6, from: 0x20, to: 0x7e }, // printable ASCII
  { weight: 3, list: SPECIAL_CHARACTERS.map((character) => character.codePointAt(0)!) },
  { weight: 1, from: 0x0300, to: 0x036f }, // combining marks
  { weight: 0.5, from: 0x05d0, to: 0x05ea }, // Hebrew, right to left
  { weight: 0.5, from: 0x0621, to: 0x064a }, // Arabic, right to left
  { weight: 0.5, from: 0x1f300, to: 0x1faff }, // emoji, astral
  { weight: 0.5, from: 0x10000, to: 0x10ffff }, // any astral code point
  { weight: 0.5, from: 0x0000, to: 0xd7ff }, // BMP below the surrogates
  { weight: 0.5, from: 0xe000, to: 0xffff }, // BMP above them
];

// Each weight unit spans SLOT integers; one integer draw then picks both the range and the
// character in it. Characters are drawn for every position of every string, so this single
// draw (instead of nested oneof arbitraries) is what keeps generation fast.
const SLOT = 2 ** 21;

function codePointAt(index: number): number {
  let offset = index;
  for (const range of UNIT_RANGES) {
    const span = range.weight * SLOT;
    if (offset < span) {
      const size = range.list ? range.list.length : range.to! - range.from! + 1;
      const position = Math.floor((offset / span) * size);
      return range.list ? range.list[position] : range.from! + position;
    }
    offset -= span;
  }
  return 0x20;
}

const TOTAL_WEIGHT = UNIT_RANGES.reduce((sum, range) => sum + range.weight, 0);

/**
 * One Unicode code point per value (never a lone surrogate), so a string built from n units
 * has length n as JSON Schema counts it (ajv counts code points).
 */
const hardUnit = fc.integer({ min: 0, max: TOTAL_WEIGHT * SLOT - 1 })
  .map((index) => String.fromCodePoint(codePointAt(index)));

const LONG = { from: 150, to: 400 };
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
    branches.push({ weight: 1, arbitrary: longText(longFrom, longTo) });
  }

  const numericFrom = Math.max(minLength, 1);
  const numericTo = Math.min(maxLength ?? NUMERIC_MAX, NUMERIC_MAX);
  if (numericFrom <= numericTo) {
    branches.push({ weight: 2, arbitrary: numericText(numericFrom, numericTo) });
  }
  return fc.oneof(...branches);
}

/**
 * Long text from one length and one seed: drawing hundreds of characters one by one through
 * fast-check costs more than the rest of a request body together. The characters come from
 * a small PRNG (mulberry32) with the same distribution as hardUnit; the length still shrinks
 * towards the minimum, the content shrinks only by changing the seed.
 */
function longText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: minLength, max: maxLength }), fc.integer())
    .map(([length, seed]) => {
      const next = mulberry32(seed);
      const points = new Array<number>(length);
      for (let i = 0; i < length; i++) {
        points[i] = codePointAt(Math.floor(next() * TOTAL_WEIGHT * SLOT));
      }
      return String.fromCodePoint(...points);
    });
}

// A 32-bit PRNG returning numbers in [0, 1); public domain (Tommy Ettinger).
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
