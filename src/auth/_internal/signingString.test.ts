import { createHash, verify } from 'node:crypto';

import { signingString } from './signingString';

// Oracle's published test values (docs "Request Signatures" > "Test Values", and the Go
// SDK's common/http_signer_test.go, OCI-FACTS 6.2): requests signed with `date` in the Go
// SDK's header order. Only the public half of the 1024-bit test key is kept here. Its keyId
// fingerprint (20:3b:97:...) is not the MD5 of this key, so it cannot check fingerprints.
const TEST_PUBLIC_KEY = [
  '-----BEGIN PUBLIC KEY-----',
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDCFENGw33yGihy92pDjZQhl0C3',
  '6rPJj+CvfSC8+q28hxA161QFNUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6',
  'Z4UMR7EOcpfdUE9Hf3m/hs+FUR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJw',
  'oYi+1hqp1fIekaxsyQIDAQAB',
  '-----END PUBLIC KEY-----',
].join('\n');
const DATE = 'Thu, 05 Jan 2014 21:31:40 GMT';
const HOST = 'iaas.us-phoenix-1.oraclecloud.com';
const COMPARTMENT = 'ocid1.compartment.oc1..' +
  'aaaaaaaam3we6vgnherjq5q2idnccdflvjsnog7mlr6rtdb25gilchfeyjxa';
const VOLUME = 'ocid1.volume.oc1.phx.abyhqljrgvttnlx73nmrwfaux7kcvzfs3s66izvxf2h4lgvyndsdsnoiwr5q';
const INSTANCE = 'ocid1.instance.oc1.phx.' +
  'abuw4ljrlsfiqw6vzzxb43vyypt4pkodawglp3wqxjqofakrwvou52gb6s5a';

function verifies(text: string, signature: string): boolean {
  const bytes = Buffer.from(signature, 'base64');
  return verify('RSA-SHA256', Buffer.from(text), TEST_PUBLIC_KEY, bytes);
}

describe('signingString against Oracle\'s test values', () => {
  it('builds the GET signing string whose signature Oracle published', () => {
    const target = '/20160918/instances?availabilityDomain=Pjwf%3A%20PHX-AD-1' +
      `&compartmentId=${COMPARTMENT}&displayName=TeamXInstances&volumeId=${VOLUME}`;

    const text = signingString('GET', target, ['date', '(request-target)', 'host'],
      { date: DATE, host: HOST });

    expect(text).toBe(`date: ${DATE}\n(request-target): get ${target}\nhost: ${HOST}`);
    expect(verifies(text, 'GBas7grhyrhSKHP6AVIj/h5/Vp8bd/peM79H9Wv8kjoaCivujVXlpbKLjMPe' +
      'DUhxkFIWtTtLBj3sUzaFj34XE6YZAHc9r2DmE4pMwOAy/kiITcZxa1oHPOeRheC0jP2dqbTll' +
      '8fmTZVwKZOKHYPtrLJIJQHJjNvxFWeHQjMaR7M=')).toBe(true);
  });

  it('builds the POST signing string over the 316-byte body Oracle published', () => {
    const body = Buffer.from(JSON.stringify(
      { compartmentId: COMPARTMENT, instanceId: INSTANCE, volumeId: VOLUME }, null, 4));
    const headers = {
      date: DATE, host: HOST, 'content-length': String(body.length),
      'content-type': 'application/json',
      'x-content-sha256': createHash('sha256').update(body).digest('base64'),
    };

    const text = signingString('POST', '/20160918/volumeAttachments', ['date',
      '(request-target)', 'host', 'content-length', 'content-type', 'x-content-sha256'], headers);

    expect(body.length).toBe(316);
    expect(headers['x-content-sha256']).toBe('V9Z20UJTvkvpJ50flBzKE32+6m2zJjweHpDMX/U4Uy0=');
    expect(verifies(text, 'Mje8vIDPlwIHmD/cTDwRxE7HaAvBg16JnVcsuqaNRim23fFPgQfLoOOxae6WqKb1' +
      'uPjYEl0qIdazWaBy/Ml8DRhqlocMwoSXv0fbukP8J5N80LCmzT/FFBvIvTB91XuXI3hYfP9Zt1l7S6ieVa' +
      'dHUfqBedWH0itrtPJBgKmrWso=')).toBe(true);
  });

  it('refuses to sign a header it has no value for', () => {
    expect(() => signingString('GET', '/', ['x-date'], {})).toThrow(/no value for header x-date/);
  });
});
