import { randomUUID } from 'node:crypto';
import { operations, type OperationMeta } from '../../generated/operations.js';
import type { AuditLog } from '../audit/log.js';
import { maskNumber, type AuditEntry } from '../audit/record.js';
import {
  AccessDeniedError,
  ApprovalDeniedError,
  AuditWriteError,
  BudgetExceededError,
  LimiterUnavailableError,
  AuthenticationError,
  ConnectionError,
  DialpadError,
  errorForStatus,
  InvalidRequestError,
  RequestTooLargeError,
  TimeoutError,
  ToolInputError,
  type ApiErrorBody,
  type Redactor,
  type Sent,
} from '../errors.js';
import type { Guard } from '../guard/decide.js';
import { approvalSummary, askApproval, type ApprovalRequest, type Approver } from '../guard/approval.js';
import { budgetKey, StoreUnavailable, type BudgetStore, type Reservation } from '../guard/budgets.js';
import { DENIAL_ADVICE } from '../guard/rules.js';
import { namedTargets } from '../guard/targets.js';
import type { Budget } from '../guard/types.js';
import { leaseDeadline, ownDeadline } from './deadline.js';
import { optionProblems, type RequestOptions } from './options.js';
import { prepareRequest, type BaseUrl, type CallParts, type PreparedRequest } from './request.js';
import { backoffDelay, isSafeToRepeat, parseRetryAfter, type RetrySettings } from './retry.js';
import { sleep } from './sleep.js';

export type { RequestOptions, PreparedRequest, CallParts };

/** Supplies the bearer credential; an OAuth provider may refresh it once after a 401. */
export interface CredentialProvider {
  getToken(signal?: AbortSignal): Promise<string>;
  /** Called after a 401: return true when a fresh credential is now available to try once more. */
  refreshAfterUnauthorized?(signal?: AbortSignal): Promise<boolean>;
  /** Every secret this provider has handed out so far, for redaction. */
  secrets(): Iterable<string>;
}

export interface LimiterGrant {
  waitedMs: number;
}

export interface RequestLimiter {
  acquire(operation: OperationMeta, request: PreparedRequest, options: { signal?: AbortSignal; maxQueueWaitMs?: number }): Promise<LimiterGrant>;
  /** Agents' budgets, counted in the limiter's own store (memory, or the Redis it shares). */
  readonly budgets?: BudgetStore;
  /** The namespace of its counters, which budgets share. */
  readonly keyPrefix?: string;
}

/** Everything the one request path needs, fixed when the client is made. */
export interface PipelineConfig {
  base: BaseUrl;
  fetch: typeof fetch;
  credentials: CredentialProvider;
  timeoutMs: number | 'none';
  retry: RetrySettings;
  maxQueueWaitMs: number;
  userAgent: string;
  redact: Redactor;
  guard?: Guard;
  /** The agent the client acts for (null without a policy). */
  agent: string | null;
  revealPhoneNumbers: boolean;
  audit?: AuditLog;
  limiter?: RequestLimiter;
  /** Asks a person when the policy wants approval; none: such calls are refused. */
  approver?: Approver;
  approvalTimeoutMs: number;
  /** Every write of this client is rehearsed (checked, recorded, not sent), whatever the policy says. */
  dryRun: boolean;
  budgets: BudgetStore;
  budgetPrefix: string;
  random?: () => number;
}

const PHONE_FIELDS = ['to_numbers', 'phone_number', 'from_number', 'outbound_caller_id', 'number', 'numbers'];

function phoneNumbers(json: unknown): string[] {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return [];
  const found: string[] = [];
  for (const field of PHONE_FIELDS) {
    const value = Object.hasOwn(json, field) ? (json as Record<string, unknown>)[field] : undefined;
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string' && /\d{5,}/.test(item)) found.push(item);
  }
  return found;
}

/** An operationId nobody defined: kept, cleaned and cut short, so the attempt is on the record as made. */
function unknownOperation(operationId: string, redact: Redactor): OperationMeta {
  const shown = redact(String(operationId)).replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
  return {
    operationId: shown,
    method: 'GET',
    path: '',
    area: 'unknown',
    access: 'write',
    scopes: [],
    contentScopes: [],
    companyAdmin: false,
    rateLimits: [],
    maxRequestBytes: null,
    targets: [],
    webhookEvent: null,
    effect: { description: 'unknown', flags: [] },
    since: { version: 'v2' },
    source: { url: '' },
    summary: '',
    paginated: false,
    pathParams: [],
    queryParams: [],
    hasBody: false,
  };
}

interface CallState {
  call: string;
  named?: { targets: Record<string, string[]>; numbers: string[] };
  approvedBy?: string;
  budget?: { name: string; used: number; limit: number; per: string };
  operation: OperationMeta;
  request: PreparedRequest;
  startedAt: number;
  started: number;
  retries: number;
  rateLimitWaitMs: number;
  status?: number;
  requestId?: string;
  errorUuid?: string;
  sent: Sent;
  reason: string;
}

/** The ids and numbers a call names, as the audit shows them (worked out once per call). */
function namedForAudit(config: PipelineConfig, state: CallState): { targets: Record<string, string[]>; numbers: string[] } {
  if (state.named) return state.named;
  const reveal = config.revealPhoneNumbers;
  const targets: Record<string, string[]> = {};
  for (const target of namedTargets(state.operation, state.request)) (targets[target.kind] ??= []).push(target.kind === 'number' && !reveal ? maskNumber(target.id) : target.id);
  const numbers = phoneNumbers(state.request.json);
  return (state.named = { targets, numbers: reveal ? numbers : numbers.map(maskNumber) });
}

/** The record of one step of a call: what was asked (attempt, refusal, rehearsal) or what became of it (outcome). */
function entryFor(config: PipelineConfig, state: CallState, kind: AuditEntry['kind'], decision: string, error?: unknown): AuditEntry {
  const { operation } = state;
  const errorName = error === undefined ? null : error instanceof Error ? error.name : 'Error';
  if (kind === 'outcome') {
    return {
      time: new Date().toISOString(),
      kind,
      call: state.call,
      agent: config.agent,
      operationId: operation.operationId,
      area: operation.area,
      sent: state.sent,
      status: state.status ?? null,
      durationMs: Math.round((performance.now() - state.started) * 1000) / 1000,
      retries: state.retries,
      rateLimitWaitMs: state.rateLimitWaitMs,
      requestId: state.requestId ?? null,
      errorUuid: state.errorUuid ?? null,
      error: errorName,
    };
  }
  const { targets, numbers } = namedForAudit(config, state);
  const entry: AuditEntry = {
    time: new Date(state.startedAt).toISOString(),
    kind,
    call: kind === 'refused' ? null : state.call,
    agent: config.agent,
    operationId: operation.operationId,
    area: operation.area,
    method: operation.method,
    path: operation.path,
    access: operation.access,
    decision,
    reason: state.reason,
    targets,
    numbers,
  };
  if (kind !== 'attempt') {
    entry.sent = false;
    entry.error = errorName;
  }
  if (state.approvedBy !== undefined) entry.approvedBy = state.approvedBy;
  if (state.budget !== undefined) entry.budget = state.budget;
  return entry;
}

/** The operation's documented example answer, as a dry run resolves with it (loaded only when one happens). */
async function exampleAnswer(operationId: string): Promise<Response> {
  const { fixtures } = await import('../../generated/fixtures/index.js');
  const fixture = (fixtures as Record<string, { response: { status: number; body: unknown } }>)[operationId]!;
  const empty = fixture.response.body === null || fixture.response.status === 204;
  return new Response(empty ? null : JSON.stringify(fixture.response.body), { status: fixture.response.status, headers: empty ? {} : { 'content-type': 'application/json', 'x-bollard-dry-run': 'true' } });
}

function approvalRequestFor(config: PipelineConfig, state: CallState): ApprovalRequest {
  const { operation, request } = state;
  const targets: Record<string, string[]> = {};
  for (const target of namedTargets(operation, request)) (targets[target.kind] ??= []).push(target.kind === 'number' && !config.revealPhoneNumbers ? maskNumber(target.id) : target.id);
  const numbers = phoneNumbers(request.json).map((n) => (config.revealPhoneNumbers ? n : maskNumber(n)));
  return {
    agent: config.agent ?? '',
    operationId: operation.operationId,
    area: operation.area,
    access: operation.access,
    method: operation.method,
    path: operation.path,
    effect: operation.effect,
    targets,
    numbers,
    summary: approvalSummary(operation, targets, numbers),
    call: state.call,
  };
}

async function readErrorBody(response: Response): Promise<ApiErrorBody | undefined> {
  try {
    const text = await response.text();
    if (!text) return undefined;
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as ApiErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

type Attempt = { kind: 'response'; response: Response } | { kind: 'timeout' } | { kind: 'network'; cause: unknown };

async function attempt(config: PipelineConfig, request: PreparedRequest, token: string, options: RequestOptions): Promise<Attempt> {
  if (options.signal?.aborted) throw options.signal.reason;
  const timeoutMs = options.timeout ?? config.timeoutMs;
  const deadline = options.signal || timeoutMs === 'none' ? ownDeadline(timeoutMs, options.signal) : leaseDeadline(timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': config.userAgent, ...request.headers, authorization: `Bearer ${token}` };
    if (request.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await config.fetch(request.url, { method: request.method, headers, body: request.body, signal: deadline.signal, redirect: 'manual' });
    return { kind: 'response', response };
  } catch (cause) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (deadline.timedOut()) return { kind: 'timeout' };
    return { kind: 'network', cause };
  } finally {
    deadline.release();
  }
}

/** Why a refusal happened, for the audit: the rule that denied it, or the kind of refusal. */
function refusalReason(error: unknown): { decision: string; reason: string } {
  if (error instanceof AccessDeniedError) return { decision: 'denied', reason: error.reason };
  if (error instanceof InvalidRequestError || error instanceof ToolInputError) return { decision: 'refused', reason: 'invalid-request' };
  if (error instanceof RequestTooLargeError) return { decision: 'refused', reason: 'too-large' };
  if (error instanceof DialpadError) return { decision: 'refused', reason: error.name.replace(/Error$/, '').replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`) };
  // Anything else stopping a call before it left is the caller's abort signal.
  return { decision: 'refused', reason: error instanceof Error && error.name !== 'AbortError' && error.name !== 'TimeoutError' ? 'failed' : 'aborted' };
}

/** Writes the record of a refusal (nothing was sent), then throws the refusal. */
async function refuse(config: PipelineConfig, state: CallState, error: Error): Promise<never> {
  const { decision, reason } = refusalReason(error);
  state.reason = reason;
  if (config.audit) {
    try {
      await config.audit.write(entryFor(config, state, 'refused', decision, error));
    } catch (cause) {
      throw new AuditWriteError({ operationId: state.operation.operationId, log: config.audit.name, phase: 'refusal', cause, redact: config.redact });
    }
  }
  throw error;
}

/** Writes a record that must be on disk before the call goes on (an attempt, a rehearsal). */
async function writeAhead(config: PipelineConfig, state: CallState, kind: 'attempt' | 'dry-run', decision: string): Promise<void> {
  if (!config.audit) return;
  try {
    await config.audit.write(entryFor(config, state, kind, decision));
  } catch (cause) {
    throw new AuditWriteError({ operationId: state.operation.operationId, log: config.audit.name, phase: 'attempt', cause, redact: config.redact });
  }
}

/** A person says yes, where the policy asks for one; otherwise the call is refused. */
async function approve(config: PipelineConfig, state: CallState, guard: Guard, options: RequestOptions, approver: Approver | undefined): Promise<void> {
  const { operation } = state;
  let answer: Awaited<ReturnType<typeof askApproval>>;
  try {
    answer = await askApproval(approver ?? config.approver, approvalRequestFor(config, state), config.approvalTimeoutMs, options.signal);
  } catch (error) {
    return refuse(config, state, error as Error);
  }
  if (answer.approved) {
    state.approvedBy = answer.by;
    return;
  }
  await refuse(
    config,
    state,
    new ApprovalDeniedError({ agent: guard.agent, operationId: operation.operationId, area: operation.area, access: operation.access, reason: answer.reason, detail: answer.detail, advice: DENIAL_ADVICE[answer.reason]!, by: answer.by, note: answer.note }),
  );
}

function overBudget(guard: Guard, state: CallState, budget: Budget, used: number, freesAt: number): BudgetExceededError {
  const { operation } = state;
  state.budget = { name: budget.name, used, limit: budget.limit, per: budget.per };
  return new BudgetExceededError({ agent: guard.agent, operationId: operation.operationId, area: operation.area, access: operation.access, advice: DENIAL_ADVICE['budget-exceeded']!, budget: budget.name, limit: budget.limit, per: budget.per, used, freesAt: new Date(freesAt) });
}

const budgetStoreDown = (state: CallState, error: unknown): Error => (error instanceof StoreUnavailable ? new LimiterUnavailableError(state.operation.operationId, `${error.store} (budgets)`, error.message) : (error as Error));

/** The budget the call is closest to exhausting, for the audit. */
function noteBudget(state: CallState, budget: Budget, used: number): void {
  if (!state.budget || used / budget.limit > state.budget.used / state.budget.limit) state.budget = { name: budget.name, used, limit: budget.limit, per: budget.per };
}

/** A rehearsal looks at its budgets without taking from them; over one, it is refused like a real call. */
async function checkBudgets(config: PipelineConfig, state: CallState, guard: Guard, budgets: readonly Budget[]): Promise<void> {
  for (const budget of budgets) {
    let usage: { used: number; freesAt: number | null };
    try {
      usage = await config.budgets.usage(budgetKey(config.budgetPrefix, guard.agent, budget), budget);
    } catch (error) {
      return refuse(config, state, budgetStoreDown(state, error));
    }
    if (usage.used >= budget.limit) await refuse(config, state, overBudget(guard, state, budget, usage.used, usage.freesAt ?? Date.now()));
    noteBudget(state, budget, usage.used);
  }
}

type Reservations = { key: string; token: string }[];

function releaseBudgets(config: PipelineConfig, reservations: Reservations): Promise<unknown> {
  return Promise.all(reservations.splice(0).map((r) => config.budgets.release(r.key, r.token).catch(() => undefined)));
}

/** A real call takes one unit of each budget now, atomically; all are given back if it is never sent. */
async function reserveBudgets(config: PipelineConfig, state: CallState, guard: Guard, budgets: readonly Budget[], options: RequestOptions): Promise<Reservations> {
  const reservations: Reservations = [];
  for (const budget of budgets) {
    const key = budgetKey(config.budgetPrefix, guard.agent, budget);
    let taken: Reservation;
    try {
      taken = await config.budgets.reserve(key, budget, state.call, { signal: options.signal });
    } catch (error) {
      await releaseBudgets(config, reservations);
      return refuse(config, state, budgetStoreDown(state, error));
    }
    if (!taken.ok) {
      await releaseBudgets(config, reservations);
      await refuse(config, state, overBudget(guard, state, budget, taken.used, taken.freesAt));
    } else {
      reservations.push({ key, token: state.call });
      noteBudget(state, budget, taken.used);
    }
  }
  return reservations;
}

async function acquireSlot(config: PipelineConfig, state: CallState, options: RequestOptions): Promise<void> {
  if (!config.limiter) return;
  const grant = await config.limiter.acquire(state.operation, state.request, { signal: options.signal, maxQueueWaitMs: options.maxQueueWaitMs ?? config.maxQueueWaitMs });
  state.rateLimitWaitMs += grant.waitedMs;
}

/** Sends the request, retrying where that is safe. Resolves with the answer, or with the failure to throw. */
async function send(config: PipelineConfig, state: CallState, options: RequestOptions): Promise<{ response?: Response; failure?: unknown }> {
  const { operation, request } = state;
  const maxRetries = options.maxRetries ?? config.retry.maxRetries;
  const safeToRepeat = isSafeToRepeat(operation, options.retryUnsafe === true);
  let refreshedAfter401 = false;
  try {
    for (let retry = 0; ; retry++) {
      state.retries = retry;
      if (retry > 0) await acquireSlot(config, state, options);
      const token = await config.credentials.getToken(options.signal);
      const sentBefore = state.sent;
      state.sent = 'unknown';
      const outcome = await attempt(config, request, token, options);
      let error: DialpadError;
      let delayMs: number | undefined;
      let repeatable: boolean;
      if (outcome.kind === 'response') {
        const { response } = outcome;
        state.sent = true;
        state.status = response.status;
        state.requestId = response.headers.get('x-request-id') ?? undefined;
        if (response.status < 400) return { response };
        const body = await readErrorBody(response);
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        // 429: nothing was done, so repeating is always safe. 502/503/504: maybe done.
        repeatable = response.status === 429 || ([502, 503, 504].includes(response.status) && safeToRepeat);
        const apiError = errorForStatus(response.status, body, { operationId: operation.operationId, requestId: state.requestId, redact: config.redact, retryAfterMs, retryable: repeatable });
        state.requestId = apiError.requestId;
        state.errorUuid = apiError.errorUuid;
        error = apiError;
        if (apiError instanceof AuthenticationError && !refreshedAfter401 && config.credentials.refreshAfterUnauthorized) {
          refreshedAfter401 = true;
          if (await config.credentials.refreshAfterUnauthorized(options.signal)) {
            retry--; // a refreshed credential is a new first try, not a retry
            continue;
          }
        }
        delayMs = retryAfterMs;
        if (delayMs !== undefined && delayMs > config.retry.maxRetryAfterMs) repeatable = false;
      } else if (outcome.kind === 'timeout') {
        error = new TimeoutError(operation.operationId, options.timeout === 'none' || options.timeout === undefined ? (config.timeoutMs as number) : options.timeout, { retryable: safeToRepeat });
        repeatable = safeToRepeat;
      } else {
        const connection = new ConnectionError(operation.operationId, outcome.cause, { redact: config.redact, retryable: safeToRepeat });
        // A connection never made sent nothing: repeating it is always safe.
        if (connection.sent === false) state.sent = sentBefore;
        repeatable = connection.retryable;
        error = connection;
      }
      if (!repeatable || retry >= maxRetries) return { failure: error };
      await sleep(delayMs ?? backoffDelay(retry, config.retry, config.random), options.signal);
    }
  } catch (error) {
    return { failure: error };
  }
}

/**
 * The one request path. Every entry — area method, low-level GET/POST, `request`, agent tool, MCP —
 * arrives here as (operationId, parts, options), and goes: guard → checks of the request → approval
 * → dry run or budgets → rate-limit slot → attempt record, durable → fetch with timeout and safe
 * retries → typed error → outcome record. A call refused on this side leaves one record and sends
 * nothing; a call whose attempt record cannot be written is not sent. Resolves with the answer.
 */
export async function runCall(config: PipelineConfig, operationId: string, parts: CallParts, options: RequestOptions = {}, extra: { optionKeys?: readonly string[]; invalid?: DialpadError; approver?: Approver } = {}): Promise<Response> {
  const known = typeof operationId === 'string' && Object.hasOwn(operations, operationId);
  const operation = known ? ((operations as Record<string, OperationMeta>)[operationId] as OperationMeta) : unknownOperation(operationId, config.redact);
  const problems = optionProblems(options, extra.optionKeys);
  const headers = options && typeof options === 'object' && options.headers && typeof options.headers === 'object' ? options.headers : {};
  const request = known ? prepareRequest(config.base, operation, parts ?? {}, problems.length ? {} : headers) : { url: '', method: '', headers: {}, pathParams: {} };
  if (problems.length) request.invalid = new InvalidRequestError(operation.operationId, problems.join('; '));
  // A check made by the entry point itself (an agent tool's argument schema) ranks with the request's own.
  const invalid = extra.invalid ?? request.invalid;
  const state: CallState = { call: randomUUID(), operation, request, startedAt: Date.now(), started: performance.now(), retries: 0, rateLimitWaitMs: 0, sent: false, reason: config.agent ? 'granted' : 'no-policy' };
  const guard = config.guard;

  // 1. The guard decides before anything else, so a denial is what an agent hears and what is logged.
  if (guard) {
    const decision = guard.decide(operation.operationId, request);
    if (!decision.allowed) await refuse(config, state, guard.denial(operation.operationId, decision));
    else state.reason = decision.reason;
  } else if (!known) {
    await refuse(config, state, new InvalidRequestError(operation.operationId, 'not an operation of this client', 'Use an operationId from `operations` (e.g. users.get).'));
  }
  // 2. The request as built from the operation: malformed parts, options out of range, size.
  if (invalid) await refuse(config, state, invalid);
  const bodyBytes = request.body === undefined ? 0 : Buffer.byteLength(request.body);
  if (operation.maxRequestBytes !== null && bodyBytes > operation.maxRequestBytes) await refuse(config, state, new RequestTooLargeError(operation.operationId, bodyBytes, operation.maxRequestBytes));
  // 3. A person says yes, where the policy asks for one (nobody is asked about a malformed request).
  if (guard?.needsApproval(operation.operationId)) await approve(config, state, guard, options, extra.approver);
  // 4. A rehearsal stops here: on the record as what the agent would have done, answered with the example.
  const budgets = guard?.budgetsFor(operation.operationId) ?? [];
  if ((config.dryRun || guard?.dryRun) && operation.access === 'write') {
    if (budgets.length) await checkBudgets(config, state, guard!, budgets);
    await writeAhead(config, state, 'dry-run', 'dry-run');
    return exampleAnswer(operation.operationId);
  }
  // 5. Budgets: a unit of each, taken now, given back if the call is never sent.
  const reservations = budgets.length ? await reserveBudgets(config, state, guard!, budgets, options) : [];
  // 6. A slot under the rate limits; a call that gets none is refused, not sent.
  if (config.limiter) {
    try {
      await acquireSlot(config, state, options);
    } catch (error) {
      await releaseBudgets(config, reservations);
      await refuse(config, state, error as Error);
    }
  }
  // 7. The attempt on the record, durably, before the request leaves.
  if (config.audit) {
    try {
      await writeAhead(config, state, 'attempt', 'allowed');
    } catch (error) {
      await releaseBudgets(config, reservations);
      throw error;
    }
  }
  const { response, failure } = await send(config, state, options);
  // A budget counts what was sent: a call that never left gives its unit back.
  if (state.sent === false) await releaseBudgets(config, reservations);
  // 8. The outcome on the record; if that fails, the error says the request was sent.
  if (config.audit) {
    try {
      await config.audit.write(entryFor(config, state, 'outcome', 'allowed', failure));
    } catch (cause) {
      throw new AuditWriteError({ operationId: operation.operationId, log: config.audit.name, phase: 'outcome', status: state.status, requestId: state.requestId, cause, redact: config.redact });
    }
  }
  if (failure !== undefined) throw failure;
  return response!;
}
