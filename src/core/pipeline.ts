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

function entryFor(config: PipelineConfig, state: CallState, kind: AuditEntry['kind'], decision: string, error?: unknown): AuditEntry {
  const { operation, request } = state;
  const reveal = config.revealPhoneNumbers;
  const targets: Record<string, string[]> = {};
  for (const target of namedTargets(operation, request)) (targets[target.kind] ??= []).push(target.kind === 'number' && !reveal ? maskNumber(target.id) : target.id);
  const numbers = phoneNumbers(request.json);
  const outcome = kind !== 'attempt';
  return {
    time: new Date(kind === 'outcome' ? Date.now() : state.startedAt).toISOString(),
    kind,
    call: kind === 'refused' ? null : state.call,
    agent: config.agent,
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    area: operation.area,
    access: operation.access,
    decision,
    reason: state.reason,
    targets,
    numbers: reveal ? numbers : numbers.map(maskNumber),
    sent: outcome ? state.sent : null,
    status: outcome ? (state.status ?? null) : null,
    durationMs: outcome ? Math.round((performance.now() - state.started) * 1000) / 1000 : null,
    retries: outcome ? state.retries : null,
    rateLimitWaitMs: outcome ? state.rateLimitWaitMs : null,
    requestId: outcome ? (state.requestId ?? null) : null,
    errorUuid: outcome ? (state.errorUuid ?? null) : null,
    error: error === undefined ? null : error instanceof Error ? error.name : 'Error',
    ...(state.approvedBy !== undefined && kind !== 'outcome' ? { approvedBy: state.approvedBy } : {}),
    ...(state.budget !== undefined && kind !== 'outcome' ? { budget: state.budget } : {}),
  };
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
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal!.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer =
    timeoutMs === 'none'
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': config.userAgent, ...request.headers, authorization: `Bearer ${token}` };
    if (request.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await config.fetch(request.url, { method: request.method, headers, body: request.body, signal: controller.signal, redirect: 'manual' });
    return { kind: 'response', response };
  } catch (cause) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timedOut) return { kind: 'timeout' };
    return { kind: 'network', cause };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
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

/**
 * The one request path. Every entry — area method, low-level GET/POST, `request`, agent tool, MCP —
 * arrives here as (operationId, parts, options), and goes: guard → checks of the request → rate-limit
 * slot → attempt record, durable → fetch with timeout and safe retries → typed error → outcome
 * record. A call refused on this side leaves one record and sends nothing; a call whose attempt
 * record cannot be written is not sent. Resolves with the successful Response.
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

  const refuse = async (error: Error): Promise<never> => {
    const { decision, reason } = refusalReason(error);
    state.reason = reason;
    if (config.audit) {
      try {
        await config.audit.write(entryFor(config, state, 'refused', decision, error));
      } catch (cause) {
        throw new AuditWriteError({ operationId: operation.operationId, log: config.audit.name, phase: 'refusal', cause, redact: config.redact });
      }
    }
    throw error;
  };

  // 1. The guard decides before anything else, so a denial is what an agent hears and what is logged.
  if (config.guard) {
    const decision = config.guard.decide(operation.operationId, request);
    if (!decision.allowed) await refuse(config.guard.denial(operation.operationId, decision));
    else state.reason = decision.reason;
  } else if (!known) {
    await refuse(new InvalidRequestError(operation.operationId, 'not an operation of this client', 'Use an operationId from `operations` (e.g. users.get).'));
  }
  // 2. The request as built from the operation: malformed parts, options out of range, size.
  if (invalid) await refuse(invalid);
  const bodyBytes = request.body === undefined ? 0 : Buffer.byteLength(request.body);
  if (operation.maxRequestBytes !== null && bodyBytes > operation.maxRequestBytes) await refuse(new RequestTooLargeError(operation.operationId, bodyBytes, operation.maxRequestBytes));

  const guard = config.guard;
  const deny = (reason: string, detail: string, by?: string, note?: string) =>
    new ApprovalDeniedError({ agent: guard!.agent, operationId: operation.operationId, area: operation.area, access: operation.access, reason, detail, advice: DENIAL_ADVICE[reason]!, by, note });
  // 3. A person says yes, where the policy asks for one (a well-formed request only: nobody is asked about a malformed one).
  if (guard?.needsApproval(operation.operationId)) {
    let answer: Awaited<ReturnType<typeof askApproval>>;
    try {
      answer = await askApproval(extra.approver ?? config.approver, approvalRequestFor(config, state), config.approvalTimeoutMs, options.signal);
    } catch (error) {
      return refuse(error as Error);
    }
    if (!answer.approved) await refuse(deny(answer.reason, answer.detail, answer.by, answer.note));
    else state.approvedBy = answer.by;
  }
  // 4. Budgets: a rehearsal only looks; a real call takes a unit now, given back if it is never sent.
  const budgets = guard?.budgetsFor(operation.operationId) ?? [];
  const keyOf = (budget: Budget) => budgetKey(config.budgetPrefix, guard!.agent, budget);
  const overBudget = (budget: Budget, used: number, freesAt: number) =>
    new BudgetExceededError({ agent: guard!.agent, operationId: operation.operationId, area: operation.area, access: operation.access, advice: DENIAL_ADVICE['budget-exceeded']!, budget: budget.name, limit: budget.limit, per: budget.per, used, freesAt: new Date(freesAt) });
  const storeDown = (error: unknown) => (error instanceof StoreUnavailable ? new LimiterUnavailableError(operation.operationId, `${error.store} (budgets)`, error.message) : (error as Error));
  const note = (budget: Budget, used: number) => {
    if (!state.budget || used / budget.limit > state.budget.used / state.budget.limit) state.budget = { name: budget.name, used, limit: budget.limit, per: budget.per };
  };
  if ((config.dryRun || guard?.dryRun) && operation.access === 'write') {
    for (const budget of budgets) {
      let usage: { used: number; freesAt: number | null };
      try {
        usage = await config.budgets.usage(keyOf(budget), budget);
      } catch (error) {
        return refuse(storeDown(error));
      }
      if (usage.used >= budget.limit) {
        state.budget = { name: budget.name, used: usage.used, limit: budget.limit, per: budget.per };
        await refuse(overBudget(budget, usage.used, usage.freesAt ?? Date.now()));
      }
      note(budget, usage.used);
    }
    // 5. A rehearsal: on the record as what the agent would have done; answered with the example.
    if (config.audit) {
      try {
        await config.audit.write(entryFor(config, state, 'dry-run', 'dry-run'));
      } catch (cause) {
        throw new AuditWriteError({ operationId: operation.operationId, log: config.audit.name, phase: 'attempt', cause, redact: config.redact });
      }
    }
    return exampleAnswer(operation.operationId);
  }
  const reservations: { key: string; token: string }[] = [];
  const releaseBudgets = () => Promise.all(reservations.splice(0).map((r) => config.budgets.release(r.key, r.token).catch(() => undefined)));
  for (const budget of budgets) {
    let taken: Reservation;
    try {
      taken = await config.budgets.reserve(keyOf(budget), budget, state.call, { signal: options.signal });
    } catch (error) {
      await releaseBudgets();
      return refuse(storeDown(error));
    }
    if (!taken.ok) {
      await releaseBudgets();
      state.budget = { name: budget.name, used: taken.used, limit: budget.limit, per: budget.per };
      await refuse(overBudget(budget, taken.used, taken.freesAt));
    } else {
      reservations.push({ key: keyOf(budget), token: state.call });
      note(budget, taken.used);
    }
  }

  const maxRetries = options.maxRetries ?? config.retry.maxRetries;
  const safeToRepeat = isSafeToRepeat(operation, options.retryUnsafe === true);
  const acquire = async () => {
    if (!config.limiter) return;
    const grant = await config.limiter.acquire(operation, request, { signal: options.signal, maxQueueWaitMs: options.maxQueueWaitMs ?? config.maxQueueWaitMs });
    state.rateLimitWaitMs += grant.waitedMs;
  };
  // 6. A slot under the rate limits; a call that gets none is refused, not sent.
  try {
    await acquire();
  } catch (error) {
    await releaseBudgets();
    await refuse(error as Error);
  }
  // 7. The attempt on the record, durably, before the request leaves.
  if (config.audit) {
    try {
      await config.audit.write(entryFor(config, state, 'attempt', 'allowed'));
    } catch (cause) {
      await releaseBudgets();
      throw new AuditWriteError({ operationId: operation.operationId, log: config.audit.name, phase: 'attempt', cause, redact: config.redact });
    }
  }

  const finish = async (error?: unknown): Promise<void> => {
    if (!config.audit) return;
    try {
      await config.audit.write(entryFor(config, state, 'outcome', 'allowed', error));
    } catch (cause) {
      throw new AuditWriteError({ operationId: operation.operationId, log: config.audit.name, phase: 'outcome', status: state.status, requestId: state.requestId, cause, redact: config.redact });
    }
  };

  let refreshedAfter401 = false;
  let result: Response | undefined;
  let failure: unknown;
  try {
    for (let retry = 0; ; retry++) {
      state.retries = retry;
      if (retry > 0) await acquire();
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
        if (response.status < 400) {
          result = response;
          break;
        }
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
      if (!repeatable || retry >= maxRetries) throw error;
      await sleep(delayMs ?? backoffDelay(retry, config.retry, config.random), options.signal);
    }
  } catch (error) {
    failure = error;
  }
  // A budget counts what was sent: a call that never left gives its unit back.
  if (state.sent === false) await releaseBudgets();
  // 8. The outcome on the record; if that fails, the error says the request was sent.
  await finish(failure);
  if (failure !== undefined) throw failure;
  return result!;
}
