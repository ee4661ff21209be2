import fc from 'fast-check';

import {
  invalidRequestArbitrary, type RequestArbitraryOptions, validRequestArbitrary,
} from '../../generation/requestArbitrary';
import type { ApiRoles } from '../../spec/apiRoles';
import type { SuiteModel } from '../model';
import type { StatefulTarget } from '../statefulTarget';
import { CreateApplication, CreateFunction } from './createCommands';
import { DeleteApplication, DeleteFunction } from './deleteCommands';
import { InvokeDeleted, InvokeFunction, payloadArbitrary } from './invokeCommands';
import { ParallelCreateFunctions } from './parallelCreate';
import { GetResource, ListApplications, ListFunctions } from './readCommands';
import { CreateFunctionInUnknownApp, InvalidCreate, UnknownId } from './refusalCommands';

export type CommandArbitrary = fc.Arbitrary<fc.AsyncCommand<SuiteModel, StatefulTarget>>;

/** Every command the stateful suite can draw, built from the document's create schemas. */
export function commandArbitraries(roles: ApiRoles, options: RequestArbitraryOptions):
  CommandArbitrary[] {
  const app = validRequestArbitrary(roles.createApplication, options);
  const fn = validRequestArbitrary(roles.createFunction, options);
  const n = fc.nat({ max: 1_000 });

  const commands: CommandArbitrary[] = [
    // Creates appear several times: fast-check draws commands evenly, and without resources
    // most other commands have nothing to act on.
    ...repeat(2, app.map((r) => new CreateApplication(r))),
    ...repeat(3, fc.tuple(n, fn).map(([i, r]) => new CreateFunction(i, r))),
    fc.tuple(fc.constantFrom('application' as const, 'function' as const), n)
      .map(([kind, i]) => new GetResource(kind, i)),
    n.map((i) => new ListApplications(i)),
    n.map((i) => new ListFunctions(i)),
    ...repeat(2, n.map((i) => new DeleteFunction(i))),
    ...repeat(2, n.map((i) => new DeleteApplication(i))),
    ...repeat(2, fc.tuple(n, payloadArbitrary()).map(([i, b]) => new InvokeFunction(i, b))),
    n.map((i) => new InvokeDeleted(i)),
    fc.tuple(fc.constantFrom('getApp', 'getFn', 'deleteApp', 'deleteFn', 'invoke' as const),
      fc.integer()).map(([action, salt]) => new UnknownId(action, salt)),
    fc.tuple(fn, fc.integer()).map(([r, salt]) => new CreateFunctionInUnknownApp(r, salt)),
    fc.tuple(n, fc.array(fn, { minLength: 2, maxLength: 4 }))
      .map(([i, rs]) => new ParallelCreateFunctions(i, rs)),
  ];

  const invalidApp = invalidRequestArbitrary(roles.createApplication, options);
  if (invalidApp) {
    commands.push(invalidApp.map((r) =>
      new InvalidCreate('application', roles.createApplication, r, 0)));
  }
  const invalidFn = invalidRequestArbitrary(roles.createFunction, options);
  if (invalidFn) {
    commands.push(fc.tuple(invalidFn, n).map(([r, i]) =>
      new InvalidCreate('function', roles.createFunction, r, i)));
  }
  return commands;
}

function repeat<T>(times: number, item: T): T[] {
  return Array.from({ length: times }, () => item);
}
