import type { OperationModel, ResponseModel } from '../spec/model';

/**
 * The response the document declares for a status: the exact code first, then its range
 * (`4XX`), then `default`, which is the order OpenAPI 3.0 gives them precedence in.
 */
export function findDocumentedResponse(
  operation: OperationModel,
  status: number,
): ResponseModel | undefined {
  const exact = String(status);
  const range = `${exact[0]}XX`;
  return operation.responses.find((r) => r.status === exact)
    ?? operation.responses.find((r) => r.status === range)
    ?? operation.responses.find((r) => r.status === 'default');
}

export function documentedStatuses(operation: OperationModel): string[] {
  return operation.responses.map((r) => r.status);
}
