import { SuiteError } from '../../../core/errors';
import type { OperationModel, ParameterModel, SchemaObject } from '../../../spec/model';
import type { GenerationContext } from '../generationContext';
import { mergeSchemas } from '../mergeSchemas';
import { flattenOrThrow, flattenSchema, mergeContext } from '../resolveSchema';
import { addNot } from '../schemaNots';
import { parameterSchema } from './parameterText';

/**
 * A target profile's rule merged into the document's schema for a field of that name. The
 * merge is an intersection, so a rule can only narrow what the document allows.
 * @internal
 */
export function narrowByRule(
  schema: SchemaObject,
  rule: SchemaObject | undefined,
  field: string,
  operation: OperationModel,
  ctx: GenerationContext,
): SchemaObject {
  if (!rule) return schema;
  const left = flattenSchema(schema, ctx);
  const right = flattenSchema(rule, ctx);
  const merged = left && right ? mergeSchemas(left, right, mergeContext(ctx)) : undefined;
  if (!merged) {
    throw new SuiteError('PROFILE_INVALID',
      `fieldRules.${field} admits no value the document allows for '${field}' in ` +
      `${operation.operationId}; make the rule a narrower version of the document's schema`);
  }
  return merged;
}

/**
 * The schema a parameter's valid values come from: the profile's rule merged in, and for
 * path parameters never empty, '.' or '..', since those change the route rather than the
 * value (an empty segment collapses, dot segments are resolved away by URL parsers).
 * @internal
 */
export function generationSchemaOf(
  parameter: ParameterModel,
  rules: Record<string, SchemaObject>,
  operation: OperationModel,
  ctx: GenerationContext,
): SchemaObject {
  const base = parameterSchema(parameter.schema, parameter.name);
  const narrowed = narrowByRule(base, rules[parameter.name], parameter.name, operation, ctx);
  if (parameter.location !== 'path') return narrowed;

  const flat = flattenOrThrow(narrowed, ctx);
  const nonEmpty = mergeSchemas(flat, { minLength: 1 }, mergeContext(ctx));
  if (!nonEmpty) {
    throw new SuiteError('SPEC_INVALID', `path parameter '${parameter.name}' of ` +
      `${operation.operationId} admits only the empty string, which changes the route`);
  }
  return addNot(nonEmpty, { enum: ['.', '..'] });
}

/**
 * The body schema valid bodies come from: each top-level property with a profile rule of
 * its name narrowed by that rule. Rules reach only properties declared at the top level.
 * @internal
 */
export function bodyGenerationSchema(
  schema: SchemaObject,
  rules: Record<string, SchemaObject>,
  operation: OperationModel,
  ctx: GenerationContext,
): SchemaObject {
  const flat = flattenOrThrow(schema, ctx);
  const properties = flat.properties as Record<string, SchemaObject> | undefined;
  const ruled = Object.keys(rules).filter((name) => properties && Object.hasOwn(properties, name));
  if (!properties || ruled.length === 0) return flat;

  const narrowed: Record<string, SchemaObject> = { ...properties };
  for (const name of ruled) {
    narrowed[name] = narrowByRule(properties[name], rules[name], name, operation, ctx);
  }
  return { ...flat, properties: narrowed };
}
