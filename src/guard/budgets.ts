import { bounded, StoreUnavailable, type RateLimitStore } from '../ratelimit/pacer.js';
import type { Budget } from './types.js';

export type Reservation = { ok: true; used: number } | { ok: false; used: number; freesAt: number };

/**
 * Where budgets are counted: the same store as the rate limits (this process, or a Redis shared by
 * every process and machine). A reservation takes one unit of a sliding window atomically, so
 * concurrent callers never overshoot; it is released if the call ends up not being sent.
 */
export interface BudgetStore {
  readonly name: string;
  reserve(key: string, budget: Budget, token: string, bound?: { signal?: AbortSignal; deadline?: number }): Promise<Reservation>;
  release(key: string, token: string): Promise<void>;
  /** Units used in the current window, and when the oldest frees up. */
  usage(key: string, budget: Budget): Promise<{ used: number; freesAt: number | null }>;
}

export function budgetKey(prefix: string, agent: string, budget: Budget): string {
  return `${prefix}:budget:${agent}:${budget.name}`;
}

export function memoryBudgetStore(now: () => number = Date.now): BudgetStore {
  const windows = new Map<string, Map<string, number>>();
  const window = (key: string, budget: Budget) => {
    const entries = windows.get(key) ?? new Map<string, number>();
    windows.set(key, entries);
    const since = now() - budget.perMs;
    for (const [token, at] of entries) if (at <= since) entries.delete(token);
    return entries;
  };
  const oldest = (entries: Map<string, number>) => Math.min(...entries.values());
  return {
    name: 'memory',
    async reserve(key, budget, token) {
      const entries = window(key, budget);
      if (entries.size >= budget.limit) return { ok: false, used: entries.size, freesAt: oldest(entries) + budget.perMs };
      entries.set(token, now());
      return { ok: true, used: entries.size };
    },
    async release(key, token) {
      windows.get(key)?.delete(token);
    },
    async usage(key, budget) {
      const entries = window(key, budget);
      return { used: entries.size, freesAt: entries.size ? oldest(entries) + budget.perMs : null };
    },
  };
}

// One script, so the window is trimmed, counted and taken in one atomic step, on Redis's own clock
// (agents on several machines agree on the window whatever their clocks say).
const RESERVE = `local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
local used = redis.call('ZCARD', KEYS[1])
if used < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  return {1, used + 1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, used, tonumber(oldest[2]) + tonumber(ARGV[1])}`;

const USAGE = `local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
local used = redis.call('ZCARD', KEYS[1])
if used == 0 then return {0, 0} end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {used, tonumber(oldest[2]) + tonumber(ARGV[1])}`;

export function redisBudgetStore(store: Extract<RateLimitStore, { kind: 'redis' }>): BudgetStore {
  const evaluate = (script: string, bound: { signal?: AbortSignal; deadline?: number }, ...args: (string | number)[]) =>
    bounded(store, () => Promise.resolve(store.client.eval(script, 1, ...args)) as Promise<number[]>, bound);
  return {
    name: 'redis',
    async reserve(key, budget, token, bound = {}) {
      const [ok, used, freesAt] = await evaluate(RESERVE, bound, key, budget.perMs, budget.limit, token);
      return ok === 1 ? { ok: true, used: Number(used) } : { ok: false, used: Number(used), freesAt: Number(freesAt) };
    },
    async release(key, token) {
      await bounded(store, () => Promise.resolve(store.client.eval("return redis.call('ZREM', KEYS[1], ARGV[1])", 1, key, token)), {});
    },
    async usage(key, budget) {
      const [used, freesAt] = await evaluate(USAGE, {}, key, budget.perMs);
      return { used: Number(used), freesAt: used ? Number(freesAt) : null };
    },
  };
}

export { StoreUnavailable };
