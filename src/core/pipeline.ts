import type { OperationMeta } from '../../generated/operations.js';
import {
  AuthenticationError,
  ConnectionError,
  DialpadError,
  errorForStatus,
  PayloadTooLargeError,
  TimeoutError,
  type ApiErrorBody,
  type DialpadApiError,
  type Redactor,
} from '../errors.js';
import { backoffDelay, isSafeToRepeat, parseRetryAfter, type RetrySettings } from './retry.js';
import { sleep } from './sleep.js';

/** Per-call options, accepted as the last argument of every method. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Milliseconds to wait for each answer; default from the client (30 000). */
  timeout?: number;
  /** Retries after a 429, or after a 503 / timeout / lost connection where repeating is safe. */
  maxRetries?: number;
  /**
   * Also retry this call after a 503, timeout or lost connection when it is not safe to repeat
   * (a POST, or an operation that places a call or sends a message). Only for callers who have
   * made the request idempotent themselves.
   */
  retryUnsafe?: boolean;
  /** Longest wait for a client-side rate-limit slot before failing with RateLimitError. */
  maxQueueWaitMs?: number;
  headers?: Record<string, string>;
}

export interface PreparedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Path parameter values by name, as the guard and the limiter key on them. */
  pathParams: Record<string, string | number>;
  query?: Record<string, unknown>;
  /** The decoded JSON body, for the guard's target checks and the audit's target ids. */
  json?: unknown;
  /** Why the request could not be built (raised after the guard, so denials come first and both are audited). */
  invalid?: Error;
}

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
}

/** What happened to one call: the audit log's raw material. */
export interface CallOutcome {
  operation: OperationMeta;
  request: PreparedRequest;
  startedAt: number;
  durationMs: number;
  retries: number;
  rateLimitWaitMs: number;
  status?: number;
  requestId?: string;
  errorUuid?: string;
  error?: DialpadError | Error;
}

export interface PipelineHooks {
  /** Throws to refuse the call before anything else happens. */
  authorize?(operation: OperationMeta, request: PreparedRequest): void;
  limiter?: RequestLimiter;
  /** Awaited before the caller's promise settles, so no record is lost. */
  record?(outcome: CallOutcome): Promise<void> | void;
}

export interface PipelineConfig {
  fetch: typeof fetch;
  credentials: CredentialProvider;
  timeoutMs: number;
  retry: RetrySettings;
  maxQueueWaitMs: number;
  userAgent: string;
  redact: Redactor;
  hooks: PipelineHooks;
  random?: () => number;
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

type Attempt =
  | { kind: 'response'; response: Response }
  | { kind: 'timeout' }
  | { kind: 'network'; cause: unknown };

async function attempt(config: PipelineConfig, request: PreparedRequest, token: string, options: RequestOptions): Promise<Attempt> {
  if (options.signal?.aborted) throw options.signal.reason;
  const timeoutMs = options.timeout ?? config.timeoutMs;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal!.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': config.userAgent,
      ...request.headers,
      ...options.headers,
      authorization: `Bearer ${token}`,
    };
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

/**
 * The one request path every entry point uses: authorize → rate-limit slot → fetch with
 * timeout and safe retries → typed errors → record. Resolves with the successful Response.
 */
export async function sendThroughPipeline(config: PipelineConfig, operation: OperationMeta, request: PreparedRequest, options: RequestOptions = {}): Promise<Response> {
  const startedAt = Date.now();
  const started = performance.now();
  const outcome: CallOutcome = { operation, request, startedAt, durationMs: 0, retries: 0, rateLimitWaitMs: 0 };
  let recorded = false;
  const record = async (error?: Error): Promise<void> => {
    recorded = true;
    outcome.durationMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (error) outcome.error = error;
    await config.hooks.record?.(outcome);
  };

  const maxRetries = options.maxRetries ?? config.retry.maxRetries;
  const safeToRepeat = isSafeToRepeat(operation, options.retryUnsafe === true);
  let refreshedAfter401 = false;
  try {
    config.hooks.authorize?.(operation, request);
    if (request.invalid) throw request.invalid;
    const bodyBytes = request.body === undefined ? 0 : Buffer.byteLength(request.body);
    if (operation.maxRequestBytes !== null && bodyBytes > operation.maxRequestBytes) {
      throw new PayloadTooLargeError(413, { error: { message: `request is ${bodyBytes} bytes; the limit is ${operation.maxRequestBytes} (media included); not sent` } }, {
        operationId: operation.operationId,
      });
    }
    for (let retry = 0; ; retry++) {
      outcome.retries = retry;
      if (config.hooks.limiter) {
        const grant = await config.hooks.limiter.acquire(operation, request, {
          signal: options.signal,
          maxQueueWaitMs: options.maxQueueWaitMs ?? config.maxQueueWaitMs,
        });
        outcome.rateLimitWaitMs += grant.waitedMs;
      }
      const token = await config.credentials.getToken(options.signal);
      const result = await attempt(config, request, token, options);
      let failure: DialpadError;
      let delayMs: number | undefined;
      let repeatable: boolean;
      if (result.kind === 'response') {
        const { response } = result;
        outcome.status = response.status;
        outcome.requestId = response.headers.get('x-request-id') ?? undefined;
        if (response.status < 400) {
          await record();
          return response;
        }
        const body = await readErrorBody(response);
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        const apiError: DialpadApiError = errorForStatus(response.status, body, {
          operationId: operation.operationId,
          requestId: outcome.requestId,
          redact: config.redact,
          retryAfterMs,
        });
        outcome.requestId = apiError.requestId;
        outcome.errorUuid = apiError.errorUuid;
        failure = apiError;
        if (apiError instanceof AuthenticationError && !refreshedAfter401 && config.credentials.refreshAfterUnauthorized) {
          refreshedAfter401 = true;
          if (await config.credentials.refreshAfterUnauthorized(options.signal)) {
            retry--; // a refreshed credential is a new first try, not a retry
            continue;
          }
        }
        // 429: nothing was done, so repeating is always safe. 502/503/504: maybe done.
        repeatable = response.status === 429 || ([502, 503, 504].includes(response.status) && safeToRepeat);
        delayMs = retryAfterMs;
        if (delayMs !== undefined && delayMs > config.retry.maxRetryAfterMs) repeatable = false;
      } else if (result.kind === 'timeout') {
        failure = new TimeoutError(operation.operationId, options.timeout ?? config.timeoutMs);
        repeatable = safeToRepeat;
      } else {
        failure = new ConnectionError(operation.operationId, result.cause, config.redact);
        repeatable = safeToRepeat;
      }
      if (!repeatable || retry >= maxRetries) throw failure;
      await sleep(delayMs ?? backoffDelay(retry, config.retry, config.random), options.signal);
    }
  } catch (error) {
    // Every failure — denied, malformed, too large, refused by the limiter, aborted, or the
    // last answer — is recorded exactly once (a failing record of a success is not re-recorded).
    if (!recorded) await record(error as Error);
    throw error;
  }
}
