import type { KeyObject } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

import { SuiteError } from '../core/errors';
import {
  type CredentialField, configNaming, ENV_NAMING, type FieldNaming, VALUES_NAMING,
} from './_internal/credentialFields';
import { readOciConfigProfile } from './_internal/readOciConfigProfile';
import { ociKeyFingerprint, parsePrivateKey, readKeyFile } from './_internal/readPrivateKey';

/** What signing needs: the API key of one OCI user, checked and decrypted. */
export interface OciCredentials {
  readonly tenancy: string;
  readonly user: string;
  /** Colon-separated MD5 of the public key; always matches `privateKey`. */
  readonly fingerprint: string;
  /** `<tenancy>/<user>/<fingerprint>`, the keyId of every signature. */
  readonly keyId: string;
  /** Decrypted. A KeyObject prints and serialises without its key material. */
  readonly privateKey: KeyObject;
  readonly region?: string;
  /** Where the credentials came from, e.g. `profile [DEFAULT] of /home/me/.oci/config`. */
  readonly source: string;
}

/** Credentials given as values (from code, or from the OCI_* environment variables). */
export interface OciCredentialValues {
  tenancy?: string;
  user?: string;
  /** Checked against the key when given; computed from the key when omitted. */
  fingerprint?: string;
  /** The private key as PEM text; used instead of `keyFile` when both are given. */
  privateKeyPem?: string;
  /** Path of the PEM private key; `~/` is expanded. */
  keyFile?: string;
  passPhrase?: string;
  region?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Where {@link loadOciCredentials} looks. */
export interface OciCredentialsOptions {
  /** An OCI config file. @defaultValue env `OCI_CONFIG_FILE`, else `~/.oci/config` */
  configFile?: string;
  /** A profile in that file. @defaultValue env `OCI_CLI_PROFILE`, else `DEFAULT` */
  profile?: string;
  /** The environment to read `OCI_*` variables from. @defaultValue `process.env` */
  env?: Env;
  /** What `~/` means in paths. @defaultValue `os.homedir()` */
  homeDir?: string;
}

// An OCID never holds these; a quoted value (`user="ocid1..."`) is the usual way to get one.
const NOT_IN_OCID = /[\s"',/]/;
const VALUE_VARS = ['OCI_TENANCY', 'OCI_USER', 'OCI_FINGERPRINT', 'OCI_KEY_FILE'];

function invalid(message: string): SuiteError {
  return new SuiteError('PROFILE_INVALID', message);
}

function required(values: OciCredentialValues, field: CredentialField, naming: FieldNaming) {
  const value = values[field as keyof OciCredentialValues]?.trim();
  if (!value) throw invalid(`no ${naming.name(field)} in ${naming.source}; ${naming.fix(field)}`);
  if ((field === 'tenancy' || field === 'user') && NOT_IN_OCID.test(value)) {
    throw invalid(`${naming.name(field)} in ${naming.source} holds a quote, comma, slash or ` +
      `space, which OCIDs never do; ${naming.fix(field)}, without quotes`);
  }
  return value;
}

/** `~/` (or `~\\`) at the start means the home directory, as in the OCI CLI and SDKs. */
function absolutePath(file: string, homeDir: string): string {
  return path.resolve(/^~[\\/]/.test(file) ? path.join(homeDir, file.slice(2)) : file);
}

function loadKey(values: OciCredentialValues, naming: FieldNaming, homeDir: string): KeyObject {
  const passPhraseFix = naming.fix('passPhrase');
  if (values.privateKeyPem) {
    return parsePrivateKey(values.privateKeyPem, values.passPhrase,
      { where: `the privateKeyPem of ${naming.source}`, passPhraseFix });
  }
  const field = naming.name('keyFile');
  const file = absolutePath(required(values, 'keyFile', naming), homeDir);
  return parsePrivateKey(readKeyFile(file, field, naming.source), values.passPhrase,
    { where: `the private key ${file} (${field} in ${naming.source})`, passPhraseFix });
}

function buildCredentials(
  values: OciCredentialValues,
  naming: FieldNaming,
  homeDir = os.homedir(),
): OciCredentials {
  const tenancy = required(values, 'tenancy', naming);
  const user = required(values, 'user', naming);
  const privateKey = loadKey(values, naming, homeDir);

  // A fingerprint of another key is the commonest cause of a 401 that explains nothing.
  const fingerprint = ociKeyFingerprint(privateKey);
  const given = values.fingerprint?.trim().toLowerCase();
  if (given && given !== fingerprint) {
    throw invalid(`${naming.name('fingerprint')} ${given} in ${naming.source} does not match ` +
      `the private key, whose fingerprint is ${fingerprint}; correct the fingerprint, or ` +
      `point ${naming.name('keyFile')} at the key whose public half you uploaded`);
  }

  return Object.freeze({
    tenancy,
    user,
    fingerprint,
    keyId: `${tenancy}/${user}/${fingerprint}`,
    privateKey,
    region: values.region?.trim() || undefined,
    source: naming.source,
  });
}

/** Checks and decrypts credentials given in code; errors name the field to fix. */
export function ociCredentialsFromValues(values: OciCredentialValues): OciCredentials {
  return buildCredentials(values, VALUES_NAMING);
}

function fromConfigFile(options: OciCredentialsOptions, env: Env, homeDir: string)
  : OciCredentials {
  // An empty variable counts as unset, as in a shell's `${VAR:-default}`.
  const chosen = options.configFile ?? (env.OCI_CONFIG_FILE || undefined);
  const file = absolutePath(chosen ?? '~/.oci/config', homeDir);
  const missingFix = chosen !== undefined
    ? 'fix the path given with --oci-config or OCI_CONFIG_FILE'
    : "create it with 'oci setup config', pass --oci-config FILE, or set OCI_TENANCY, " +
      'OCI_USER and OCI_KEY_FILE';
  const profileName = options.profile ?? (env.OCI_CLI_PROFILE || 'DEFAULT');
  const profile = readOciConfigProfile(file, profileName, missingFix);

  return buildCredentials({
    tenancy: profile.get('tenancy'),
    user: profile.get('user'),
    fingerprint: profile.get('fingerprint'),
    keyFile: profile.get('key_file'),
    // pass_phrase in the file is deprecated by Oracle; the variable keeps it out of the file.
    passPhrase: profile.get('pass_phrase') ?? env.OCI_PASS_PHRASE,
    region: profile.get('region') ?? env.OCI_REGION,
  }, configNaming(profile.where, profileName, file), homeDir);
}

/**
 * Loads the credentials a run signs with. Precedence: an explicit `configFile` or `profile`
 * (the `--oci-config` / `--oci-profile` flags); else `OCI_TENANCY`, `OCI_USER`,
 * `OCI_KEY_FILE` (with optional `OCI_FINGERPRINT`, `OCI_PASS_PHRASE`, `OCI_REGION`) when any
 * of the first four is set; else the config file from `OCI_CONFIG_FILE` or `~/.oci/config`,
 * profile `OCI_CLI_PROFILE` or `DEFAULT`. Keys missing from a profile come from [DEFAULT].
 * @throws SuiteError `PROFILE_INVALID`, one line naming the file, profile or variable to fix.
 */
export function loadOciCredentials(options: OciCredentialsOptions = {}): OciCredentials {
  const env = options.env ?? process.env;
  const homeDir = options.homeDir ?? os.homedir();
  const explicitFile = options.configFile !== undefined || options.profile !== undefined;
  if (!explicitFile && VALUE_VARS.some((name) => env[name])) {
    return buildCredentials({
      tenancy: env.OCI_TENANCY,
      user: env.OCI_USER,
      fingerprint: env.OCI_FINGERPRINT,
      keyFile: env.OCI_KEY_FILE,
      passPhrase: env.OCI_PASS_PHRASE,
      region: env.OCI_REGION,
    }, ENV_NAMING, homeDir);
  }
  return fromConfigFile(options, env, homeDir);
}
