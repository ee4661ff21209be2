import { compileSchema } from '../../../spec/schemaValidator';
import { type MutationPlan, type Site, replaceAt, valuePlan, where } from './breakage';

const LENGTH_OVERSHOOT = 5;

// Texts tried, in order, when a random text happens to satisfy a pattern or a format; one
// that fails is found while planning, so a break never depends on luck.
const FALLBACK_TEXTS = ['', ' ', '~', '\u0000', '%%', 'not valid', '😀', '0', 'a', 'A',
  '-', '..', '\u05d0', 'x'.repeat(300)];

/** Texts one code point shorter than `minLength` or longer than `maxLength`. @internal */
export function lengthBreaks(site: Site): MutationPlan[] {
  if (!site.types.includes('string')) return [];
  const { minLength, maxLength } = site.schema;
  const plans: MutationPlan[] = [];
  if (minLength !== undefined && minLength > 0) {
    const short = site.text({ minLength: minLength - 1, maxLength: minLength - 1 });
    plans.push(valuePlan(site, 'minLength', short.map((after) =>
      replaceAt(site, after, `text of ${minLength - 1} characters ${where(site)}, ` +
        `below minLength ${minLength}`))));
  }
  if (maxLength !== undefined) {
    const long = site.text({ minLength: maxLength + 1,
      maxLength: maxLength + LENGTH_OVERSHOOT });
    plans.push(valuePlan(site, 'maxLength', long.map((after) =>
      replaceAt(site, after, `text longer than maxLength ${maxLength} ${where(site)}`))));
  }
  return plans;
}

/**
 * Text that does not match `pattern`, or is not of the string `format`. A random text is
 * used when it fails; otherwise a fallback found at planning time. A pattern or format that
 * every fallback satisfies (`.*`, binary) gets no plan.
 * @internal
 */
export function matchBreaks(site: Site): MutationPlan[] {
  if (!site.types.includes('string')) return [];
  const plans: MutationPlan[] = [];
  const { pattern, format } = site.schema;

  if (pattern !== undefined) {
    const regex = new RegExp(pattern, 'u');
    const plan = failing(site, 'pattern', (text) => !regex.test(text),
      `text not matching /${pattern}/ ${where(site)}`);
    if (plan) plans.push(plan);
  }
  if (format !== undefined) {
    const check = compileSchema({ type: 'string', format }, site.ctx.direction);
    const plan = failing(site, 'format', (text) => check(text).length > 0,
      `text that is not a ${format} ${where(site)}`);
    if (plan) plans.push(plan);
  }
  return plans;
}

function failing(site: Site, keyword: string, fails: (text: string) => boolean,
  description: string): MutationPlan | undefined {
  const fallback = FALLBACK_TEXTS.find((text) => site.carries(text) && fails(text));
  if (fallback === undefined) return undefined;
  const texts = site.text({ minLength: 0, maxLength: 24 })
    .map((text) => (fails(text) ? text : fallback));
  return valuePlan(site, keyword, texts.map((after) => replaceAt(site, after, description)));
}
