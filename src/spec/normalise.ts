import type { OpenAPIV3 } from 'openapi-types';

import type {
  ApiModel, HttpMethod, MediaTypeModel, OperationModel, ParameterModel, ResponseModel,
  SchemaObject,
} from './model';

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch',
  'trace'];

/** Turns a validated, dereferenced OpenAPI 3.0 document into the model the stages read. */
export function normaliseDocument(document: OpenAPIV3.Document, sourcePath: string): ApiModel {
  const operations: OperationModel[] = [];
  const globallySecured = (document.security ?? []).length > 0;

  for (const [template, item] of Object.entries(document.paths ?? {})) {
    if (!item) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push(normaliseOperation(template, method, item, operation, globallySecured));
    }
  }

  return {
    title: document.info.title,
    version: document.info.version,
    sourcePath,
    operations,
    schemas: (document.components?.schemas ?? {}) as Record<string, SchemaObject>,
  };
}

function normaliseOperation(
  template: string,
  method: HttpMethod,
  item: OpenAPIV3.PathItemObject,
  operation: OpenAPIV3.OperationObject,
  globallySecured: boolean,
): OperationModel {
  const security = operation.security;
  return {
    // Documents without operationIds still get a stable, readable name.
    operationId: operation.operationId ?? `${method.toUpperCase()} ${template}`,
    method,
    path: template,
    summary: operation.summary ?? '',
    parameters: mergeParameters(item.parameters, operation.parameters),
    requestBody: normaliseBody(operation.requestBody),
    responses: Object.entries(operation.responses ?? {}).map(([status, response]) =>
      normaliseResponse(status, response as OpenAPIV3.ResponseObject)),
    secured: security ? security.length > 0 : globallySecured,
  };
}

// Operation-level parameters override path-level ones with the same name and location.
function mergeParameters(
  shared: unknown[] | undefined,
  own: unknown[] | undefined,
): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const raw of [...(shared ?? []), ...(own ?? [])]) {
    const parameter = raw as OpenAPIV3.ParameterObject;
    const location = parameter.in as ParameterModel['location'];
    byKey.set(`${location}:${parameter.name}`, {
      name: parameter.name,
      location,
      required: location === 'path' ? true : parameter.required === true,
      schema: (parameter.schema ?? {}) as SchemaObject,
    });
  }
  return [...byKey.values()];
}

function normaliseBody(raw: unknown): OperationModel['requestBody'] {
  if (!raw) return undefined;
  const body = raw as OpenAPIV3.RequestBodyObject;
  return { required: body.required === true, content: normaliseContent(body.content) };
}

function normaliseResponse(status: string, response: OpenAPIV3.ResponseObject): ResponseModel {
  return {
    status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(),
    description: response.description ?? '',
    content: normaliseContent(response.content),
  };
}

function normaliseContent(
  content: Record<string, OpenAPIV3.MediaTypeObject> | undefined,
): MediaTypeModel[] {
  return Object.entries(content ?? {}).map(([mediaType, media]) => ({
    mediaType: mediaType.split(';')[0].trim().toLowerCase(),
    schema: media.schema as SchemaObject | undefined,
  }));
}
