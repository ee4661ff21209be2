import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { SuiteError } from '../core/errors';
import { loadSpec } from './loadSpec';

describe('loadSpec', () => {
  it('turns the shipped document into nine operations with dereferenced schemas', async () => {
    const model = await loadSpec();

    expect(model.title).toBe('Oracle Cloud Functions API');
    expect(model.version).toBe('20181201');
    expect(model.operations.map((op) => op.operationId)).toEqual([
      'listApplications', 'createApplication', 'getApplication', 'deleteApplication',
      'listFunctions', 'createFunction', 'getFunction', 'deleteFunction', 'invokeFunction',
    ]);

    const create = model.operations.find((op) => op.operationId === 'createFunction')!;
    expect(create.method).toBe('post');
    expect(create.secured).toBe(true);
    expect(create.requestBody?.required).toBe(true);
    expect(create.requestBody?.content[0].schema?.required).toEqual(
      ['applicationId', 'displayName', 'image', 'memoryInMBs']);
    expect(create.responses.map((r) => r.status)).toEqual(['200']);

    const get = model.operations.find((op) => op.operationId === 'getApplication')!;
    expect(get.parameters).toEqual([expect.objectContaining(
      { name: 'applicationId', location: 'path', required: true })]);
  });

  it('says which file is missing and how to pass another', async () => {
    const error = await loadSpec('/nonexistent/api.yaml').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SuiteError);
    expect((error as SuiteError).code).toBe('SPEC_UNREADABLE');
    expect((error as Error).message).toMatch(/\/nonexistent\/api.yaml \(ENOENT\).*--spec/);
  });

  it('refuses a document that is not OpenAPI with one line naming the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spec-'));
    const file = path.join(dir, 'broken.yaml');
    await writeFile(file, 'openapi: 3.0.3\ninfo: [not, a, map]\n');

    const error = await loadSpec(file).catch((e: unknown) => e) as SuiteError;

    expect(error.code).toBe('SPEC_INVALID');
    expect(error.message).toContain(file);
    expect(error.message).not.toContain('\n');
  });
});
