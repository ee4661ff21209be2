import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';

import { publicKeyFingerprint } from '../../fixtures/reference-server/verifySignature';
import {
  generateTestKeys, makeTempDir, refusalOf, secretPartsOf, TENANCY, USER, writeTempFile,
} from './_internal/testing/ociTestKeys';
import { loadOciCredentials, ociCredentialsFromValues } from './ociCredentials';

const keys = generateTestKeys();
const dir = makeTempDir();
const keyFile = writeTempFile(dir, 'key.pem', keys.privatePem);
const encryptedKeyFile = writeTempFile(dir, 'encrypted.pem', keys.encryptedPem);

function configFile(name: string, lines: string[]): string {
  return writeTempFile(dir, name, `${lines.join('\n')}\n`);
}

const mainConfig = configFile('config', [
  '# written by the test',
  '[DEFAULT]',
  `tenancy=${TENANCY}`,
  `user=${USER}`,
  `fingerprint=${keys.fingerprint}`,
  `key_file=${keyFile}`,
  'region=us-ashburn-1',
  '',
  '[DEV]',
  'user = ocid1.user.oc1..aaaaaaaadevuser',
  'region = eu-frankfurt-1',
  '',
  '[LOCKED]',
  `key_file=${encryptedKeyFile}`,
  `pass_phrase=${keys.passPhrase}`,
]);

/** Asserts the refusal is one PROFILE_INVALID line matching `pattern` that leaks nothing. */
function expectRefusal(load: () => unknown, pattern: RegExp): string {
  const error = refusalOf(load);

  expect(error.code).toBe('PROFILE_INVALID');
  expect(error.message).toMatch(pattern);
  expect(error.message).not.toContain('\n');
  for (const secret of secretPartsOf(keys)) expect(error.message).not.toContain(secret);
  return error.message;
}

describe('loadOciCredentials from a config file', () => {
  it('reads the DEFAULT profile and builds the keyId from tenancy, user and fingerprint', () => {
    const credentials = loadOciCredentials({ configFile: mainConfig, env: {} });

    expect(credentials.keyId).toBe(`${TENANCY}/${USER}/${keys.fingerprint}`);
    expect(credentials.region).toBe('us-ashburn-1');
    expect(credentials.source).toBe(`profile [DEFAULT] of ${mainConfig}`);
    expect(credentials.privateKey.asymmetricKeyType).toBe('rsa');
  });

  it('takes keys missing from the selected profile from DEFAULT', () => {
    const credentials = loadOciCredentials({ configFile: mainConfig, profile: 'DEV', env: {} });

    expect(credentials.user).toBe('ocid1.user.oc1..aaaaaaaadevuser');
    expect(credentials.region).toBe('eu-frankfurt-1');
    expect(credentials.tenancy).toBe(TENANCY);
    expect(credentials.fingerprint).toBe(keys.fingerprint);
  });

  it('follows OCI_CONFIG_FILE and OCI_CLI_PROFILE when no option names a file or profile', () => {
    const env = { OCI_CONFIG_FILE: mainConfig, OCI_CLI_PROFILE: 'DEV' };

    expect(loadOciCredentials({ env }).source).toBe(`profile [DEV] of ${mainConfig}`);
    expect(loadOciCredentials({ env, profile: 'DEFAULT' }).user).toBe(USER);
  });

  it('reads ~/.oci/config by default and expands ~/ in key_file', () => {
    const home = makeTempDir();
    mkdirSync(path.join(home, '.oci'));
    writeTempFile(home, '.oci/oci_api_key.pem', keys.privatePem);
    const config = writeTempFile(home, '.oci/config', `[DEFAULT]\ntenancy=${TENANCY}\n` +
      `user=${USER}\nkey_file=~/.oci/oci_api_key.pem\n`);

    const credentials = loadOciCredentials({ env: {}, homeDir: home });

    expect(credentials.source).toBe(`profile [DEFAULT] of ${config}`);
    expect(credentials.fingerprint).toBe(keys.fingerprint);
  });

  it('decrypts a key with pass_phrase from the profile or from OCI_PASS_PHRASE', () => {
    const withoutPhrase = configFile('config-no-phrase',
      ['[DEFAULT]', `tenancy=${TENANCY}`, `user=${USER}`, `key_file=${encryptedKeyFile}`]);

    const fromFile = loadOciCredentials({ configFile: mainConfig, profile: 'LOCKED', env: {} });
    const fromEnv = loadOciCredentials(
      { configFile: withoutPhrase, env: { OCI_PASS_PHRASE: keys.passPhrase } });

    expect(fromFile.fingerprint).toBe(keys.fingerprint);
    expect(fromEnv.fingerprint).toBe(keys.fingerprint);
  });

  it('never shows the key or the pass phrase when printed or serialised', () => {
    const credentials = loadOciCredentials({ configFile: mainConfig, profile: 'LOCKED', env: {} });
    const shown = `${inspect(credentials, { depth: 5 })}\n${JSON.stringify(credentials)}`;

    for (const secret of secretPartsOf(keys)) expect(shown).not.toContain(secret);
  });
});

describe('loadOciCredentials refuses a bad configuration in one line', () => {
  it('names the missing config file and how to create or choose one', () => {
    const missing = path.join(dir, 'no-such-config');

    expectRefusal(() => loadOciCredentials({ configFile: missing, env: {} }),
      new RegExp(`cannot read the OCI config file ${missing} \\(ENOENT\\); fix the path`));
    expectRefusal(() => loadOciCredentials({ env: {}, homeDir: dir }),
      /\.oci\/config \(ENOENT\); create it with 'oci setup config'.*OCI_TENANCY/);
  });

  it('names the missing profile and lists the ones the file has', () => {
    expectRefusal(() => loadOciCredentials({ configFile: mainConfig, profile: 'PROD', env: {} }),
      /has no profile \[PROD\] \(it has DEFAULT, DEV, LOCKED\); pass --oci-profile/);
  });

  it('names a key missing from the profile, the profile and the file', () => {
    const config = configFile('config-no-user',
      ['[DEFAULT]', `tenancy=${TENANCY}`, `key_file=${keyFile}`]);

    expectRefusal(() => loadOciCredentials({ configFile: config, env: {} }),
      new RegExp(`no user in profile \\[DEFAULT\\] of ${config}; add user=<your user OCID> ` +
        `to \\[DEFAULT\\] in ${config}`));
  });

  it('rejects a quoted OCID instead of sending it inside the keyId', () => {
    const config = configFile('config-quoted',
      ['[DEFAULT]', `tenancy="${TENANCY}"`, `user=${USER}`, `key_file=${keyFile}`]);

    expectRefusal(() => loadOciCredentials({ configFile: config, env: {} }),
      /tenancy in profile \[DEFAULT\] .* holds a quote.*without quotes/);
  });

  it('gives the line number of a malformed line without quoting it', () => {
    const pemLine = keys.privatePem.split('\n')[3];
    const config = configFile('config-pasted-key', ['[DEFAULT]', `user=${USER}`, pemLine]);

    const message = expectRefusal(() => loadOciCredentials({ configFile: config, env: {} }),
      /line 3 of the OCI config file .* is not a \[PROFILE\] header/);
    expect(message).not.toContain(pemLine);
  });

  it('names an unreadable key file and the setting that points at it', () => {
    const config = configFile('config-bad-key-path',
      ['[DEFAULT]', `tenancy=${TENANCY}`, `user=${USER}`, `key_file=${dir}/gone.pem`]);

    expectRefusal(() => loadOciCredentials({ configFile: config, env: {} }),
      /cannot read the private key file .*gone\.pem \(ENOENT\) named by key_file in profile/);
  });

  it('says the pass phrase is wrong, naming the key file, without repeating either', () => {
    const config = configFile('config-wrong-phrase', ['[DEFAULT]', `tenancy=${TENANCY}`,
      `user=${USER}`, `key_file=${encryptedKeyFile}`, 'pass_phrase=not the phrase']);

    const message = expectRefusal(() => loadOciCredentials({ configFile: config, env: {} }),
      /cannot decrypt the private key .*encrypted\.pem .*pass phrase is wrong; add pass_phrase=/);
    expect(message).not.toContain('not the phrase');
  });

  it('says an encrypted key needs a pass phrase and where to put it', () => {
    expectRefusal(() => ociCredentialsFromValues(
      { tenancy: TENANCY, user: USER, privateKeyPem: keys.encryptedPem }),
    /is encrypted and no pass phrase was given; pass passPhrase/);
  });

  it('refuses a key that is not RSA, a public key, and text that is not a key', () => {
    const ecPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
      .export({ type: 'pkcs8', format: 'pem' }).toString();
    const values = { tenancy: TENANCY, user: USER };

    expectRefusal(() => ociCredentialsFromValues({ ...values, privateKeyPem: ecPem }),
      /is a key of type ec, but OCI API keys must be RSA/);
    expectRefusal(() => ociCredentialsFromValues({ ...values, privateKeyPem: keys.publicPem }),
      /is a public key; point it at the private key/);
    expectRefusal(() => ociCredentialsFromValues({ ...values, privateKeyPem: 'hello' }),
      /is not a PEM private key .*openssl genrsa/);
  });

  it('refuses a fingerprint that belongs to another key and gives the right one', () => {
    const other = generateTestKeys();
    const config = configFile('config-other-fingerprint', ['[DEFAULT]', `tenancy=${TENANCY}`,
      `user=${USER}`, `key_file=${keyFile}`, `fingerprint=${other.fingerprint}`]);

    expectRefusal(() => loadOciCredentials({ configFile: config, env: {} }),
      new RegExp(`fingerprint ${other.fingerprint} .* does not match the private key, whose ` +
        `fingerprint is ${keys.fingerprint}`));
  });
});

describe('loadOciCredentials from OCI_* variables', () => {
  const env = { OCI_TENANCY: TENANCY, OCI_USER: USER, OCI_KEY_FILE: encryptedKeyFile,
    OCI_PASS_PHRASE: keys.passPhrase, OCI_REGION: 'ap-tokyo-1', OCI_CONFIG_FILE: mainConfig };

  it('prefers them to the config file unless a file or profile is passed', () => {
    expect(loadOciCredentials({ env }).source).toBe('the OCI_* environment variables');
    expect(loadOciCredentials({ env }).region).toBe('ap-tokyo-1');
    expect(loadOciCredentials({ env, profile: 'DEV' }).source).toContain('profile [DEV]');
  });

  it('names the variable to set when one is missing', () => {
    expectRefusal(() => loadOciCredentials({ env: { ...env, OCI_USER: undefined } }),
      /^no OCI_USER in the OCI_\* environment variables; set OCI_USER to your user OCID$/);
  });
});

describe('ociCredentialsFromValues', () => {
  it('computes the fingerprint as the colon-separated MD5 of the DER public key', () => {
    const credentials = ociCredentialsFromValues(
      { tenancy: TENANCY, user: USER, privateKeyPem: keys.privatePem });

    expect(credentials.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(credentials.fingerprint).toBe(keys.fingerprint);
    expect(credentials.fingerprint).toBe(publicKeyFingerprint(keys.publicPem));
  });

  it('accepts a given fingerprint in upper case', () => {
    const credentials = ociCredentialsFromValues({ tenancy: TENANCY, user: USER,
      privateKeyPem: keys.privatePem, fingerprint: keys.fingerprint.toUpperCase() });

    expect(credentials.keyId.endsWith(keys.fingerprint)).toBe(true);
  });
});
