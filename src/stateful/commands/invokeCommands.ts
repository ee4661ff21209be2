import fc from 'fast-check';

import { idParameter } from '../../spec/apiRoles';
import { live, pick, type ResourceModel, type SuiteModel } from '../model';
import { STATEFUL_CHECKS as C } from '../statefulChecks';
import type { StatefulTarget } from '../statefulTarget';
import { SuiteCommand } from './suiteCommand';

/** Payloads that trip byte handling: empty, binary and invalid UTF-8, large. */
export function payloadArbitrary(): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.constant(new Uint8Array(0)),
    fc.uint8Array({ minLength: 1, maxLength: 256 }),
    fc.string({ unit: 'binary', maxLength: 64 }).map((s) => new Uint8Array(Buffer.from(s))),
    fc.tuple(fc.integer({ min: 64 * 1024, max: 512 * 1024 }), fc.integer())
      .map(([size, seed]) => pseudoRandomBytes(size, seed)),
  );
}

// Large payloads come from a small generator instead of fc.uint8Array, which would spend
// seconds building half a megabyte of shrinkable values.
function pseudoRandomBytes(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = seed | 1;
  for (let i = 0; i < size; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

function invokeBaseUrl(target: StatefulTarget, fn: ResourceModel): string | undefined {
  if (!fn.invokeEndpoint) return undefined;
  // invokeEndpoint is an origin; the API's base path (/20181201) goes after it.
  const basePath = new URL(target.client.targetUrl).pathname.replace(/\/$/, '');
  return `${fn.invokeEndpoint.replace(/\/$/, '')}${basePath}`;
}

async function invoke(target: StatefulTarget, fn: ResourceModel, payload: Uint8Array) {
  const role = 'invokeFunction';
  return target.client.call(role, {
    pathParams: { [idParameter(target.client.roles[role])]: fn.id },
    raw: { bytes: payload, mediaType: 'application/octet-stream' },
    baseUrl: invokeBaseUrl(target, fn),
  });
}

/** Invokes an ACTIVE function; with an echo image the bytes must come back unchanged. */
export class InvokeFunction extends SuiteCommand {
  constructor(private readonly n: number, private readonly payload: Uint8Array) {
    super();
  }

  toString(): string {
    return `invoke(fn#${this.n}, ${this.payload.length} bytes)`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return active(model).length > 0;
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const fn = pick(active(model), this.n)!;
    const exchange = await invoke(target, fn, this.payload);
    if (!target.settings.invokeEcho) return;

    const echoed = exchange.response.status === 200
      && Buffer.from(this.payload).equals(exchange.response.body);
    target.recorder.expect(echoed, C.invokeEcho, exchange, () => ({
      expected: `200 with the ${this.payload.length} bytes sent`,
      received: exchange.response.status !== 200 ? String(exchange.response.status)
        : `${exchange.response.body.length} bytes, first difference at byte ` +
          `${firstDifference(this.payload, exchange.response.body)}`,
      where: 'body' }));
  }
}

/** Invokes a function that is gone: never a 2xx. */
export class InvokeDeleted extends SuiteCommand {
  constructor(private readonly n: number) {
    super();
  }

  toString(): string {
    return `invokeDeleted(fn#${this.n})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return gone(model).length > 0;
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const fn = pick(gone(model), this.n)!;
    const exchange = await invoke(target, fn, new Uint8Array(Buffer.from('ping')));
    target.recorder.expect(exchange.response.status >= 300, C.invokeDeletedRefused, exchange,
      () => ({ expected: `a refusal: function ${fn.id} was deleted`,
        received: String(exchange.response.status), where: 'status' }));
  }
}

function active(model: Readonly<SuiteModel>): ResourceModel[] {
  return live(model.functions).filter((f) => f.lastState === 'ACTIVE');
}

function gone(model: Readonly<SuiteModel>): ResourceModel[] {
  return model.functions.filter((f) => f.confirmedGone && !f.orphaned);
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) if (a[i] !== b[i]) return i;
  return length;
}
