import { readFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';

const yamlPath = path.join(__dirname, 'oci-functions-openapi.yaml');
// shared/ sits beside the clone both here and in CI, so this one relative path serves both.
const seedPath = path.join(__dirname, '..', '..', 'shared', 'seed', 'oci-functions-openapi.txt');

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function tokens(text: string): string[] {
  return text.trim().split(/\s+/);
}

// Scans to the longer length so a truncated rendering also reports where it stops.
function firstDifference(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return i;
  }
  return -1;
}

// Each token carries its index, so the failing diff names the position, not just the words.
function around(list: string[], at: number): string[] {
  if (at < 0) return [];
  const from = Math.max(0, at - 8);
  return list.slice(from, at + 8).map((token, i) => `${from + i}: ${token}`);
}

describe('spec/oci-functions-openapi.yaml', () => {
  const text = readFileSync(yamlPath, 'utf8');

  it('differs from the seed only in whitespace', () => {
    const ours = tokens(text);
    const seed = tokens(readFileSync(seedPath, 'utf8'));
    const at = firstDifference(ours, seed);
    // Over a thousand tokens: a diff of the full arrays would bury the drift, a window shows it.
    expect(around(ours, at)).toEqual(around(seed, at));
    expect(ours).toHaveLength(seed.length);
  });

  it('parses to an OpenAPI 3.0.3 document with the nine Functions operations', () => {
    const doc = parse(text);
    expect(doc.openapi).toBe('3.0.3');
    const operationIds = Object.values(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap((item) => HTTP_METHODS.filter((m) => m in item).map((m) => item[m]))
      .map((op) => (op as { operationId: string }).operationId);
    expect(operationIds).toEqual([
      'listApplications',
      'createApplication',
      'getApplication',
      'deleteApplication',
      'listFunctions',
      'createFunction',
      'getFunction',
      'deleteFunction',
      'invokeFunction',
    ]);
  });

  it('passes swagger-parser validation', async () => {
    // validate() dereferences the object it is given in place, so it gets its own parse.
    await expect(SwaggerParser.validate(parse(text))).resolves.toMatchObject({
      openapi: '3.0.3',
    });
  });
});
