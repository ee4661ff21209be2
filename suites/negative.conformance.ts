import { invalidRequestArbitrary } from '../src/generation/requestArbitrary';
import { defineConformanceSuite } from '../src/run/defineConformanceSuite';
import { generationOptions } from '../src/run/generationOptions';

// Requests that break one rule of the document each: the target must refuse them with a 4xx,
// and never break (5xx). Each failure names the rule the request broke. On a target that
// keeps state, functions go into a real application, so only the broken rule can explain
// a refusal.
defineConformanceSuite('negative', (operation, api, context) =>
  invalidRequestArbitrary(operation, generationOptions(api, context, true))
    ?? { skip: `${operation.operationId} takes no input that can be made invalid` });
