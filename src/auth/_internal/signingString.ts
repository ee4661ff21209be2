/**
 * The draft-cavage signing string as OCI defines it (OCI-FACTS 6.1): one `name: value` line
 * per signed header, in the order of `names`, lower-case names, joined by `\n` without a
 * trailing newline. `(request-target)` is the lower-case method, a space, and the path and
 * query exactly as sent.
 * @param headers - header values by lower-case name; every name in `names` must be present.
 */
export function signingString(
  method: string,
  target: string,
  names: readonly string[],
  headers: Readonly<Record<string, string>>,
): string {
  return names.map((name) => {
    if (name === '(request-target)') return `${name}: ${method.toLowerCase()} ${target}`;
    const value = headers[name];
    // A programming error in this folder, not a user mistake: the signer sets these itself.
    if (value === undefined) throw new Error(`signingString: no value for header ${name}`);
    return `${name}: ${value}`;
  }).join('\n');
}
