import { ALL_CHECKS } from '../checks/registry';
import type { CheckInfo } from '../checks/types';
import { STATEFUL_CHECKS } from '../stateful/statefulChecks';

/** One entry of the check catalogue, as --list-checks prints it and reports embed it. */
export interface CatalogueEntry {
  id: string;
  level: CheckInfo['level'];
  suites: string[];
  title: string;
  source: string;
}

/**
 * Every check the suite ships, read from the checks themselves (never kept by hand beside
 * them), so the catalogue cannot drift from what runs.
 */
export function checkCatalogue(): CatalogueEntry[] {
  const checks: CheckInfo[] = [...ALL_CHECKS, ...Object.values(STATEFUL_CHECKS)];
  return checks.map((check) => ({ id: check.id, level: check.level,
    suites: [...check.appliesTo], title: check.title, source: check.source }));
}

/** The catalogue as a text table for the terminal. */
export function formatCatalogue(entries: CatalogueEntry[]): string {
  const idWidth = Math.max(...entries.map((e) => e.id.length));
  const lines = entries.flatMap((entry) => [
    `${entry.id.padEnd(idWidth)}  ${entry.level.padEnd(6)}  ${entry.suites.join(', ')}`,
    `${''.padEnd(idWidth)}  ${entry.title}`,
    `${''.padEnd(idWidth)}  rests on: ${entry.source}`,
  ]);
  return [`${entries.length} checks (MUST: rule of the document; SHOULD: convention of the ` +
    'live service, fails the run only with --fail-on-should)', '', ...lines].join('\n');
}
