import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { startReferenceServer } from '../../fixtures/reference-server';
import {
  generateTestKeys, makeTempDir, secretPartsOf, TENANCY, type TestKeys, USER, writeTempFile,
} from '../../src/auth/_internal/testing/ociTestKeys';
import { referenceProfile, runCli, type CliRun } from './runCli';

// Against the reference server in signature mode: the right key passes, a wrong key stops
// the run with one line about authentication, and no produced file holds a secret.

function ociConfig(dir: string, keys: TestKeys): string {
  const keyFile = writeTempFile(dir, `key-${keys.fingerprint.slice(0, 2)}.pem`,
    keys.encryptedPem);
  return writeTempFile(dir, `config-${keys.fingerprint.slice(0, 2)}`, [
    '[DEFAULT]', `user=${USER}`, `fingerprint=${keys.fingerprint}`, `tenancy=${TENANCY}`,
    `key_file=${keyFile}`, 'region=us-ashburn-1', ''].join('\n'));
}

function signedProfile(configFile: string): string {
  return referenceProfile('', { auth: { type: 'oci-signature', configFile }, headers: {} });
}

/** Every text the run produced: its output and each report file. */
function everythingWritten(run: CliRun): string {
  const files = readdirSync(run.reportDir).map((name) =>
    readFileSync(path.join(run.reportDir, name), 'utf8'));
  return [run.stdout, run.stderr, ...files].join('\n');
}

describe('OCI request signing against the reference server', () => {
  const dir = makeTempDir();
  const keys = generateTestKeys();
  const env = { OCI_PASS_PHRASE: keys.passPhrase };

  it('passes with the registered key', async () => {
    const server = await startReferenceServer({ auth: { publicKeyPem: keys.publicPem } });
    try {
      const run = await runCli('conformance', ['--target', server.url, '--profile',
        signedProfile(ociConfig(dir, keys)), '--seed', '5', '--runs', '10'], { env });

      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const auth = run.report().results.filter((r) => r.check === 'authentication-required');
      expect(auth.some((r) => r.status === 'passed')).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('stops with one line about authentication for a key it does not know', async () => {
    const server = await startReferenceServer({ auth: { publicKeyPem: keys.publicPem } });
    try {
      const run = await runCli('conformance', ['--target', server.url, '--profile',
        signedProfile(ociConfig(dir, generateTestKeys())), '--seed', '5'], { env });

      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^error TARGET_AUTH: the target answered 401 .*signed with/);
    } finally {
      await server.close();
    }
  });

  it('writes no private key, pass phrase, signature or token into any output', async () => {
    const server = await startReferenceServer({ auth: { publicKeyPem: keys.publicPem },
      faults: ['drop-config', 'json-as-text-plain'] });
    const bearer = await startReferenceServer({ auth: { bearerToken: 'tok-s3cr3t-value' },
      faults: ['json-as-text-plain'] });
    try {
      const signed = await runCli('conformance', ['--target', server.url, '--profile',
        signedProfile(ociConfig(dir, keys)), '--seed', '9', '--runs', '10'], { env });
      const tokened = await runCli('conformance', ['--target', bearer.url, '--profile',
        referenceProfile('tok-s3cr3t-value'), '--seed', '9', '--runs', '10']);

      expect([signed.code, tokened.code]).toEqual([1, 1]);
      const written = everythingWritten(signed) + everythingWritten(tokened);
      expect(written).toMatch(/Signature <masked>|Bearer <masked>/);
      for (const secret of [...secretPartsOf(keys), 'tok-s3cr3t-value']) {
        expect(written).not.toContain(secret);
      }
      expect(written).not.toMatch(/signature="|keyId="/);
    } finally {
      await server.close();
      await bearer.close();
    }
  });
});
