import { readFile } from 'node:fs/promises';
import path from 'node:path';

import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI, OpenAPIV3 } from 'openapi-types';

import { SuiteError } from '../core/errors';
import { normaliseDocument } from './normalise';
import type { ApiModel } from './model';

export const DEFAULT_SPEC_PATH = path.join(__dirname, '..', '..', 'spec',
  'oci-functions-openapi.yaml');

/**
 * Reads, validates and dereferences an OpenAPI 3.0 document into the suite's model. Every
 * problem becomes a one-line SuiteError naming the file and what to do about it.
 */
export async function loadSpec(specPath: string = DEFAULT_SPEC_PATH): Promise<ApiModel> {
  const absolute = path.resolve(specPath);
  await assertReadable(absolute);

  let document: OpenAPI.Document;
  try {
    // Recursive schemas keep their $ref (circular: 'ignore'); the validator and the
    // generators resolve them through ApiModel.schemas with a depth bound.
    document = await SwaggerParser.validate(absolute, { dereference: { circular: 'ignore' } });
  } catch (cause) {
    throw new SuiteError('SPEC_INVALID',
      `${absolute} is not a valid OpenAPI document: ${firstLine(cause)}; ` +
      'check it with an OpenAPI validator or pass another file with --spec PATH', { cause });
  }

  if (!('openapi' in document) || !String(document.openapi).startsWith('3.0')) {
    const version = 'openapi' in document ? document.openapi : `swagger ${document.swagger}`;
    throw new SuiteError('SPEC_INVALID',
      `${absolute} declares OpenAPI ${version}, expected 3.0.x; ` +
      'convert it to OpenAPI 3.0 or pass another file with --spec PATH');
  }
  return normaliseDocument(document as OpenAPIV3.Document, absolute);
}

async function assertReadable(absolute: string): Promise<void> {
  try {
    await readFile(absolute);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SuiteError('SPEC_UNREADABLE',
      `cannot read the OpenAPI document ${absolute} (${reason}); ` +
      'pass an existing file with --spec PATH', { cause });
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim();
}
