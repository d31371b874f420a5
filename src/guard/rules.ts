/**
 * The guard's rules, each declared once: the policy keys it owns (their JSON Schema), how it reads
 * them, when and how it checks a call, the reasons it refuses with and the advice for each, and how
 * it describes an agent. The policy schema, the loader, the decision, AccessDeniedError's advice,
 * `policy check` and the per-agent reference all read this table; adding a rule is adding an entry.
 */
import { grantableAreas, operations, type Access, type GrantableArea, type OperationId, type OperationMeta } from '../../generated/operations.js';
import { namedTargets, sameTarget, TARGET_LISTS, type CallParts } from './targets.js';
import type { AgentPolicy, ApprovalClass, Budget, GrantLevel } from './types.js';

export interface RuleContext {
  readonly agent: AgentPolicy;
  readonly operation: OperationMeta;
  readonly input: CallParts;
  readonly now: number;
}

export interface Denial {
  readonly reason: string;
  readonly detail: string;
}

/** A problem the loader reports at a path of the policy file. */
export type Report = (path: (string | number)[], message: string) => void;

/** The raw agent as the (schema-valid) YAML has it. */
export type RawAgent = Record<string, unknown>;

/** The agent being built by the loader: every rule fills its own fields. */
export type DraftAgent = { -readonly [K in keyof AgentPolicy]?: AgentPolicy[K] } & { name: string };

export interface GuardRule {
  readonly name: string;
  /** The agent keys this rule owns in the policy file, with their JSON Schema. */
  readonly agentSchema?: Readonly<Record<string, unknown>>;
  /** Top-level keys of the policy file it owns. */
  readonly policySchema?: Readonly<Record<string, unknown>>;
  /** Reads its keys of a schema-valid agent into the draft, with defaults; reports what a schema cannot see. */
  load?(raw: RawAgent, draft: DraftAgent, report: Report): void;
  /**
   * When its check runs: `agent` — every call, whatever the operation (kill switch, expiry);
   * `static` — fixed per agent and operation, resolved once into a table; `call` — per call, on the
   * ids the call names; `gate` — a step of the request path after the decision (approval, dry run,
   * budgets), run by the pipeline; `load` — when the policy is loaded.
   */
  readonly stage: 'agent' | 'static' | 'call' | 'gate' | 'load';
  check?(context: RuleContext): Denial | undefined;
  /** Every reason it refuses with, and what to do about it (AccessDeniedError's `advice`). */
  readonly reasons: Readonly<Record<string, string>>;
  /** Its part of `policy check` and of the agent's reference page, in words; [] when it says nothing. */
  describe(agent: AgentPolicy): string[];
}

const RANK: Record<GrantLevel, number> = { none: 0, read: 1, write: 2 };
const operationIdList = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;
const ids = { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'integer' }] }, uniqueItems: true } as const;
const known = Object.keys(operations);

/** The closest operationId (edit distance ≤ 3), for "did you mean". */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((c) => [c, distance(name, c)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? best[0] : undefined;
}

function operationIds(raw: unknown, path: (string | number)[], report: Report): OperationId[] {
  const list = Array.isArray(raw) ? (raw as string[]) : [];
  list.forEach((id, index) => {
    if (known.includes(id)) return;
    const suggestion = closest(id, known);
    report([...path, index], `unknown operationId "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
  });
  return list.filter((id) => known.includes(id)) as OperationId[];
}

const isAllowListed = (agent: AgentPolicy, operation: OperationMeta) => agent.allow.includes(operation.operationId as OperationId);
const grantOf = (agent: AgentPolicy, area: string): GrantLevel => (agent.grants as Record<string, GrantLevel | undefined>)[area] ?? 'none';

// ─── The rules, in the order a call meets them ───────────────────────────────────────────────────

const enabled: GuardRule = {
  name: 'enabled',
  agentSchema: { enabled: { type: 'boolean', description: 'The kill switch: false refuses every call of the agent.' } },
  stage: 'agent',
  load: (raw, draft) => void (draft.enabled = (raw.enabled as boolean | undefined) ?? true),
  check: ({ agent }) => (agent.enabled ? undefined : { reason: 'agent-disabled', detail: 'it is disabled (enabled: false)' }),
  reasons: { 'agent-disabled': 'The agent is switched off (enabled: false) in the policy; a person must turn it back on.' },
  describe: (agent) => (agent.enabled ? [] : ['Switched off (enabled: false): every call is refused.']),
};

const expiry: GuardRule = {
  name: 'expiry',
  agentSchema: { expires: { type: 'string', format: 'date-time', description: 'After this moment every call is refused.' } },
  stage: 'agent',
  load: (raw, draft) => void (draft.expires = typeof raw.expires === 'string' ? new Date(raw.expires) : undefined),
  check: ({ agent, now }) => (agent.expires && now >= agent.expires.getTime() ? { reason: 'agent-expired', detail: `its grant expired at ${agent.expires.toISOString()}` } : undefined),
  reasons: { 'agent-expired': 'The agent’s grant expired (expires in the policy); renew it if it should go on.' },
  describe: (agent) => (agent.expires ? [`${agent.expires.getTime() <= Date.now() ? 'Expired' : 'Expires'} ${agent.expires.toISOString()}.`] : []),
};

const allowDeny: GuardRule = {
  name: 'allow/deny',
  agentSchema: {
    allow: { ...operationIdList, description: 'Operations granted on top of the area grants.' },
    deny: { ...operationIdList, description: 'Operations refused whatever else says (deny wins).' },
  },
  stage: 'static',
  load(raw, draft, report) {
    draft.allow = operationIds(raw.allow, ['allow'], report);
    draft.deny = operationIds(raw.deny, ['deny'], report);
  },
  check: ({ agent, operation }) => (agent.deny.includes(operation.operationId as OperationId) ? { reason: 'denied-by-deny-list', detail: `${operation.operationId} is on its deny list` } : undefined),
  reasons: { 'denied-by-deny-list': 'The policy denies this operation explicitly for this agent (deny wins over grants and allow).' },
  describe: (agent) => [...(agent.allow.length ? [`Also allowed: ${agent.allow.join(', ')}.`] : []), ...(agent.deny.length ? [`Denied whatever the grants say: ${agent.deny.join(', ')}.`] : [])],
};

const grant: GuardRule = {
  name: 'grant',
  agentSchema: {
    grants: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(grantableAreas.map((area) => [area, { enum: ['none', 'read', 'write'] }])),
      description: 'Per area: none, read or write (write includes read); an area left out is none.',
    },
  },
  stage: 'static',
  load: (raw, draft) => void (draft.grants = Object.freeze({ ...(raw.grants as Record<GrantableArea, GrantLevel> | undefined) })),
  check({ agent, operation }) {
    if (operation.area === 'oauth') return { reason: 'not-grantable', detail: 'OAuth endpoints are not a grantable area' };
    const level = grantOf(agent, operation.area);
    if (RANK[level] >= RANK[operation.access] || isAllowListed(agent, operation)) return undefined;
    return level === 'none' ? { reason: 'no-grant', detail: `it has no grant for ${operation.area}` } : { reason: 'read-only-grant', detail: `its grant for ${operation.area} is read` };
  },
  reasons: {
    'unknown-operation': 'Only operations listed in `operations` can be called; check the operationId or path.',
    'not-grantable': 'OAuth endpoints are infrastructure, not something an agent is granted; the client handles them.',
    'no-grant': 'Grant the area (read or write) in the policy, or allow this one operation.',
    'read-only-grant': 'This operation writes: grant the area `write`, or allow this one operation.',
  },
  describe: (agent) => {
    const granted = Object.entries(agent.grants).filter(([, level]) => level && level !== 'none');
    return [granted.length ? `Grants: ${granted.map(([area, level]) => `${area} ${level}`).join(', ')}.` : 'No area grants.'];
  },
};

const irreversible: GuardRule = {
  name: 'irreversible',
  agentSchema: { allowIrreversible: { type: 'boolean', description: 'Needed, on top of write, for operations that cannot be undone.' } },
  stage: 'static',
  load: (raw, draft) => void (draft.allowIrreversible = (raw.allowIrreversible as boolean | undefined) ?? false),
  check: ({ agent, operation }) =>
    (operation.effect.flags as readonly string[]).includes('irreversible') && !agent.allowIrreversible
      ? { reason: 'irreversible-not-allowed', detail: `${operation.operationId} cannot be undone and allowIrreversible is not set` }
      : undefined,
  reasons: { 'irreversible-not-allowed': 'This operation cannot be undone: it needs `allowIrreversible: true` on top of write access.' },
  describe: (agent) => (agent.allowIrreversible ? ['May call operations that cannot be undone (allowIrreversible).'] : []),
};

/**
 * With `targets`, an agent names only identities it was given: every guarded id the call carries
 * (who acts, on whose behalf, which office, department or call center changes) must be on the list
 * for its kind, and a kind without a list means none. A call naming no guarded id at all, where the
 * operation has some, is refused too: Dialpad would pick one the policy never saw.
 */
const targets: GuardRule = {
  name: 'targets',
  agentSchema: {
    targets: {
      type: 'object',
      additionalProperties: false,
      properties: {
        users: ids,
        offices: ids,
        departments: ids,
        callcenters: ids,
        numbers: { type: 'array', items: { type: 'string', pattern: '^\\+?[0-9 ().-]{5,}$' }, uniqueItems: true, description: 'Phone numbers it may call or send from.' },
      },
      description: 'The ids it may act as or on; with any list, a kind without a list means none.',
    },
  },
  stage: 'call',
  load(raw, draft) {
    const given = (raw.targets ?? {}) as Record<string, (string | number)[] | undefined>;
    const strings = (values?: (string | number)[]) => (values ? Object.freeze(values.map(String)) : undefined);
    draft.targets = Object.freeze({ users: strings(given.users), offices: strings(given.offices), departments: strings(given.departments), callcenters: strings(given.callcenters), numbers: strings(given.numbers) });
  },
  check({ agent, operation, input }) {
    if (!Object.values(agent.targets).some((list) => list !== undefined)) return undefined;
    const guardedFields = operation.targets.filter((t) => t.guarded);
    if (guardedFields.length === 0) return undefined;
    const named = namedTargets(operation, input).filter((t) => t.guarded);
    if (named.length === 0) {
      return { reason: 'target-not-allowed', detail: `it names no identity (${guardedFields.map((t) => `${t.in} ${t.name}`).join(', ')}) and may only act as or on the ones its policy lists` };
    }
    for (const target of named) {
      const listName = TARGET_LISTS[target.kind as keyof typeof TARGET_LISTS];
      const allowed = listName ? agent.targets[listName] : undefined;
      if (!allowed) return { reason: 'target-not-allowed', detail: `${target.kind} ${target.id} (${target.field}) is not among the ids its policy lists (it lists no ${listName ?? `${target.kind}s`})` };
      if (!allowed.some((id) => sameTarget(target.kind, id, target.id))) return { reason: 'target-not-allowed', detail: `${target.kind} ${target.id} (${target.field}) is not among its ${listName}` };
    }
    return undefined;
  },
  reasons: { 'target-not-allowed': 'The agent may only act as or on the ids listed under `targets` in the policy (a kind without a list means none).' },
  describe: (agent) =>
    Object.entries(agent.targets)
      .filter(([, list]) => list !== undefined)
      .map(([kind, list]) => `May act only as or on these ${kind}: ${(list as string[]).join(', ')}.`),
};

const scope: GuardRule = {
  name: 'scope',
  policySchema: {
    credential: {
      type: 'object',
      additionalProperties: false,
      properties: { scopes: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'OAuth scopes the credential holds.' } },
    },
    onMissingScope: { enum: ['error', 'warn'], description: 'A granted operation needing a scope the credential lacks: refuse the policy, or warn.' },
  },
  stage: 'load',
  reasons: {},
  describe: () => [],
};

export const APPROVAL_CLASSES: readonly ApprovalClass[] = ['external', 'irreversible', 'live-call'];
const CLASS_WORDS: Readonly<Record<string, string>> = {
  external: 'external (anything that rings a phone or sends a message)',
  irreversible: 'irreversible (anything that cannot be undone)',
  'live-call': 'live-call (changes to calls in progress)',
};

/** Whether an operation is one the agent's policy asks approval for. */
export function needsApproval(agent: AgentPolicy, operation: OperationMeta): boolean {
  const flags = operation.effect.flags as readonly string[];
  return agent.approval.some((item) => item === operation.operationId || ((APPROVAL_CLASSES as readonly string[]).includes(item) && flags.includes(item)));
}

const approval: GuardRule = {
  name: 'approval',
  agentSchema: {
    approval: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      description: 'Effect classes (external, irreversible, live-call) and operationIds sent only after an approver says yes.',
    },
  },
  stage: 'gate',
  load(raw, draft, report) {
    const list = Array.isArray(raw.approval) ? (raw.approval as string[]) : [];
    list.forEach((item, index) => {
      if ((APPROVAL_CLASSES as readonly string[]).includes(item) || known.includes(item)) return;
      const suggestion = closest(item, [...APPROVAL_CLASSES, ...known]);
      report(['approval', index], `"${item}" is neither an effect class (${APPROVAL_CLASSES.join(', ')}) nor an operationId${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
    });
    draft.approval = Object.freeze(list as (ApprovalClass | OperationId)[]);
  },
  reasons: {
    'approval-unavailable': 'This operation needs a person’s approval and no approver is configured: pass `approver` to createDialpadClient (or use an MCP client that supports elicitation).',
    'approval-declined': 'The approver said no. Do not retry the same call; ask the person what they want instead.',
    'approval-failed': 'The approver failed before answering; nothing was sent. Check the approver (its error is not shown, it may hold private data).',
    'approval-timeout': 'No answer from the approver in time (approvalTimeoutMs); nothing was sent. Ask again when someone can answer.',
  },
  describe: (agent) => (agent.approval.length ? [`Asks a person before: ${agent.approval.map((item) => CLASS_WORDS[item] ?? item).join('; ')}.`] : []),
};

const dryRun: GuardRule = {
  name: 'dry run',
  agentSchema: { dryRun: { type: 'boolean', description: 'Writes are checked and recorded but not sent; they answer with the operation’s example.' } },
  stage: 'gate',
  load: (raw, draft) => void (draft.dryRun = (raw.dryRun as boolean | undefined) ?? false),
  reasons: {},
  describe: (agent) => (agent.dryRun ? ['Rehearses (dryRun): writes are checked and recorded, never sent; reads are sent.'] : []),
};

const DURATION = /^([1-9][0-9]{0,3})(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function durationMs(text: string): number {
  const [, count, unit] = DURATION.exec(text) ?? [];
  return Number(count) * UNIT_MS[unit as keyof typeof UNIT_MS];
}

/** Whether a budget counts this operation. */
export function budgetCovers(budget: Budget, operation: OperationMeta): boolean {
  if (budget.operations) return budget.operations.includes(operation.operationId as OperationId);
  return operation.area === budget.area && (budget.access === undefined || operation.access === budget.access);
}

const budgets: GuardRule = {
  name: 'budget',
  agentSchema: {
    budgets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['limit', 'per'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 80 },
          operations: { ...operationIdList, minItems: 1 },
          area: { enum: grantableAreas },
          access: { enum: ['read', 'write'] },
          limit: { type: 'integer', minimum: 1 },
          per: { type: 'string', pattern: DURATION.source },
        },
        oneOf: [{ required: ['operations'], not: { required: ['area'] } }, { required: ['area'], not: { required: ['operations'] } }],
      },
      description: 'Caps on what the agent sends: at most `limit` calls of `operations` (or of an `area`) per sliding window `per` (30m, 1h, 1d, 7d).',
    },
  },
  stage: 'gate',
  load(raw, draft, report) {
    const list = Array.isArray(raw.budgets) ? (raw.budgets as Record<string, unknown>[]) : [];
    draft.budgets = Object.freeze(
      list.map((item, index) => {
        const covered = item.operations ? operationIds(item.operations, ['budgets', index, 'operations'], report) : undefined;
        const what = covered ? covered.join(', ') : `${String(item.area)}${item.access ? ` ${String(item.access)}` : ''}`;
        return Object.freeze({
          name: typeof item.name === 'string' ? item.name : `${what} per ${String(item.per)}`,
          operations: covered ? Object.freeze(covered) : undefined,
          area: item.area as GrantableArea | undefined,
          access: item.access as Access | undefined,
          limit: item.limit as number,
          per: item.per as string,
          perMs: durationMs(item.per as string),
        });
      }),
    );
    const names = draft.budgets.map((b) => b.name);
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) report(['budgets', index, 'name'], `another budget of this agent is called "${name}": give each a name of its own`);
    });
  },
  reasons: { 'budget-exceeded': 'The agent used its budget for this window: wait until the time the error names, or raise the limit in the policy.' },
  describe: (agent) => agent.budgets.map((b) => `Budget "${b.name}": at most ${b.limit} per ${b.per}.`),
};

const audit: GuardRule = {
  name: 'audit',
  agentSchema: {
    revealPhoneNumbers: { type: 'boolean', description: 'Audit records keep full phone numbers (default: last four digits).' },
    description: { type: 'string', description: 'What the agent is for, in words.' },
  },
  stage: 'load',
  load: (raw, draft) => void (draft.revealPhoneNumbers = (raw.revealPhoneNumbers as boolean | undefined) ?? false),
  reasons: {},
  describe: (agent) => (agent.revealPhoneNumbers ? ['Audit records show full phone numbers (revealPhoneNumbers).'] : []),
};

/** Every rule, in the order a call meets them. */
export const RULES: readonly GuardRule[] = [enabled, expiry, allowDeny, grant, irreversible, targets, scope, approval, dryRun, budgets, audit];

/** The refusal reasons of the guard itself, beyond any one rule. */
const GUARD_REASONS: Readonly<Record<string, string>> = {
  'unknown-agent': 'Add the agent to the policy file, or use the name it has there.',
};

/** What to do about each reason a rule refuses with: AccessDeniedError's `advice`. */
export const DENIAL_ADVICE: Readonly<Record<string, string>> = Object.freeze(Object.assign({}, GUARD_REASONS, ...RULES.map((rule) => rule.reasons)));

export type DenialReason = keyof typeof DENIAL_ADVICE;

/** An agent in words: every rule's part, its grants first, then in rule order. */
export function describeAgent(agent: AgentPolicy): string[] {
  return [grant, ...RULES.filter((rule) => rule !== grant)].flatMap((rule) => rule.describe(agent));
}
