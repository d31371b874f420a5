import { operations, type OperationId } from '../generated/operations.js';

/** Replaces every secret the client holds (API key, tokens) wherever it might surface. */
export type Redactor = (text: string) => string;
export const noRedaction: Redactor = (text) => text;

export interface ErrorContext {
  operationId?: OperationId | string;
  method?: string;
  path?: string;
  requestId?: string;
  redact?: Redactor;
}

/** Base of every error this package throws: `instanceof DialpadError` catches them all. */
export class DialpadError extends Error {
  readonly operationId: string | undefined;
  /** Whether sending the same request again later may succeed. */
  readonly retryable: boolean;
  /** What the caller should do about it. */
  readonly advice: string;

  constructor(message: string, options: { operationId?: string; retryable: boolean; advice: string; cause?: unknown; redact?: Redactor }) {
    const redact = options.redact ?? noRedaction;
    super(redact(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.operationId = options.operationId;
    this.retryable = options.retryable;
    this.advice = redact(options.advice);
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, operationId: this.operationId, retryable: this.retryable, advice: this.advice };
  }
}

export interface ApiErrorBody {
  error?: { code?: number; message?: string; reason?: string; request_id?: string; uuid?: string };
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

  constructor(
    status: number,
    body: ApiErrorBody | undefined,
    context: ErrorContext & { retryAfterMs?: number },
    defaults: { retryable: boolean; advice: string } = { retryable: status >= 500, advice: 'See the status and message; contact Dialpad support with the request id if it persists.' },
  ) {
    const detail = body?.error?.message ?? '';
    const where = context.operationId ? `${context.operationId}: ` : '';
    super(`${where}${status}${detail ? ` ${detail}` : ''}`, {
      operationId: context.operationId,
      retryable: defaults.retryable,
      advice: defaults.advice,
      redact: context.redact,
    });
    this.status = status;
    this.requestId = context.requestId ?? body?.error?.request_id;
    this.reason = body?.error?.reason;
    this.errorUuid = body?.error?.uuid;
    this.retryAfterMs = context.retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, requestId: this.requestId, reason: this.reason, errorUuid: this.errorUuid, retryAfterMs: this.retryAfterMs };
  }
}

type ApiErrorArgs = [status: number, body: ApiErrorBody | undefined, context: ErrorContext & { retryAfterMs?: number }];

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
    const scopes = context.operationId && context.operationId in operations ? operations[context.operationId as OperationId].scopes : [];
    super(status, body, context, {
      retryable: false,
      advice: scopes.length
        ? `The credential lacks access: this operation needs the OAuth scope ${scopes.join(', ')} (and, for company data, a company-admin key).`
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

export class PayloadTooLargeError extends DialpadApiError {
  constructor(...[status, body, context]: ApiErrorArgs) {
    super(status, body, context, { retryable: false, advice: 'Make the request smaller: an SMS request, media included, must stay under 1 MB.' });
  }
}

export class RateLimitError extends DialpadApiError {
  /** `server` for a 429 from Dialpad; `client` when this client refused to send (no slot in time). */
  readonly source: 'server' | 'client';
  constructor(status: number, body: ApiErrorBody | undefined, context: ErrorContext & { retryAfterMs?: number; source?: 'server' | 'client' }) {
    super(status, body, context, { retryable: true, advice: 'Wait (see retryAfterMs) and send again; nothing was done. Spread calls out or raise maxQueueWaitMs.' });
    this.source = context.source ?? 'server';
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

/** The call is malformed before it could be sent (e.g. a path parameter is missing). Nothing was sent. */
export class InvalidRequestError extends DialpadError {
  constructor(operationId: string | undefined, problem: string) {
    super(`${operationId ? `${operationId}: ` : ''}${problem}; not sent`, {
      operationId,
      retryable: false,
      advice: 'Pass every path parameter (positionally, in path order) and a body of the documented shape.',
    });
  }
}

/** The request never got an HTTP answer (DNS, refused, reset). */
export class ConnectionError extends DialpadError {
  constructor(operationId: string | undefined, cause: unknown, redact?: Redactor) {
    super(`${operationId ? `${operationId}: ` : ''}could not reach Dialpad (${(cause as Error)?.message ?? 'network error'})`, {
      operationId,
      retryable: true,
      advice: 'Check the network and base URL; a write may or may not have reached Dialpad.',
      cause,
      redact,
    });
  }
}

/** No answer within the per-request timeout. */
export class TimeoutError extends DialpadError {
  readonly timeoutMs: number;
  constructor(operationId: string | undefined, timeoutMs: number) {
    super(`${operationId ? `${operationId}: ` : ''}no answer within ${timeoutMs} ms`, {
      operationId,
      retryable: true,
      advice: 'Raise `timeout` or try later; a write may or may not have been done.',
    });
    this.timeoutMs = timeoutMs;
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
