import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SuiteError } from '../../../core/errors';

// Shared by this folder's tests (not a test file itself): throwaway keys made at test time,
// temporary OCI config files, and the assertion that a refusal leaks nothing.

/** A fresh RSA 2048 key pair in the PEM forms a user may have on disk. */
export interface TestKeys {
  /** PKCS#1 `BEGIN RSA PRIVATE KEY`, as `openssl genrsa` wrote it before OpenSSL 3. */
  privatePem: string;
  /** PKCS#8 `BEGIN ENCRYPTED PRIVATE KEY`, protected by `passPhrase`. */
  encryptedPem: string;
  passPhrase: string;
  publicPem: string;
  /** Computed here from the DER public key, independently of the code under test. */
  fingerprint: string;
}

export const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaatesttenancy';
export const USER = 'ocid1.user.oc1..aaaaaaaatestuser';

export function generateTestKeys(): TestKeys {
  const passPhrase = 'correct horse battery staple';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('md5').update(der).digest('hex');
  return {
    privatePem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    encryptedPem: privateKey.export({
      type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: passPhrase,
    }).toString(),
    passPhrase,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: Array.from({ length: 16 }, (_, i) => hex.slice(2 * i, 2 * i + 2)).join(':'),
  };
}

/** A new empty directory under the system temp dir. */
export function makeTempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'oci-auth-'));
}

/** Writes `content` to `dir/name` and returns the absolute path. */
export function writeTempFile(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Calls `load`, expects a SuiteError, and returns it. */
export function refusalOf(load: () => unknown): SuiteError {
  try {
    load();
  } catch (error) {
    if (error instanceof SuiteError) return error;
    throw error;
  }
  throw new Error('expected a SuiteError, but loading succeeded');
}

/** Secrets a message must not contain: the pass phrase and every base64 line of each PEM. */
export function secretPartsOf(keys: TestKeys): string[] {
  const pemLines = [keys.privatePem, keys.encryptedPem]
    .flatMap((pem) => pem.split('\n'))
    .filter((line) => line.length > 0 && !line.startsWith('-----'));
  return [keys.passPhrase, ...pemLines];
}
