/**
 * What a change means for the package's users. Ordered most serious first:
 * - breaking-callers: code calling the package (or the API) may stop compiling or working;
 * - breaking-grants: an agent's existing grant or the credential's scopes may no longer cover the call;
 * - additive: something new that breaks nobody;
 * - patch: a correction that changes nothing callers or grants can rely on.
 */
export const IMPACTS = ['breaking-callers', 'breaking-grants', 'additive', 'patch'] as const;
export type Impact = (typeof IMPACTS)[number];

export const IMPACT_LABEL: Record<Impact, string> = {
  'breaking-callers': 'breaking: callers',
  'breaking-grants': 'breaking: grants',
  additive: 'additive',
  patch: 'patch',
};

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface OperationIdentity {
  operationId: string | undefined;
  method: string;
  path: string;
}

export interface Change {
  impact: Impact;
  /** Stable machine name: `operation.added`, `parameter.required-changed`, `scopes.added`, ... */
  kind: string;
  /** The grantable area (ours), else the first tag; `(document)` for document-wide changes. */
  area: string;
  /** Absent for document-wide changes (security schemes). */
  operation?: OperationIdentity;
  /** Where in the operation: `query parameter limit`, `request body .to_numbers[]`, `response 200 .state`. */
  location?: string;
  /** One line a maintainer can act on. */
  message: string;
  before?: unknown;
  after?: unknown;
}

export function impactRank(impact: Impact): number {
  return IMPACTS.indexOf(impact);
}

export function bumpFor(changes: readonly Change[]): Bump {
  if (changes.some((c) => c.impact === 'breaking-callers' || c.impact === 'breaking-grants')) return 'major';
  if (changes.some((c) => c.impact === 'additive')) return 'minor';
  if (changes.length > 0) return 'patch';
  return 'none';
}

const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function bumpCovers(requested: Bump, required: Bump): boolean {
  return BUMP_RANK[requested] >= BUMP_RANK[required];
}
