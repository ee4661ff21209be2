import fc from 'fast-check';

import { unsupportedSchema } from './unsupported';

// Dates stay within four-digit years: ajv-formats reads `date` and `date-time` as RFC 3339,
// which has no room for the six-digit years Date.toISOString() writes outside 0000-9999.
const dates = fc.date({
  min: new Date('1970-01-01T00:00:00.000Z'),
  max: new Date('9000-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

const two = (n: number) => String(n).padStart(2, '0');

// The same instant written with a numeric offset: the local time is shifted by the offset.
function withOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const size = Math.abs(offsetMinutes);
  return `${local}${sign}${two(Math.floor(size / 60))}:${two(size % 60)}`;
}

const dateTime = fc.oneof(
  dates.map((date) => date.toISOString()),
  dates.map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')),
  fc.tuple(dates, fc.integer({ min: -12 * 60, max: 14 * 60 }))
    .map(([date, offset]) => withOffset(date, offset)),
);

const time = fc.tuple(dates, fc.integer({ min: -12 * 60, max: 14 * 60 }))
  .map(([date, offset]) => withOffset(date, offset).slice(11));

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  'date-time': dateTime,
  date: dates.map((date) => date.toISOString().slice(0, 10)),
  time,
  uuid: fc.uuid(),
  email: fc.emailAddress(),
  uri: fc.webUrl({ withQueryParameters: true, withFragments: true }),
  'uri-reference': fc.webUrl({ withQueryParameters: true, withFragments: true }),
  url: fc.webUrl(),
  hostname: fc.domain(),
  ipv4: fc.ipV4(),
  ipv6: fc.ipV6(),
  byte: fc.base64String(),
};

// Formats whose every string is valid: they constrain nothing, so free text serves them.
const FREE_TEXT_FORMATS = new Set(['binary', 'password']);

// Formats ajv-formats checks for which we have no generator; free text would fail them.
const CHECKED_ELSEWHERE = new Set(['iso-time', 'iso-date-time', 'duration', 'uri-template',
  'json-pointer', 'json-pointer-uri-fragment', 'relative-json-pointer', 'regex']);

/**
 * Strings of a `format`, or undefined when any text will do (binary, password, numeric
 * formats on a string, and formats no validator checks).
 * @internal
 */
export function formatArbitrary(format: string | undefined): fc.Arbitrary<string> | undefined {
  if (format === undefined || FREE_TEXT_FORMATS.has(format)) return undefined;
  if (CHECKED_ELSEWHERE.has(format)) {
    throw unsupportedSchema(`string format '${format}' has no generator yet`);
  }
  return FORMATS[format];
}
