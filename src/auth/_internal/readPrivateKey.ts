import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { SuiteError } from '../../core/errors';

// Turns a PEM private key into a KeyObject once, when credentials are loaded, so that a wrong
// pass phrase or a key of the wrong kind is a one-line tool error before the first request
// rather than a 401 from the target. No message here may repeat the key or the pass phrase:
// they name the file (or the field) the key came from and say how to fix it.

/** Where a key came from and how to fix its parts, for the messages below. */
export interface KeyOrigin {
  /** The key's origin, e.g. `the key_file /home/me/.oci/key.pem of profile DEFAULT in ...`. */
  where: string;
  /** How to supply or correct the pass phrase, e.g. `set pass_phrase in [DEFAULT]`. */
  passPhraseFix: string;
}

const ENCRYPTED_PEM = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/;
const NEW_KEY = 'openssl genrsa -out ~/.oci/oci_api_key.pem 2048';

function invalid(message: string, cause?: unknown): SuiteError {
  return new SuiteError('PROFILE_INVALID', message, cause === undefined ? undefined : { cause });
}

/** Reads a key file as text; `field` and `source` say which setting pointed at it. */
export function readKeyFile(file: string, field: string, source: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw invalid(`cannot read the private key file ${file} (${reason}) named by ${field} in ` +
      `${source}; fix ${field} to point at your OCI API private key (PEM)`, cause);
  }
}

/** Parses and decrypts an RSA private key; every failure is a PROFILE_INVALID SuiteError. */
export function parsePrivateKey(
  pem: string,
  passPhrase: string | undefined,
  origin: KeyOrigin,
): KeyObject {
  if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem)) {
    throw invalid(`${origin.where} is a public key; point it at the private key (the public ` +
      'one is what you upload to OCI)');
  }
  if (ENCRYPTED_PEM.test(pem) && !passPhrase) {
    throw invalid(`${origin.where} is encrypted and no pass phrase was given; ` +
      `${origin.passPhraseFix}`);
  }

  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem', passphrase: passPhrase });
  } catch (cause) {
    // OpenSSL's message names the routine, not the problem; the code is what tells them apart.
    // The cause is kept for --verbose: OpenSSL errors never quote the key or pass phrase.
    if ((cause as NodeJS.ErrnoException).code === 'ERR_OSSL_BAD_DECRYPT') {
      throw invalid(`cannot decrypt ${origin.where}: the pass phrase is wrong; ` +
        `${origin.passPhraseFix}`, cause);
    }
    throw invalid(`${origin.where} is not a PEM private key (expected a block starting ` +
      `-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----); create one with ` +
      `'${NEW_KEY}'`, cause);
  }

  // OCI signs with RSASSA-PKCS1-v1_5 only (OCI-FACTS 6.1); an RSA-PSS key cannot do that.
  if (key.asymmetricKeyType !== 'rsa') {
    throw invalid(`${origin.where} is a key of type ${key.asymmetricKeyType ?? 'unknown'}, but ` +
      `OCI API keys must be RSA; create one with '${NEW_KEY}' and upload its public key`);
  }
  return key;
}

/**
 * The OCI key fingerprint: colon-separated hex MD5 of the DER (SubjectPublicKeyInfo) public
 * key, e.g. `12:34:...:ef` (OCI-FACTS 6.1). Accepts a private or a public key.
 */
export function ociKeyFingerprint(key: KeyObject): string {
  const der = createPublicKey(key).export({ type: 'spki', format: 'der' });
  return createHash('md5').update(der).digest('hex').replace(/(..)(?!$)/g, '$1:');
}
