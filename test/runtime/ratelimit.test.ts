import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientRateLimitError, createDialpadClient, createRateLimiter, type DialpadClient } from '../../src/index.js';
import { json, maxInAnyWindow, startLocalServer, type LocalServer, type SeenRequest } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.useRealTimers();
});

/** What Dialpad enforces: 20 requests in any second, 5 initiate_call per minute per target user. */
function enforcer(clock: () => number) {
  const seen: { at: number; path: string }[] = [];
  let rejected = 0;
  return {
    seen,
    rejected: () => rejected,
    admit(path: string): boolean {
      const now = clock();
      const lastSecond = seen.filter((r) => now - r.at < 1000).length;
      const initiate = /^\/api\/v2\/users\/([^/]+)\/initiate_call$/.exec(path);
      const lastMinuteForUser = initiate ? seen.filter((r) => r.path === path && now - r.at < 60_000).length : 0;
      seen.push({ at: now, path });
      if (lastSecond >= 20 || (initiate && lastMinuteForUser >= 5)) {
        rejected++;
        return false;
      }
      return true;
    },
  };
}

/** 200 calls spread over 5 clients that share one limiter, mixing operations. */
function burst(clients: DialpadClient[], initiateUsers: string[] = []): Promise<unknown>[] {
  const calls: Promise<unknown>[] = [];
  for (let i = 0; i < 200; i++) {
    const client = clients[i % clients.length]!;
    if (initiateUsers.length && i % 5 === 0) calls.push(client.calls.initiate(initiateUsers[(i / 5) % initiateUsers.length]!, { phone_number: '+14155550123' }));
    else if (i % 3 === 0) calls.push(client.contacts.get(String(i)));
    else calls.push(client.users.get(String(i)));
  }
  return calls;
}

describe('client-side rate limits', () => {
  it('a burst of 200 calls from 5 clients never exceeds 20 in any one-second window, and an enforcing server answers zero 429s', async () => {
    const rules = enforcer(Date.now);
    server = await startLocalServer((req: SeenRequest, res) => (rules.admit(req.path) ? json(res, 200, { id: 1 }) : json(res, 429, { error: { code: 429, message: 'slow down' } })));
    const limiter = createRateLimiter();
    const clients = Array.from({ length: 5 }, () => createDialpadClient({ apiKey: 'k-burst', baseUrl: server!.url, rateLimit: limiter, maxRetries: 0 }));
    const results = await Promise.allSettled(burst(clients));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(server.requests).toHaveLength(200);
    expect(maxInAnyWindow(server.requests.map((r) => r.at), 1000)).toBeLessThanOrEqual(20);
    expect(rules.rejected()).toBe(0);
  }, 60_000);

  it('calls.initiate stays within 5 per minute per target user (fake clock), with the company ceiling too', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const rules = enforcer(Date.now);
    const times: { at: number; path: string }[] = [];
    // An in-process counting "server": the fake clock cannot drive real sockets.
    const fetch = (async (url: string | URL | Request) => {
      const path = new URL(String(url)).pathname;
      times.push({ at: Date.now(), path });
      const ok = rules.admit(path);
      return new Response(JSON.stringify(ok ? { id: 1 } : { error: { code: 429, message: 'slow' } }), { status: ok ? 200 : 429, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const limiter = createRateLimiter();
    const clients = Array.from({ length: 5 }, () =>
      createDialpadClient({ apiKey: 'k-minute', baseUrl: 'http://dialpad.test', fetch, rateLimit: limiter, maxRetries: 0, maxQueueWaitMs: 10 * 60_000 }),
    );
    const users = ['101', '102', '103', '104'];
    let settled = 0;
    const calls = burst(clients, users).map((p) => p.finally(() => settled++));
    while (settled < calls.length) await vi.advanceTimersByTimeAsync(50);
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(times).toHaveLength(200);
    expect(maxInAnyWindow(times.map((t) => t.at), 1000)).toBeLessThanOrEqual(20);
    for (const user of users) {
      const forUser = times.filter((t) => t.path === `/api/v2/users/${user}/initiate_call`).map((t) => t.at);
      expect(forUser).toHaveLength(10);
      expect(maxInAnyWindow(forUser, 60_000)).toBe(5);
    }
    expect(rules.rejected()).toBe(0);
    // 10 calls per user at one every 12.6 s (12 s + 5% headroom): the last leaves ~113 s after the first.
    expect(Math.max(...times.map((t) => t.at))).toBeGreaterThanOrEqual(113_000);
    expect(Math.max(...times.map((t) => t.at))).toBeLessThan(125_000);
  }, 60_000);

  it('a call that cannot get a slot within maxQueueWaitMs fails with ClientRateLimitError and is never sent', async () => {
    server = await startLocalServer((_, res) => json(res, 200, {}));
    const client = createDialpadClient({ apiKey: 'k-queue', baseUrl: server.url, maxQueueWaitMs: 1_000 });
    await client.calls.initiate('7', { phone_number: '+14155550123' });
    const error = await client.calls.initiate('7', { phone_number: '+14155550123' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientRateLimitError);
    expect(error).toMatchObject({ source: 'client', operationId: 'calls.initiate', sent: false, retryable: true });
    expect(error).not.toHaveProperty('status');
    expect((error as ClientRateLimitError).retryAfterMs).toBeGreaterThan(10_000);
    expect(server.requests).toHaveLength(1);
    // Another target user has a slot of its own.
    await client.calls.initiate('8', { phone_number: '+14155550123' });
    expect(server.requests).toHaveLength(2);
  });

  it('serves waiting calls first come, first served', async () => {
    server = await startLocalServer((_, res) => json(res, 200, {}));
    const client = createDialpadClient({ apiKey: 'k-fifo', baseUrl: server.url });
    await Promise.all(Array.from({ length: 12 }, (_, i) => client.users.get(String(i))));
    expect(server.requests.map((r) => r.path)).toEqual(Array.from({ length: 12 }, (_, i) => `/api/v2/users/${i}`));
  });

  it('sms.send follows the tier: 100 per minute on tier 0, 800 on tier 1', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const times: number[] = [];
    const fetch = (async () => {
      times.push(Date.now());
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    // The exact pace (600 ms, 75 ms) plus the default 5% headroom.
    for (const [tier, spacing] of [
      [0, 630],
      [1, 79],
    ] as const) {
      times.length = 0;
      const client = createDialpadClient({ apiKey: 'k-tier', baseUrl: 'http://dialpad.test', fetch, rateLimit: { tier } });
      let settled = 0;
      const sends = Array.from({ length: 5 }, () => client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'x' }).finally(() => settled++));
      while (settled < sends.length) await vi.advanceTimersByTimeAsync(5);
      await Promise.all(sends);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(spacing);
      expect(Math.max(...gaps)).toBeLessThan(spacing + 60);
    }
  });

  it('rateLimit: false sends at once', async () => {
    server = await startLocalServer((_, res) => json(res, 200, {}));
    const client = createDialpadClient({ apiKey: 'k-off', baseUrl: server.url, rateLimit: false });
    await Promise.all(Array.from({ length: 30 }, (_, i) => client.users.get(String(i))));
    expect(maxInAnyWindow(server.requests.map((r) => r.at), 1000)).toBe(30);
  });
});
