// The lifecycle both resources go through, written down once. The document lists the states
// but not the moves between them; this graph is what Oracle's SDK waiters and Terraform
// provider expect (OCI-FACTS §3.1), so breaking it is a SHOULD finding, except that a deleted
// resource coming back, which no reading of DELETE allows, is a MUST (deleted-stays-deleted).

export const LIFECYCLE_TRANSITIONS: Record<string, readonly string[]> = {
  CREATING: ['ACTIVE', 'FAILED', 'DELETING', 'DELETED'],
  ACTIVE: ['UPDATING', 'INACTIVE', 'DELETING', 'DELETED', 'FAILED'],
  UPDATING: ['ACTIVE', 'INACTIVE', 'FAILED', 'DELETING'],
  INACTIVE: ['ACTIVE', 'UPDATING', 'DELETING', 'DELETED'],
  DELETING: ['DELETED', 'FAILED'],
  DELETED: [],
  FAILED: ['DELETING', 'DELETED'],
};

/** States a resource may be seen in after a delete was accepted. */
export const GONE_STATES: readonly string[] = ['DELETING', 'DELETED'];

export function isLegalTransition(from: string, to: string): boolean {
  if (from === to) return true;
  return LIFECYCLE_TRANSITIONS[from]?.includes(to) ?? false;
}
