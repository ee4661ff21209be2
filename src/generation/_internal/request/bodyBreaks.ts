import fc from 'fast-check';

import type { Mutation } from '../../mutations';
import { applyBreakage, carrierArbitrary } from '../mutation/carrier';
import { planMutations } from '../mutation/planMutations';
import {
  type GeneratedBody, type PreparedBody, type RequestSetup, validBodyArbitrary, withPins,
} from './requestParts';

/** A body that breaks the operation's contract, and how. @internal */
export interface BrokenBody {
  body?: GeneratedBody;
  mutation: Mutation;
}

/**
 * One arbitrary per planned break of the body schema. The valid rest of the body comes from
 * the profile-narrowed schema; pins are applied before the break is written, so a break on a
 * pinned property is never undone and none has to be skipped.
 * @internal
 */
export function schemaBreaks(body: PreparedBody, setup: RequestSetup): fc.Arbitrary<BrokenBody>[] {
  if (!body.json || !body.schema) return [];
  const plans = planMutations(body.schema, setup.ctx, { wire: 'json', subject: 'the body' });
  const out: fc.Arbitrary<BrokenBody>[] = [];
  for (const plan of plans) {
    const carrier = carrierArbitrary(plan, body.generation ?? body.schema, setup.ctx);
    if (carrier === undefined) continue;
    const valid = carrier ? carrier.map((json) => withPins(json, body, setup))
      : fc.constant(undefined);
    out.push(fc.tuple(valid, plan.breakage).map(([json, breakage]) => {
      const broken = applyBreakage(json, breakage, plan.keyword, 'body');
      return { body: { mediaType: body.mediaType, json: broken.value },
        mutation: broken.mutation };
    }));
  }
  return out;
}

const UNDECLARED_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded'];

/**
 * Breaks of the body as a whole: malformed JSON, an empty body where one is required, and a
 * JSON body sent under a media type the operation does not declare. The content-type break
 * is made for JSON bodies only: binary endpoints commonly take any type (OCI-FACTS.md 5.2:
 * the invoke endpoint does not look at it), so the case would prove nothing.
 * @internal
 */
export function wholeBodyBreaks(
  body: PreparedBody,
  setup: RequestSetup,
): fc.Arbitrary<BrokenBody>[] {
  const out: fc.Arbitrary<BrokenBody>[] = [];
  const valid = validBodyArbitrary(body, setup);

  if (body.json) {
    out.push(fc.tuple(valid, fc.constantFrom(...CORRUPTIONS)).map(([good, corruption]) => {
      const text = corruption.apply(JSON.stringify(good.json));
      return {
        body: { mediaType: body.mediaType, raw: utf8(text) },
        mutation: { keyword: 'syntax', pointer: '', location: 'body' as const,
          description: `malformed JSON body: ${corruption.name}`, after: text },
      };
    }));

    const declared = new Set(setup.operation.requestBody?.content.map((m) => m.mediaType));
    const foreign = UNDECLARED_TYPES.filter((type) => !declared.has(type));
    if (foreign.length > 0) {
      out.push(fc.tuple(valid, fc.constantFrom(...foreign)).map(([good, mediaType]) => ({
        body: { mediaType, raw: utf8(JSON.stringify(good.json)) },
        mutation: { keyword: 'contentType', pointer: '/content-type', location: 'header' as const,
          description: `a JSON body sent as ${mediaType}, which the operation does not accept`,
          before: body.mediaType, after: mediaType },
      })));
    }
  }

  if (body.required) {
    out.push(fc.boolean().map((withType) => ({
      body: withType ? { mediaType: body.mediaType, raw: new Uint8Array(0) } : undefined,
      mutation: { keyword: 'required', pointer: '', location: 'body' as const,
        description: withType ? `an empty ${body.mediaType} body where one is required`
          : 'no body (and no content type) where one is required' },
    })));
  }
  return out;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

interface Corruption {
  name: string;
  apply(text: string): string;
}

// Each turns any JSON text into one no JSON parser accepts: valid JSON never starts with '{{'
// or '{' followed by a non-string, never has text after its end, and never has a ',' right
// before its closing bracket.
const CORRUPTIONS: Corruption[] = [
  { name: 'an extra closing brace at the end', apply: (text) => `${text}}` },
  { name: 'an unmatched opening brace in front', apply: (text) => `{${text}` },
  {
    name: 'a stray comma before the end',
    apply: (text) => (/^[[{]/.test(text) ? `${text.slice(0, -1)},${text.slice(-1)}` : `${text},`),
  },
];
