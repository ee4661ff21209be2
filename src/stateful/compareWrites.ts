import { isDeepStrictEqual } from 'node:util';

import type { Violation } from '../checks/types';
import type { SchemaObject } from '../spec/model';

/**
 * What a resource as read back lacks of what was written. Only fields the response schema
 * declares are compared (a field the document does not return cannot be asked for), extra
 * fields are fine, and an empty map or list sent may come back absent.
 */
export function compareWrites(
  sent: Record<string, unknown>,
  received: Record<string, unknown>,
  responseSchema: SchemaObject | undefined,
): Violation[] {
  const declared = new Set(Object.keys(responseSchema?.properties ?? {}));
  const violations: Violation[] = [];
  for (const [field, value] of Object.entries(sent)) {
    if (!declared.has(field)) continue;
    if (!(field in received)) {
      if (isEmptyContainer(value)) continue;
      violations.push({ expected: `${field} = ${show(value)} as sent`, received: 'no such field',
        where: `body /${field}` });
    } else if (!isDeepStrictEqual(received[field], value)) {
      violations.push({ expected: `${field} = ${show(value)} as sent`,
        received: show(received[field]), where: `body /${field}` });
    }
  }
  return violations;
}

/** Fields the request schema gives a default for, that were not sent, must carry it. */
export function compareDefaults(
  sent: Record<string, unknown>,
  received: Record<string, unknown>,
  requestSchema: SchemaObject | undefined,
  responseSchema: SchemaObject | undefined,
): Violation[] {
  const declared = new Set(Object.keys(responseSchema?.properties ?? {}));
  const violations: Violation[] = [];
  for (const [field, property] of Object.entries(requestSchema?.properties ?? {})) {
    const fallback = (property as SchemaObject).default;
    if (fallback === undefined || field in sent || !declared.has(field)) continue;
    if (!isDeepStrictEqual(received[field], fallback)) {
      violations.push({ expected: `${field} = ${show(fallback)} (the document's default, ` +
        'since the create did not send it)', received: field in received
        ? show(received[field]) : 'no such field', where: `body /${field}` });
    }
  }
  return violations;
}

function isEmptyContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
