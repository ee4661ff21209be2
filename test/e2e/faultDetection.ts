import type { FaultName, ReferenceServerOptions } from '../../fixtures/reference-server';
import type { SuiteName } from '../../src/run/records';

/** Which check must catch each fault of the reference server, and where to look for it. */
export interface FaultExpectation {
  fault: FaultName;
  check: string;
  suites: SuiteName[];
  /** The check is a SHOULD: the run exits 1 only with --fail-on-should. */
  should?: boolean;
  /** Server options the defect needs to show as it would in the wild. */
  server?: Partial<ReferenceServerOptions>;
}

export const FAULT_EXPECTATIONS: FaultExpectation[] = [
  { fault: 'create-returns-201', check: 'status-code-conformance', suites: ['positive'] },
  { fault: 'delete-returns-200', check: 'status-code-conformance', suites: ['stateful'] },
  { fault: 'memory-as-string', check: 'response-schema-conformance', suites: ['stateful'] },
  { fault: 'unknown-lifecycle-state', check: 'response-schema-conformance',
    suites: ['stateful'] },
  { fault: 'json-as-text-plain', check: 'content-type-conformance', suites: ['positive'] },
  { fault: 'accept-missing-required', check: 'negative-data-rejection', suites: ['negative'] },
  { fault: 'accept-string-memory', check: 'negative-data-rejection', suites: ['negative'] },
  { fault: 'crash-on-non-ascii-name', check: 'no-server-error', suites: ['positive'] },
  { fault: 'crash-on-malformed-json', check: 'no-server-error', suites: ['negative'] },
  { fault: 'crash-on-array-body', check: 'no-server-error', suites: ['negative'] },
  { fault: 'stuck-creating', check: 'lifecycle-settles', suites: ['stateful'] },
  // A delete that completes (DELETING, then DELETED) before the resource comes back.
  { fault: 'resurrect-deleted', check: 'deleted-stays-deleted', suites: ['stateful'],
    server: { deleteDelayMs: 100 } },
  { fault: 'list-ignores-compartment', check: 'list-scoped', suites: ['stateful'] },
  { fault: 'list-omits-new', check: 'list-contains-live', suites: ['stateful'] },
  { fault: 'function-in-unknown-app', check: 'unknown-parent-refused', suites: ['stateful'] },
  { fault: 'function-wrong-compartment', check: 'function-compartment-inherited',
    suites: ['stateful'], should: true },
  { fault: 'delete-app-with-functions', check: 'delete-nonempty-app-refused',
    suites: ['stateful'], should: true },
  { fault: 'lost-concurrent-create', check: 'concurrent-creates-listed', suites: ['stateful'] },
  { fault: 'drop-default-timeout', check: 'spec-defaults-applied', suites: ['stateful'] },
  { fault: 'drop-config', check: 'read-your-writes', suites: ['stateful'] },
  { fault: 'invoke-mangles-binary', check: 'invoke-echo-bytes', suites: ['stateful'] },
  { fault: 'ignore-auth', check: 'authentication-required', suites: ['auth'] },
];
