/**
 * A string field of a JSON object body (`id`, `lifecycleState`, `code`), or undefined when
 * the body is not JSON, not an object, or the field is not a string. For the places that
 * only need to read one field of an answer they do not judge.
 */
export function jsonField(body: Buffer, name: string): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const value = (parsed as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
