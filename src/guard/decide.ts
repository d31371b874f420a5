import { operations, type OperationId, type OperationMeta } from '../../generated/operations.js';
import { AccessDeniedError, type DenialReason } from './errors.js';
import type { AgentPolicy, GrantLevel, Policy } from './types.js';

export type Decision =
  | { readonly allowed: true; readonly reason: 'granted' | 'allow-listed' }
  | { readonly allowed: false; readonly reason: DenialReason; readonly detail: string; readonly grant?: GrantLevel };

/** What a call names, as the guard sees it: path parameters and the decoded JSON body. */
export interface CallInput {
  readonly pathParams?: Readonly<Record<string, string | number>>;
  readonly json?: unknown;
}

const RANK: Record<GrantLevel, number> = { none: 0, read: 1, write: 2 };
const TARGET_LIST = { user: 'users', office: 'offices', department: 'departments', callcenter: 'callcenters' } as const;

/** The decision from grants, allow/deny and allowIrreversible alone: fixed for the life of a policy. */
function staticDecision(agent: AgentPolicy, operation: OperationMeta): Decision {
  const id = operation.operationId as OperationId;
  const grant = (agent.grants as Record<string, GrantLevel | undefined>)[operation.area] ?? 'none';
  if (agent.deny.includes(id)) return { allowed: false, reason: 'denied-by-deny-list', detail: `${id} is on its deny list`, grant };
  if (operation.area === 'oauth') return { allowed: false, reason: 'not-grantable', detail: 'OAuth endpoints are not a grantable area', grant };
  const allowListed = agent.allow.includes(id);
  if (!allowListed && RANK[grant] < RANK[operation.access]) {
    return grant === 'none'
      ? { allowed: false, reason: 'no-grant', detail: `it has no grant for ${operation.area}`, grant }
      : { allowed: false, reason: 'read-only-grant', detail: `its grant for ${operation.area} is read`, grant };
  }
  if (operation.effect.flags.includes('irreversible') && !agent.allowIrreversible) {
    return { allowed: false, reason: 'irreversible-not-allowed', detail: `${id} cannot be undone and allowIrreversible is not set`, grant };
  }
  return { allowed: true, reason: allowListed && RANK[grant] < RANK[operation.access] ? 'allow-listed' : 'granted' };
}

/** Every operation an agent's grants give it (enabled and expiry aside). */
export function grantedOperations(policy: Policy, agentName: string): OperationId[] {
  const agent = Object.hasOwn(policy.agents, agentName) ? policy.agents[agentName] : undefined;
  if (!agent) return [];
  return (Object.values(operations) as OperationMeta[]).filter((op) => staticDecision(agent, op).allowed).map((op) => op.operationId as OperationId);
}

function targetValue(from: string, input: CallInput): string | undefined {
  const [where, name] = from.split(':') as [string, string];
  const value = where === 'path' ? input.pathParams?.[name] : (input.json as Record<string, unknown> | undefined)?.[name];
  return value === undefined || value === null || value === '' ? undefined : String(value);
}

export interface Guard {
  readonly agent: string;
  /** Allowed or not, and why; no I/O. */
  decide(operationId: string, input?: CallInput, now?: number): Decision;
  /** Throws AccessDeniedError when not allowed. */
  check(operationId: string, input?: CallInput): void;
  /** Operations this agent may call now (target constraints aside). */
  operationIds(): OperationId[];
}

/**
 * The guard for one agent. Grants are resolved once into a table, so a decision is a lookup plus
 * the checks that depend on time and on the ids a call names. Fails closed: an unknown agent or
 * operation, a disabled or expired agent, are denied.
 */
export function createGuard(policy: Policy, agentName: string): Guard {
  const agent = Object.hasOwn(policy.agents, agentName) ? policy.agents[agentName] : undefined;
  const table = new Map<string, Decision>();
  if (agent) for (const op of Object.values(operations) as OperationMeta[]) table.set(op.operationId, staticDecision(agent, op));
  const expiresAt = agent?.expires?.getTime() ?? Number.POSITIVE_INFINITY;
  const constrained = Boolean(agent && Object.values(agent.targets).some((list) => list !== undefined));

  const decide = (operationId: string, input: CallInput = {}, now = Date.now()): Decision => {
    if (!agent) return { allowed: false, reason: 'unknown-agent', detail: 'the policy has no such agent' };
    if (!agent.enabled) return { allowed: false, reason: 'agent-disabled', detail: 'it is disabled (enabled: false)' };
    if (now >= expiresAt) return { allowed: false, reason: 'agent-expired', detail: `its grant expired at ${agent.expires!.toISOString()}` };
    const decision = table.get(operationId);
    if (!decision) return { allowed: false, reason: 'unknown-operation', detail: 'no such operation' };
    if (!decision.allowed || !constrained) return decision;
    for (const target of (operations as Record<string, OperationMeta>)[operationId]!.targets) {
      if (!target.guarded) continue;
      const listName = TARGET_LIST[target.kind as keyof typeof TARGET_LIST];
      const allowed = listName ? agent.targets[listName] : undefined;
      if (!allowed) continue;
      const value = targetValue(target.from, input);
      if (value === undefined || !allowed.includes(value)) {
        return {
          allowed: false,
          reason: 'target-not-allowed',
          detail: value === undefined ? `it names no ${target.kind} (${target.from}) and may only act on listed ${listName}` : `${target.kind} ${value} is not among its ${listName}`,
        };
      }
    }
    return decision;
  };

  return {
    agent: agentName,
    decide,
    check(operationId, input) {
      const decision = decide(operationId, input);
      if (decision.allowed) return;
      const operation = (operations as Record<string, OperationMeta>)[operationId];
      throw new AccessDeniedError({
        agent: agentName,
        operationId,
        area: operation?.area,
        access: operation?.access,
        grant: decision.grant,
        reason: decision.reason,
        detail: decision.detail,
      });
    },
    operationIds: () =>
      agent && agent.enabled && Date.now() < expiresAt ? [...table].filter(([, decision]) => decision.allowed).map(([id]) => id as OperationId) : [],
  };
}
