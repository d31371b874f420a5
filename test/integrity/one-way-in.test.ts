import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccessDeniedError,
  callTool,
  createDialpadClient,
  DialpadError,
  InvalidRequestError,
  parsePolicy,
  ServiceUnavailableError,
  verifyAuditFile,
  type AuditRecord,
  type DialpadClient,
} from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

// The attacks of the integrity issue, as an agent (or a hostile caller of the package) would make
// them. Two real servers count what reaches them: the API the client is for, and another host.
const API_KEY = 'sk_live_one_way_in_0123456789';
const dir = mkdtempSync(join(tmpdir(), 'bollard-oneway-'));
let api: LocalServer;
let evil: LocalServer;
let apiPort: number;

/** A free port p ≤ 6553 whose p·10+1 is free too: the shape of the "port digit" attack. */
async function portPair(): Promise<[number, number]> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
  for (let port = 2000 + Math.floor(Math.random() * 4000); ; port++) if ((await free(port)) && (await free(port * 10 + 1))) return [port, port * 10 + 1];
}

const listenOn = (port: number, handler: Parameters<typeof startLocalServer>[0]) => startLocalServer(handler, Date.now, port);

beforeAll(async () => {
  const [port, glued] = await portPair();
  apiPort = port;
  api = await listenOn(port, (req, res) => {
    if (req.path === '/api/v2/sms' && req.headers['x-answer'] === '503') return json(res, 503, { error: { code: 503, message: 'try later', uuid: 'b1e0c2d4-0000-4000-8000-000000000001' } });
    if (req.headers['x-answer'] === '503') return json(res, 503, { error: { code: 503, message: 'try later' } });
    json(res, 200, { id: '1', items: [], cursor: null });
  });
  evil = await listenOn(glued, (_req, res) => json(res, 200, { stolen: true }));
});
afterAll(async () => {
  await api.close();
  await evil.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = parsePolicy(`
version: 1
agents:
  reader:
    grants: { users: read, contacts: read, calls: read }
  texter:
    grants: { messages: write, users: read }
    targets:
      users: [111]
  sender:
    grants: { messages: write }
    targets:
      users: [111]
      numbers: ['+14155550100']
  porter:
    grants: { numbers: write }
    allowIrreversible: true
    targets:
      users: [111]
`);

let logs = 0;
function guarded(agent: string): { client: DialpadClient; file: string } {
  const file = join(dir, `audit-${++logs}.jsonl`);
  return { client: createDialpadClient({ apiKey: API_KEY, baseUrl: api.url, policy, agent, audit: { sink: { file } }, rateLimit: false, maxRetries: 0 }), file };
}
const records = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AuditRecord);
const wire = () => api.requests.length + evil.requests.length;

async function refusedWithNothingSent<E extends DialpadError>(call: () => Promise<unknown>, type: abstract new (...args: any[]) => E): Promise<E> {
  const before = wire();
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  expect((error as DialpadError).sent).toBe(false);
  expect(wire()).toBe(before);
  return error as E;
}

describe('one way in: every entry is looked up as an operation, and the URL is built from its template', () => {
  it('a low-level path glued onto the base URL (another host, another port) is refused and audited; nothing leaves', async () => {
    const { client, file } = guarded('reader');
    for (const path of ['.evil.example/api/v2/users/me', '1/api/v2/users/me', `@127.0.0.1:${evil.url.split(':').pop()}/api/v2/users/me`, '/api/v2/users/me/../../admin', 'http://127.0.0.1:1/api/v2/users/me']) {
      const error = await refusedWithNothingSent(() => client.GET(path as never, {} as never), AccessDeniedError);
      expect(error.reason).toBe('unknown-operation');
    }
    // A real call of the same shape goes where it should: the client's own host.
    const ok = await client.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } } });
    expect(ok.response.status).toBe(200);
    await client.close();
    expect(evil.requests).toHaveLength(0);
    expect(api.requests.at(-1)!.path).toBe('/api/v2/users/me');
    const refused = records(file).filter((r) => r.kind === 'refused');
    expect(refused.map((r) => [r.operationId.split(' ')[0], r.reason])).toEqual(Array(5).fill(['GET', 'unknown-operation']));
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true });
    // Without a policy the same strings are refused too (InvalidRequestError), before any I/O.
    const plain = createDialpadClient({ apiKey: API_KEY, baseUrl: api.url, rateLimit: false });
    await refusedWithNothingSent(() => plain.GET('1/api/v2/users/me' as never, {} as never), InvalidRequestError);
    expect(apiPort * 10 + 1).toBe(Number(evil.url.split(':').pop()));
  });

  it('per-call baseUrl, fetch, Request, middleware and serializers are refused, audited, and never used', async () => {
    const { client, file } = guarded('reader');
    let sneakyFetches = 0;
    const sneaky = (() => {
      sneakyFetches++;
      return Promise.resolve(new Response('{}'));
    }) as typeof fetch;
    const params = { path: { id: 'me' } };
    const attempts: Record<string, unknown>[] = [
      { params, baseUrl: evil.url },
      { params, fetch: sneaky },
      { params, pathSerializer: () => '/../../evil' },
      { params, querySerializer: () => 'apikey=x' },
      { params, bodySerializer: () => 'x' },
      { params, middleware: [{ onRequest: () => new Response('{}') }] },
      { params, parseAs: 'stream' },
    ];
    for (const init of attempts) {
      const error = await refusedWithNothingSent(() => client.GET('/api/v2/users/{id}', init as never), InvalidRequestError);
      expect(error.message).toMatch(/is not accepted/);
    }
    expect(sneakyFetches).toBe(0);
    await client.close();
    expect(records(file).map((r) => [r.kind, r.operationId, r.reason])).toEqual(Array(attempts.length).fill(['refused', 'users.get', 'invalid-request']));
  });

  it('path parameters that are empty, "." or ".." are refused before sending — area methods, low level, tools and MCP alike', async () => {
    const { client, file } = guarded('reader');
    const cases: [string, () => Promise<unknown>][] = [
      ["users.get('.')", () => client.users.get('.')],
      ["users.get('..')", () => client.users.get('..')],
      ["users.get('')", () => client.users.get('')],
      ["calls.get('.')", () => client.calls.get('.')],
      ['GET users/{id} with ..', () => client.GET('/api/v2/users/{id}', { params: { path: { id: '..' } } })],
      ['contacts_get {id: ".."}', () => callTool(client, 'contacts_get', { id: '..' })],
    ];
    for (const [what, call] of cases) {
      const error = await refusedWithNothingSent(call, DialpadError);
      expect(error.name, what).toMatch(/InvalidRequestError|ToolInputError/);
    }
    await client.close();
    // Each attempt is on the record as the operation it named: none became the list it would have reached.
    expect(records(file).map((r) => r.operationId)).toEqual(['users.get', 'users.get', 'users.get', 'calls.get', 'users.get', 'contacts.get']);
    expect(records(file).every((r) => r.kind === 'refused' && r.sent === false)).toBe(true);
  });

  it('"__proto__", "constructor", "toString" as operation or tool names are refused as unknown, typed and audited', async () => {
    const { client, file } = guarded('reader');
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      await refusedWithNothingSent(() => client.request(name as never), AccessDeniedError);
      await refusedWithNothingSent(() => callTool(client, name, {}), AccessDeniedError);
    }
    await client.close();
    expect(records(file)).toHaveLength(8);
    expect(records(file).every((r) => r.reason === 'unknown-operation')).toBe(true);
    const plain = createDialpadClient({ apiKey: API_KEY, baseUrl: api.url, rateLimit: false });
    await refusedWithNothingSent(() => plain.request('__proto__' as never), InvalidRequestError);
    await refusedWithNothingSent(() => callTool(plain, 'constructor', {}), DialpadError);
  });

  it('a timeout that is not a finite number of ms in range is refused before sending; "none" means no timer', async () => {
    const { client, file } = guarded('reader');
    for (const timeout of [Infinity, 2 ** 31 * 1000, 0, -1, Number.NaN, '30' as never]) {
      const error = await refusedWithNothingSent(() => client.users.get('me', { timeout }), InvalidRequestError);
      expect(error.message).toMatch(/`timeout` must be 1–86400000 ms or 'none'/);
    }
    await expect(client.users.get('me', { timeout: 'none' })).resolves.toMatchObject({ id: '1' });
    await expect(client.users.get('me', { maxRetries: 1.5 })).rejects.toBeInstanceOf(InvalidRequestError);
    await client.close();
    expect(records(file).filter((r) => r.kind === 'refused')).toHaveLength(7);
    expect(() => createDialpadClient({ apiKey: API_KEY, baseUrl: api.url, timeout: Infinity })).toThrow(RangeError);
  });
});

describe('targets: every identity a call acts as or on behalf of is checked', () => {
  it('an agent given user 111 cannot send from another number or as a group it was never given', async () => {
    const { client, file } = guarded('texter');
    const before = wire();
    await client.sms.send({ user_id: 111, to_numbers: ['+14155550123'], text: 'ok' });
    expect(wire()).toBe(before + 1);
    const fromNumber = await refusedWithNothingSent(() => client.sms.send({ user_id: 111, from_number: '+14155559999', to_numbers: ['+14155550123'], text: 'x' }), AccessDeniedError);
    expect(fromNumber.reason).toBe('target-not-allowed');
    expect(fromNumber.message).toMatch(/number \+14155559999 \(body from_number\) is not among the ids its policy lists \(it lists no numbers\)/);
    const group = await refusedWithNothingSent(() => client.sms.send({ user_id: 111, sender_group_id: 777, sender_group_type: 'office', to_numbers: ['+14155550123'], text: 'x' }), AccessDeniedError);
    expect(group.message).toMatch(/office 777 \(body sender_group_id\) is not among the ids its policy lists/);
    const nobody = await refusedWithNothingSent(() => client.sms.send({ to_numbers: ['+14155550123'], text: 'x' }), AccessDeniedError);
    expect(nobody.message).toMatch(/names no identity/);
    await client.close();
    const refused = records(file).filter((r) => r.kind === 'refused');
    expect(refused.map((r) => r.targets)).toEqual([
      { user: ['111'], number: ['•••9999'] },
      { user: ['111'], office: ['777'] },
      {},
    ]);
  });

  it('a number the agent was given may send, in any spelling of it; nested targets (a swap’s target) are checked too', async () => {
    const sender = guarded('sender').client;
    await sender.sms.send({ user_id: 111, from_number: '+1 (415) 555-0100', to_numbers: ['+14155550123'], text: 'ok' });
    await refusedWithNothingSent(() => sender.sms.send({ user_id: 222, from_number: '+14155550100', to_numbers: ['+14155550123'], text: 'x' }), AccessDeniedError);
    await sender.close();
    const porter = guarded('porter').client;
    const swap = await refusedWithNothingSent(() => porter.numbers.swap({ target: { target_id: 222, target_type: 'user' }, swap_details: { type: 'auto' } } as never), AccessDeniedError);
    expect(swap.message).toMatch(/user 222 \(body target.target_id\) is not among its users/);
    await refusedWithNothingSent(() => porter.numbers.unassign('+14155550100'), AccessDeniedError);
    await porter.close();
  });
});

describe('retryable says whether repeating is safe for this operation and outcome', () => {
  it('a 503 on sms.send is not retryable (the message may have gone out) and is sent once; a 503 on a read is, and is repeated', async () => {
    const { client } = guarded('texter');
    const before = api.requests.length;
    const sms = await client.sms.send({ user_id: 111, to_numbers: ['+14155550123'], text: 'once' }, { headers: { 'x-answer': '503' }, maxRetries: 3 }).catch((e: unknown) => e);
    expect(sms).toBeInstanceOf(ServiceUnavailableError);
    expect(sms).toMatchObject({ retryable: false, sent: true, status: 503, errorUuid: 'b1e0c2d4-0000-4000-8000-000000000001' });
    expect(api.requests.length - before).toBe(1);
    const read = await client.users.get('me', { headers: { 'x-answer': '503' }, maxRetries: 1 }).catch((e: unknown) => e);
    expect(read).toMatchObject({ name: 'ServiceUnavailableError', retryable: true, sent: true });
    expect(api.requests.length - before).toBe(3);
    await client.close();
  });
});
