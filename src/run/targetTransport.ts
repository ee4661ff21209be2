import { generateKeyPairSync } from 'node:crypto';

import {
  createOciSigner, loadOciCredentials, ociCredentialsFromValues, type OciCredentials,
  type RequestSigner,
} from '../auth';
import type { CredentialsVariant } from '../checks/types';
import type { TargetProfile } from '../options/profile';
import type { Budget } from '../safety/budget';
import { recordResult } from './resultSink';
import { type GuardOptions, guardedTransport } from '../safety/guardedTransport';
import { createHttpTransport } from '../transport/httpTransport';
import type { OutgoingRequest, Transport } from '../transport/types';

// Which requests the auth suite sends without valid credentials. A side table rather than a
// header, so nothing of the suite's bookkeeping ever reaches the target.
const variants = new WeakMap<OutgoingRequest, CredentialsVariant>();

export function markCredentials(request: OutgoingRequest, variant: CredentialsVariant): void {
  variants.set(request, variant);
}

export interface TargetTransport extends Transport {
  /** The signing credentials, when the profile asks for OCI signatures. */
  credentials?: OciCredentials;
}

/**
 * The transport every suite uses: HTTP with the profile's timeout, the run's budget (rate,
 * request count, retries of 429/503) when `guard` is given, and OCI request signing when the
 * profile has `auth`. For the auth suite, requests marked 'none' go out unsigned and
 * requests marked 'wrong' are signed with a key made up for this run, which no target knows.
 */
export function createTargetTransport(
  profile: TargetProfile,
  connections: number,
  guard?: GuardOptions,
  env: NodeJS.ProcessEnv = process.env,
): TargetTransport {
  const plain = createHttpTransport({ timeoutMs: profile.requestTimeoutMs, connections });
  const http = guard ? guardedTransport(plain, guard) : plain;
  if (!profile.auth) return http;

  const credentials = loadOciCredentials({ configFile: profile.auth.configFile,
    profile: profile.auth.profile, env });
  const signer = createOciSigner(credentials);
  let stranger: RequestSigner | undefined;
  const strangerSigner = () => stranger ??= createOciSigner(ociCredentialsFromValues({
    tenancy: credentials.tenancy,
    user: credentials.user,
    privateKeyPem: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
      .export({ type: 'pkcs8', format: 'pem' }).toString(),
  }));

  return {
    credentials,
    send(request) {
      const variant = variants.get(request);
      if (variant === 'none') return http.send(request);
      return http.send((variant === 'wrong' ? strangerSigner() : signer).sign(request));
    },
    close: () => http.close(),
  };
}

/** The guard of a suite's transport: the run's budget, counted in its run directory, with
 * every retry written down for the report. */
export function runGuard(budget: Budget, runDir: string): GuardOptions {
  return { budget, runDir, onRetry: (request, response) => recordResult(runDir,
    { type: 'retry', method: request.method, url: request.url, status: response.status }) };
}
