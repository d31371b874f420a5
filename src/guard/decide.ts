import { operations, type OperationId, type OperationMeta } from '../../generated/operations.js';
import { AccessDeniedError } from '../errors.js';
import type { CallParts } from './targets.js';
import { budgetCovers, DENIAL_ADVICE, needsApproval, RULES, type Denial } from './rules.js';
import type { AgentPolicy, Budget, GrantLevel, Policy } from './types.js';

export type Decision =
  | { readonly allowed: true; readonly reason: 'granted' | 'allow-listed' }
  | { readonly allowed: false; readonly reason: string; readonly detail: string; readonly grant?: GrantLevel };

/** What a call names, as the guard sees it: path and query parameters and the decoded JSON body. */
export type CallInput = CallParts;

const AGENT_RULES = RULES.filter((rule) => rule.stage === 'agent' && rule.check);
const STATIC_RULES = RULES.filter((rule) => rule.stage === 'static' && rule.check);
const CALL_RULES = RULES.filter((rule) => rule.stage === 'call' && rule.check);
const NO_INPUT: CallInput = {};

const grantFor = (agent: AgentPolicy, operation: OperationMeta): GrantLevel => (agent.grants as Record<string, GrantLevel | undefined>)[operation.area] ?? 'none';

/** The decision of the static rules: fixed for the life of a policy, so resolved once per agent. */
function staticDecision(agent: AgentPolicy, operation: OperationMeta): Decision {
  for (const rule of STATIC_RULES) {
    const denial = rule.check!({ agent, operation, input: NO_INPUT, now: 0 });
    if (denial) return { allowed: false, ...denial, grant: grantFor(agent, operation) };
  }
  const granted = grantFor(agent, operation);
  const byGrant = granted === 'write' || (granted === 'read' && operation.access === 'read');
  return { allowed: true, reason: byGrant ? 'granted' : 'allow-listed' };
}

/** Every operation an agent's grants give it (enabled and expiry aside). */
export function grantedOperations(policy: Policy, agentName: string): OperationId[] {
  const agent = Object.hasOwn(policy.agents, agentName) ? policy.agents[agentName] : undefined;
  if (!agent) return [];
  return (Object.values(operations) as OperationMeta[]).filter((op) => staticDecision(agent, op).allowed).map((op) => op.operationId as OperationId);
}

export interface Guard {
  readonly agent: string;
  /** The agent's policy (undefined for an agent the policy does not have: every call is denied). */
  readonly policy: AgentPolicy | undefined;
  /** Allowed or not, and why; no I/O. */
  decide(operationId: string, input?: CallInput, now?: number): Decision;
  /** Throws AccessDeniedError when not allowed. */
  check(operationId: string, input?: CallInput): void;
  /** The error a denial raises: what was refused, by which rule, and what to do. */
  denial(operationId: string, decision: Extract<Decision, { allowed: false }>): AccessDeniedError;
  /** Operations this agent may call now (target constraints aside). */
  operationIds(): OperationId[];
  /** Whether the policy asks a person to approve this operation before it is sent. */
  needsApproval(operationId: string): boolean;
  /** Whether the agent rehearses: writes are not sent. */
  readonly dryRun: boolean;
  /** The agent's budgets that count this operation. */
  budgetsFor(operationId: string): readonly Budget[];
}

/**
 * The guard for one agent, run from the rule table: the agent rules (kill switch, expiry), the
 * static rules resolved once into a table (deny, grant, allow, irreversible), then the call rules
 * on what a call names (targets). Fails closed: an unknown agent or operation, a disabled or expired
 * agent, are denied. Approval, dry run and budgets are gates the request path runs after it.
 */
export function createGuard(policy: Policy, agentName: string): Guard {
  const agent = Object.hasOwn(policy.agents, agentName) ? policy.agents[agentName] : undefined;
  const table = new Map<string, Decision>();
  const approvals = new Set<string>();
  const budgets = new Map<string, readonly Budget[]>();
  if (agent) {
    for (const op of Object.values(operations) as OperationMeta[]) {
      table.set(op.operationId, staticDecision(agent, op));
      if (needsApproval(agent, op)) approvals.add(op.operationId);
      const covering = agent.budgets.filter((budget) => budgetCovers(budget, op));
      if (covering.length) budgets.set(op.operationId, covering);
    }
  }

  const decide = (operationId: string, input: CallInput = NO_INPUT, now = Date.now()): Decision => {
    if (!agent) return { allowed: false, reason: 'unknown-agent', detail: 'the policy has no such agent' };
    const operation = Object.hasOwn(operations, operationId) ? (operations as Record<string, OperationMeta>)[operationId]! : undefined;
    for (const rule of AGENT_RULES) {
      const denial = rule.check!({ agent, operation: operation!, input, now });
      if (denial) return { allowed: false, ...denial };
    }
    const decision = operation ? table.get(operationId) : undefined;
    if (!decision || !operation) return { allowed: false, reason: 'unknown-operation', detail: 'no such operation' };
    if (!decision.allowed) return decision;
    for (const rule of CALL_RULES) {
      const denial: Denial | undefined = rule.check!({ agent, operation, input, now });
      if (denial) return { allowed: false, ...denial };
    }
    return decision;
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
      advice: DENIAL_ADVICE[decision.reason] ?? 'Check the agent’s policy.',
    });
  };

  return {
    agent: agentName,
    policy: agent,
    decide,
    denial,
    check(operationId, input) {
      const decision = decide(operationId, input);
      if (!decision.allowed) throw denial(operationId, decision);
    },
    operationIds: () => {
      if (!agent) return [];
      const now = Date.now();
      if (AGENT_RULES.some((rule) => rule.check!({ agent, operation: undefined as never, input: NO_INPUT, now }))) return [];
      return [...table].filter(([, decision]) => decision.allowed).map(([id]) => id as OperationId);
    },
    needsApproval: (operationId) => approvals.has(operationId),
    dryRun: agent?.dryRun ?? false,
    budgetsFor: (operationId) => budgets.get(operationId) ?? [],
  };
}
