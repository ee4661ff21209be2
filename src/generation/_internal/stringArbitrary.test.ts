import fc from 'fast-check';

import { codePointLength, textArbitrary } from './stringArbitrary';

const SAMPLES = 3000;

function share(values: string[], test: (value: string) => boolean): number {
  return values.filter(test).length / values.length;
}

describe('textArbitrary (seed 4242)', () => {
  const values = fc.sample(textArbitrary({ minLength: 0 }), { numRuns: SAMPLES, seed: 4242 });

  // Each hard case must show up in at least 1% of unconstrained strings: often enough that a
  // run of a few hundred requests meets it.
  it.each<[string, (value: string) => boolean]>([
    ['the empty string', (v) => v === ''],
    ['hundreds of characters', (v) => codePointLength(v) >= 150],
    ['astral characters', (v) => /[\u{10000}-\u{10ffff}]/u.test(v)],
    ['combining marks', (v) => /[\u0300-\u036f]/.test(v)],
    ['right-to-left letters', (v) => /[\u05d0-\u05ea\u0621-\u064a]/.test(v)],
    ['numeric-looking text', (v) => /^-?\d+$/.test(v)],
    ['numbers with leading zeros', (v) => /^-?0\d+$/.test(v)],
    ['whitespace', (v) => /\s/.test(v)],
    ['quotes', (v) => /["'`]/.test(v)],
    ['slashes', (v) => /[/\\]/.test(v)],
    ['percent signs', (v) => v.includes('%')],
  ])('reaches %s', (_, test) => {
    expect(share(values, test)).toBeGreaterThanOrEqual(0.01);
  });

  it('never yields a lone surrogate', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(values.filter((v) => lone.test(v))).toEqual([]);
  });
});

describe('textArbitrary lengths (seed 99)', () => {
  it('stays within any length range, counted in code points', () => {
    const range = fc.nat(40).chain((min) => fc.tuple(fc.constant(min),
      fc.option(fc.integer({ min, max: min + 400 }), { nil: undefined })));
    fc.assert(fc.property(range, fc.integer(), ([minLength, maxLength], seed) => {
      const texts = fc.sample(textArbitrary({ minLength, maxLength }), { numRuns: 30, seed });
      const outside = texts.filter((text) => codePointLength(text) < minLength
        || (maxLength !== undefined && codePointLength(text) > maxLength));
      expect(outside).toEqual([]);
    }), { seed: 99, numRuns: 100 });
  });
});
