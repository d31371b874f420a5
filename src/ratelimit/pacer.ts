import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';

/**
 * rate-limiter-flexible's Redis store rounds windows to whole seconds; pacing needs milliseconds
 * (20 per second is one slot every 50 ms). Same script as the library's, with PX for EX: the
 * limiter is built with `duration` counted in milliseconds, which this script then uses as is.
 */
const MILLISECOND_INCR_TTL = `redis.call('set', KEYS[1], 0, 'PX', ARGV[2], 'NX') \
local consumed = redis.call('incrby', KEYS[1], ARGV[1]) \
local ttl = redis.call('pttl', KEYS[1]) \
if ttl == -1 then \
  redis.call('pexpire', KEYS[1], ARGV[2]) \
  ttl = ARGV[2] \
end \
return {consumed, ttl}`;

/**
 * An ioredis client, typed by the little this package relies on, so that `ioredis` stays optional:
 * its own `Redis` class fits.
 */
export interface RedisClientLike {
  readonly status?: string;
  // rate-limiter-flexible drives the client through these.
  eval(...args: any[]): unknown;
  get(...args: any[]): unknown;
}

export type RateLimitStore = { kind: 'memory' } | { kind: 'redis'; client: RedisClientLike; timeoutMs: number };

/** The store did not answer (in time): the caller fails the call closed. */
export class StoreUnavailable extends Error {
  constructor(
    readonly store: string,
    why: string,
  ) {
    super(why);
  }
}

// ioredis states in which a command will not be answered soon: fail at once instead of queueing it.
const DOWN = new Set(['reconnecting', 'end', 'close']);

/** Races a store query against its time budget, the caller's deadline and abort signal. */
export function bounded<T>(store: RateLimitStore, query: () => Promise<T>, bound: { signal?: AbortSignal; deadline?: number }): Promise<T> {
  if (store.kind === 'memory') return query();
  if (store.client.status && DOWN.has(store.client.status)) return Promise.reject(new StoreUnavailable('redis', `connection ${store.client.status}`));
  const budget = Math.max(1, Math.min(store.timeoutMs, (bound.deadline ?? Infinity) - Date.now()));
  return new Promise<T>((resolve, reject) => {
    if (bound.signal?.aborted) return reject(bound.signal.reason);
    const timer = setTimeout(() => done(() => reject(new StoreUnavailable('redis', `no answer within ${Math.round(budget)} ms`))), budget);
    const onAbort = () => done(() => reject(bound.signal!.reason));
    bound.signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const done = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      bound.signal?.removeEventListener('abort', onAbort);
      finish();
    };
    query().then(
      (value) => done(() => resolve(value)),
      (error: unknown) => done(() => reject(error instanceof Error && !(error as { msBeforeNext?: unknown }).msBeforeNext ? new StoreUnavailable('redis', (error as { name?: string }).name === 'MaxRetriesPerRequestError' ? 'connection lost' : error.message.slice(0, 120)) : error)),
    );
  });
}

/**
 * One slot per `spacingMs` per key: a slot opens the moment the last one was taken plus the
 * spacing. Spacing W/L between requests keeps any window of W seconds at L requests or fewer,
 * wherever the window starts — so a server counting in fixed or sliding windows never sees more.
 */
export class Pacer {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    readonly spacingMs: number,
    private readonly store: RateLimitStore,
    keyPrefix: string,
  ) {
    const spacing = Math.max(1, Math.ceil(spacingMs));
    this.limiter =
      store.kind === 'memory'
        ? new RateLimiterMemory({ points: 1, duration: spacing / 1000, keyPrefix: `${keyPrefix}:${spacing}` })
        : new RateLimiterRedis({
            storeClient: store.client,
            points: 1,
            duration: spacing,
            keyPrefix: `${keyPrefix}:${spacing}`,
            customIncrTtlLuaScript: MILLISECOND_INCR_TTL,
          });
  }

  /** Milliseconds until the key has a free slot (0: free now), without taking it. */
  async peek(key: string, bound: { signal?: AbortSignal; deadline?: number } = {}): Promise<number> {
    const state = await bounded(this.store, () => this.limiter.get(key), bound);
    return state && state.consumedPoints >= 1 ? Math.max(1, state.msBeforeNext) : 0;
  }

  /** Takes the slot if free (0), else says how long until it frees. */
  async take(key: string, bound: { signal?: AbortSignal; deadline?: number } = {}): Promise<number> {
    const result = await bounded(
      this.store,
      () =>
        this.limiter.consume(key, 1).then(
          () => 0,
          (rejection: unknown) => {
            if (rejection instanceof Error) throw rejection;
            return Math.max(1, (rejection as RateLimiterRes).msBeforeNext);
          },
        ),
      bound,
    );
    return result;
  }
}
