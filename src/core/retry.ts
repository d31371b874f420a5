import type { OperationMeta } from '../../generated/operations.js';

export interface RetrySettings {
  maxRetries: number;
  /** First backoff step in ms; doubled each attempt, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error is thrown instead. */
  maxRetryAfterMs: number;
}

export const defaultRetrySettings: RetrySettings = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

/**
 * Whether a failure that may have been processed (503, timeout, lost connection) can be sent again
 * without risk of doing it twice: reads and idempotent writes yes; a POST/PATCH, or anything that
 * places a call or sends a message, only when the caller opted in for that call.
 */
export function isSafeToRepeat(operation: Pick<OperationMeta, 'method' | 'access' | 'effect'>, optIn: boolean): boolean {
  if (optIn) return true;
  if (operation.effect.flags.includes('external')) return false;
  return operation.method === 'GET' || operation.method === 'PUT' || operation.method === 'DELETE';
}

/** Retry-After as seconds or an HTTP date → milliseconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffDelay(attempt: number, settings: RetrySettings, random: () => number = Math.random): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}
