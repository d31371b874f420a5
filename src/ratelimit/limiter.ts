import { companyRateLimit, type OperationMeta, type RateLimitRule } from '../../generated/operations.js';
import type { LimiterGrant, PreparedRequest, RequestLimiter } from '../core/pipeline.js';
import { sleep } from '../core/sleep.js';
import { ClientRateLimitError, LimiterUnavailableError } from '../errors.js';
import { fieldValue } from '../guard/targets.js';
import { memoryBudgetStore, redisBudgetStore } from '../guard/budgets.js';
import { FifoQueues } from './fifo.js';
import { Pacer, StoreUnavailable, type RateLimitStore, type RedisClientLike } from './pacer.js';

export interface RateLimiterOptions {
  /** Where the counters live: this process (default) or a Redis (an ioredis client) shared by every process of the company. */
  redis?: RedisClientLike;
  /**
   * Longest wait for one answer from Redis before the store counts as unavailable (default 2 000 ms).
   * Calls then fail closed with LimiterUnavailableError, never unlimited, and go through again once
   * Redis answers.
   */
  storeTimeoutMs?: number;
  /** Namespaces the counters: every process sharing one company's budget uses the same prefix. */
  keyPrefix?: string;
  /** The account's SMS tier (sms.send allows 100/min on tier 0, 800/min on tier 1); default 0. */
  tier?: number;
  /** Override the company-wide ceiling (default from operations: 20 per second). */
  companyLimit?: { limit: number; windowSeconds: number };
  /**
   * Extra spacing between requests, as a fraction of the exact pace (default 0.05): requests
   * reach Dialpad with some jitter, and a request delayed in transit must not bunch up with the
   * next ones. 0.05 absorbs up to 5% of a window of delay differences.
   */
  headroom?: number;
}

interface Slot {
  pacer: Pacer;
  key: string;
}

function spacingMs(rule: { limit: number; windowSeconds: number }, headroom: number): number {
  return ((rule.windowSeconds * 1000) / rule.limit) * (1 + headroom);
}

/** The key a rule counts on: the operation, and the request value it is counted per (a user, a number, ...). */
function ruleKey(operation: OperationMeta, rule: RateLimitRule, request: PreparedRequest): string {
  if (rule.per === 'company') return `${operation.operationId}:company=*`;
  const value = fieldValue(rule.per, request);
  return `${operation.operationId}:${rule.per.in === 'path' ? '' : `${rule.per.in}.`}${rule.per.name}=${value === undefined || value === null ? '' : String(value)}`;
}

/**
 * Client-side rate limits derived from `operations`: the company ceiling shared by every
 * operation, plus each operation's tighter caps, counted per their key. A call waits for a slot
 * (first come, first served for the same operation and key) up to `maxQueueWaitMs`, then fails
 * with ClientRateLimitError without being sent. With Redis as the store, a Redis that does not
 * answer fails the call closed (LimiterUnavailableError) within the wait it was allowed.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RequestLimiter {
  const store: RateLimitStore = options.redis ? { kind: 'redis', client: options.redis, timeoutMs: options.storeTimeoutMs ?? 2_000 } : { kind: 'memory' };
  const prefix = options.keyPrefix ?? 'bollard-dialpad';
  const tier = options.tier ?? 0;
  const headroom = options.headroom ?? 0.05;
  if (!(headroom >= 0 && headroom < 1)) throw new RangeError('headroom must be a fraction between 0 and 1, e.g. 0.05');
  const pacers = new Map<number, Pacer>();
  const pacer = (rule: { limit: number; windowSeconds: number }) => {
    const spacing = Math.max(1, Math.ceil(spacingMs(rule, headroom)));
    let found = pacers.get(spacing);
    if (!found) pacers.set(spacing, (found = new Pacer(spacing, store, prefix)));
    return found;
  };
  const company: Slot = { pacer: pacer(options.companyLimit ?? companyRateLimit), key: 'company' };
  const budgets = store.kind === 'redis' ? redisBudgetStore(store) : memoryBudgetStore();
  const queues = new FifoQueues();

  const slotsFor = (operation: OperationMeta, request: PreparedRequest): Slot[] => {
    const slots = new Map<string, Slot>();
    for (const rule of operation.rateLimits) {
      if (rule.tier !== undefined && rule.tier !== tier) continue;
      const slot = { pacer: pacer(rule), key: ruleKey(operation, rule, request) };
      // Two rules with the same pace on the same key (12/min and 1 per 5 s) are one constraint.
      slots.set(`${slot.pacer.spacingMs}|${slot.key}`, slot);
    }
    return [...slots.values()];
  };

  return {
    budgets,
    keyPrefix: prefix,
    async acquire(operation, request, { signal, maxQueueWaitMs = 30_000 }): Promise<LimiterGrant> {
      const started = Date.now();
      const deadline = started + maxQueueWaitMs;
      const own = slotsFor(operation, request);
      const tooLate = (retryAfterMs: number) => new ClientRateLimitError(operation.operationId, Date.now() - started, retryAfterMs);
      const waitOrGiveUp = async (ms: number) => {
        if (Date.now() + ms > deadline) throw tooLate(ms);
        await sleep(ms, signal);
      };
      // Waiting in line is bounded like waiting for a slot: by maxQueueWaitMs and the caller's signal.
      const waitForTurn = (turn: Promise<void>) =>
        new Promise<void>((resolve, reject) => {
          if (signal?.aborted) return reject(signal.reason);
          const timer = setTimeout(() => reject(tooLate(1)), Math.max(0, deadline - Date.now()));
          const onAbort = () => reject(signal!.reason);
          signal?.addEventListener('abort', onAbort, { once: true });
          void turn.then(() => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            resolve();
          });
        });
      // A store that does not answer in time (Redis down) fails the call closed, naming the store.
      const ask = async <T>(query: () => Promise<T>): Promise<T> => {
        try {
          return await query();
        } catch (error) {
          if (error instanceof StoreUnavailable) throw new LimiterUnavailableError(operation.operationId, error.store, error.message);
          throw error;
        }
      };
      const bound = { signal, deadline };
      const queueKey = own.length ? own.map((slot) => slot.key).join('|') : `${operation.operationId}`;
      await queues.run(
        queueKey,
        async () => {
          for (;;) {
            // Wait for the operation's own caps first, so a call stuck on them never holds the company slot.
            const ownWait = Math.max(0, ...(await ask(() => Promise.all(own.map((slot) => slot.pacer.peek(slot.key, bound))))));
            if (ownWait > 0) {
              await waitOrGiveUp(ownWait);
              continue;
            }
            await queues.run(
              'company',
              async () => {
                for (let wait = await ask(() => company.pacer.take(company.key, bound)); wait > 0; wait = await ask(() => company.pacer.take(company.key, bound))) {
                  await waitOrGiveUp(wait);
                }
              },
              waitForTurn,
            );
            // Another process may have taken an own slot meanwhile: then this company slot goes unused (safe).
            const lost = (await ask(() => Promise.all(own.map((slot) => slot.pacer.take(slot.key, bound))))).filter((wait) => wait > 0);
            if (lost.length === 0) return;
            await waitOrGiveUp(Math.max(...lost));
          }
        },
        waitForTurn,
      );
      return { waitedMs: Date.now() - started };
    },
  };
}
