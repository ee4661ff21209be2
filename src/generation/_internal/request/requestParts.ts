import fc from 'fast-check';

import type { OperationModel, ParameterModel, SchemaObject } from '../../../spec/model';
import { buildArbitrary } from '../buildArbitrary';
import { type GenerationContext, isHidden } from '../generationContext';
import { flattenSchema } from '../resolveSchema';
import { textArbitrary } from '../stringArbitrary';
import { unsupportedSchema } from '../unsupported';
import { parameterText } from './parameterText';
import { bodyGenerationSchema, generationSchemaOf } from './requestSchemas';

/** The parameter maps of a request, every value already text. @internal */
export interface RequestParts {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
}

/** @internal */
export type PartName = keyof RequestParts;

/** @internal */
export interface RequestSetup {
  operation: OperationModel;
  ctx: GenerationContext;
  pins: Record<string, unknown>;
  rules: Record<string, SchemaObject>;
}

/** A parameter with the schema its valid values come from. @internal */
export interface PreparedParameter {
  parameter: ParameterModel;
  part: PartName;
  /** The request map key: header names lower-cased, others as written. */
  key: string;
  generation: SchemaObject;
}

const PART_OF: Record<string, PartName | undefined> = {
  path: 'pathParams', query: 'query', header: 'headers',
};

// Header values travel as visible ASCII: control characters are refused by HTTP clients and
// surrounding spaces are trimmed on the way, which would change the value the server sees.
const HEADER_TEXT = '^[!-~]*$';

/**
 * The operation's parameters, ready to generate. Cookie parameters are left out.
 * @internal
 */
export function prepareParameters(setup: RequestSetup): PreparedParameter[] {
  const prepared: PreparedParameter[] = [];
  for (const parameter of setup.operation.parameters) {
    const part = PART_OF[parameter.location];
    // Known gap: cookie parameters are not generated, so a required one is sent missing.
    if (!part) continue;
    let generation = generationSchemaOf(parameter, setup.rules, setup.operation, setup.ctx);
    const flat = flattenSchema(generation, setup.ctx);
    if (part === 'headers' && flat?.type === 'string' && !flat.pattern && !flat.format
      && !flat.enum) {
      generation = { ...flat, pattern: HEADER_TEXT };
    }
    const key = part === 'headers' ? parameter.name.toLowerCase() : parameter.name;
    prepared.push({ parameter, part, key, generation });
  }
  return prepared;
}

/** Pinned values win over generated ones, as text. @internal */
export function pinnedText(setup: RequestSetup, name: string): string | undefined {
  return Object.hasOwn(setup.pins, name) ? parameterText(setup.pins[name]) : undefined;
}

/**
 * Valid parameter maps: required parameters always, optional ones now and then, pinned ones
 * always with their pinned value.
 * @internal
 */
export function validPartsArbitrary(
  setup: RequestSetup,
  parameters: PreparedParameter[],
): fc.Arbitrary<RequestParts> {
  const parts: Record<PartName, fc.Arbitrary<Record<string, string>>> = {
    pathParams: fc.constant({}), query: fc.constant({}), headers: fc.constant({}),
  };
  for (const part of Object.keys(parts) as PartName[]) {
    const own = parameters.filter((p) => p.part === part);
    const arbitraries: Record<string, fc.Arbitrary<string>> = {};
    const required: string[] = [];
    for (const { parameter, key, generation } of own) {
      const pin = pinnedText(setup, parameter.name);
      arbitraries[key] = pin !== undefined ? fc.constant(pin)
        : textOf(generation, setup.ctx, parameter.name);
      if (parameter.required || pin !== undefined) required.push(key);
    }
    parts[part] = fc.record(arbitraries, { requiredKeys: required, noNullPrototype: true });
  }
  return fc.record(parts, { noNullPrototype: true });
}

function textOf(schema: SchemaObject, ctx: GenerationContext, name: string) {
  const values = buildArbitrary(schema, ctx);
  if (!values) throw unsupportedSchema(`parameter '${name}' needs deeper $refs than maxDepth`);
  return values.map(parameterText);
}

/** The request body: the media type used and how its valid content is made. @internal */
export interface PreparedBody {
  mediaType: string;
  json: boolean;
  required: boolean;
  /** The document's schema (mutations are planned from it); undefined when it gives none. */
  schema?: SchemaObject;
  /** The schema valid bodies come from, profile rules merged in. */
  generation?: SchemaObject;
  /** Top-level property names a pin applies to. */
  pinned: string[];
}

/** JSON media types: application/json and the +json suffix family. @internal */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** Picks the body's media type (JSON first) and schemas. @internal */
export function prepareBody(setup: RequestSetup): PreparedBody | undefined {
  const body = setup.operation.requestBody;
  if (!body || body.content.length === 0) return undefined;
  const chosen = body.content.find((media) => isJsonMediaType(media.mediaType))
    ?? body.content[0];
  const json = isJsonMediaType(chosen.mediaType);
  const schema = chosen.schema;
  const generation = schema && json
    ? bodyGenerationSchema(schema, setup.rules, setup.operation, setup.ctx) : schema;
  const properties = (generation?.properties ?? {}) as Record<string, SchemaObject>;
  const pinned = Object.keys(setup.pins).filter((name) => Object.hasOwn(properties, name)
    && !isHidden(properties[name], setup.ctx.direction));
  return { mediaType: chosen.mediaType, json, required: body.required, schema, generation,
    pinned };
}

/** Replaces pinned top-level properties of a JSON object body. @internal */
export function withPins(json: unknown, body: PreparedBody, setup: RequestSetup): unknown {
  if (body.pinned.length === 0 || json === null || typeof json !== 'object'
    || Array.isArray(json)) {
    return json;
  }
  const out: Record<string, unknown> = { ...json };
  // structuredClone keeps the profile's pinned value safe from later writes into a body.
  for (const name of body.pinned) out[name] = structuredClone(setup.pins[name]);
  return out;
}

/** Valid body content; for JSON the pins are already applied. @internal */
export function validBodyArbitrary(
  body: PreparedBody,
  setup: RequestSetup,
): fc.Arbitrary<GeneratedBody> {
  if (body.json) {
    const values = buildArbitrary(body.generation ?? {}, setup.ctx);
    if (!values) throw unsupportedSchema('the request body needs deeper $refs than maxDepth');
    return values.map((json) => ({ mediaType: body.mediaType,
      json: withPins(json, body, setup) }));
  }
  return rawBodyArbitrary(body, setup).map((raw) => ({ mediaType: body.mediaType, raw }));
}

/** @internal */
export interface GeneratedBody {
  mediaType: string;
  json?: unknown;
  raw?: Uint8Array;
}

const RAW_MAX = 512;

// Non-JSON bodies: any bytes for binary content, UTF-8 of generated text for text content.
function rawBodyArbitrary(body: PreparedBody, setup: RequestSetup): fc.Arbitrary<Uint8Array> {
  const schema = body.schema && flattenSchema(body.schema, setup.ctx);
  if (!schema || schema.format === 'binary' || !schema.type) {
    return fc.uint8Array({ maxLength: RAW_MAX });
  }
  if (schema.type === 'string') {
    const text = buildArbitrary(schema, setup.ctx) ?? textArbitrary({ minLength: 0 });
    return text.map((value) => new TextEncoder().encode(String(value)));
  }
  throw unsupportedSchema(`a ${body.mediaType} body with a ${schema.type} schema has no ` +
    'serialiser yet');
}
