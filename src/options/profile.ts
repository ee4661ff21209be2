import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Ajv from 'ajv';

import { SuiteError } from '../core/errors';
import type { SchemaObject } from '../spec/model';
import type { Budget } from '../safety/budget';
import { DEFAULTS } from './defaults';

/** What the suite needs to know about a target beyond its URL. See README "Target profiles". */
export interface TargetProfile {
  /** A name shown in reports. */
  name: string;
  /** Headers sent with every request (e.g. Authorization). Masked in every output. */
  headers: Record<string, string>;
  /** Whether the target keeps what it is told between requests; stateful checks need it. */
  stateful: boolean;
  /** Values that replace generated body properties or parameters of the same name. */
  pins: Record<string, unknown>;
  /** Stricter schemas merged into the schema of any property or parameter of that name. */
  fieldRules: Record<string, SchemaObject>;
  /** Per-request timeout. */
  requestTimeoutMs: number;
  /** Whether the target checks credentials beyond their presence, so that wrong ones must
   * be refused (Prism only checks that a bearer token is there). */
  verifiesCredentials: boolean;
  /** How long a create may take to reach ACTIVE, or a delete to reach DELETED or 404. */
  lifecycleTimeoutMs: number;
  /** Whether a function created with the pinned image echoes its input when invoked. */
  invokeEcho: boolean;
  /** How long a new resource may take to show up in a list before it counts as missing. */
  listConsistencyMs: number;
  /** Sign every request with an OCI API key (~/.oci/config or OCI_* variables). */
  auth?: OciSignatureAuth;
  /** Limits for a shared target; unset fields take the defaults for where the target is. */
  budget?: Partial<Budget>;
  /** Statuses with which the target may refuse a valid request without a SHOULD finding. */
  acceptedRefusals: number[];
}

export interface OciSignatureAuth {
  type: 'oci-signature';
  /** An OCI config file; relative to the profile file. Default: OCI_CONFIG_FILE, ~/.oci/config */
  configFile?: string;
  /** A profile of that file. Default: OCI_CLI_PROFILE, else DEFAULT. */
  profile?: string;
}

const PROFILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    $comment: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
    stateful: { type: 'boolean' },
    pins: { type: 'object' },
    fieldRules: { type: 'object', additionalProperties: { type: 'object' } },
    requestTimeoutMs: { type: 'integer', minimum: 1, maximum: 600_000 },
    verifiesCredentials: { type: 'boolean' },
    lifecycleTimeoutMs: { type: 'integer', minimum: 1, maximum: 3_600_000 },
    invokeEcho: { type: 'boolean' },
    listConsistencyMs: { type: 'integer', minimum: 0, maximum: 600_000 },
    acceptedRefusals: { type: 'array', items: { type: 'integer', minimum: 400, maximum: 499 } },
    budget: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxRequests: { type: 'integer', minimum: 0 },
        maxRequestsPerSecond: { type: 'number', minimum: 0 },
        maxResourcesAlive: { type: 'integer', minimum: 0 },
        retryAttempts: { type: 'integer', minimum: 1, maximum: 20 },
        runTimeoutMs: { type: 'integer', minimum: 0 },
      },
    },
    auth: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { const: 'oci-signature' },
        configFile: { type: 'string', minLength: 1 },
        profile: { type: 'string', minLength: 1 },
      },
    },
  },
};

const validateProfile = new Ajv({ allErrors: true }).compile(PROFILE_SCHEMA);

export const DEFAULT_PROFILE: TargetProfile = {
  name: 'default',
  // The document declares a bearer scheme on every operation; a target that checks nothing
  // more than presence (as Prism does) accepts this.
  headers: { Authorization: 'Bearer conformance-suite' },
  stateful: false,
  pins: {},
  fieldRules: {},
  requestTimeoutMs: DEFAULTS.requestTimeoutMs,
  verifiesCredentials: false,
  lifecycleTimeoutMs: DEFAULTS.lifecycleTimeoutMs,
  invokeEcho: false,
  listConsistencyMs: DEFAULTS.listConsistencyMs,
  acceptedRefusals: [...DEFAULTS.acceptedRefusals],
};

/** Reads and validates a profile file; every mistake is one line naming the field. */
export function loadProfile(file: string): TargetProfile {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SuiteError('PROFILE_INVALID', `cannot read the profile ${absolute} (${reason}); ` +
      'pass an existing JSON file with --profile FILE', { cause });
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new SuiteError('PROFILE_INVALID', `the profile ${absolute} is not valid JSON ` +
      `(${(cause as Error).message}); fix the syntax`, { cause });
  }

  if (!validateProfile(raw)) {
    const error = validateProfile.errors![0];
    const field = error.instancePath || '(top level)';
    const detail = error.keyword === 'additionalProperties'
      ? `has unknown field '${String(error.params.additionalProperty)}' (allowed: ` +
        `${Object.keys(PROFILE_SCHEMA.properties).filter((k) => !k.startsWith('$')).join(', ')})`
      : `${field} ${error.message}`;
    throw new SuiteError('PROFILE_INVALID', `the profile ${absolute} ${detail}; ` +
      'see "Target profiles" in README.md');
  }
  const profile = { ...DEFAULT_PROFILE, ...(raw as Partial<TargetProfile>) };
  if (profile.auth?.configFile) {
    profile.auth = { ...profile.auth,
      configFile: resolveHome(profile.auth.configFile, path.dirname(absolute)) };
  }
  return profile;
}

function resolveHome(file: string, base: string): string {
  if (file.startsWith('~/')) return path.join(os.homedir(), file.slice(2));
  return path.resolve(base, file);
}
