import type { OperationModel } from '../spec/model';
import type { ApiModel } from '../spec/model';
import type { CheckContext, Exchange, MutationRecord } from './types';

// Builders for the checks' own tests: a response as a target would send it, so each test
// reads as "this target answered this".

export function operation(overrides: Partial<OperationModel> = {}): OperationModel {
  return {
    operationId: 'createApplication',
    method: 'post',
    path: '/applications',
    summary: '',
    parameters: [],
    responses: [{
      status: '200',
      description: 'created',
      content: [{
        mediaType: 'application/json',
        schema: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            lifecycleState: { type: 'string', enum: ['CREATING', 'ACTIVE'] },
            memoryInMBs: { type: 'integer' },
          },
        },
      }],
    }],
    secured: true,
    ...overrides,
  };
}

export function exchange(
  status: number,
  body: unknown,
  options: { contentType?: string; op?: OperationModel; mutation?: MutationRecord } = {},
): Exchange {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = {};
  const contentType = options.contentType ?? (text ? 'application/json' : undefined);
  if (contentType) headers['content-type'] = contentType;
  return {
    operation: options.op ?? operation(),
    request: { method: 'POST', url: 'http://127.0.0.1/applications', headers: {},
      mutation: options.mutation },
    response: { status, headers, body: Buffer.from(text), durationMs: 1 },
  };
}

export function context(schemas: ApiModel['schemas'] = {}): CheckContext {
  return {
    api: { title: 't', version: '1', sourcePath: '/t.yaml', operations: [], schemas },
    options: { acceptedRefusals: [401, 403, 404, 409, 429] },
  };
}
