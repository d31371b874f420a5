import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialpadClient, LimiterUnavailableError, type DialpadClient } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';
import { startRedis, type RunningRedis } from '../support/redis.js';

// The limiter's store fails: Redis killed, or hung. Calls fail closed — typed, fast, within the wait
// they were allowed and the caller's signal — send nothing, and go through again once Redis is back.
let redis: RunningRedis;
let server: LocalServer;
let ioredis: Redis;
let client: DialpadClient;

beforeAll(async () => {
  redis = await startRedis();
  server = await startLocalServer((_req, res) => json(res, 200, { id: '1' }));
  // Made, then assigned: \`ioredis = new Redis(…)\` would type-check the constructor's overloads against
  // the variable's type, 2.5 s of the project's type-check with ioredis 6's declarations.
  const connection = new Redis(redis.url); // as a user makes it: default options (retries, offline queue)
  connection.on('error', () => undefined); // connection errors while Redis is down are expected here
  ioredis = connection;
  client = createDialpadClient({ apiKey: 'k-redis-down', baseUrl: server.url, rateLimit: { redis: ioredis, keyPrefix: `down-${process.pid}` }, maxQueueWaitMs: 1_500 });
}, 30_000);
afterAll(async () => {
  ioredis?.disconnect();
  await redis?.stop();
  await server?.close();
});

async function timed(promise: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { ms: performance.now() - started, error };
}

describe('the Redis limiter with Redis down', () => {
  it('Redis hung (no answer): a call fails within maxQueueWaitMs, or as soon as the caller aborts, and is not sent', async () => {
    await client.users.get('before');
    redis.pause();
    try {
      const before = server.requests.length;
      const hung = await timed(client.users.get('hung'));
      expect(hung.error).toBeInstanceOf(LimiterUnavailableError);
      expect(hung.error).toMatchObject({ store: 'redis', sent: false, retryable: true, operationId: 'users.get' });
      expect((hung.error as Error).message).toMatch(/the rate-limit store \(redis\) is unavailable/);
      expect(hung.ms).toBeLessThan(3_000);
      const aborted = await timed(client.users.get('aborted', { signal: AbortSignal.timeout(200), maxQueueWaitMs: 60_000 }));
      expect((aborted.error as Error).name).toMatch(/AbortError|TimeoutError/);
      expect(aborted.ms).toBeLessThan(1_500);
      expect(server.requests.length).toBe(before);
    } finally {
      redis.resume();
    }
    await client.users.get('after-resume');
  }, 30_000);

  it('Redis killed: calls fail at once with LimiterUnavailableError; once it is back, they go through again', async () => {
    await redis.stop();
    const before = server.requests.length;
    for (let i = 0; i < 3; i++) {
      const down = await timed(client.users.get(`down-${i}`));
      expect(down.error).toBeInstanceOf(LimiterUnavailableError);
      expect(down.ms).toBeLessThan(2_000);
    }
    expect(server.requests.length).toBe(before);
    redis = await startRedis(redis.port);
    const deadline = Date.now() + 15_000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      recovered = await client.users.get('back').then(
        () => true,
        (e: unknown) => {
          expect(e).toBeInstanceOf(LimiterUnavailableError);
          return new Promise<boolean>((r) => setTimeout(() => r(false), 200));
        },
      );
    }
    expect(recovered).toBe(true);
    expect(server.requests.length).toBe(before + 1);
  }, 60_000);
});
