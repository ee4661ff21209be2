import type { OutgoingRequest, Transport } from '../transport/types';
import type { RequestSigner } from './ociSigner';

/**
 * A transport that signs each request as it is sent, so the date is fresh even late in a
 * long run, and callers (runner, preflight, replay) stay unaware of signing. Requests meant to
 * go out without valid credentials (the auth suite's negative cases) belong on the inner
 * transport, or are excluded with `shouldSign`.
 * @param shouldSign - which requests to sign. @defaultValue every request
 */
export function withRequestSigning(
  transport: Transport,
  signer: RequestSigner,
  shouldSign: (request: OutgoingRequest) => boolean = () => true,
): Transport {
  return {
    send: (request) => transport.send(shouldSign(request) ? signer.sign(request) : request),
    close: () => transport.close(),
  };
}
