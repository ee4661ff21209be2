/**
 * Joins a target base URL (which may carry a path such as `/20181201`) with a path template
 * and its parameters. Every parameter is percent-encoded as one path segment, so a generated
 * value containing `/` or `?` cannot change the route.
 */
export function buildUrl(
  baseUrl: string,
  template: string,
  pathParams: Record<string, string>,
  query: Record<string, string>,
): string {
  const path = template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = pathParams[name];
    return value === undefined ? whole : encodeURIComponent(value);
  });
  const search = new URLSearchParams(query).toString();
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}${path}${search ? `?${search}` : ''}`;
}
