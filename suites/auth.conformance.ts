import fc from 'fast-check';

import { validRequestArbitrary } from '../src/generation/requestArbitrary';
import { defineConformanceSuite } from '../src/run/defineConformanceSuite';
import { generationOptions } from '../src/run/generationOptions';

// Valid requests sent without the profile's credentials, or with wrong ones when the profile
// says the target verifies them: every secured operation must answer 401.
defineConformanceSuite('auth', (operation, api, context) => {
  if (!operation.secured) {
    return { skip: 'the operation declares no security requirement' };
  }
  const variants = context.options.profile.verifiesCredentials
    ? fc.constantFrom('none' as const, 'wrong' as const)
    : fc.constant('none' as const);
  return fc.tuple(validRequestArbitrary(operation, generationOptions(api, context)), variants)
    .map(([request, credentials]) => ({ ...request, credentials }));
});
