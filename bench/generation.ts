// How long generating and validating request bodies takes, for the document's create
// operations: 10,000 valid and 10,000 invalid bodies each, median of 5 runs.
// Run with: node --import tsx bench/generation.ts
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import SwaggerParser from '@apidevtools/swagger-parser';
import fc from 'fast-check';
import type { OpenAPIV3 } from 'openapi-types';
import { parse } from 'yaml';

import { invalidArbitraryForSchema } from '../src/generation/mutations';
import { arbitraryForSchema } from '../src/generation/schemaArbitrary';
import type { SchemaObject } from '../src/spec/model';
import { compileSchema } from '../src/spec/schemaValidator';

const SPEC = path.join(__dirname, '..', 'spec', 'oci-functions-openapi.yaml');
const BODIES = 10_000;
const RUNS = 5;

interface Target {
  name: string;
  schema: SchemaObject;
  components: Record<string, SchemaObject>;
}

// The seed's two create bodies, for a checkout where the YAML document is not there yet.
const SEED_BODIES: Record<string, SchemaObject> = {
  createApplication: {
    type: 'object', required: ['compartmentId', 'displayName', 'subnetIds'],
    properties: {
      compartmentId: { type: 'string' }, displayName: { type: 'string' },
      subnetIds: { type: 'array', items: { type: 'string' } },
      config: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  createFunction: {
    type: 'object', required: ['applicationId', 'displayName', 'image', 'memoryInMBs'],
    properties: {
      applicationId: { type: 'string' }, displayName: { type: 'string' },
      image: { type: 'string' }, memoryInMBs: { type: 'integer' },
      timeoutInSeconds: { type: 'integer', default: 30 },
      config: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
};

async function createTargets(): Promise<Target[]> {
  if (!existsSync(SPEC)) {
    console.log(`${SPEC} not found; using the seed's two create bodies`);
    return Object.entries(SEED_BODIES).map(([name, schema]) => ({ name, schema,
      components: {} }));
  }
  const raw = parse(readFileSync(SPEC, 'utf8')) as OpenAPIV3.Document;
  const document = await SwaggerParser.dereference(raw,
    { dereference: { circular: 'ignore' } }) as OpenAPIV3.Document;
  const components = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const targets: Target[] = [];
  for (const item of Object.values(document.paths ?? {})) {
    const operation = item?.post;
    const body = operation?.requestBody as OpenAPIV3.RequestBodyObject | undefined;
    const schema = body?.content['application/json']?.schema as SchemaObject | undefined;
    if (operation?.operationId?.startsWith('create') && schema) {
      targets.push({ name: operation.operationId, schema, components });
    }
  }
  return targets;
}

// Builds the arbitraries (once per run, as a suite would), then draws and validates.
function timeRun(target: Target, seed: number) {
  const { schema, components } = target;
  const check = compileSchema(schema, 'request', components);

  const validStart = performance.now();
  let rejected = 0;
  const valid = arbitraryForSchema(schema, { components });
  for (const body of fc.sample(valid, { numRuns: BODIES, seed })) {
    if (check(body).length > 0) rejected++;
  }
  const validMs = performance.now() - validStart;

  const invalidStart = performance.now();
  let accepted = 0;
  const invalid = invalidArbitraryForSchema(schema, { components });
  if (!invalid) throw new Error(`${target.name}: no mutation planned`);
  for (const { value } of fc.sample(invalid, { numRuns: BODIES, seed })) {
    if (check(value).length === 0) accepted++;
  }
  const invalidMs = performance.now() - invalidStart;

  if (rejected > 0 || accepted > 0) {
    throw new Error(`${target.name}: ${rejected} valid bodies rejected, ` +
      `${accepted} invalid bodies accepted`);
  }
  return { validMs, invalidMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  console.log(`cpus: ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown'}), ` +
    `node ${process.version}`);
  console.log(`${BODIES} valid + ${BODIES} invalid bodies per operation, ` +
    `generated and validated; median of ${RUNS} runs`);
  for (const target of await createTargets()) {
    const runs = Array.from({ length: RUNS }, (_, run) => timeRun(target, run + 1));
    const validMs = median(runs.map((r) => r.validMs));
    const invalidMs = median(runs.map((r) => r.invalidMs));
    const totalMs = median(runs.map((r) => r.validMs + r.invalidMs));
    const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
    console.log(`${target.name.padEnd(20)} valid ${ms(validMs)}  invalid ${ms(invalidMs)}  ` +
      `total ${ms(totalMs)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
