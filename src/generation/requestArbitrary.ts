import fc from 'fast-check';

import type { OperationModel, SchemaObject } from '../spec/model';
import { createContext } from './_internal/generationContext';
import { type BrokenBody, schemaBreaks, wholeBodyBreaks } from './_internal/request/bodyBreaks';
import {
  type PartsBreak, applyPartsBreak, parameterBreaks,
} from './_internal/request/parameterBreaks';
import {
  type RequestParts, type RequestSetup, prepareBody, prepareParameters, validBodyArbitrary,
  validPartsArbitrary,
} from './_internal/request/requestParts';
import type { Mutation } from './mutations';

/** A request ready for the transport, except for URL encoding and signing. */
export interface GeneratedRequest {
  operationId: string;
  /** Upper case. */
  method: string;
  /** Already text, not yet URL-encoded; never empty, '.' or '..'. */
  pathParams: Record<string, string>;
  /** Already text, not yet URL-encoded. */
  query: Record<string, string>;
  /** Header parameters, names lower-cased; the content type travels as `body.mediaType`. */
  headers: Record<string, string>;
  /** `json` for JSON media types, `raw` bytes otherwise (and for malformed JSON). */
  body?: { mediaType: string; json?: unknown; raw?: Uint8Array };
  /** Present on invalid requests only: the one way the request breaks the contract. */
  mutation?: Mutation;
}

/** What requests are generated from besides the operation. */
export interface RequestArbitraryOptions {
  /**
   * The named schemas `$ref`s point into (ApiModel.schemas).
   * @defaultValue an empty map
   */
  components?: Record<string, SchemaObject>;
  /**
   * Values that replace the generated top-level body property, or path/query/header
   * parameter, of the same name (a profile pins compartmentId to a real compartment).
   * @defaultValue no pins
   */
  pins?: Record<string, unknown>;
  /**
   * Stricter schemas merged into the schema of any top-level body property or parameter of
   * that name before generating valid values; a rule narrows, it never widens. Breaks are
   * still planned on the document's schema, so an invalid request breaks the document.
   * @defaultValue no rules
   */
  fieldRules?: Record<string, SchemaObject>;
  /**
   * How many `$ref`s one path of a value may follow.
   * @defaultValue 3
   */
  maxDepth?: number;
}

/**
 * Requests the document says the operation accepts: required parameters always, optional
 * ones now and then, pins applied, field rules respected, and a body when one is required
 * (usually also when it is optional).
 *
 * @throws SuiteError when a schema cannot be generated (SPEC_INVALID) or a field rule
 * contradicts the document (PROFILE_INVALID).
 */
export function validRequestArbitrary(
  operation: OperationModel,
  options: RequestArbitraryOptions = {},
): fc.Arbitrary<GeneratedRequest> {
  const setup = setupOf(operation, options);
  const parts = validPartsArbitrary(setup, prepareParameters(setup));
  const body = prepareBody(setup);
  if (!body) return parts.map((p) => requestOf(operation, p));

  const content = validBodyArbitrary(body, setup);
  const maybe = body.required ? content
    : fc.option(content, { nil: undefined, freq: 4 });
  return fc.tuple(parts, maybe).map(([p, b]) => requestOf(operation, p, b));
}

/**
 * Requests that break the document in exactly one way each, recorded as `mutation`: a break
 * of the body schema (planned on the document's schema; the rest generated valid under pins
 * and field rules), a broken parameter value that survives being sent as text, a missing
 * required query or header parameter, malformed JSON, an empty required body, or an
 * undeclared content type.
 *
 * Returns undefined when the operation takes no input that can be made invalid (say, only a
 * free-text path parameter): the caller skips the operation.
 */
export function invalidRequestArbitrary(
  operation: OperationModel,
  options: RequestArbitraryOptions = {},
): fc.Arbitrary<GeneratedRequest> | undefined {
  const setup = setupOf(operation, options);
  const parameters = prepareParameters(setup);
  const parts = validPartsArbitrary(setup, parameters);
  const body = prepareBody(setup);
  const validBody = body
    ? validBodyArbitrary(body, setup) : fc.constant(undefined);

  const breaks: fc.Arbitrary<GeneratedRequest>[] = [];
  for (const broken of body ? [...schemaBreaks(body, setup), ...wholeBodyBreaks(body, setup)]
    : []) {
    breaks.push(fc.tuple(parts, broken).map(([p, b]) => withBodyBreak(operation, p, b)));
  }
  for (const broken of parameterBreaks(setup, parameters)) {
    breaks.push(fc.tuple(parts, validBody, broken)
      .map(([p, b, change]) => withPartsBreak(operation, p, b, change)));
  }
  return breaks.length > 0 ? fc.oneof(...breaks) : undefined;
}

function setupOf(operation: OperationModel, options: RequestArbitraryOptions): RequestSetup {
  return {
    operation,
    ctx: createContext({ direction: 'request', components: options.components,
      maxDepth: options.maxDepth }),
    pins: options.pins ?? {},
    rules: options.fieldRules ?? {},
  };
}

function requestOf(
  operation: OperationModel,
  parts: RequestParts,
  body?: GeneratedRequest['body'],
): GeneratedRequest {
  const request: GeneratedRequest = {
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    ...parts,
  };
  if (body) request.body = body;
  return request;
}

function withBodyBreak(operation: OperationModel, parts: RequestParts, broken: BrokenBody) {
  return { ...requestOf(operation, parts, broken.body), mutation: broken.mutation };
}

function withPartsBreak(
  operation: OperationModel,
  parts: RequestParts,
  body: GeneratedRequest['body'],
  change: PartsBreak,
): GeneratedRequest {
  const { parts: broken, before } = applyPartsBreak(parts, change);
  const mutation = before === undefined ? change.mutation : { ...change.mutation, before };
  return { ...requestOf(operation, broken, body), mutation };
}
