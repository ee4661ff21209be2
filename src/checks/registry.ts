import { authenticationRequired } from './authenticationRequired';
import { contentTypeConformance } from './contentTypeConformance';
import { errorBodyShape } from './errorBodyShape';
import {
  negativeDataRejection, nullForOptionalRefused, unsupportedMediaTypeRefused,
} from './negativeDataRejection';
import { positiveDataAcceptance } from './positiveDataAcceptance';
import { responseSchemaConformance } from './responseSchemaConformance';
import { serverErrorAbsence } from './serverErrorAbsence';
import { statusCodeConformance } from './statusCodeConformance';
import type { CheckContext, CheckDefinition, CheckKind, CheckOutcome, Exchange } from './types';

/** Every check the suite ships, in the order reports list them. */
export const ALL_CHECKS: readonly CheckDefinition[] = [
  statusCodeConformance,
  serverErrorAbsence,
  responseSchemaConformance,
  contentTypeConformance,
  positiveDataAcceptance,
  negativeDataRejection,
  unsupportedMediaTypeRefused,
  nullForOptionalRefused,
  errorBodyShape,
  authenticationRequired,
];

export function checksFor(kind: CheckKind): CheckDefinition[] {
  return ALL_CHECKS.filter((check) => check.appliesTo.includes(kind));
}

export interface CheckRun {
  check: CheckDefinition;
  outcome: CheckOutcome;
}

export function runChecks(
  checks: readonly CheckDefinition[],
  ctx: CheckContext,
  exchange: Exchange,
): CheckRun[] {
  return checks.map((check) => ({ check, outcome: check.run(ctx, exchange) }));
}
