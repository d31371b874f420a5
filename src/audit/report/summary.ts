import { DENIAL_ADVICE } from '../../guard/errors.js';
import type { Policy } from '../../guard/types.js';
import type { AuditRecord } from '../record.js';
import type { AuditVerification } from '../verify.js';

/**
 * What the audit report shows, worked out from the records: totals, denials, approvals, dry runs,
 * budgets, outcomes. Records are hostile input (a log anyone could have edited, and the report is
 * made of logs that failed verification too): every field is read defensively, and nothing here
 * trusts a type the JSON did not prove.
 */

/** The decisions in the order the report shows them; any other decision a log holds comes after. */
export const KNOWN_DECISIONS = ['allowed', 'denied', 'refused', 'dry-run'] as const;

/** What each kind of refusal (decision `refused`) means, as the request path names them. */
export const REFUSAL_ADVICE: Record<string, string> = {
  'invalid-request': 'The call was malformed (a path parameter empty or a dot segment, an unknown key, an option out of range): nothing was sent.',
  'too-large': 'The request body was larger than Dialpad accepts for this operation: make it smaller.',
  'client-rate-limit': 'No rate-limit slot within maxQueueWaitMs: spread calls out or raise maxQueueWaitMs.',
  'limiter-unavailable': 'The shared rate-limit store (Redis) did not answer, so the call failed closed: check that it is running and reachable.',
  'unknown-tool': 'The agent asked for a tool it does not have.',
  aborted: 'The caller aborted the call (its signal) before it was sent.',
  failed: 'The call failed on this side before it was sent.',
};

/** A budget as an attempt record carries it. */
export interface RecordBudget {
  name: string;
  used: number;
  limit: number;
  per: string;
}

/** One record, read defensively, with the line of the log it came from. */
export interface ReportRecord {
  line: number;
  seq: number | null;
  /** Epoch milliseconds, or null when the record's time is missing or not a date. */
  time: number | null;
  kind: string;
  call: string | null;
  agent: string | null;
  operationId: string;
  method: string;
  path: string;
  area: string;
  access: string;
  decision: string;
  reason: string;
  /** Targets and numbers as one line of text (`user 42, 43 · number •••0123`). */
  targets: string;
  sent: boolean | 'unknown' | null;
  status: number | null;
  durationMs: number | null;
  retries: number | null;
  requestId: string | null;
  errorUuid: string | null;
  error: string | null;
  approvedBy: string | null;
  budget: RecordBudget | null;
  tornBytes: number | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));
const textOrNull = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : text(value));
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function targetsText(targets: unknown, numbers: unknown): string {
  const parts: string[] = [];
  if (targets && typeof targets === 'object' && !Array.isArray(targets)) {
    for (const [kind, ids] of Object.entries(targets as Record<string, unknown>)) {
      const list = Array.isArray(ids) ? ids.map(text) : [text(ids)];
      if (list.length) parts.push(`${kind} ${list.join(', ')}`);
    }
  }
  if (Array.isArray(numbers) && numbers.length) parts.push(`number ${numbers.map(text).join(', ')}`);
  return parts.join(' · ');
}

function budgetOf(value: unknown): RecordBudget | null {
  if (!value || typeof value !== 'object') return null;
  const b = value as Record<string, unknown>;
  const used = numberOrNull(b.used);
  const limit = numberOrNull(b.limit);
  if (used === null || limit === null) return null;
  return { name: text(b.name) || 'budget', used, limit, per: text(b.per) };
}

/** Reads one record of the log as the report needs it; `line` is its line in the log. */
export function readRecord(value: unknown, line: number): ReportRecord {
  const r = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof AuditRecord | 'budget', unknown>>;
  const time = typeof r.time === 'string' ? Date.parse(r.time) : NaN;
  const sent = r.sent === true || r.sent === false || r.sent === 'unknown' ? r.sent : null;
  const torn = r.torn && typeof r.torn === 'object' ? numberOrNull((r.torn as { bytes?: unknown }).bytes) : null;
  return {
    line,
    seq: numberOrNull(r.seq),
    time: Number.isNaN(time) ? null : time,
    kind: text(r.kind),
    call: textOrNull(r.call),
    agent: textOrNull(r.agent),
    operationId: text(r.operationId),
    method: text(r.method),
    path: text(r.path),
    area: text(r.area),
    access: text(r.access),
    decision: text(r.decision),
    reason: text(r.reason),
    targets: targetsText(r.targets, r.numbers),
    sent,
    status: numberOrNull(r.status),
    durationMs: numberOrNull(r.durationMs),
    retries: numberOrNull(r.retries),
    requestId: textOrNull(r.requestId),
    errorUuid: textOrNull(r.errorUuid),
    error: textOrNull(r.error),
    approvedBy: textOrNull(r.approvedBy),
    budget: budgetOf(r.budget),
    tornBytes: torn,
  };
}

/** What an outcome says happened to the request: its status, or why there is none. */
export function statusKey(r: Pick<ReportRecord, 'status' | 'sent'>): string {
  if (r.status !== null) return String(r.status);
  if (r.sent === 'unknown') return 'no answer';
  if (r.sent === false) return 'not sent';
  return 'no status';
}

export interface ReportAgent {
  /** The agent's name; null for calls made without a policy. */
  name: string | null;
  label: string;
  inPolicy: boolean;
  notes: string[];
}

/** Rows of a pivot table: per agent and area, a count per column. */
export interface PivotRow {
  agent: number;
  area: number;
  counts: Record<string, number>;
}

/** Which agent called which operation, in which area, with what decision (indexes into the summary's lists). */
export interface CallKey {
  agent: number;
  area: number;
  decision: number;
  operationId: string;
  method: string;
  path: string;
}

export interface CallGroup extends CallKey {
  reason: string;
  /** Advice for the reason, or null for a reason this version does not know. */
  advice: string | null;
  count: number;
  first: number | null;
  last: number | null;
  lastLine: number;
  /** Up to five distinct targets seen. */
  targets: string[];
  moreTargets: number;
}

/** One call as a list shows it: who, what, and where in the log. */
export interface ListedCall extends CallKey {
  line: number;
  seq: number | null;
  time: number | null;
}

export interface ApprovalItem extends ListedCall {
  approvedBy: string;
  /** The outcome: a status, an error, or `unfinished` / `not sent`. */
  result: string;
}

export interface BudgetRow {
  agent: number;
  name: string;
  /** The last count a record carried (0 when only the policy names it). */
  used: number;
  limit: number | null;
  per: string;
  peak: number;
  /** Calls that carried this budget. */
  calls: number;
  /** Of those, calls not allowed (refused or denied at or over the limit). */
  stopped: number;
  last: number | null;
  fromPolicy: boolean;
  fromRecords: boolean;
}

export interface ErrorGroup extends CallKey {
  error: string;
  status: string;
  count: number;
  last: number | null;
  lastLine: number;
  lastRequestId: string | null;
  lastErrorUuid: string | null;
}

export interface UnfinishedItem extends ListedCall {
  call: string;
  targets: string;
}

export interface RecoveryItem {
  line: number;
  seq: number | null;
  time: number | null;
  bytes: number | null;
}

export interface AuditSummary {
  records: number;
  calls: number;
  first: number | null;
  last: number | null;
  agents: ReportAgent[];
  areas: string[];
  decisions: string[];
  /** Per decision (index as a string), calls over the whole log. */
  byDecision: Record<string, number>;
  /** Per agent and area: calls per decision index. */
  totals: PivotRow[];
  /** Status columns of `statuses`, in order. */
  statusColumns: string[];
  /** Per agent and area: outcomes per status key. */
  statuses: PivotRow[];
  denials: CallGroup[];
  refusals: CallGroup[];
  dryRuns: CallGroup[];
  approvals: { total: number; items: ApprovalItem[] };
  budgets: BudgetRow[];
  errors: ErrorGroup[];
  unfinished: { total: number; items: UnfinishedItem[] };
  recoveries: RecoveryItem[];
  outcomes: number;
  /** The line from which records are not verified (the chain broke there), or null. */
  brokenFrom: number | null;
  /** Records from `brokenFrom` on. */
  unverified: number;
}

/** Lists of single items stop here; the records table has every one. */
export const LIST_CAP = 500;

const NO_AGENT = '(no agent)';
export const NO_AREA = '(none)';

/** A budget as a policy may declare it: read loosely, the policy's shape for budgets is newer than this report. */
function policyBudgets(agent: unknown): { name: string; limit: number | null; per: string }[] {
  const budgets = agent && typeof agent === 'object' ? (agent as { budgets?: unknown }).budgets : undefined;
  if (!budgets || typeof budgets !== 'object') return [];
  const entries: [string, unknown][] = Array.isArray(budgets)
    ? budgets.map((b, i) => [text((b as { name?: unknown } | null)?.name) || `budget ${i + 1}`, b])
    : Object.entries(budgets as Record<string, unknown>);
  return entries.map(([name, b]) => {
    if (typeof b === 'number') return { name, limit: numberOrNull(b), per: '' };
    const o = (b && typeof b === 'object' ? b : {}) as Record<string, unknown>;
    return { name, limit: numberOrNull(o.limit ?? o.max), per: text(o.per ?? o.window) };
  });
}

function agentNotes(policy: Policy | undefined, name: string | null): string[] {
  if (!policy || name === null) return [];
  const agent = Object.hasOwn(policy.agents, name) ? policy.agents[name] : undefined;
  if (!agent) return ['not in the policy'];
  const notes: string[] = [];
  if (agent.enabled === false) notes.push('disabled');
  if (agent.expires instanceof Date && !Number.isNaN(agent.expires.getTime())) notes.push(`expires ${agent.expires.toISOString()}`);
  return notes;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Works out everything the report shows. `lines` gives each record's line in the log (default: its position + 1). */
export function summarizeAudit(input: { records: readonly unknown[]; verification: AuditVerification; policy?: Policy; lines?: readonly number[] }): { summary: AuditSummary; records: ReportRecord[] } {
  const records = input.records.map((value, i) => readRecord(value, input.lines?.[i] ?? i + 1));
  // An outcome says what became of a call; what was asked (method, path, decision, targets) is on its attempt.
  const asked = new Map(records.filter((r) => r.kind === 'attempt' && r.call !== null).map((r) => [r.call, r]));
  for (const r of records) {
    const attempt = r.kind === 'outcome' && r.call !== null ? asked.get(r.call) : undefined;
    if (!attempt) continue;
    r.method ||= attempt.method;
    r.path ||= attempt.path;
    r.access ||= attempt.access;
    r.decision ||= attempt.decision;
    r.reason ||= attempt.reason;
    r.targets ||= attempt.targets;
  }
  const policy = input.policy;

  // ---- dimensions: agents, areas, decisions ----
  const agentNames = new Set<string | null>();
  for (const r of records) if (r.kind !== 'recovery') agentNames.add(r.agent);
  if (policy) for (const name of Object.keys(policy.agents)) agentNames.add(name);
  const agents: ReportAgent[] = [...agentNames]
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : compareNames(a, b)))
    .map((name) => ({ name, label: name ?? NO_AGENT, inPolicy: policy !== undefined && name !== null && Object.hasOwn(policy.agents, name), notes: agentNotes(policy, name) }));
  const agentIndex = new Map(agents.map((a, i) => [a.name, i]));

  const areaNames = [...new Set(records.filter((r) => r.kind !== 'recovery').map((r) => r.area))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareNames(a, b)));
  const areas = areaNames.map((a) => a || NO_AREA);
  const areaIndex = new Map(areaNames.map((a, i) => [a, i]));

  const seenDecisions = new Set(records.filter((r) => r.kind !== 'recovery').map((r) => r.decision));
  const decisions = [...KNOWN_DECISIONS.filter((d) => seenDecisions.has(d)), ...[...seenDecisions].filter((d) => !(KNOWN_DECISIONS as readonly string[]).includes(d)).sort(compareNames)];
  const decisionIndex = new Map(decisions.map((d, i) => [d, i]));

  const brokenFrom = input.verification.ok ? null : input.verification.line > 0 ? input.verification.line : null;

  // ---- pairs: each call's attempt and outcome ----
  const outcomeOf = new Map<string, ReportRecord>();
  const attemptOf = new Map<string, ReportRecord>();
  for (const r of records) {
    if (r.call === null) continue;
    if (r.kind === 'attempt' && !attemptOf.has(r.call)) attemptOf.set(r.call, r);
    else if (r.kind === 'outcome' && attemptOf.has(r.call) && !outcomeOf.has(r.call)) outcomeOf.set(r.call, r);
  }

  const totals = new Map<string, PivotRow>();
  const statuses = new Map<string, PivotRow>();
  const pivot = (map: Map<string, PivotRow>, agent: number, area: number, column: string) => {
    const key = `${agent}/${area}`;
    let row = map.get(key);
    if (!row) map.set(key, (row = { agent, area, counts: {} }));
    row.counts[column] = (row.counts[column] ?? 0) + 1;
  };

  const groups = { denied: new Map<string, CallGroup>(), refused: new Map<string, CallGroup>(), 'dry-run': new Map<string, CallGroup>() };
  const group = (map: Map<string, CallGroup>, r: ReportRecord, ix: { agent: number; area: number; decision: number }, advice: string | null) => {
    const key = JSON.stringify([ix.agent, r.operationId, r.method, r.path, r.area, r.reason]);
    let g = map.get(key);
    if (!g) map.set(key, (g = { ...ix, operationId: r.operationId, method: r.method, path: r.path, reason: r.reason, advice, count: 0, first: null, last: null, lastLine: r.line, targets: [], moreTargets: 0 }));
    g.count++;
    if (r.time !== null) {
      if (g.first === null || r.time < g.first) g.first = r.time;
      if (g.last === null || r.time >= g.last) g.last = r.time;
    }
    g.lastLine = r.line;
    if (r.targets && !g.targets.includes(r.targets)) {
      if (g.targets.length < 5) g.targets.push(r.targets);
      else g.moreTargets++;
    }
  };

  const approvals: ApprovalItem[] = [];
  let approvalTotal = 0;
  const budgets = new Map<string, BudgetRow>();
  const errors = new Map<string, ErrorGroup>();
  const unfinished: UnfinishedItem[] = [];
  let unfinishedTotal = 0;
  const recoveries: RecoveryItem[] = [];
  const byDecision: Record<string, number> = {};
  let calls = 0;
  let outcomes = 0;
  let first: number | null = null;
  let last: number | null = null;
  let unverified = 0;

  for (const r of records) {
    if (brokenFrom !== null && r.line >= brokenFrom) unverified++;
    if (r.time !== null) {
      if (first === null || r.time < first) first = r.time;
      if (last === null || r.time > last) last = r.time;
    }
    if (r.kind === 'recovery') {
      recoveries.push({ line: r.line, seq: r.seq, time: r.time, bytes: r.tornBytes });
      continue;
    }
    const ix = { agent: agentIndex.get(r.agent)!, area: areaIndex.get(r.area)!, decision: decisionIndex.get(r.decision)! };
    if (r.kind === 'outcome') {
      outcomes++;
      pivot(statuses, ix.agent, ix.area, statusKey(r));
      if (r.error !== null || (r.status !== null && r.status >= 400)) {
        const status = statusKey(r);
        const error = r.error ?? `HTTP ${status}`;
        const key = JSON.stringify([ix.agent, r.operationId, r.method, r.path, r.area, error, status]);
        let g = errors.get(key);
        if (!g) errors.set(key, (g = { ...ix, operationId: r.operationId, method: r.method, path: r.path, error, status, count: 0, last: null, lastLine: r.line, lastRequestId: null, lastErrorUuid: null }));
        g.count++;
        if (r.time !== null && (g.last === null || r.time >= g.last)) g.last = r.time;
        g.lastLine = r.line;
        g.lastRequestId = r.requestId ?? g.lastRequestId;
        g.lastErrorUuid = r.errorUuid ?? g.lastErrorUuid;
      }
      continue;
    }

    // A call: an attempt, a refusal, a dry run (or a kind this version does not know).
    calls++;
    byDecision[ix.decision] = (byDecision[ix.decision] ?? 0) + 1;
    pivot(totals, ix.agent, ix.area, String(ix.decision));
    const outcome = r.kind === 'attempt' && r.call !== null ? outcomeOf.get(r.call) : undefined;
    const reason = r.reason ?? '';
    if (r.decision === 'denied') group(groups.denied, r, ix, Object.hasOwn(DENIAL_ADVICE, reason) ? (DENIAL_ADVICE[reason] ?? null) : null);
    else if (r.decision === 'refused') group(groups.refused, r, ix, Object.hasOwn(REFUSAL_ADVICE, reason) ? REFUSAL_ADVICE[reason]! : null);
    else if (r.decision === 'dry-run') group(groups['dry-run'], r, ix, null);

    const approvedBy = r.approvedBy ?? outcome?.approvedBy ?? null;
    if (approvedBy !== null) {
      approvalTotal++;
      if (approvals.length < LIST_CAP) {
        const result =
          r.kind !== 'attempt'
            ? r.decision
            : outcome
              ? outcome.error !== null
                ? `${outcome.error}${outcome.status !== null ? ` (${outcome.status})` : ''}`
                : statusKey(outcome)
              : 'unfinished';
        approvals.push({ ...ix, line: r.line, seq: r.seq, time: r.time, operationId: r.operationId, method: r.method, path: r.path, approvedBy, result });
      }
    }

    if (r.budget) {
      const key = JSON.stringify([ix.agent, r.budget.name]);
      let b = budgets.get(key);
      if (!b) budgets.set(key, (b = { agent: ix.agent, name: r.budget.name, used: 0, limit: null, per: '', peak: 0, calls: 0, stopped: 0, last: null, fromPolicy: false, fromRecords: true }));
      b.used = r.budget.used;
      b.limit = r.budget.limit;
      b.per = r.budget.per;
      b.peak = Math.max(b.peak, r.budget.used);
      b.calls++;
      if (r.decision !== 'allowed') b.stopped++;
      if (r.time !== null && (b.last === null || r.time >= b.last)) b.last = r.time;
    }

    if (r.kind === 'attempt' && r.call !== null && !outcome) {
      unfinishedTotal++;
      if (unfinished.length < LIST_CAP) unfinished.push({ ...ix, line: r.line, seq: r.seq, time: r.time, operationId: r.operationId, method: r.method, path: r.path, call: r.call, targets: r.targets });
    }
  }

  if (policy) {
    for (const [name, agent] of Object.entries(policy.agents)) {
      const index = agentIndex.get(name)!;
      for (const declared of policyBudgets(agent)) {
        const key = JSON.stringify([index, declared.name]);
        const b = budgets.get(key);
        if (b) {
          b.fromPolicy = true;
          b.limit ??= declared.limit;
          b.per ||= declared.per;
        } else {
          budgets.set(key, { agent: index, name: declared.name, used: 0, limit: declared.limit, per: declared.per, peak: 0, calls: 0, stopped: 0, last: null, fromPolicy: true, fromRecords: false });
        }
      }
    }
  }

  const statusColumns = [...new Set([...statuses.values()].flatMap((row) => Object.keys(row.counts)))].sort((a, b) => {
    const [x, y] = [Number(a), Number(b)];
    if (Number.isInteger(x) && Number.isInteger(y)) return x - y;
    if (Number.isInteger(x)) return -1;
    if (Number.isInteger(y)) return 1;
    return compareNames(a, b);
  });

  const byAgentArea = (a: { agent: number; area: number }, b: { agent: number; area: number }) => a.agent - b.agent || a.area - b.area;
  const byCount = (a: { count: number; agent: number }, b: { count: number; agent: number }) => a.agent - b.agent || b.count - a.count;

  return {
    records,
    summary: {
      records: records.length,
      calls,
      first,
      last,
      agents,
      areas,
      decisions,
      byDecision,
      totals: [...totals.values()].sort(byAgentArea),
      statusColumns,
      statuses: [...statuses.values()].sort(byAgentArea),
      denials: [...groups.denied.values()].sort(byCount),
      refusals: [...groups.refused.values()].sort(byCount),
      dryRuns: [...groups['dry-run'].values()].sort(byCount),
      approvals: { total: approvalTotal, items: approvals },
      budgets: [...budgets.values()].sort((a, b) => a.agent - b.agent || compareNames(a.name, b.name)),
      errors: [...errors.values()].sort(byCount),
      unfinished: { total: unfinishedTotal, items: unfinished },
      recoveries,
      outcomes,
      brokenFrom,
      unverified,
    },
  };
}
