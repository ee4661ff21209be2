import fc from 'fast-check';

import type { Mutation } from '../../mutations';
import { toPointer } from '../jsonPointer';
import type { MutationPlan } from '../mutation/breakage';
import { planMutations } from '../mutation/planMutations';
import { parameterText, parameterSchema } from './parameterText';
import type { PartName, PreparedParameter, RequestParts, RequestSetup } from './requestParts';

/** A change to one parameter of a valid request, and how it breaks the contract. @internal */
export interface PartsBreak {
  part: PartName;
  key: string;
  /** The new text; undefined leaves the parameter out. */
  text?: string;
  mutation: Mutation;
}

/** The parameter maps with the break applied, and the text it replaced. @internal */
export function applyPartsBreak(parts: RequestParts, change: PartsBreak) {
  const map = { ...parts[change.part] };
  const before = map[change.key];
  if (change.text === undefined) delete map[change.key];
  else map[change.key] = change.text;
  return { parts: { ...parts, [change.part]: map }, before };
}

// Path texts that change the route instead of the value: such a request would reach another
// operation (or none), so it says nothing about this operation's validation.
const ROUTE_CHANGING = new Set(['', '.', '..']);
const PROBE = { runs: 50, seed: 7 };

/**
 * Breaks of parameter values, planned on the document's schema as text (see Wire in
 * breakage.ts: a type break of a string parameter cannot survive and is not planned), plus
 * a missing required query or header parameter. Path parameters cannot go missing (the
 * route would change), and their breaks never yield '', '.' or '..'.
 * @internal
 */
export function parameterBreaks(
  setup: RequestSetup,
  parameters: PreparedParameter[],
): fc.Arbitrary<PartsBreak>[] {
  const out: fc.Arbitrary<PartsBreak>[] = [];
  for (const prepared of parameters) {
    const { parameter, part, key } = prepared;
    const location = parameter.location as Mutation['location'];
    const pointer = toPointer([key]);
    const subject = `${parameter.location} parameter '${parameter.name}'`;
    const schema = parameterSchema(parameter.schema, parameter.name);

    const charset = location === 'header' ? 'token' : 'unicode';
    for (const plan of planMutations(schema, setup.ctx, { wire: 'text', subject, charset })) {
      const texts = survivingTexts(plan, location);
      if (!texts) continue;
      out.push(texts.map(({ text, description }) => ({
        part, key, text,
        mutation: { keyword: plan.keyword, pointer, location, description, after: text },
      })));
    }

    if (parameter.required && location !== 'path') {
      out.push(fc.constant({
        part, key,
        mutation: { keyword: 'required', pointer, location,
          description: `left out required ${subject}` },
      }));
    }
  }
  return out;
}

function survivingTexts(plan: MutationPlan, location: Mutation['location']) {
  const texts = plan.breakage.map((breakage) => ({
    text: parameterText(breakage.after), description: breakage.description,
  }));
  if (location !== 'path') return texts;

  // Route-changing texts are rare among a break's values, except for breaks made of them
  // (minLength 1 broken is always ''); the probe drops those plans instead of spinning.
  const kept = fc.sample(texts, { numRuns: PROBE.runs, seed: PROBE.seed })
    .filter(({ text }) => !ROUTE_CHANGING.has(text));
  if (kept.length < PROBE.runs / 2) return undefined;
  return texts.filter(({ text }) => !ROUTE_CHANGING.has(text));
}
