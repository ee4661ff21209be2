/** A step into a JSON value: a property name or an array index. @internal */
export type PathSegment = string | number;

/** RFC 6901 pointer text for a path ('' for the root). @internal */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}

/** The value at a path, or undefined when some step is missing. @internal */
export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `value` with the place at `path` replaced (or deleted when `remove` is set).
 * Only the containers on the path are copied; a missing or non-container step becomes an
 * empty container of the kind the next segment needs, so the write always lands.
 * @internal
 */
export function withValueAt(
  value: unknown,
  path: readonly PathSegment[],
  replacement: { after?: unknown; remove?: boolean },
): unknown {
  if (path.length === 0) return replacement.after;
  const [head, ...rest] = path;
  const container = copyContainer(value, typeof head === 'number');
  if (rest.length === 0 && replacement.remove) {
    if (Array.isArray(container)) container.splice(head as number, 1);
    else delete (container as Record<string, unknown>)[head];
    return container;
  }
  const child = Object.prototype.hasOwnProperty.call(container, head)
    ? (container as Record<PathSegment, unknown>)[head] : undefined;
  // defineProperty keeps a key such as '__proto__' an own data property.
  Object.defineProperty(container, head, {
    value: withValueAt(child, rest, replacement),
    enumerable: true, writable: true, configurable: true,
  });
  return container;
}

function copyContainer(value: unknown, asArray: boolean): unknown[] | Record<string, unknown> {
  if (asArray) return Array.isArray(value) ? [...value] : [];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { ...value };
  return {};
}
