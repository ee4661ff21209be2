import type fc from 'fast-check';

import type { SchemaObject } from '../../spec/model';
import type { SchemaDirection } from '../../spec/schemaValidator';

/**
 * Everything a builder needs besides the schema, with every default filled in once.
 * @internal
 */
export interface GenerationContext {
  direction: SchemaDirection;
  components: Record<string, SchemaObject>;
  maxDepth: number;
  /** How many `$ref`s have been followed on the way to the current schema. */
  depth: number;
  /** Arbitraries of components already built, by `name@depth`; shared by one build. */
  refCache: Map<string, fc.Arbitrary<unknown> | undefined>;
}

/** @internal */
export const DEFAULT_MAX_DEPTH = 3;

// One shared empty map: compileSchema keeps one ajv instance per components object, so a
// fresh `{}` per call would build a new instance every time.
const NO_COMPONENTS: Record<string, SchemaObject> = {};

/** @internal */
export function createContext(options: {
  direction?: SchemaDirection;
  components?: Record<string, SchemaObject>;
  maxDepth?: number;
}): GenerationContext {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 0) {
    throw new Error(`arbitraryForSchema: maxDepth must be a non-negative integer, ` +
      `got ${maxDepth}`);
  }
  return {
    direction: options.direction ?? 'request',
    components: options.components ?? NO_COMPONENTS,
    maxDepth,
    depth: 0,
    refCache: new Map(),
  };
}

/** The property flag that hides a property in this direction (never generated, never sent). */
export function hiddenFlag(direction: SchemaDirection): 'readOnly' | 'writeOnly' {
  return direction === 'request' ? 'readOnly' : 'writeOnly';
}

/** True when a property schema must not appear in values for this direction. @internal */
export function isHidden(property: SchemaObject | undefined, direction: SchemaDirection): boolean {
  return property?.[hiddenFlag(direction)] === true;
}
