import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApprovalDeniedError,
  AuditWriteError,
  BudgetExceededError,
  createDialpadClient,
  createRateLimiter,
  parsePolicy,
  type ApprovalRequest,
  type Approver,
  type AuditRecord,
  type DialpadClientOptions,
} from '../../src/index.js';
import { fixtures } from '../../generated/fixtures/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';
import { startRedis, type RunningRedis } from '../support/redis.js';

const dir = mkdtempSync(join(tmpdir(), 'bollard-gates-'));
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((req, res) => json(res, 200, { id: '1', message_status: 'pending', path: req.path }));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = parsePolicy(`
version: 1
agents:
  dialer:
    grants: { calls: write, users: read }
    approval: [external]
  editor:
    grants: { users: write }
    approval: [users.update]
  loud-dialer:
    grants: { calls: write }
    approval: [external]
    revealPhoneNumbers: true
  rehearsal:
    grants: { messages: write, calls: write }
    dryRun: true
    approval: [calls.initiate]
  texter:
    grants: { messages: write }
    budgets:
      - operations: [sms.send]
        limit: 20
        per: 1d
`);

let logs = 0;
function clientFor(agent: string, extra: Partial<DialpadClientOptions> = {}) {
  const file = join(dir, `audit-${++logs}.jsonl`);
  const client = createDialpadClient({ apiKey: 'sk_gates_key_0123456', baseUrl: server.url, policy, agent, rateLimit: false, audit: { sink: { file } }, ...extra });
  return { client, records: () => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditRecord) };
}

async function nothingSent<T>(call: () => Promise<unknown>): Promise<T> {
  const before = server.requests.length;
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(server.requests.length).toBe(before);
  return error as T;
}

describe('approval: operations the policy lists are sent only after a person says yes', () => {
  it('the approver sees the agent, operation, area, effect, targets and a one-line summary, numbers masked; the audit records who approved', async () => {
    const seen: ApprovalRequest[] = [];
    const approver: Approver = (request) => {
      seen.push(request);
      return { approved: true, by: 'ana@example.com', note: 'customer asked for a call back' };
    };
    const { client, records } = clientFor('dialer', { approver });
    await client.users.get('111'); // a read: nobody is asked
    expect(seen).toHaveLength(0);
    const before = server.requests.length;
    await client.calls.initiate('111', { phone_number: '+14155550100' });
    expect(server.requests.length).toBe(before + 1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      agent: 'dialer',
      operationId: 'calls.initiate',
      area: 'calls',
      access: 'write',
      effect: { flags: ['external'] },
      targets: { user: ['111'] },
      numbers: ['•••0100'],
    });
    expect(seen[0]!.summary).toBe("Make a user's Dialpad app dial a number — as user 111, to •••0100");
    expect(JSON.stringify(seen[0])).not.toContain('4155550100');
    await client.close();
    const attempt = records().find((r) => r.kind === 'attempt' && r.operationId === 'calls.initiate');
    expect(attempt).toMatchObject({ approvedBy: 'ana@example.com', call: seen[0]!.call });
  });

  it('an approver that says no, throws, or does not answer in time — or none at all — refuses the call; nothing is sent, the reason is in the error and the audit', async () => {
    const cases: [string, Approver | undefined, string][] = [
      ['says no', () => ({ approved: false, by: 'ana@example.com', note: 'not now' }), 'approval-declined'],
      ['throws', () => Promise.reject(new Error('slack is down')), 'approval-failed'],
      ['never answers', (_request, { signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('gave up')))), 'approval-timeout'],
      ['is not configured', undefined, 'approval-unavailable'],
    ];
    for (const [what, approver, reason] of cases) {
      const { client, records } = clientFor('dialer', { approver, approvalTimeoutMs: 150 });
      const error = await nothingSent<ApprovalDeniedError>(() => client.calls.initiate('111', { phone_number: '+14155550100' }));
      expect(error, what).toBeInstanceOf(ApprovalDeniedError);
      expect(error).toMatchObject({ reason, sent: false, agent: 'dialer', operationId: 'calls.initiate' });
      expect(error.advice.length).toBeGreaterThan(20);
      await client.close();
      expect(records()).toMatchObject([{ kind: 'refused', decision: 'denied', reason }]);
      if (reason === 'approval-declined') expect(error).toMatchObject({ by: 'ana@example.com', note: 'not now' });
    }
  });

  it('approval by operationId; an agent that reveals numbers shows them to its approver', async () => {
    const asked: string[] = [];
    const editor = clientFor('editor', { approver: (r) => (asked.push(r.operationId), { approved: true, by: 'lead' }) }).client;
    await editor.users.update('5', { first_name: 'Ana' });
    await editor.users.get('5');
    expect(asked).toEqual(['users.update']);
    let numbers: readonly string[] = [];
    const loud = clientFor('loud-dialer', { approver: (r) => ((numbers = r.numbers), { approved: true, by: 'lead' }) }).client;
    await loud.calls.initiate('111', { phone_number: '+14155550100' });
    expect(numbers).toEqual(['+14155550100']);
  });
});

describe('dry run: writes go through every check and are recorded, never sent', () => {
  it('a rehearsal agent’s write resolves with the operation’s example answer and leaves a dry-run record; its reads are sent', async () => {
    const { client, records } = clientFor('rehearsal');
    const answer = await nothingSent<undefined>(async () => {
      const sms = await client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'rehearsed' });
      expect(sms).toEqual(fixtures['sms.send'].response.body);
    });
    expect(answer).toBeUndefined();
    const before = server.requests.length;
    await client.calls.get('42');
    expect(server.requests.length).toBe(before + 1);
    await client.close();
    expect(records().map((r) => [r.kind, r.operationId, r.decision])).toEqual([
      ['dry-run', 'sms.send', 'dry-run'],
      ['attempt', 'calls.get', 'allowed'],
      ['outcome', 'calls.get', undefined],
    ]);
    expect(records()[0]).toMatchObject({ sent: false, numbers: ['•••0123'] });
  });

  it('the approval and budget checks still apply in a rehearsal (no approver here: refused); a client option rehearses any agent', async () => {
    const { client } = clientFor('rehearsal');
    const error = await nothingSent<ApprovalDeniedError>(() => client.calls.initiate('1', { phone_number: '+14155550123' }));
    expect(error).toMatchObject({ reason: 'approval-unavailable' });
    const texter = clientFor('texter', { dryRun: true });
    await nothingSent(() => texter.client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'x' }));
    await texter.client.close();
    expect(texter.records()).toMatchObject([{ kind: 'dry-run', decision: 'dry-run', operationId: 'sms.send' }]);
  });
});

describe('budgets: at most `limit` sent per window, counted atomically where the rate limits are', () => {
  const send = (client: ReturnType<typeof clientFor>['client'], i: number) => client.sms.send({ user_id: 1, to_numbers: [`+1415555${String(i).padStart(4, '0')}`], text: 'hi' });

  it('50 concurrent sends against a budget of 20 send exactly 20 (memory); the rest are refused, naming the budget and when it frees up', async () => {
    const { client, records } = clientFor('texter');
    const before = server.requests.length;
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => send(client, i)));
    expect(server.requests.length - before).toBe(20);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as BudgetExceededError);
    expect(refused).toHaveLength(30);
    for (const error of refused) expect(error).toBeInstanceOf(BudgetExceededError);
    expect(refused[0]).toMatchObject({ reason: 'budget-exceeded', budget: 'sms.send per 1d', limit: 20, per: '1d', used: 20, sent: false });
    expect(refused[0]!.freesAt.getTime()).toBeGreaterThan(Date.now() + 86_000_000);
    expect(refused[0]!.message).toMatch(/its budget "sms.send per 1d" is used up \(20 of 20 in the last 1d\); the next unit frees up at /);
    await client.close();
    const all = records();
    expect(all.filter((r) => r.kind === 'refused' && r.reason === 'budget-exceeded')).toHaveLength(30);
    const counted = all.filter((r) => r.kind === 'attempt').map((r) => r.budget?.used).sort((a, b) => a! - b!);
    expect(counted).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('a call that is never sent gives its unit back: an attempt record that cannot be written, a connection never made', async () => {
    const limiter = createRateLimiter({ keyPrefix: `giveback-${process.pid}` });
    let failNext = true;
    const failing = createDialpadClient({
      apiKey: 'sk_gates_key_0123456',
      baseUrl: server.url,
      policy: parsePolicy('version: 1\nagents:\n  one:\n    grants: { messages: write }\n    budgets: [{ operations: [sms.send], limit: 1, per: 1h }]\n'),
      agent: 'one',
      rateLimit: limiter,
      audit: { sink: () => (failNext ? ((failNext = false), Promise.reject(new Error('disk full'))) : undefined) },
    });
    await expect(send(failing, 1)).rejects.toBeInstanceOf(AuditWriteError);
    await send(failing, 2); // the unit came back: this one goes
    await expect(send(failing, 3)).rejects.toBeInstanceOf(BudgetExceededError);

    let refuseConnection = true;
    const unreachable = createDialpadClient({
      apiKey: 'sk_gates_key_0123456',
      baseUrl: server.url,
      policy: parsePolicy('version: 1\nagents:\n  two:\n    grants: { messages: write }\n    budgets: [{ operations: [sms.send], limit: 1, per: 1h }]\n'),
      agent: 'two',
      rateLimit: limiter,
      audit: false,
      maxRetries: 0,
      fetch: ((url: string, init: RequestInit) =>
        refuseConnection
          ? ((refuseConnection = false), Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })))
          : fetch(url, init)) as typeof fetch,
    });
    await expect(send(unreachable, 4)).rejects.toMatchObject({ name: 'ConnectionError', sent: false });
    await send(unreachable, 5); // nothing left the machine, so the unit came back
    await expect(send(unreachable, 6)).rejects.toBeInstanceOf(BudgetExceededError);
  });

  describe('shared through Redis', () => {
    let redis: RunningRedis;
    const connections: Redis[] = [];
    beforeAll(async () => {
      redis = await startRedis();
    }, 30_000);
    afterAll(async () => {
      for (const c of connections) c.disconnect();
      await redis?.stop();
    });

    it('50 concurrent sends from two clients on separate Redis connections against one budget of 20: exactly 20 sent', async () => {
      const prefix = `budget-${process.pid}`;
      const clients = [0, 1].map(() => {
        const connection = new Redis(redis.url);
        connections.push(connection);
        // Tier 1 (800 SMS a minute) so pacing does not slow the test; the budget is what is under test.
        return clientFor('texter', { rateLimit: { redis: connection, keyPrefix: prefix, tier: 1 } }).client;
      });
      const before = server.requests.length;
      const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => send(clients[i % 2]!, 100 + i)));
      expect(server.requests.length - before).toBe(20);
      expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof BudgetExceededError)).toHaveLength(30);
      // What `bollard-dialpad budgets --redis` reads: 20 used, none left.
      const { redisBudgetStore, budgetKey } = await import('../../src/guard/budgets.js');
      const store = redisBudgetStore({ kind: 'redis', client: connections[0]!, timeoutMs: 2_000 });
      const budget = policy.agents.texter!.budgets[0]!;
      expect(await store.usage(budgetKey(prefix, 'texter', budget), budget)).toMatchObject({ used: 20, freesAt: expect.any(Number) });
      await Promise.all(clients.map((c) => c.close()));
    });
  });
});
