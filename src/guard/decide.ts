import { operations, type OperationId, type OperationMeta } from '../../generated/operations.js';
import { AccessDeniedError } from '../errors.js';
import { DENIAL_ADVICE, type DenialReason } from './errors.js';
import { namedTargets, sameTarget, TARGET_LISTS, type CallParts } from './targets.js';
import type { AgentPolicy, GrantLevel, Policy } from './types.js';

export type Decision =
  | { readonly allowed: true; readonly reason: 'granted' | 'allow-listed' }
  | { readonly allowed: false; readonly reason: DenialReason; readonly detail: string; readonly grant?: GrantLevel };

/** What a call names, as the guard sees it: path and query parameters and the decoded JSON body. */
export type CallInput = CallParts;

const RANK: Record<GrantLevel, number> = { none: 0, read: 1, write: 2 };

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

/**
 * With `targets`, an agent names only identities it was given: every guarded id the call carries
 * (who acts, on whose behalf, which office, department or call center changes) must be on the list
 * for its kind, and a kind without a list means none. A call naming no guarded id at all, where
 * the operation has some, is refused too: Dialpad would pick one the policy never saw.
 */
function targetDecision(agent: AgentPolicy, operation: OperationMeta, input: CallInput): Decision | undefined {
  const guardedFields = operation.targets.filter((t) => t.guarded);
  if (guardedFields.length === 0) return undefined;
  const named = namedTargets(operation, input).filter((t) => t.guarded);
  if (named.length === 0) {
    return {
      allowed: false,
      reason: 'target-not-allowed',
      detail: `it names no identity (${guardedFields.map((t) => `${t.in} ${t.name}`).join(', ')}) and may only act as or on the ones its policy lists`,
    };
  }
  for (const target of named) {
    const listName = TARGET_LISTS[target.kind as keyof typeof TARGET_LISTS];
    const allowed = listName ? agent.targets[listName] : undefined;
    if (!allowed) {
      return { allowed: false, reason: 'target-not-allowed', detail: `${target.kind} ${target.id} (${target.field}) is not among the ids its policy lists (it lists no ${listName ?? `${target.kind}s`})` };
    }
    if (!allowed.some((id) => sameTarget(target.kind, id, target.id))) {
      return { allowed: false, reason: 'target-not-allowed', detail: `${target.kind} ${target.id} (${target.field}) is not among its ${listName}` };
    }
  }
  return undefined;
}

export interface Guard {
  readonly agent: string;
  /** Allowed or not, and why; no I/O. */
  decide(operationId: string, input?: CallInput, now?: number): Decision;
  /** Throws AccessDeniedError when not allowed. */
  check(operationId: string, input?: CallInput): void;
  /** The error a denial raises: what was refused, by which rule, and what to do. */
  denial(operationId: string, decision: Extract<Decision, { allowed: false }>): AccessDeniedError;
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
    const decision = Object.hasOwn(operations, operationId) ? table.get(operationId) : undefined;
    if (!decision) return { allowed: false, reason: 'unknown-operation', detail: 'no such operation' };
    if (!decision.allowed || !constrained) return decision;
    return targetDecision(agent, (operations as Record<string, OperationMeta>)[operationId]!, input) ?? decision;
  };

  const denial = (operationId: string, decision: Extract<Decision, { allowed: false }>): AccessDeniedError => {
    const operation = Object.hasOwn(operations, operationId) ? (operations as Record<string, OperationMeta>)[operationId] : undefined;
    return new AccessDeniedError({
      agent: agentName,
      operationId,
      area: operation?.area,
      access: operation?.access,
      grant: decision.grant,
      reason: decision.reason,
      detail: decision.detail,
      advice: DENIAL_ADVICE[decision.reason],
    });
  };

  return {
    agent: agentName,
    decide,
    denial,
    check(operationId, input) {
      const decision = decide(operationId, input);
      if (!decision.allowed) throw denial(operationId, decision);
    },
    operationIds: () =>
      agent && agent.enabled && Date.now() < expiresAt ? [...table].filter(([, decision]) => decision.allowed).map(([id]) => id as OperationId) : [],
  };
}
