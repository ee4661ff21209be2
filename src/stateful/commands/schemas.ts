import { findDocumentedResponse } from '../../checks/documentedResponse';
import type { OperationModel, SchemaObject } from '../../spec/model';

/** The JSON schema of an operation's 200 response (for a list: of one item). */
export function responseSchemaOf(operation: OperationModel): SchemaObject | undefined {
  const schema = findDocumentedResponse(operation, 200)?.content
    .find((c) => c.mediaType === 'application/json')?.schema;
  if (schema?.type === 'array') return schema.items as SchemaObject | undefined;
  return schema;
}
