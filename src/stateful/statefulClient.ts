import type { Exchange, MutationRecord } from '../checks/types';
import { SuiteError } from '../core/errors';
import { isInterrupted } from '../run/interruption';
import type { StatsRecord } from '../run/records';
import { buildUrl } from '../transport/buildUrl';
import type { DeleteTarget } from '../cleanup/deleteAndWait';
import type { OutgoingRequest, Transport } from '../transport/types';
import type { ApiRoles, Role } from '../spec/apiRoles';
import type { StatefulRecorder } from './statefulRecorder';

export interface CallOptions {
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  json?: unknown;
  raw?: { bytes: Uint8Array; mediaType: string };
  mutation?: MutationRecord;
  /** Another origin for this call: invoke goes to the function's invokeEndpoint. */
  baseUrl?: string;
  /** Leave judging to the caller, who must first note a resource the call may have created
   * (a check failing on a create must not make the suite lose track of what it created). */
  deferJudgement?: boolean;
}

const MAX_LIST_PAGES = 20;

/**
 * Sends the stateful suite's requests. Every response is judged by the single-exchange
 * checks (status, schema, content type, 5xx) before the command looks at it, and counted.
 */
export class StatefulClient {
  readonly stats = new Map<string, StatsRecord>();

  constructor(
    readonly roles: ApiRoles,
    private readonly transport: Transport,
    readonly targetUrl: string,
    private readonly headers: Record<string, string>,
    private readonly recorder: StatefulRecorder,
    /** Where the CLI signals an interruption; none in unit tests. */
    private readonly runDir?: string,
  ) {}

  async call(role: Role, options: CallOptions = {}): Promise<Exchange> {
    if (this.runDir && isInterrupted(this.runDir)) {
      throw new SuiteError('INTERRUPTED', 'the run was interrupted; the CLI deletes what it ' +
        'created');
    }
    const operation = this.roles[role];
    const request = this.build(role, options);
    const response = await this.transport.send(request);
    this.count(operation.operationId, response.status, response.durationMs);
    const exchange: Exchange = { operation, request: { ...request, mutation: options.mutation },
      response };
    if (!options.deferJudgement) this.recorder.judgeExchange(exchange);
    return exchange;
  }

  /** What clean-up needs to delete resources without judging the answers. */
  deleteTarget(timeoutMs: number): DeleteTarget {
    return { transport: this.transport, targetUrl: this.targetUrl, roles: this.roles,
      headers: this.headers, timeoutMs };
  }

  private build(role: Role, options: CallOptions): OutgoingRequest {
    const operation = this.roles[role];
    const request: OutgoingRequest = {
      method: operation.method.toUpperCase(),
      url: buildUrl(options.baseUrl ?? this.targetUrl, operation.path,
        options.pathParams ?? {}, options.query ?? {}),
      headers: { ...this.headers },
    };
    if (options.raw) {
      request.headers['content-type'] = options.raw.mediaType;
      request.body = options.raw.bytes;
    } else if (options.json !== undefined) {
      request.headers['content-type'] = 'application/json';
      request.body = Buffer.from(JSON.stringify(options.json), 'utf8');
    }
    return request;
  }

  /** Every item of a list, following `opc-next-page` the way OCI pages lists. */
  async listAll(role: 'listApplications' | 'listFunctions', query: Record<string, string>):
    Promise<{ items: Array<Record<string, unknown>>; exchange: Exchange }> {
    const items: Array<Record<string, unknown>> = [];
    let exchange = await this.call(role, { query });
    for (let page = 1; ; page += 1) {
      const body = parseJson(exchange);
      if (Array.isArray(body)) items.push(...body.filter(isRecord));
      const next = exchange.response.headers['opc-next-page'];
      if (!next || page >= MAX_LIST_PAGES || exchange.response.status !== 200) break;
      exchange = await this.call(role, { query: { ...query, page: next } });
    }
    return { items, exchange };
  }

  private count(operationId: string, status: number, durationMs: number): void {
    let stats = this.stats.get(operationId);
    if (!stats) {
      stats = { type: 'stats', suite: 'stateful', operationId, requests: 0, statuses: {},
        durationMs: 0 };
      this.stats.set(operationId, stats);
    }
    stats.requests += 1;
    stats.durationMs += durationMs;
    stats.statuses[String(status)] = (stats.statuses[String(status)] ?? 0) + 1;
  }
}

export function parseJson(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.response.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
