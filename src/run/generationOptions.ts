import type { RequestArbitraryOptions } from '../generation/requestArbitrary';
import type { ApiModel } from '../spec/model';
import type { RunContext } from './runContext';

export function generationOptions(api: ApiModel, context: RunContext): RequestArbitraryOptions {
  return {
    components: api.schemas,
    pins: context.options.profile.pins,
    fieldRules: context.options.profile.fieldRules,
  };
}
