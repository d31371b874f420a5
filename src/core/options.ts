/** Per-call options, accepted as the last argument of every method. */
export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Milliseconds to wait for each answer: 1 to 86 400 000 (24 h), or `'none'` to wait as long as
   * the connection lasts. Default from the client (30 000).
   */
  timeout?: number | 'none';
  /** Retries after a 429, or after a 503 / timeout / lost connection where repeating is safe: 0 to 10. */
  maxRetries?: number;
  /**
   * Also retry this call after a 503, timeout or lost connection when it is not safe to repeat
   * (a POST, or an operation that places a call or sends a message). Only for callers who have
   * made the request idempotent themselves.
   */
  retryUnsafe?: boolean;
  /** Longest wait for a client-side rate-limit slot before failing with ClientRateLimitError: 0 to 86 400 000 ms. */
  maxQueueWaitMs?: number;
  /** Extra request headers (not Authorization, Host, Cookie or the framing headers: the client sets those). */
  headers?: Record<string, string>;
}

export const MAX_TIMEOUT_MS = 86_400_000;

// Options openapi-fetch accepts per call that would send a request somewhere else or some other way.
const REFUSED: Record<string, string> = {
  baseUrl: 'the URL is built from the operation and the client’s base URL',
  fetch: 'every call goes through the client’s own request path (guard, audit, rate limit)',
  Request: 'every call goes through the client’s own request path',
  middleware: 'every call goes through the client’s own request path',
  querySerializer: 'the query is serialized by the client as Dialpad expects it',
  pathSerializer: 'path parameters are encoded by the client',
  bodySerializer: 'the body is sent as JSON by the client',
  parseAs: 'answers are read as JSON, or as text with parseAs: "text"',
};

const KNOWN = new Set(['signal', 'timeout', 'maxRetries', 'retryUnsafe', 'maxQueueWaitMs', 'headers']);

function inRange(value: unknown, min: number, max: number, integer = false): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
}

/** What is wrong with per-call options (empty when nothing): unknown keys, values out of range. */
export function optionProblems(options: unknown, alsoAllowed: readonly string[] = []): string[] {
  if (options === undefined) return [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return ['options must be an object'];
  const problems: string[] = [];
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (given[key] === undefined) continue;
    if (Object.hasOwn(REFUSED, key)) problems.push(`per-call \`${key}\` is not accepted: ${REFUSED[key]}`);
    else if (!KNOWN.has(key) && !alsoAllowed.includes(key)) problems.push(`unknown option \`${key}\``);
  }
  const { signal, timeout, maxRetries, retryUnsafe, maxQueueWaitMs, headers } = given;
  if (signal !== undefined && !(signal instanceof AbortSignal)) problems.push('`signal` must be an AbortSignal');
  if (timeout !== undefined && timeout !== 'none' && !inRange(timeout, 1, MAX_TIMEOUT_MS)) problems.push(`\`timeout\` must be 1–${MAX_TIMEOUT_MS} ms or 'none', got ${String(timeout)}`);
  if (maxRetries !== undefined && !inRange(maxRetries, 0, 10, true)) problems.push(`\`maxRetries\` must be a whole number 0–10, got ${String(maxRetries)}`);
  if (retryUnsafe !== undefined && typeof retryUnsafe !== 'boolean') problems.push('`retryUnsafe` must be true or false');
  if (maxQueueWaitMs !== undefined && !inRange(maxQueueWaitMs, 0, MAX_TIMEOUT_MS)) problems.push(`\`maxQueueWaitMs\` must be 0–${MAX_TIMEOUT_MS} ms, got ${String(maxQueueWaitMs)}`);
  if (headers !== undefined && (typeof headers !== 'object' || headers === null || Array.isArray(headers))) problems.push('`headers` must be an object of strings');
  return problems;
}
