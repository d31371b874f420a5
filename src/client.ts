import createOpenApiFetch, { type Client as OpenApiFetchClient } from 'openapi-fetch';
import { createAreas, type Areas } from '../generated/areas/index.js';
import type { OperationCaller, OperationInput } from '../generated/caller.js';
import { operations, type OperationId, type OperationMeta } from '../generated/operations.js';
import type { paths } from '../generated/schema.js';
import {
  sendThroughPipeline,
  type CredentialProvider,
  type PipelineConfig,
  type PipelineHooks,
  type PreparedRequest,
  type RequestLimiter,
  type RequestOptions,
} from './core/pipeline.js';
import { createRateLimiter, type RateLimiterOptions } from './ratelimit/limiter.js';
import { defaultRetrySettings } from './core/retry.js';
import { createRouter } from './core/route.js';
import { fillPath, queryString } from './core/url.js';
import { apiKeyCredentials, redactorFor } from './credentials.js';
import { environments, type Environment } from './environments.js';
import { DialpadError, InvalidRequestError } from './errors.js';
import { paginate } from './pagination.js';
import { createAuditLog, type AuditLog, type AuditOptions } from './guard/audit.js';
import { createGuard, type Guard } from './guard/decide.js';
import { loadPolicy } from './guard/policy.js';
import type { Policy } from './guard/types.js';

export interface DialpadClientOptions {
  /** An API key from the Dialpad admin portal. Give this or `credentials`. */
  apiKey?: string;
  /** A credential provider (e.g. an OAuth token provider that refreshes). Give this or `apiKey`. */
  credentials?: CredentialProvider;
  /** Which Dialpad to talk to; default 'production'. Ignored when `baseUrl` is given. */
  environment?: Environment;
  /** Another base URL, e.g. a local mock server. */
  baseUrl?: string;
  /** A fetch implementation; default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Per-request timeout in ms; default 30 000. */
  timeout?: number;
  /** Retries after a 429 or a safe-to-repeat failure; default 2. */
  maxRetries?: number;
  /** Longest wait for a client-side rate-limit slot; default 30 000 ms. */
  maxQueueWaitMs?: number;
  /** Most pages a listing may fetch before it stops with PaginationLimitError; default 1000. */
  maxPages?: number;
  /**
   * Client-side rate limits: on by default, in memory. Pass options (e.g. `{ redis }` to share one
   * company's budget across processes), a limiter made by `createRateLimiter` to share it between
   * clients, or `false` to turn it off.
   */
  rateLimit?: false | RequestLimiter | RateLimiterOptions;
  /**
   * The agent policy (a loaded policy, or the path of its YAML file). With `agent`, every call is
   * checked before anything is sent and written to the audit log.
   */
  policy?: Policy | string;
  /** The agent this client acts for: a name in the policy. */
  agent?: string;
  /**
   * The audit log: on whenever a policy is given (default sink: the file dialpad-audit.jsonl).
   * Options for it, a log made by `createAuditLog` (to share one chain between clients), or false.
   */
  audit?: false | AuditOptions | AuditLog;
  /** Advanced: hooks into the request path. */
  hooks?: Omit<PipelineHooks, 'limiter'>;
}

/** openapi-fetch's low-level methods, typed by path, going through the same request path. */
export type LowLevelClient = Pick<OpenApiFetchClient<paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'>;

export type DialpadClient = Areas<RequestOptions> &
  LowLevelClient & {
    /** Any operation by its operationId, with its parts given separately (used by agent tools). */
    request<R = unknown>(operationId: OperationId, input?: OperationInput, options?: RequestOptions): Promise<R>;
    readonly baseUrl: string;
    /** The agent's guard, when a policy is set. */
    readonly guard: Guard | undefined;
    /** Waits for pending audit records and closes the audit file. */
    close(): Promise<void>;
  };

const USER_AGENT = '@bollard/dialpad';

function metaOf(operationId: string, guarded: boolean, method = 'UNKNOWN', path = 'UNKNOWN'): OperationMeta {
  const operation = (operations as Record<string, OperationMeta>)[operationId];
  if (operation) return operation;
  if (guarded) {
    // Not an operation: the guard denies it, and the denial is audited like any other.
    return { operationId, method: method as OperationMeta['method'], path, area: 'unknown', access: 'write', scopes: [], contentScopes: [], companyAdmin: false, rateLimits: [], maxRequestBytes: null, targets: [], webhookEvent: null, effect: { description: 'unknown', flags: [] }, since: { version: 'v2' }, source: { url: '' }, summary: '', paginated: false, pathParams: [], queryParams: [], hasBody: false };
  }
  throw new DialpadError(`unknown operation ${operationId}`, {
    operationId,
    retryable: false,
    advice: 'Use an operationId from `operations` (e.g. users.get).',
  });
}

function guardFrom(options: DialpadClientOptions): { guard: Guard; policy: Policy } | undefined {
  if (options.policy === undefined && options.agent === undefined) return undefined;
  if (options.policy === undefined || !options.agent) {
    throw new TypeError('policy and agent go together: give the policy (object or file path) and the name of the agent this client acts for');
  }
  const policy = typeof options.policy === 'string' ? loadPolicy(options.policy) : options.policy;
  return { guard: createGuard(policy, options.agent), policy };
}

function auditFrom(options: DialpadClientOptions, guarded: boolean): AuditLog | undefined {
  if (options.audit === false) return undefined;
  if (options.audit && typeof (options.audit as AuditLog).record === 'function') return options.audit as AuditLog;
  if (options.audit || guarded) return createAuditLog(options.audit as AuditOptions | undefined);
  return undefined;
}

async function parseBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status >= 300) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  return (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
}

function limiterFrom(option: DialpadClientOptions['rateLimit']): RequestLimiter | undefined {
  if (option === false) return undefined;
  if (option && typeof (option as RequestLimiter).acquire === 'function') return option as RequestLimiter;
  return createRateLimiter(option as RateLimiterOptions | undefined);
}

export function createDialpadClient(options: DialpadClientOptions): DialpadClient {
  const credentials = options.credentials ?? apiKeyCredentials(options.apiKey as string);
  const baseUrl = (options.baseUrl ?? environments[options.environment ?? 'production']).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError(`baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const maxPages = options.maxPages ?? 1000;
  const guarded = guardFrom(options);
  const audit = auditFrom(options, Boolean(guarded));
  const agentName = guarded ? options.agent! : null;
  const reveal = guarded ? (guarded.policy.agents[options.agent!]?.revealPhoneNumbers ?? false) : false;
  const hooks: PipelineHooks = { ...options.hooks, limiter: limiterFrom(options.rateLimit) };
  if (guarded) hooks.authorize = (operation, request) => guarded.guard.check(operation.operationId, request);
  if (audit) {
    const userRecord = options.hooks?.record;
    hooks.record = async (outcome) => {
      await audit.record(outcome, agentName, reveal);
      await userRecord?.(outcome);
    };
  }
  const config: PipelineConfig = {
    fetch: fetchImpl,
    credentials,
    timeoutMs: options.timeout ?? 30_000,
    retry: { ...defaultRetrySettings, maxRetries: options.maxRetries ?? defaultRetrySettings.maxRetries },
    maxQueueWaitMs: options.maxQueueWaitMs ?? 30_000,
    userAgent: USER_AGENT,
    redact: redactorFor(credentials),
    hooks,
  };

  function prepare(operation: OperationMeta, input: OperationInput): PreparedRequest {
    const pathParams = input.path ?? {};
    let url = '';
    let invalid: Error | undefined;
    try {
      url = `${baseUrl}${fillPath(operation.path, pathParams)}${queryString(input.query)}`;
    } catch (error) {
      invalid = new InvalidRequestError(operation.operationId, (error as Error).message);
    }
    return {
      invalid,
      url,
      method: operation.method,
      headers: {},
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
      pathParams,
      query: input.query,
      json: input.body,
    };
  }

  async function call<R>(operationId: OperationId, input: OperationInput = {}, requestOptions?: RequestOptions): Promise<R> {
    const operation = metaOf(operationId, Boolean(guarded));
    const response = await sendThroughPipeline(config, operation, prepare(operation, input), requestOptions);
    return (await parseBody(response)) as R;
  }

  const caller: OperationCaller<RequestOptions> = {
    call,
    paginate<T, P>(operationId: OperationId, input: OperationInput, requestOptions?: RequestOptions) {
      const startCursor = input.query?.cursor as string | undefined;
      return paginate<T, P & { items?: T[] | null; cursor?: string | null }>(
        operationId,
        (cursor) => call(operationId, { ...input, query: { ...input.query, cursor } }, requestOptions),
        startCursor,
        { maxPages },
      ) as never;
    },
  };

  const route = createRouter();
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const pipelineFetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const pathname = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const matched = route(request.method, pathname);
    if (!matched && guarded) {
      const unknown = metaOf(`${request.method} ${pathname}`, true, request.method, pathname);
      return sendThroughPipeline(config, unknown, { url: request.url, method: request.method, headers: {}, pathParams: {} }, { signal: request.signal });
    }
    if (!matched) {
      throw new DialpadError(`${request.method} ${pathname} is not an operation of this client`, {
        retryable: false,
        advice: 'Use a path from the spec; every call must map to one operation so it can be checked and logged.',
      });
    }
    const operation = metaOf(matched.operationId, Boolean(guarded));
    const body = request.body ? await request.text() : undefined;
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      if (key !== 'authorization') headers[key] = value;
    });
    return sendThroughPipeline(
      config,
      operation,
      { url: request.url, method: request.method, headers, body, pathParams: matched.params, query: Object.fromEntries(url.searchParams), json },
      { signal: request.signal },
    );
  };
  const lowLevel = createOpenApiFetch<paths>({ baseUrl, fetch: pipelineFetch });

  return {
    ...createAreas(caller),
    GET: lowLevel.GET,
    PUT: lowLevel.PUT,
    POST: lowLevel.POST,
    DELETE: lowLevel.DELETE,
    PATCH: lowLevel.PATCH,
    request: call,
    baseUrl,
    guard: guarded?.guard,
    close: async () => {
      await audit?.close();
    },
  };
}
