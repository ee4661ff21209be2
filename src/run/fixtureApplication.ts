import fc from 'fast-check';

import { jsonField } from '../core/jsonField';
import { pollUntil } from '../core/pollUntil';
import { validRequestArbitrary } from '../generation/requestArbitrary';
import type { ResolvedOptions } from '../options/resolveOptions';
import { findRoles, idParameter } from '../spec/apiRoles';
import type { ApiModel } from '../spec/model';
import { ledgerCreated } from '../stateful/resourceLedger';
import { buildUrl } from '../transport/buildUrl';
import type { Transport } from '../transport/types';

/**
 * An application for the negative suite to put its invalid functions in. Without a real
 * parent, a target may refuse an invalid createFunction for the unknown application alone,
 * and the broken rule would go untested. Created only on targets that keep state, noted in
 * the ledger (so it is deleted at the end), and waited for until ACTIVE. Returns undefined
 * when the target will not create one; the negative suite then runs without it.
 */
export async function createFixtureApplication(
  api: ApiModel,
  options: ResolvedOptions,
  transport: Transport,
  targetUrl: string,
  runDir: string,
  displayName: string,
): Promise<string | undefined> {
  const found = findRoles(api);
  if ('missing' in found) return undefined;
  const { createApplication, getApplication } = found.roles;

  const [generated] = fc.sample(validRequestArbitrary(createApplication,
    { components: api.schemas, pins: options.profile.pins,
      fieldRules: options.profile.fieldRules }), { seed: options.seed, numRuns: 1 });
  const body = { ...(generated.body?.json as Record<string, unknown>), displayName };
  const created = await transport.send({ method: 'POST', url: buildUrl(targetUrl,
    createApplication.path, {}, {}), headers: { ...options.profile.headers,
    'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(body)) });
  const id = created.status < 300 ? jsonField(created.body, 'id') : undefined;
  if (!id) return undefined;
  ledgerCreated(runDir, 'application', id);

  const url = buildUrl(targetUrl, getApplication.path, { [idParameter(getApplication)]: id },
    {});
  const active = await pollUntil(() => transport.send({ method: 'GET', url,
    headers: { ...options.profile.headers } }),
  (read) => jsonField(read.body, 'lifecycleState') === 'ACTIVE',
  options.profile.lifecycleTimeoutMs);
  return active.settled ? id : undefined;
}
