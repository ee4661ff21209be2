import { validRequestArbitrary } from '../src/generation/requestArbitrary';
import { defineConformanceSuite } from '../src/run/defineConformanceSuite';
import { generationOptions } from '../src/run/generationOptions';

// Valid requests, generated from the document's schemas (with the profile's pins and field
// rules): the target must answer with documented statuses, media types and bodies.
defineConformanceSuite('positive', (operation, api, context) =>
  validRequestArbitrary(operation, generationOptions(api, context)));
