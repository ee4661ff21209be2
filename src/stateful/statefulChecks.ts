import type { CheckInfo } from '../checks/types';

// The checks the stateful suite makes over sequences of calls. They are judged inside the
// model-based commands (commands/), which compare what the target did with the model; this
// file only declares them, so the catalogue and the reports know each one.

function stateful(id: string, level: CheckInfo['level'], title: string, source: string):
  CheckInfo {
  return { id, level, appliesTo: ['stateful'], title, source };
}

const DOCUMENT = 'the OpenAPI document';
const SDK = 'OCI SDK models and waiters (OCI-FACTS §2-3)';

export const STATEFUL_CHECKS = {
  lifecycleTransition: stateful('lifecycle-transition-legal', 'SHOULD',
    'Every observed lifecycle change follows the transition graph',
    `${SDK}; graph in src/stateful/lifecycleGraph.ts`),
  deletedStaysDeleted: stateful('deleted-stays-deleted', 'MUST',
    'A resource whose delete was accepted never reads as live again',
    'RFC 9110 §9.3.5 DELETE; the document\'s 204 on delete'),
  lifecycleSettles: stateful('lifecycle-settles', 'MUST',
    'A created resource reaches ACTIVE (or FAILED) and a deleted one DELETED or 404, in time',
    `${SDK}: Terraform waits CREATING→ACTIVE and DELETING→DELETED|404`),
  readYourWrites: stateful('read-your-writes', 'MUST',
    'Create and get return the id created and exactly the fields sent',
    `${DOCUMENT}: the Create*Details fields are the resource's attributes`),
  defaultsApplied: stateful('spec-defaults-applied', 'MUST',
    'A field sent without a value carries the document\'s default (timeoutInSeconds 30)',
    `${DOCUMENT}: CreateFunctionDetails.timeoutInSeconds default 30`),
  listContainsLive: stateful('list-contains-live', 'MUST',
    'A live resource shows up in the list of its compartment or application',
    `${DOCUMENT}: listApplications/listFunctions list the resources of their parent`),
  listScoped: stateful('list-scoped', 'MUST',
    'A list holds only resources of the compartment or application asked for',
    `${DOCUMENT}: the compartmentId/applicationId query parameter scopes the list`),
  listSummaryAgrees: stateful('list-summary-agrees', 'MUST',
    'A list item agrees with the resource it summarises',
    `${DOCUMENT}: ApplicationSummary/FunctionSummary carry the resource's fields`),
  deletedNotListedActive: stateful('deleted-not-listed-active', 'MUST',
    'A deleted resource is never listed as ACTIVE', `${SDK}: lifecycle of deleted resources`),
  idsUnique: stateful('ids-unique', 'MUST', 'Two resources never share an id',
    'OCIDs identify one resource (OCI documentation, Resource Identifiers)'),
  compartmentInherited: stateful('function-compartment-inherited', 'SHOULD',
    'A function\'s compartmentId is its application\'s', `${SDK}: Function.compartmentId`),
  unknownParentRefused: stateful('unknown-parent-refused', 'MUST',
    'Creating a function in an application that does not exist is refused (4xx)',
    `${DOCUMENT}: a function lives in an application`),
  unknownIdNotFound: stateful('unknown-id-not-found', 'MUST',
    'Get, delete and invoke of an id never created are refused (not 2xx)',
    `${DOCUMENT}: the path names one resource; OCI answers 404 NotAuthorizedOrNotFound`),
  invokeEcho: stateful('invoke-echo-bytes', 'MUST',
    'Invoking the echo function returns the payload byte for byte as octet-stream',
    `${DOCUMENT}: invokeFunction request and 200 response are application/octet-stream`),
  invokeDeletedRefused: stateful('invoke-deleted-refused', 'MUST',
    'Invoking a deleted function is not answered 2xx', `${SDK}: only ACTIVE functions run`),
  nonEmptyAppDeleteRefused: stateful('delete-nonempty-app-refused', 'SHOULD',
    'Deleting an application that still has functions is refused (409)',
    'OCI documentation: delete functions before their application (OCI-FACTS §3.4)'),
  invalidCreateCreatesNothing: stateful('invalid-create-creates-nothing', 'MUST',
    'An invalid create is refused with a 4xx and leaves no new resource in the list',
    `${DOCUMENT}: request schemas of createApplication/createFunction`),
  concurrentCreatesListed: stateful('concurrent-creates-listed', 'MUST',
    'Functions created in parallel in one application all appear in its list',
    `${DOCUMENT}: listFunctions lists every function of the application`),
} as const satisfies Record<string, CheckInfo>;

export type StatefulCheckKey = keyof typeof STATEFUL_CHECKS;
