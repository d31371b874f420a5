import type { Impact } from './change.js';
import type { PermissionView, RateLimit } from './operations.js';

export interface PermissionChange {
  kind: string;
  impact: Impact;
  location: string;
  message: string;
  before?: unknown;
  after?: unknown;
}

/** Flags a grant must cover (the guard asks for more than `write`): gaining one can take the operation away from an agent. */
const GRANT_FLAGS = new Set(['external', 'irreversible', 'live-call', 'billable']);

/**
 * What an agent's grant and the credential's scopes need, before and after. A field one side
 * does not state (Dialpad's own description has no area, access or effect) is not compared.
 */
export function comparePermissions(before: PermissionView, after: PermissionView): PermissionChange[] {
  const out: PermissionChange[] = [];
  if (before.area !== undefined && after.area !== undefined && before.area !== after.area) {
    out.push({
      kind: 'area.changed',
      impact: 'breaking-grants',
      location: 'x-dialpad-area',
      message: `area ${before.area} → ${after.area}: agents granted ${before.area} lose it, agents granted ${after.area} gain it`,
      before: before.area,
      after: after.area,
    });
  }
  if (before.access !== undefined && after.access !== undefined && before.access !== after.access) {
    const tighter = after.access === 'write';
    out.push({
      kind: 'access.changed',
      impact: tighter ? 'breaking-grants' : 'additive',
      location: 'x-dialpad-access',
      message: tighter
        ? 'access read → write: agents with a read grant on the area lose it'
        : 'access write → read: agents with a read grant on the area gain it',
      before: before.access,
      after: after.access,
    });
  }
  out.push(...compareScopes(before.scopes, after.scopes));
  out.push(...compareFlags(before.effectFlags, after.effectFlags));
  if (
    before.effectDescription !== undefined &&
    after.effectDescription !== undefined &&
    before.effectDescription !== after.effectDescription
  ) {
    out.push({
      kind: 'effect.description-changed',
      impact: 'patch',
      location: 'x-dialpad-effect',
      message: `effect now described as: ${after.effectDescription}`,
      before: before.effectDescription,
      after: after.effectDescription,
    });
  }
  out.push(...compareRateLimits(before.rateLimits, after.rateLimits));
  out.push(...compareWebhookEvent(before.webhookEvent, after.webhookEvent));
  out.push(...compareMaxRequestBytes(before.maxRequestBytes, after.maxRequestBytes));
  if (before.since !== undefined && after.since !== undefined && before.since !== after.since) {
    out.push({
      kind: 'since.changed',
      impact: 'patch',
      location: 'x-dialpad-since',
      message: `since ${before.since} → ${after.since}`,
      before: before.since,
      after: after.since,
    });
  }
  if (before.source !== undefined && after.source !== undefined && before.source !== after.source) {
    out.push({
      kind: 'source.changed',
      impact: 'patch',
      location: 'x-dialpad-source',
      message: `reference page ${before.source} → ${after.source}`,
      before: before.source,
      after: after.source,
    });
  }
  return out;
}

function compareScopes(before: string[] | undefined, after: string[] | undefined): PermissionChange[] {
  if (!before || !after) return [];
  const out: PermissionChange[] = [];
  for (const scope of after) {
    if (before.includes(scope)) continue;
    out.push({
      kind: 'scopes.added',
      impact: 'breaking-grants',
      location: 'scopes',
      message: `now requires scope ${scope}: every credential and agent without it loses this operation`,
      after: scope,
    });
  }
  for (const scope of before) {
    if (after.includes(scope)) continue;
    out.push({
      kind: 'scopes.removed',
      impact: 'additive',
      location: 'scopes',
      message: `no longer requires scope ${scope}`,
      before: scope,
    });
  }
  return out;
}

function compareFlags(before: string[] | undefined, after: string[] | undefined): PermissionChange[] {
  if (!before || !after) return [];
  const out: PermissionChange[] = [];
  for (const flag of after) {
    if (before.includes(flag)) continue;
    const grant = GRANT_FLAGS.has(flag);
    out.push({
      kind: 'effect.flag-added',
      impact: grant ? 'breaking-grants' : 'breaking-callers',
      location: 'x-dialpad-effect',
      message: grant
        ? `becomes ${flag}: grants must now allow ${flag} effects`
        : `becomes ${flag}: the result arrives later, not in the response`,
      after: flag,
    });
  }
  for (const flag of before) {
    if (after.includes(flag)) continue;
    out.push({
      kind: 'effect.flag-removed',
      impact: 'additive',
      location: 'x-dialpad-effect',
      message: `no longer ${flag}`,
      before: flag,
    });
  }
  return out;
}

function rateKey(limit: RateLimit): string {
  return limit.tier === undefined ? limit.per : `${limit.per}, tier ${limit.tier}`;
}

function describeRate(limit: RateLimit): string {
  return `${limit.limit} per ${limit.windowSeconds === 1 ? 'second' : `${limit.windowSeconds} s`}`;
}

/** The sustained rate each counting key allows: limits are compared by limit ÷ window, not by how they are written. */
function tightestByKey(limits: RateLimit[]): Map<string, RateLimit> {
  const out = new Map<string, RateLimit>();
  for (const limit of limits) {
    const key = rateKey(limit);
    const current = out.get(key);
    if (!current || limit.limit / limit.windowSeconds < current.limit / current.windowSeconds) out.set(key, limit);
  }
  return out;
}

function compareRateLimits(before: RateLimit[] | undefined, after: RateLimit[] | undefined): PermissionChange[] {
  if (!before || !after) return [];
  const out: PermissionChange[] = [];
  const was = tightestByKey(before);
  const now = tightestByKey(after);
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const a = was.get(key);
    const b = now.get(key);
    if (a && b) {
      const rateA = a.limit / a.windowSeconds;
      const rateB = b.limit / b.windowSeconds;
      if (Math.abs(rateA - rateB) <= 1e-9 * Math.max(rateA, rateB)) continue;
      const tighter = rateB < rateA;
      out.push({
        kind: tighter ? 'rate-limit.tightened' : 'rate-limit.loosened',
        impact: tighter ? 'breaking-callers' : 'additive',
        location: 'rate limits',
        message: `rate limit (${key}) ${tighter ? 'tightened' : 'loosened'}: ${describeRate(a)} → ${describeRate(b)}`,
        before: a,
        after: b,
      });
    } else if (b) {
      out.push({
        kind: 'rate-limit.tightened',
        impact: 'breaking-callers',
        location: 'rate limits',
        message: `new rate limit (${key}): ${describeRate(b)}`,
        after: b,
      });
    } else if (a) {
      out.push({
        kind: 'rate-limit.loosened',
        impact: 'additive',
        location: 'rate limits',
        message: `rate limit (${key}) of ${describeRate(a)} lifted`,
        before: a,
      });
    }
  }
  return out;
}

function compareWebhookEvent(before: string | null | undefined, after: string | null | undefined): PermissionChange[] {
  if (before === undefined || after === undefined || before === after) return [];
  if (before === null)
    return [
      {
        kind: 'webhook-event.added',
        impact: 'additive',
        location: 'x-dialpad-webhook-event',
        message: `now emits ${after} webhook events`,
        after,
      },
    ];
  if (after === null)
    return [
      {
        kind: 'webhook-event.removed',
        impact: 'breaking-callers',
        location: 'x-dialpad-webhook-event',
        message: `no longer emits ${before} webhook events: subscribers stop hearing about it`,
        before,
      },
    ];
  return [
    {
      kind: 'webhook-event.changed',
      impact: 'breaking-callers',
      location: 'x-dialpad-webhook-event',
      message: `webhook event ${before} → ${after}: ${before} subscribers stop hearing about it`,
      before,
      after,
    },
  ];
}

function compareMaxRequestBytes(
  before: number | null | undefined,
  after: number | null | undefined,
): PermissionChange[] {
  if (before === undefined || after === undefined || before === after) return [];
  const smaller = after !== null && (before === null || after < before);
  return [
    {
      kind: smaller ? 'max-request-bytes.lowered' : 'max-request-bytes.raised',
      impact: smaller ? 'breaking-callers' : 'additive',
      location: 'x-dialpad-max-request-bytes',
      message: `largest request ${before ?? 'unlimited'} → ${after ?? 'unlimited'} bytes`,
      before,
      after,
    },
  ];
}
