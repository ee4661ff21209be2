import fc from 'fast-check';

import { loadSpec } from '../spec/loadSpec';
import type { ApiModel, OperationModel, SchemaObject } from '../spec/model';
import { compileSchema } from '../spec/schemaValidator';
import { readParameter } from './_internal/testing/readParameter';
import {
  type GeneratedRequest, type RequestArbitraryOptions, invalidRequestArbitrary,
  validRequestArbitrary,
} from './requestArbitrary';

const PROFILE: RequestArbitraryOptions = {
  pins: { compartmentId: 'ocid1.compartment.oc1..pinned', subnetIds: ['ocid1.subnet.oc1..a'],
    image: 'iad.ocir.io/ns/app/fn:0.0.1', memoryInMBs: 256 },
  fieldRules: { memoryInMBs: { enum: [128, 256, 512, 1024, 2048, 3072] },
    timeoutInSeconds: { minimum: 1, maximum: 300 } },
};
const ROUTE_CHANGING = ['', '.', '..'];

let api: ApiModel;
beforeAll(async () => {
  api = await loadSpec();
});

function operation(id: string): OperationModel {
  const found = api.operations.find((op) => op.operationId === id);
  if (!found) throw new Error(`the spec has no operation ${id}`);
  return found;
}

function bodySchema(op: OperationModel): SchemaObject | undefined {
  return op.requestBody?.content.find((m) => m.mediaType === 'application/json')?.schema;
}

/** Everything wrong with a request that should be valid. */
function problemsOfValid(op: OperationModel, request: GeneratedRequest): string[] {
  const problems: string[] = [];
  for (const p of op.parameters) {
    const text = p.location === 'path' ? request.pathParams[p.name] : request.query[p.name];
    if (p.required && text === undefined) problems.push(`missing ${p.name}`);
    if (p.location === 'path' && ROUTE_CHANGING.includes(text)) problems.push(`path ${text}`);
  }
  const schema = bodySchema(op);
  if (op.requestBody?.required && !request.body) problems.push('missing body');
  if (schema && request.body) {
    problems.push(...compileSchema(schema, 'request', api.schemas)(request.body.json)
      .map((v) => `${v.keyword} at ${v.pointer}`));
  }
  return problems;
}

describe('validRequestArbitrary on the Functions document (seed 2718)', () => {
  it.each([{}, PROFILE])('makes only valid requests for every operation (%#)', (options) => {
    for (const op of api.operations) {
      const requests = fc.sample(validRequestArbitrary(op, { components: api.schemas,
        ...options }), { numRuns: 60, seed: 2718 });
      for (const request of requests) {
        expect({ op: op.operationId, problems: problemsOfValid(op, request) })
          .toEqual({ op: op.operationId, problems: [] });
        expect(request.method).toBe(op.method.toUpperCase());
      }
    }
  });

  it('applies pins and field rules to bodies and parameters', () => {
    const options = { components: api.schemas, ...PROFILE };
    const functions = fc.sample(validRequestArbitrary(operation('createFunction'), options),
      { numRuns: 200, seed: 2718 }).map((r) => r.body?.json as Record<string, unknown>);
    const lists = fc.sample(validRequestArbitrary(operation('listApplications'), options),
      { numRuns: 20, seed: 2718 });

    expect(functions.filter((b) => b.memoryInMBs !== 256 || b.image !== PROFILE.pins!.image))
      .toEqual([]);
    const timeouts = functions.map((b) => b.timeoutInSeconds).filter((t) => t !== undefined);
    expect(timeouts.filter((t) => !(Number(t) >= 1 && Number(t) <= 300))).toEqual([]);
    expect(timeouts.length).toBeGreaterThan(0);
    expect(lists.filter((r) => r.query.compartmentId !== 'ocid1.compartment.oc1..pinned'))
      .toEqual([]);
  });

  it('sends invoke bodies as raw bytes', () => {
    const requests = fc.sample(validRequestArbitrary(operation('invokeFunction')),
      { numRuns: 50, seed: 2718 });

    expect(requests.filter((r) => r.body && !(r.body.raw instanceof Uint8Array))).toEqual([]);
    expect(requests.some((r) => r.body?.mediaType === 'application/octet-stream')).toBe(true);
  });
});

/** Why a mutated request would not be refused for the recorded reason, if it would not. */
function whyNotInvalid(op: OperationModel, request: GeneratedRequest): string | undefined {
  const m = request.mutation!;
  const schema = bodySchema(op);
  if (m.keyword === 'syntax') {
    try {
      JSON.parse(new TextDecoder().decode(request.body!.raw));
      return 'malformed JSON parses';
    } catch {
      return undefined;
    }
  }
  if (m.keyword === 'contentType') {
    const declared = op.requestBody!.content.map((c) => c.mediaType);
    return declared.includes(request.body!.mediaType) ? 'declared content type' : undefined;
  }
  if (m.location === 'body' && m.keyword === 'required' && m.pointer === '') {
    return !request.body || request.body.raw?.length === 0 ? undefined : 'body present';
  }
  if (m.location === 'body') {
    const found = compileSchema(schema!, 'request', api.schemas)(request.body!.json)
      .some((v) => v.keyword === m.keyword && v.pointer === m.pointer);
    return found ? undefined : `no ${m.keyword} at ${m.pointer}`;
  }
  const name = m.pointer.slice(1);
  const parameter = op.parameters.find((p) => p.name.toLowerCase() === name.toLowerCase())!;
  const text = m.location === 'query' ? request.query[name]
    : m.location === 'header' ? request.headers[name] : request.pathParams[name];
  if (m.keyword === 'required') return text === undefined ? undefined : 'parameter present';
  const value = readParameter(text, parameter.schema);
  const found = compileSchema(parameter.schema, 'request')(value)
    .some((v) => v.keyword === m.keyword);
  return found ? undefined : `text ${JSON.stringify(text)} passes`;
}

describe('invalidRequestArbitrary on the Functions document (seed 1618)', () => {
  it.each(['getApplication', 'deleteApplication', 'getFunction', 'deleteFunction',
    'invokeFunction'])('has nothing to break in %s', (id) => {
    expect(invalidRequestArbitrary(operation(id), { components: api.schemas })).toBeUndefined();
  });

  it.each(['createApplication', 'createFunction', 'listApplications', 'listFunctions'])(
    'breaks %s in ways that survive pins and the wire', (id) => {
      const op = operation(id);
      const requests = fc.sample(invalidRequestArbitrary(op, { components: api.schemas,
        ...PROFILE })!, { numRuns: 300, seed: 1618 });

      const failures = requests.map((r) => [r.mutation?.description, whyNotInvalid(op, r)])
        .filter(([, why]) => why !== undefined);
      expect(failures).toEqual([]);
    });

  it('reaches every kind of break of a create operation', () => {
    const requests = fc.sample(invalidRequestArbitrary(operation('createFunction'),
      { components: api.schemas, ...PROFILE })!, { numRuns: 600, seed: 1618 });
    const kinds = new Set(requests.map((r) => `${r.mutation!.location} ${r.mutation!.keyword}`));

    expect([...kinds].sort()).toEqual(['body required', 'body syntax', 'body type',
      'header contentType']);
  });

  it('keeps pins in the valid part of a broken body', () => {
    const requests = fc.sample(invalidRequestArbitrary(operation('createApplication'),
      { components: api.schemas, ...PROFILE })!, { numRuns: 300, seed: 1618 });
    const bodies = requests.filter((r) => r.mutation!.location === 'body'
      && !r.mutation!.pointer.startsWith('/compartmentId') && r.mutation!.pointer !== ''
      && r.mutation!.keyword !== 'syntax');

    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((r) => (r.body!.json as Record<string, unknown>).compartmentId
      !== PROFILE.pins!.compartmentId)).toEqual([]);
  });
});

describe('invalidRequestArbitrary on typed parameters (seed 31415)', () => {
  const op: OperationModel = {
    operationId: 'listThings', method: 'get', path: '/things/{id}', summary: '',
    responses: [], secured: false,
    parameters: [
      { name: 'id', location: 'path', required: true,
        schema: { type: 'string', minLength: 2, maxLength: 5 } },
      { name: 'limit', location: 'query', required: false,
        schema: { type: 'integer', minimum: 1, maximum: 50 } },
      { name: 'state', location: 'query', required: true,
        schema: { type: 'string', enum: ['ON', 'OFF'] } },
      { name: 'q', location: 'query', required: false, schema: { type: 'string' } },
      { name: 'X-Tag', location: 'header', required: true,
        schema: { type: 'string', maxLength: 4 } },
    ],
  };
  const requests = fc.sample(invalidRequestArbitrary(op)!, { numRuns: 1000, seed: 31415 });
  const broken = (pointer: string) => requests.filter((r) => r.mutation!.pointer === pointer)
    .map((r) => `${r.mutation!.keyword} ${JSON.stringify(r.mutation!.after)}`);

  it('breaks every parameter in ways that survive being sent as text', () => {
    const failures = requests.map((r) => [r.mutation?.description, whyNotInvalid(op, r)])
      .filter(([, why]) => why !== undefined);

    expect(failures).toEqual([]);
  });

  it('plans no type break for a string parameter, whose text is a string whatever it says', () => {
    expect(broken('/q')).toEqual([]);
    expect(broken('/state').filter((text) => text.startsWith('type'))).toEqual([]);
  });

  it('breaks an integer parameter with non-numeric text and fractions', () => {
    const types = requests.filter((r) => r.mutation!.pointer === '/limit'
      && r.mutation!.keyword === 'type').map((r) => r.query.limit);

    expect(types.some((text) => Number.isNaN(Number(text)))).toBe(true);
    expect(types.some((text) => /^-?\d+\.\d+$/.test(text))).toBe(true);
  });

  it('never sends a path parameter that changes the route, nor leaves one out', () => {
    expect(requests.filter((r) => ROUTE_CHANGING.includes(r.pathParams.id))).toEqual([]);
    expect(new Set(requests.filter((r) => r.mutation!.location === 'path')
      .map((r) => r.mutation!.keyword))).toEqual(new Set(['minLength', 'maxLength']));
  });

  it('sends header values as visible ASCII, valid or broken', () => {
    const valid = fc.sample(validRequestArbitrary(op), { numRuns: 200, seed: 31415 });
    const texts = [...valid, ...requests].map((r) => r.headers['x-tag'])
      .filter((text) => text !== undefined);

    expect(texts.filter((text) => !/^[!-~]*$/.test(text))).toEqual([]);
    expect(broken('/x-tag')).toContainEqual(expect.stringMatching(/^maxLength/));
  });

  it('leaves out the required query parameter', () => {
    expect(requests.some((r) => r.mutation!.keyword === 'required'
      && r.query.state === undefined)).toBe(true);
  });
});
