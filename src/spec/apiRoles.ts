import type { ApiModel, OperationModel } from './model';

// The stateful suite knows the Functions resources by what each operation does, found by
// method and path, so a document that renames operationIds still works.

const ROLE_ROUTES = {
  listApplications: ['get', '/applications'],
  createApplication: ['post', '/applications'],
  getApplication: ['get', '/applications/{}'],
  deleteApplication: ['delete', '/applications/{}'],
  listFunctions: ['get', '/functions'],
  createFunction: ['post', '/functions'],
  getFunction: ['get', '/functions/{}'],
  deleteFunction: ['delete', '/functions/{}'],
  invokeFunction: ['post', '/functions/{}/actions/invoke'],
} as const;

export type Role = keyof typeof ROLE_ROUTES;

/** The two kinds of resource the Functions API manages. */
export type ResourceKind = 'application' | 'function';

export type ApiRoles = Record<Role, OperationModel>;

/** The operation of each role, or the roles the document lacks. */
export function findRoles(api: ApiModel): { roles: ApiRoles } | { missing: Role[] } {
  const found: Partial<ApiRoles> = {};
  const missing: Role[] = [];
  for (const [role, [method, route]] of Object.entries(ROLE_ROUTES) as
    Array<[Role, readonly [string, string]]>) {
    const operation = api.operations.find((op) => op.method === method
      && op.path.replace(/\{[^}]+\}/g, '{}') === route);
    if (operation) found[role] = operation;
    else missing.push(role);
  }
  return missing.length > 0 ? { missing } : { roles: found as ApiRoles };
}

/** The name of the single path parameter of an operation such as getApplication. */
export function idParameter(operation: OperationModel): string {
  const parameter = operation.parameters.find((p) => p.location === 'path');
  if (!parameter) throw new Error(`${operation.operationId} has no path parameter`);
  return parameter.name;
}
