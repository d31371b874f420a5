/**
 * Every error this package throws, in one place. Three families, told apart by what reached Dialpad:
 * - `ClientRefusalError`: refused on this side (policy, invalid request, size, rate limit, limiter
 *   store, audit log): nothing was sent, and no HTTP status or body is invented for it;
 * - `DialpadApiError`: Dialpad answered with a non-2xx status (one class per status it documents);
 * - `ConnectionError` / `TimeoutError`: no answer; whether Dialpad acted on the request is unknown.
 * Every error says whether the request was sent (`sent`), whether repeating it is safe and may help
 * (`retryable`, decided per operation and outcome), and what to do (`advice`). No message, field,
 * `toJSON()` or `util.inspect` of one ever holds the API key or a token: every string is passed
 * through the client's redactor, and ids a server sends are kept only when they look like ids.
 */
import { inspect } from 'node:util';
import { operations, type OperationId } from '../generated/operations.js';

/** Replaces every secret the client holds (API key, tokens) wherever it might surface. */
export type Redactor = (text: string) => string;
export const noRedaction: Redactor = (text) => text;

/** Whether the request reached Dialpad: `false` refused here or never connected, `'unknown'` no answer came. */
export type Sent = boolean | 'unknown';

const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** A server-sent id (request id, error UUID) is kept only when it looks like one: never free text. */
export function idLike(value: unknown, redact: Redactor = noRedaction): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = redact(String(value));
  return ID_LIKE.test(text) ? text : undefined;
}

export interface DialpadErrorOptions {
  operationId?: string;
  retryable: boolean;
  advice: string;
  /** Default false: most errors are raised before or without a request. */
  sent?: Sent;
  cause?: unknown;
  redact?: Redactor;
}

/** Base of every error this package throws: `instanceof DialpadError` catches them all. */
export class DialpadError extends Error {
  readonly operationId: string | undefined;
  /** Whether sending the same request again may succeed and is safe for this operation. */
  readonly retryable: boolean;
  /** What the caller should do about it. */
  readonly advice: string;
  /** Whether the request reached Dialpad. */
  readonly sent: Sent;

  constructor(message: string, options: DialpadErrorOptions) {
    const redact = options.redact ?? noRedaction;
    super(redact(message), options.cause === undefined ? undefined : { cause: sanitizedCause(options.cause, redact) });
    this.name = new.target.name;
    this.operationId = options.operationId;
    this.retryable = options.retryable;
    this.advice = redact(options.advice);
    this.sent = options.sent ?? false;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, operationId: this.operationId, sent: this.sent, retryable: this.retryable, advice: this.advice };
  }

  /** What `console.log(error)` and `util.inspect` show: the cleaned fields, no raw cause chain. */
  [inspect.custom](): string {
    const { name, message, ...fields } = this.toJSON();
    return `${String(name)}: ${String(message)} ${inspect(fields, { breakLength: Infinity })}`;
  }
}

/**
 * A cause is kept as a plain Error with a redacted message (and its code), one level deep: a
 * network library's error may quote a header or a URL.
 */
function sanitizedCause(cause: unknown, redact: Redactor, depth = 0): unknown {
  if (!(cause instanceof Error)) return cause === undefined ? undefined : redact(String(cause)).slice(0, 200);
  const clean = new Error(redact(cause.message));
  clean.name = cause.name;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' && CODE_LIKE.test(code)) (clean as Error & { code?: string }).code = code;
  if (depth < 2 && cause.cause !== undefined) (clean as Error & { cause?: unknown }).cause = sanitizedCause(cause.cause, redact, depth + 1);
  clean.stack = `${clean.name}: ${clean.message}`;
  return clean;
}

// ─── Refused on this side: nothing was sent ──────────────────────────────────────────────────────

/** Refused before anything was sent. Never carries an HTTP status: Dialpad never saw the request. */
export class ClientRefusalError extends DialpadError {
  constructor(message: string, options: Omit<DialpadErrorOptions, 'sent'>) {
    super(`${message}; not sent`, { ...options, sent: false });
  }
}

/** The call is malformed: a path parameter empty or a dot segment, an unknown query key, an option out of range. */
export class InvalidRequestError extends ClientRefusalError {
  readonly problem: string;
  constructor(operationId: string | undefined, problem: string, advice = 'Pass every path parameter (positionally, in path order) and a body of the documented shape.') {
    super(`${operationId ? `${operationId}: ` : ''}${problem}`, { operationId, retryable: false, advice });
    this.problem = problem;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), problem: this.problem };
  }
}

/** The request body is larger than Dialpad accepts for this operation. */
export class RequestTooLargeError extends ClientRefusalError {
  readonly bytes: number;
  readonly limit: number;
  constructor(operationId: string, bytes: number, limit: number) {
    super(`${operationId}: the request is ${bytes} bytes; the limit is ${limit} (media included)`, {
      operationId,
      retryable: false,
      advice: 'Make the request smaller: an SMS request, media included, must stay under 1 MB.',
    });
    this.bytes = bytes;
    this.limit = limit;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), bytes: this.bytes, limit: this.limit };
  }
}

/** No client-side rate-limit slot within `maxQueueWaitMs`. */
export class ClientRateLimitError extends ClientRefusalError {
  readonly source = 'client' as const;
  /** About how long until a slot frees up. */
  readonly retryAfterMs: number;
  constructor(operationId: string, waitedMs: number, retryAfterMs: number) {
    super(`${operationId}: no rate-limit slot within maxQueueWaitMs (${waitedMs} ms)`, {
      operationId,
      retryable: true,
      advice: 'Wait (see retryAfterMs) and send again; spread calls out or raise maxQueueWaitMs.',
    });
    this.retryAfterMs = retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), source: this.source, retryAfterMs: this.retryAfterMs };
  }
}

/** The shared rate-limit store (Redis) did not answer in time: the call fails closed. */
export class LimiterUnavailableError extends ClientRefusalError {
  readonly store: string;
  constructor(operationId: string, store: string, why: string) {
    super(`${operationId}: the rate-limit store (${store}) is unavailable (${why})`, {
      operationId,
      retryable: true,
      advice: `Calls are refused while the limiter cannot count them, so the company's limits hold. Check that ${store} is running and reachable; calls go through again as soon as it answers.`,
    });
    this.store = store;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), store: this.store };
  }
}

export interface PolicyProblem {
  /** Path in the file, e.g. agents.front-desk.grants.calls */
  path: string;
  line?: number;
  message: string;
}

/** A policy file that cannot be used as it is: each problem names its path (and line) in the file. */
export class PolicyError extends DialpadError {
  readonly file: string;
  readonly problems: readonly PolicyProblem[];

  constructor(file: string, problems: PolicyProblem[], advice = 'Fix each listed entry of the policy file; the JSON Schema is exported as `policySchema`.') {
    const lines = problems.map((p) => `  ${file}${p.line ? `:${p.line}` : ''}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
    super(`invalid policy ${file} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, { retryable: false, advice, sent: false });
    this.file = file;
    this.problems = problems;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), file: this.file, problems: this.problems };
  }
}

/** The guard refused a call before anything was sent. */
export class AccessDeniedError extends ClientRefusalError {
  readonly agent: string;
  readonly area: string | undefined;
  /** The access the operation needs. */
  readonly access: 'read' | 'write' | undefined;
  /** The agent's grant for that area. */
  readonly grant: 'none' | 'read' | 'write' | undefined;
  /** Which rule refused it (a stable code: `no-grant`, `target-not-allowed`, ...). */
  readonly reason: string;

  constructor(details: { agent: string; operationId: string; area?: string; access?: 'read' | 'write'; grant?: 'none' | 'read' | 'write'; reason: string; detail: string; advice: string }) {
    const needs = details.area ? ` (area ${details.area}, needs ${details.access} access)` : '';
    super(`agent "${details.agent}" may not call ${details.operationId}${needs}: ${details.detail}`, {
      operationId: details.operationId,
      retryable: false,
      advice: details.advice,
    });
    this.agent = details.agent;
    this.area = details.area;
    this.access = details.access;
    this.grant = details.grant;
    this.reason = details.reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), agent: this.agent, area: this.area, access: this.access, grant: this.grant, reason: this.reason };
  }
}

/** The policy asks a person to approve this operation, and nobody said yes: nothing was sent. */
export class ApprovalDeniedError extends AccessDeniedError {
  /** Who declined, when the approver said. */
  readonly by: string | undefined;
  readonly note: string | undefined;
  constructor(details: ConstructorParameters<typeof AccessDeniedError>[0] & { by?: string; note?: string }) {
    super(details);
    this.by = details.by;
    this.note = details.note;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), by: this.by, note: this.note };
  }
}

/** The agent used up a budget of its policy: nothing was sent. */
export class BudgetExceededError extends AccessDeniedError {
  /** The budget's name (as the policy names it, or what it covers and its window). */
  readonly budget: string;
  readonly limit: number;
  /** The window as the policy writes it (30m, 1h, 1d, 7d). */
  readonly per: string;
  readonly used: number;
  /** When a unit frees up (the oldest counted call leaves the window). */
  readonly freesAt: Date;
  readonly retryAfterMs: number;
  constructor(details: Omit<ConstructorParameters<typeof AccessDeniedError>[0], 'detail' | 'reason'> & { budget: string; limit: number; per: string; used: number; freesAt: Date }) {
    super({
      ...details,
      reason: 'budget-exceeded',
      detail: `its budget "${details.budget}" is used up (${details.used} of ${details.limit} in the last ${details.per}); the next unit frees up at ${details.freesAt.toISOString()}`,
    });
    this.budget = details.budget;
    this.limit = details.limit;
    this.per = details.per;
    this.used = details.used;
    this.freesAt = details.freesAt;
    this.retryAfterMs = Math.max(0, details.freesAt.getTime() - Date.now());
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), budget: this.budget, limit: this.limit, per: this.per, used: this.used, freesAt: this.freesAt.toISOString(), retryAfterMs: this.retryAfterMs };
  }
}

// ─── The audit log ───────────────────────────────────────────────────────────────────────────────

/**
 * The audit log could not be written. `phase` says when: the log could not be `open`ed (a client
 * fails at creation); the `attempt` record, written before a request leaves, failed — nothing was
 * sent; a `refusal` record failed — nothing was sent either; the `outcome` record failed — the
 * request WAS sent and answered (`status`, `requestId` say how), only its record is missing.
 */
export class AuditWriteError extends DialpadError {
  /** The log that failed: a file path, `postgres:<table>`, `stdout` or `function`. */
  readonly log: string;
  readonly phase: 'open' | 'attempt' | 'refusal' | 'outcome';
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  constructor(details: { operationId?: string; log: string; phase: 'open' | 'attempt' | 'refusal' | 'outcome'; status?: number; requestId?: string; cause: unknown; redact?: Redactor }) {
    // The store's own words (fs: "ENOSPC: no space left on device"; PostgreSQL: its message), cut short.
    const why = (details.cause instanceof Error ? details.cause.message : String(details.cause)).split('\n')[0]!.slice(0, 300);
    const sent = details.phase === 'outcome';
    const what = {
      open: `the audit log ${details.log} cannot be opened (${why}): no call could be recorded, so none will be sent`,
      attempt: `the audit log ${details.log} could not be written (${why}); not sent`,
      refusal: `the call was refused here and its record could not be written to the audit log ${details.log} (${why}); not sent`,
      outcome: `the request WAS sent${details.status ? ` (answered ${details.status}${details.requestId ? `, request id ${details.requestId}` : ''})` : ''} but its outcome could not be written to the audit log ${details.log} (${why})`,
    }[details.phase];
    super(`${details.operationId ? `${details.operationId}: ` : ''}${what}`, {
      operationId: details.operationId,
      retryable: false,
      advice: sent
        ? 'Do not repeat the call: it was done. Fix the audit log (disk space, permissions, database) and note the request id.'
        : 'Fix the audit log (disk space, permissions, database, path), then call again: no call goes out without its record.',
      sent,
      cause: details.cause,
      redact: details.redact,
    });
    this.log = details.log;
    this.phase = details.phase;
    this.status = details.status;
    this.requestId = details.requestId;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), log: this.log, phase: this.phase, status: this.status, requestId: this.requestId };
  }
}

// ─── Dialpad answered ────────────────────────────────────────────────────────────────────────────

export interface ApiErrorBody {
  error?: { code?: number; message?: string; reason?: string; request_id?: string; uuid?: string };
}

export interface ApiErrorContext {
  operationId?: OperationId | string;
  /** The X-Request-Id header, if any. */
  requestId?: string;
  redact?: Redactor;
  retryAfterMs?: number;
  /** Whether repeating is safe and may help, decided by the pipeline per operation and outcome. */
  retryable?: boolean;
}

/** An answer from Dialpad with a non-2xx status. */
export class DialpadApiError extends DialpadError {
  readonly status: number;
  readonly requestId: string | undefined;
  /** Dialpad's machine-readable reason (`invalid_argument`, ...), when the body has one. */
  readonly reason: string | undefined;
  /** Identifier of a server-side failure, for Dialpad support. */
  readonly errorUuid: string | undefined;
  /** Milliseconds the server asked us to wait (Retry-After), if it did. */
  readonly retryAfterMs: number | undefined;

  constructor(status: number, body: ApiErrorBody | undefined, context: ApiErrorContext, defaults: { retryable: boolean; advice: string } = { retryable: status >= 500, advice: 'See the status and message; contact Dialpad support with the request id if it persists.' }) {
    const redact = context.redact ?? noRedaction;
    const detail = typeof body?.error?.message === 'string' ? body.error.message.slice(0, 500) : '';
    const where = context.operationId ? `${context.operationId}: ` : '';
    super(`${where}${status}${detail ? ` ${detail}` : ''}`, {
      operationId: context.operationId,
      retryable: context.retryable ?? defaults.retryable,
      advice: defaults.advice,
      redact,
      sent: true,
    });
    this.status = status;
    this.requestId = idLike(context.requestId, redact) ?? idLike(body?.error?.request_id, redact);
    const reason = typeof body?.error?.reason === 'string' ? redact(body.error.reason) : undefined;
    this.reason = reason && CODE_LIKE.test(reason) ? reason : undefined;
    this.errorUuid = idLike(body?.error?.uuid, redact);
    this.retryAfterMs = context.retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, requestId: this.requestId, reason: this.reason, errorUuid: this.errorUuid, retryAfterMs: this.retryAfterMs };
  }
}

type ApiErrorArgs = [status: number, body: ApiErrorBody | undefined, context: ApiErrorContext];

export class BadRequestError extends DialpadApiError {
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, context, { retryable: false, advice: 'Fix the request (see the message for the field); sending it again unchanged will fail again.' });
  }
}

export class AuthenticationError extends DialpadApiError {
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, context, { retryable: false, advice: 'Send a valid API key or access token; if an OAuth token expired, refresh it (a token provider does this for you).' });
  }
}

export class PermissionDeniedError extends DialpadApiError {
  /** The OAuth scopes the operation needs, from the operations table. */
  readonly requiredScopes: readonly string[];
  constructor(...[status, body, context]: ApiErrorArgs) {
    const scopes = context.operationId && Object.hasOwn(operations, context.operationId) ? operations[context.operationId as OperationId].scopes : [];
    const admin = context.operationId && Object.hasOwn(operations, context.operationId) ? operations[context.operationId as OperationId].companyAdmin : false;
    super(status, body, context, {
      retryable: false,
      advice: scopes.length
        ? `The credential lacks access: this operation needs the OAuth scope ${scopes.join(', ')}${admin ? ' and a company-admin key' : ' (and, for company data, a company-admin key)'}.`
        : admin
          ? 'This operation needs a company-admin API key (or an admin’s OAuth token).'
          : 'The credential lacks access to this operation or resource: use a key of a user (or company admin) allowed to do it.',
    });
    this.requiredScopes = scopes;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), requiredScopes: this.requiredScopes };
  }
}

export class NotFoundError extends DialpadApiError {
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, context, { retryable: false, advice: 'Check the id; the resource may have been deleted or belong to another company.' });
  }
}

export class ConflictError extends DialpadApiError {
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, context, { retryable: false, advice: 'The resource already exists or changed: fetch it and reconcile with it instead of creating it again.' });
  }
}

/** Dialpad answered 413: the request was too large for it. */
export class PayloadTooLargeError extends DialpadApiError {
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, context, { retryable: false, advice: 'Make the request smaller: an SMS request, media included, must stay under 1 MB.' });
  }
}

/** Dialpad answered 429. Nothing was done, so waiting and repeating is always safe. */
export class RateLimitError extends DialpadApiError {
  readonly source = 'server' as const;
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, { ...context, retryable: true }, { retryable: true, advice: 'Wait (see retryAfterMs) and send again; nothing was done. Spread calls out.' });
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), source: this.source };
  }
}

export class ServiceUnavailableError extends DialpadApiError {
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, context, {
      retryable: true,
      advice: 'Dialpad could not handle the request; whether it was done is unknown. Retry reads; check before retrying a write. Quote errorUuid to Dialpad support.',
    });
  }
}

const BY_STATUS: Record<number, new (...args: ApiErrorArgs) => DialpadApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  429: RateLimitError,
  503: ServiceUnavailableError,
};

export function errorForStatus(...[status, body, context]: ApiErrorArgs): DialpadApiError {
  const ErrorClass = BY_STATUS[status] ?? DialpadApiError;
  return new ErrorClass(status, body, context);
}

// ─── No answer ───────────────────────────────────────────────────────────────────────────────────

const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function errorCode(cause: unknown): string | undefined {
  for (let current = cause, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** The request never got an HTTP answer (DNS, refused, reset). */
export class ConnectionError extends DialpadError {
  readonly code: string | undefined;
  constructor(operationId: string | undefined, cause: unknown, options: { redact?: Redactor; retryable?: boolean } = {}) {
    const code = errorCode(cause);
    const neverConnected = code !== undefined && NEVER_CONNECTED.has(code);
    super(`${operationId ? `${operationId}: ` : ''}could not reach Dialpad (${code ?? (cause as Error)?.message ?? 'network error'})`, {
      operationId,
      retryable: neverConnected || (options.retryable ?? false),
      advice: neverConnected
        ? 'Nothing reached Dialpad (the connection was never made): check the network and base URL, then call again.'
        : 'Check the network and base URL; the request may or may not have reached Dialpad, so check before repeating a write.',
      cause,
      redact: options.redact,
      sent: neverConnected ? false : 'unknown',
    });
    this.code = code && CODE_LIKE.test(code) ? code : undefined;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), code: this.code };
  }
}

/** No answer within the per-request timeout. */
export class TimeoutError extends DialpadError {
  readonly timeoutMs: number;
  constructor(operationId: string | undefined, timeoutMs: number, options: { retryable?: boolean } = {}) {
    super(`${operationId ? `${operationId}: ` : ''}no answer within ${timeoutMs} ms`, {
      operationId,
      retryable: options.retryable ?? false,
      advice: 'Raise `timeout` or try later; the request may or may not have been done, so check before repeating a write.',
      sent: 'unknown',
    });
    this.timeoutMs = timeoutMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}

// ─── Agent tools ─────────────────────────────────────────────────────────────────────────────────

/** Tool-call arguments that do not match the tool's input schema; nothing was sent. */
export class ToolInputError extends ClientRefusalError {
  readonly tool: string;
  readonly problems: readonly string[];
  constructor(tool: string, operationId: string, problems: string[]) {
    super(`invalid arguments for ${tool}: ${problems.join('; ')}`, {
      operationId,
      retryable: false,
      advice: 'Call the tool again with arguments that match its input schema: path parameters at the top level, query parameters under `query`, the request body under `body`.',
    });
    this.tool = tool;
    this.problems = problems;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), tool: this.tool, problems: this.problems };
  }
}

/** A tool name that is no tool of this package. */
export class UnknownToolError extends ClientRefusalError {
  readonly tool: string;
  constructor(tool: string) {
    super(`no tool named ${JSON.stringify(tool.slice(0, 80))}`, {
      retryable: false,
      advice: 'List the tools again and call one of those by its exact name.',
    });
    this.tool = tool;
  }
}

// ─── Events ──────────────────────────────────────────────────────────────────────────────────────

/** Why an event was refused. Stable codes: safe to log, to count and to answer with. */
export type EventVerificationReason =
  /** The body is over the size limit. */
  | 'too_large'
  /** Neither a compact JWT nor (for a receiver without a secret) a JSON object; truncated or empty. */
  | 'malformed'
  /** The token's `alg` is not HS256 (`none`, RS256, HS384, HS512, ...). */
  | 'algorithm'
  /** The signature does not match: wrong secret, or any byte of the token altered. */
  | 'bad_signature'
  /** `exp` has passed, or the event is older than `maxAgeSeconds`. */
  | 'expired'
  /** `nbf` (or the event's own time) lies in the future. */
  | 'not_yet_valid'
  /** `maxAgeSeconds` was asked for but the event carries no `iat` nor `event_timestamp`. */
  | 'no_timestamp'
  /** The verified payload is not a JSON object. */
  | 'not_json'
  /** The payload nests deeper than `maxDepth`. */
  | 'too_deep'
  /** Plain JSON arrived where a secret is configured: unsigned events are refused. */
  | 'unsigned'
  /** Authentic, but neither a call, an SMS nor a contact event. */
  | 'unknown_event';

const EVENT_ADVICE: Record<EventVerificationReason, string> = {
  too_large: 'The body is larger than the receiver accepts; raise maxBodyBytes only if real events are this big.',
  malformed: 'The body is not a compact JWT (or JSON, for a receiver without a secret); it may have been cut short.',
  algorithm: 'Only HS256 tokens are accepted, as Dialpad signs them; a token with another algorithm is not from Dialpad.',
  bad_signature: 'The signature does not match the webhook secret: the event was altered or not signed by Dialpad with this secret.',
  expired: 'The event is older than allowed; a replay, or a clock out of step.',
  not_yet_valid: 'The event claims a time in the future; check the clocks.',
  no_timestamp: 'An age limit is set but the event carries no time to check it against; drop maxAgeSeconds for such events.',
  not_json: 'The signed payload is not a JSON object, so it cannot be a Dialpad event.',
  too_deep: 'The payload nests deeper than any Dialpad event does.',
  unsigned: 'A secret is configured, so unsigned events are refused; set the same secret on the webhook (webhooks.update).',
  unknown_event: 'The event is authentic but not a call, SMS or contact event; it is not delivered.',
};

/**
 * An event failed verification. The message names the reason only: it never contains the secret
 * nor any part of the body, so it is safe to log.
 */
export class EventVerificationError extends DialpadError {
  readonly reason: EventVerificationReason;

  constructor(reason: EventVerificationReason) {
    super(`event refused: ${reason}`, { retryable: false, advice: EVENT_ADVICE[reason], sent: false });
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** The websocket event stream gave up reconnecting. */
export class EventStreamError extends DialpadError {
  readonly attempts: number;

  constructor(attempts: number, lastFailure: string) {
    // The URL is left out on purpose: a Dialpad websocket URL carries an access token.
    super(`the event stream stopped after ${attempts} failed connection attempts (last: ${lastFailure})`, {
      retryable: true,
      advice: 'Check the network and that the websocket still exists; its URL expires after about an hour, so pass `url` as a function that fetches a fresh one (websockets.get).',
      sent: false,
    });
    this.attempts = attempts;
  }
}
