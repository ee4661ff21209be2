import type { OpenAPIV3 } from 'openapi-types';

// The normalised view of an OpenAPI 3.0 document that every later stage reads. The loader
// (loadSpec.ts) is the only place that touches the raw document; nothing after it follows a
// $ref or looks at paths by hand, so another document works as soon as it loads.

export type SchemaObject = OpenAPIV3.SchemaObject;

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterModel {
  name: string;
  location: ParameterLocation;
  required: boolean;
  /** Dereferenced; an empty schema when the document gives none. */
  schema: SchemaObject;
}

export interface MediaTypeModel {
  /** Lower-cased media type without parameters, e.g. `application/json`. */
  mediaType: string;
  /** Dereferenced; undefined when the document declares the media type without a schema. */
  schema?: SchemaObject;
}

export interface RequestBodyModel {
  required: boolean;
  content: MediaTypeModel[];
}

export interface ResponseModel {
  /** `'200'`, a range such as `'4XX'`, or `'default'`, exactly as the document writes it. */
  status: string;
  description: string;
  content: MediaTypeModel[];
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch'
  | 'trace';

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  /** The path template as written in the document, e.g. `/applications/{applicationId}`. */
  path: string;
  summary: string;
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  responses: ResponseModel[];
  /** True when the operation (or the document) requires some security scheme. */
  secured: boolean;
}

export interface ApiModel {
  title: string;
  version: string;
  /** Absolute path of the document the model was loaded from. */
  sourcePath: string;
  operations: OperationModel[];
  /** Named schemas of `components.schemas`, dereferenced (the Error schema lives here). */
  schemas: Record<string, SchemaObject>;
}
