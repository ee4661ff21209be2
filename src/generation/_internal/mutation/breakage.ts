import fc from 'fast-check';

import type { SchemaObject } from '../../../spec/model';
import type { GenerationContext } from '../generationContext';
import type { JsonType } from '../jsonTypes';
import { type PathSegment, toPointer } from '../jsonPointer';
import { type LengthRange, textArbitrary } from '../stringArbitrary';

/** One concrete way to break a value: what to write where, and how to say it. @internal */
export interface Breakage {
  /** The place written to. */
  target: PathSegment[];
  /** The new value; ignored when `remove` is set. */
  after?: unknown;
  /** Delete the property at `target` instead of writing. */
  remove?: boolean;
  /** Where the validator reports the break (for additionalProperties, the object). */
  pointer: string;
  description: string;
}

/** A kind of break at one place of a schema, with the values that perform it. @internal */
export interface MutationPlan {
  /** The ajv keyword the break violates (nullable is reported as `type`). */
  keyword: string;
  /**
   * The path the surrounding valid value must contain for the break to land where planned;
   * undefined when the break replaces the whole value.
   */
  carrierPath?: PathSegment[];
  /** The carrier's value at `carrierPath` must be an object (a property is added to it). */
  carrierHoldsObject?: boolean;
  /** True when the break replaces the whole value at `carrierPath` (or the root). */
  replacesValue?: boolean;
  breakage: fc.Arbitrary<Breakage>;
}

/**
 * How the broken value travels. `json` keeps JSON types apart; `text` is a path, query or
 * header parameter, where every value becomes text and the server parses it back: there a
 * number and a numeric string are the same bytes, so breaks that only change the JSON type of
 * text cannot survive and are not planned.
 * @internal
 */
export type Wire = 'json' | 'text';

/** A place in the schema where breaks are planned. @internal */
export interface Site {
  path: PathSegment[];
  /** Flattened schema of the place. */
  schema: SchemaObject;
  /** Types the place admits after `not`; all seven when it says nothing. */
  types: JsonType[];
  /** Types its `type`, `nullable` and `enum` admit; a value of another type breaks `type`. */
  declared: JsonType[];
  ctx: GenerationContext;
  wire: Wire;
  /** How descriptions name the value when the place is its root ("the body"). */
  subject: string;
  /** Text for breaks, in the characters this place can carry. */
  text(range: LengthRange): fc.Arbitrary<string>;
  /** True for a text this place can carry (used to pick fallback texts). */
  carries(text: string): boolean;
}

/**
 * The characters a break may use. `unicode` for bodies, paths and queries (the transport
 * encodes them); `token` for headers, whose values must be visible ASCII: HTTP clients refuse
 * control characters, and surrounding spaces are trimmed on the way, which could undo a break.
 * @internal
 */
export type Charset = 'unicode' | 'token';

const tokenUnit = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));

/** The text factory and test of a charset. @internal */
export function charsetTools(charset: Charset): Pick<Site, 'text' | 'carries'> {
  if (charset === 'unicode') return { text: textArbitrary, carries: () => true };
  return {
    text: (range) => fc.string({ unit: tokenUnit, ...range }),
    carries: (text) => /^[!-~]*$/.test(text),
  };
}

/** "at /a/b" inside a value, "as the body" at its root. @internal */
export function where(site: Site, path: PathSegment[] = site.path): string {
  return path.length > 0 ? `at ${toPointer(path)}` : `as ${site.subject}`;
}

/** A breakage that replaces the value at the site. @internal */
export function replaceAt(site: Site, after: unknown, description: string): Breakage {
  return { target: site.path, after, pointer: toPointer(site.path), description };
}

/** The plan for a break that replaces the site's value. @internal */
export function valuePlan(
  site: Site,
  keyword: string,
  breakage: fc.Arbitrary<Breakage>,
): MutationPlan {
  return { keyword, carrierPath: site.path.length > 0 ? site.path : undefined, breakage,
    replacesValue: true };
}
