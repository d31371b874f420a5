import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialpadClient, TimeoutError } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

// Calls whose deadlines fall together share one abort controller (a Node 20 AbortSignal costs more
// than the rest of a call): these hold that sharing never ends a call early, never lets one
// caller's abort reach another's request, and never keeps a finished process open.
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer(async (req, res) => {
    const wait = Number(new URLSearchParams(req.url.split('?')[1] ?? '').get('wait') ?? req.path.split('/').pop());
    await new Promise((resolve) => setTimeout(resolve, Number.isFinite(wait) ? wait : 0));
    json(res, 200, { id: req.path.split('/').pop() });
  });
});
afterAll(() => server.close());

const settle = async (promise: Promise<unknown>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }));

describe('timeouts', () => {
  it('calls started together time out together, and the quick ones among them are answered', async () => {
    // Generous against a loaded machine (the suite runs on 2 cores): quick answers come in
    // milliseconds, slow ones would come long after the timeout.
    const client = createDialpadClient({ apiKey: 'k', baseUrl: server.url, rateLimit: false, maxRetries: 0, timeout: 1000 });
    await client.users.get('0'); // connection and first-call costs out of the way
    const started = performance.now();
    const results = await Promise.all(['5', '4000', '10', '4000', '20'].map((wait) => settle(client.users.get(wait))));
    const elapsed = performance.now() - started;
    expect(results.map((r) => ('error' in r ? (r.error as Error).name : (r.value as { id: string }).id))).toEqual(['5', 'TimeoutError', '10', 'TimeoutError', '20']);
    expect((results[1] as { error: TimeoutError }).error.timeoutMs).toBe(1000);
    expect(elapsed).toBeGreaterThanOrEqual(1000); // never earlier than asked
    expect(elapsed).toBeLessThan(4000); // and not when the server finally answers
  });

  it('a call started after its neighbours timed out gets its own full timeout', async () => {
    const client = createDialpadClient({ apiKey: 'k', baseUrl: server.url, rateLimit: false, maxRetries: 0, timeout: 1000 });
    await client.users.get('0');
    const first = settle(client.users.get('4000'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    const second = settle(client.users.get('600')); // answered after the first's deadline, inside its own
    expect(await first).toMatchObject({ error: expect.any(TimeoutError) });
    expect(await second).toMatchObject({ value: { id: '600' } });
  });

  it('one caller aborting its call does not end another caller’s request', async () => {
    const client = createDialpadClient({ apiKey: 'k', baseUrl: server.url, rateLimit: false, maxRetries: 0 });
    const controller = new AbortController();
    const mine = settle(client.users.get('200', { signal: controller.signal }));
    const theirs = settle(client.users.get('200'));
    const alsoTheirs = settle(client.users.get('200', { timeout: 30_000 }));
    setTimeout(() => controller.abort(new Error('user gave up')), 20);
    expect(await mine).toMatchObject({ error: { message: 'user gave up' } });
    expect(await theirs).toMatchObject({ value: { id: '200' } });
    expect(await alsoTheirs).toMatchObject({ value: { id: '200' } });
  });

  it('a process whose calls are done exits at once, though their 30 s timeouts have not run out', async () => {
    const script = `
      import { createDialpadClient } from ${JSON.stringify(join(import.meta.dirname, '../../src/index.js'))};
      const client = createDialpadClient({ apiKey: 'k', baseUrl: ${JSON.stringify(server.url)}, rateLimit: false, timeout: 30000 });
      const answers = await Promise.all([client.users.get('1'), client.users.get('2')]);
      console.log(answers.map((a) => a.id).join(','));
    `;
    const started = Date.now();
    // Run asynchronously: the server answering it lives in this process.
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000, cwd: join(import.meta.dirname, '../..') });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('1,2');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
