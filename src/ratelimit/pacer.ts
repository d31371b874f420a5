import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

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

export type RateLimitStore = { kind: 'memory' } | { kind: 'redis'; client: Redis };

/**
 * One slot per `spacingMs` per key: a slot opens the moment the last one was taken plus the
 * spacing. Spacing W/L between requests keeps any window of W seconds at L requests or fewer,
 * wherever the window starts — so a server counting in fixed or sliding windows never sees more.
 */
export class Pacer {
  private readonly limiter: RateLimiterAbstract;

  constructor(readonly spacingMs: number, store: RateLimitStore, keyPrefix: string) {
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
  async peek(key: string): Promise<number> {
    const state = await this.limiter.get(key);
    return state && state.consumedPoints >= 1 ? Math.max(1, state.msBeforeNext) : 0;
  }

  /** Takes the slot if free (0), else says how long until it frees. */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key, 1);
      return 0;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      return Math.max(1, (rejection as RateLimiterRes).msBeforeNext);
    }
  }
}
