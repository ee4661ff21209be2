import type { RequestArbitraryOptions } from '../generation/requestArbitrary';
import type { ApiModel } from '../spec/model';
import type { RunContext } from './runContext';

/**
 * What the generators need from the run. With `inFixture`, functions are generated inside
 * the run's fixture application (when there is one) unless the profile pins another.
 */
export function generationOptions(api: ApiModel, context: RunContext, inFixture = false):
  RequestArbitraryOptions {
  const fixture = inFixture && context.fixtureApplicationId
    ? { applicationId: context.fixtureApplicationId } : {};
  return {
    components: api.schemas,
    pins: { ...fixture, ...context.options.profile.pins },
    fieldRules: context.options.profile.fieldRules,
  };
}
