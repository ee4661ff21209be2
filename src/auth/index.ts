// Public surface of OCI request signing. Everything under _internal/ stays private.

export { loadOciCredentials, ociCredentialsFromValues } from './ociCredentials';
export { createOciSigner } from './ociSigner';
export { withRequestSigning } from './withRequestSigning';
export { ociAuthRejected } from './ociAuthRejected';
export { ociKeyFingerprint } from './_internal/readPrivateKey';

export type { OciCredentials, OciCredentialValues, OciCredentialsOptions } from './ociCredentials';
export type { RequestSigner } from './ociSigner';
