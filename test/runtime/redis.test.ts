import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, maxInAnyWindow, startLocalServer, type LocalServer } from '../support/local-server.js';
import { ROOT } from '../support/prism.js';
import { startRedis, type RunningRedis } from '../support/redis.js';

const run = promisify(execFile);
let redis: RunningRedis;
let server: LocalServer;
let rejected = 0;

beforeAll(async () => {
  redis = await startRedis();
  server = await startLocalServer((req, res) => {
    const lastSecond = server.requests.filter((r) => req.at - r.at < 1000).length;
    if (lastSecond > 20) {
      rejected++;
      return json(res, 429, { error: { code: 429, message: 'too many' } });
    }
    json(res, 200, { id: 1 });
  });
}, 30_000);

afterAll(async () => {
  await server?.close();
  await redis?.stop();
});

describe('rate limits shared through Redis', () => {
  it('two processes sharing one redis-server stay within the company ceiling together', async () => {
    const agent = (label: string) =>
      run(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/redis-burst.ts'), server.url, String(redis.port), '60', `test-${process.pid}`, label], {
        cwd: ROOT,
      }).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop()!) as { ok: number; failed: string[] });
    const [a, b] = await Promise.all([agent('a'), agent('b')]);
    expect(a).toEqual({ ok: 60, failed: [] });
    expect(b).toEqual({ ok: 60, failed: [] });
    expect(server.requests).toHaveLength(120);
    // Both processes' requests interleave, and together never pass 20 in any second.
    const times = server.requests.map((r) => r.at);
    expect(maxInAnyWindow(times, 1000)).toBeLessThanOrEqual(20);
    expect(rejected).toBe(0);
    const fromA = server.requests.filter((r) => r.path.includes('/a-')).map((r) => r.at);
    const fromB = server.requests.filter((r) => r.path.includes('/b-')).map((r) => r.at);
    expect(Math.min(...fromB)).toBeLessThan(Math.max(...fromA));
    // Alone each would finish in ~3 s; sharing 20/s, 120 requests need ~6 s.
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(5_500);
  }, 60_000);
});
