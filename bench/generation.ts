// How long generating and validating request bodies takes, for the document's create
// operations: 10,000 valid and 10,000 invalid bodies each, median of 5 runs.
// Part of `npm run bench`; alone: node --import tsx bench/generation.ts
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import fc from 'fast-check';

import { invalidArbitraryForSchema } from '../src/generation/mutations';
import { arbitraryForSchema } from '../src/generation/schemaArbitrary';
import { loadSpec } from '../src/spec/loadSpec';
import type { SchemaObject } from '../src/spec/model';
import { compileSchema } from '../src/spec/schemaValidator';

const BODIES = 10_000;
const RUNS = 5;

interface Target {
  name: string;
  schema: SchemaObject;
  components: Record<string, SchemaObject>;
}

async function createTargets(): Promise<Target[]> {
  const api = await loadSpec();
  return api.operations
    .filter((op) => op.method === 'post' && op.operationId.startsWith('create'))
    .flatMap((op) => {
      const schema = op.requestBody?.content.find((c) => c.mediaType === 'application/json')
        ?.schema;
      return schema ? [{ name: op.operationId, schema, components: api.schemas }] : [];
    });
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

/** Prints the generation figures; `npm run bench` calls it, and so does running this file. */
export async function benchGeneration(): Promise<void> {
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

if (require.main === module) {
  console.log(`cpus: ${os.cpus().length} (${os.cpus()[0]?.model ?? 'unknown'}), ` +
    `node ${process.version}`);
  benchGeneration().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
