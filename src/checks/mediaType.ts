/** `application/json; charset=utf-8` → `application/json`. */
export function essenceOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  return contentType.split(';')[0].trim().toLowerCase() || undefined;
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || /^application\/[^/]+\+json$/.test(mediaType);
}

/** Does a declared media type (which may be `*\/*` or `text/*`) cover the received one? */
export function mediaTypeMatches(declared: string, received: string): boolean {
  if (declared === '*/*' || declared === received) return true;
  const [type, subtype] = declared.split('/');
  return subtype === '*' && received.startsWith(`${type}/`);
}
