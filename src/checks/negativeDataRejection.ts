import { isOptionalNull, MEDIA_TYPE_KEYWORD } from './mutationKinds';
import { type CheckDefinition, failed, PASSED, skipped } from './types';

/**
 * A request whose data breaks the document must be refused with a 4xx. A 2xx means the
 * target took input the contract forbids; a 5xx is reported by no-server-error instead.
 * Two kinds of break are left to SHOULD checks, since correct services differ on them: a
 * wrong media type, and null for an optional property (OCI reads null as "not sent").
 */
export const negativeDataRejection: CheckDefinition = {
  id: 'negative-data-rejection',
  level: 'MUST',
  appliesTo: ['negative'],
  title: 'A request whose data breaks the document is refused with a 4xx status',
  source: 'OpenAPI document: request schemas and required parameters',
  run(_ctx, { operation, request, response }) {
    const mutation = request.mutation;
    if (!mutation) return skipped('the request was not made invalid');
    if (mutation.keyword === MEDIA_TYPE_KEYWORD) {
      return skipped('a wrong media type is judged by unsupported-media-type-refused');
    }
    if (isOptionalNull(operation, mutation)) {
      return skipped('null for an optional property is judged by null-for-optional-refused');
    }
    if (response.status >= 400) return PASSED;
    return failed({
      expected: `a 4xx refusal; the request is invalid: ${mutation.description} ` +
        `(${mutation.keyword} at ${mutation.location} ${mutation.pointer || '/'})`,
      received: String(response.status),
      where: 'status',
    });
  },
};

/**
 * A body sent with a media type the operation does not declare should be refused (415 is the
 * precise answer). Many real services parse the body whatever its label, which harms no
 * client, so this is a SHOULD rather than part of negative-data-rejection.
 */
export const unsupportedMediaTypeRefused: CheckDefinition = {
  id: 'unsupported-media-type-refused',
  level: 'SHOULD',
  appliesTo: ['negative'],
  title: 'A body in a media type the operation does not declare is refused (4xx, ideally 415)',
  source: 'OpenAPI 3.0.3 §4.7.13 Request Body Object content; RFC 9110 §15.5.16',
  run(_ctx, { request, response }) {
    const mutation = request.mutation;
    if (mutation?.keyword !== MEDIA_TYPE_KEYWORD) return skipped('the media type was right');
    if (response.status >= 400) return PASSED;
    return failed({ expected: `a 4xx refusal: ${mutation.description}`,
      received: String(response.status), where: 'header content-type' });
  },
};

/**
 * The document does not make these properties nullable, so null breaks it; but OCI's API
 * conventions read an explicit null as "not sent" (docs.oracle.com, API Concepts, "Null vs.
 * Empty Strings"), and a service that does so is not wrong in practice: SHOULD.
 */
export const nullForOptionalRefused: CheckDefinition = {
  id: 'null-for-optional-refused',
  level: 'SHOULD',
  appliesTo: ['negative'],
  title: 'null for an optional, non-nullable property is refused (4xx)',
  source: 'OpenAPI 3.0.3 §4.7.24 nullable defaults to false; OCI reads null as absent',
  run(_ctx, { operation, request, response }) {
    const mutation = request.mutation;
    if (!mutation || !isOptionalNull(operation, mutation)) {
      return skipped('no optional property was set to null');
    }
    if (response.status >= 400) return PASSED;
    return failed({ expected: `a 4xx refusal: ${mutation.description}`,
      received: String(response.status), where: `body ${mutation.pointer}` });
  },
};
