import type { Client as OpenApiFetchClient } from 'openapi-fetch';
import { createAreas, type Areas } from '../generated/areas/index.js';
import type { OperationCaller, OperationInput } from '../generated/caller.js';
import { operationsByRoute, type OperationId } from '../generated/operations.js';
import type { paths } from '../generated/schema.js';
import { createAuditLog, type AuditLog, type AuditOptions } from './audit/log.js';
import { MAX_TIMEOUT_MS, optionProblems, type RequestOptions } from './core/options.js';
import { runCall, type CredentialProvider, type PipelineConfig, type RequestLimiter } from './core/pipeline.js';
import { parseBaseUrl } from './core/request.js';
import { defaultRetrySettings } from './core/retry.js';
import { apiKeyCredentials, redactorFor } from './credentials.js';
import { environments, type Environment } from './environments.js';
import { PolicyError, type DialpadError, type Redactor } from './errors.js';
import type { Approver } from './guard/approval.js';
import { memoryBudgetStore } from './guard/budgets.js';
import { createGuard, type Guard } from './guard/decide.js';
import { loadPolicy } from './guard/policy.js';
import type { Policy } from './guard/types.js';
import { paginate } from './pagination.js';
import { createRateLimiter, type RateLimiterOptions } from './ratelimit/limiter.js';

export interface DialpadClientOptions {
  /** An API key from the Dialpad admin portal. Give this or `credentials`. */
  apiKey?: string;
  /** A credential provider (e.g. an OAuth token provider that refreshes). Give this or `apiKey`. */
  credentials?: CredentialProvider;
  /** Which Dialpad to talk to; default 'production'. Ignored when `baseUrl` is given. */
  environment?: Environment;
  /** Another base URL, e.g. a local mock server. Every request goes to this origin, under this path. */
  baseUrl?: string;
  /** A fetch implementation; default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Per-request timeout: 1 to 86 400 000 ms, or 'none'; default 30 000. */
  timeout?: number | 'none';
  /** Retries after a 429 or a safe-to-repeat failure: 0 to 10; default 2. */
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
   * The audit log: on whenever a policy is given (default: the file dialpad-audit.jsonl, shared by
   * every client of the process that writes there). Options for it, a log made by `createAuditLog`,
   * or false.
   */
  audit?: false | AuditOptions | AuditLog;
  /**
   * Asks a person before an operation the agent's policy lists under `approval` is sent:
   * `async (request) => ({ approved, by, note })`. Without one, such calls are refused.
   */
  approver?: Approver;
  /** Longest wait for the approver; default 300 000 ms (5 minutes). */
  approvalTimeoutMs?: number;
  /** Rehearse every write of this client: checked, approved, budgeted and recorded, never sent. */
  dryRun?: boolean;
}

/** openapi-fetch's low-level methods, typed by path; each call goes through the same request path. */
export type LowLevelClient = Pick<OpenApiFetchClient<paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'>;

export type DialpadClient = Areas<RequestOptions> &
  LowLevelClient & {
    /** Any operation by its operationId, with its parts given separately (used by agent tools). */
    request<R = unknown>(operationId: OperationId, input?: OperationInput, options?: RequestOptions): Promise<R>;
    readonly baseUrl: string;
    /** The agent's guard, when a policy is set. */
    readonly guard: Guard | undefined;
    /** Waits for pending audit records and lets go of the audit log. */
    close(): Promise<void>;
  };

const USER_AGENT = '@bollard/dialpad';

/** What the package's own entry points (agent tools, MCP) reach inside a client; not part of its surface. */
interface ClientInternals {
  redact: Redactor;
  /** The one request path, with a refusal the entry point already found (invalid tool arguments). */
  call(operationId: string, parts: OperationInput, options: RequestOptions | undefined, extra: { invalid?: DialpadError; approver?: Approver }): Promise<unknown>;
  /** Whether the client itself was given an approver (the MCP server asks through the MCP client otherwise). */
  readonly hasApprover: boolean;
}
const INTERNALS = new WeakMap<object, ClientInternals>();

export function internalsOf(client: DialpadClient): ClientInternals {
  const internals = INTERNALS.get(client);
  if (!internals) throw new TypeError('not a client made by createDialpadClient');
  return internals;
}

/** The client's redactor (its key and tokens → [redacted]), for code that shows its answers to a model. */
export function redactorOf(client: DialpadClient): Redactor {
  return INTERNALS.get(client)?.redact ?? ((text) => text);
}

function guardFrom(options: DialpadClientOptions): { guard: Guard; policy: Policy } | undefined {
  if (options.policy === undefined && options.agent === undefined) return undefined;
  if (options.policy === undefined || typeof options.agent !== 'string' || options.agent === '') {
    throw new TypeError('policy and agent go together: give the policy (object or file path) and the name of the agent this client acts for');
  }
  const policy = typeof options.policy === 'string' ? loadPolicy(options.policy) : options.policy;
  if (!Object.hasOwn(policy.agents, options.agent)) {
    const file = typeof options.policy === 'string' ? options.policy : ((policy as { file?: string }).file ?? 'the policy');
    const names = Object.keys(policy.agents);
    throw new PolicyError(file, [{ path: 'agents', message: `there is no agent "${options.agent}"; the policy has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'no agents'}` }], 'Use one of the agent names the policy lists, or add the agent to the policy.');
  }
  return { guard: createGuard(policy, options.agent), policy };
}

function auditFrom(options: DialpadClientOptions, guarded: boolean): AuditLog | undefined {
  if (options.audit === false) return undefined;
  const given = options.audit as Partial<AuditLog> | undefined;
  if (given && typeof given.write === 'function' && typeof given.name === 'string') return options.audit as AuditLog;
  if (options.audit || guarded) return createAuditLog(options.audit as AuditOptions | undefined);
  return undefined;
}

function limiterFrom(option: DialpadClientOptions['rateLimit']): RequestLimiter | undefined {
  if (option === false) return undefined;
  if (option && typeof (option as RequestLimiter).acquire === 'function') return option as RequestLimiter;
  return createRateLimiter(option as RateLimiterOptions | undefined);
}

async function parseBody(response: Response, as: 'json' | 'text' = 'json'): Promise<unknown> {
  if (response.status === 204 || response.status >= 300) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  if (as === 'text') return text;
  return (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
}

export function createDialpadClient(options: DialpadClientOptions): DialpadClient {
  const credentials = options.credentials ?? apiKeyCredentials(options.apiKey as string);
  const base = parseBaseUrl(options.baseUrl ?? environments[options.environment ?? 'production']);
  const problems = optionProblems({ timeout: options.timeout, maxRetries: options.maxRetries, maxQueueWaitMs: options.maxQueueWaitMs });
  if (options.maxPages !== undefined && !(Number.isInteger(options.maxPages) && options.maxPages >= 1)) problems.push(`\`maxPages\` must be a whole number ≥ 1, got ${String(options.maxPages)}`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') problems.push('`fetch` must be a function');
  if (options.approvalTimeoutMs !== undefined && !(Number.isFinite(options.approvalTimeoutMs) && options.approvalTimeoutMs >= 1 && options.approvalTimeoutMs <= 86_400_000)) problems.push(`\`approvalTimeoutMs\` must be 1–86400000 ms, got ${String(options.approvalTimeoutMs)}`);
  if (options.approver !== undefined && typeof options.approver !== 'function') problems.push('`approver` must be a function');
  if (problems.length) throw new RangeError(`createDialpadClient: ${problems.join('; ')}`);
  const maxPages = options.maxPages ?? 1000;
  const guarded = guardFrom(options);
  const audit = auditFrom(options, Boolean(guarded));
  const redact = redactorFor(credentials);
  const limiter = limiterFrom(options.rateLimit);
  const config: PipelineConfig = {
    base,
    fetch: options.fetch ?? globalThis.fetch,
    credentials,
    timeoutMs: options.timeout ?? 30_000,
    retry: { ...defaultRetrySettings, maxRetries: options.maxRetries ?? defaultRetrySettings.maxRetries },
    maxQueueWaitMs: options.maxQueueWaitMs ?? 30_000,
    userAgent: USER_AGENT,
    redact,
    guard: guarded?.guard,
    agent: guarded ? options.agent! : null,
    revealPhoneNumbers: guarded ? (guarded.policy.agents[options.agent!]?.revealPhoneNumbers ?? false) : false,
    audit,
    limiter,
    approver: options.approver,
    approvalTimeoutMs: options.approvalTimeoutMs ?? 300_000,
    dryRun: options.dryRun === true,
    // Budgets live where the rate limits do; a client without limits still keeps them, in memory.
    budgets: limiter?.budgets ?? memoryBudgetStore(),
    budgetPrefix: limiter?.keyPrefix ?? 'bollard-dialpad',
  };

  async function call<R>(operationId: OperationId, input: OperationInput = {}, requestOptions?: RequestOptions): Promise<R> {
    if (requestOptions === undefined) return (await parseBody(await runCall(config, operationId, input))) as R;
    const { query, ...rest } = requestOptions as RequestOptions & { query?: Record<string, unknown> };
    // Operations with a body take their query parameters in the options (`{ query }`).
    const parts = query === undefined ? input : { ...input, query: { ...input.query, ...query } };
    const response = await runCall(config, operationId, parts, rest);
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

  /**
   * openapi-fetch's calling convention — `GET('/api/v2/users/{id}', { params: { path: { id } } })` —
   * but the call is looked up by its exact method and path template, then runs through the one
   * request path like any other. No URL is ever built from the string given here.
   */
  const lowLevel = (method: string) =>
    async (schemaPath: string, init?: Record<string, unknown>) => {
      const key = `${method} ${String(schemaPath)}`;
      const operationId = Object.hasOwn(operationsByRoute, key) ? operationsByRoute[key]! : key;
      const { params, body, parseAs, ...rest } = (init ?? {}) as { params?: Record<string, unknown>; body?: unknown; parseAs?: unknown } & RequestOptions;
      const requestOptions: Record<string, unknown> = { ...rest };
      if (parseAs !== undefined && parseAs !== 'json' && parseAs !== 'text') requestOptions.parseAs = parseAs;
      const paramKeys = params && typeof params === 'object' ? Object.keys(params) : [];
      for (const extra of paramKeys.filter((k) => k !== 'path' && k !== 'query')) requestOptions[`params.${extra}`] = (params as Record<string, unknown>)[extra];
      const response = await runCall(config, operationId, { path: params?.path as Record<string, unknown> | undefined, query: params?.query as Record<string, unknown> | undefined, body }, requestOptions as RequestOptions);
      return { data: await parseBody(response, parseAs === 'text' ? 'text' : 'json'), response };
    };

  const client = {
    ...createAreas(caller),
    GET: lowLevel('GET'),
    PUT: lowLevel('PUT'),
    POST: lowLevel('POST'),
    DELETE: lowLevel('DELETE'),
    PATCH: lowLevel('PATCH'),
    // Same path as every method: runCall looks the id up as an own property of `operations` only.
    request: <R>(operationId: OperationId, input?: OperationInput, requestOptions?: RequestOptions) => call<R>(operationId, input ?? {}, requestOptions),
    baseUrl: base.href,
    guard: guarded?.guard,
    close: async () => {
      await audit?.close();
    },
  } as unknown as DialpadClient;
  INTERNALS.set(client, {
    redact,
    call: async (operationId, parts, requestOptions, extra) => parseBody(await runCall(config, operationId, parts, requestOptions ?? {}, extra)),
    hasApprover: options.approver !== undefined,
  });
  return client;
}

export { MAX_TIMEOUT_MS };
