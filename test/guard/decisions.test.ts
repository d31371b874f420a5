import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, createDialpadClient, createGuard, InvalidRequestError, parsePolicy, PolicyError } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((_, res) => json(res, 200, {}));
});
afterAll(() => server.close());

const policy = parsePolicy(`
version: 1
credential: { scopes: [screen_pop] }
agents:
  caller:
    grants: { calls: write, messages: write, users: read, offices: write, contacts: write }
    allow: [users.screenPop, contacts.delete]
    deny: [calls.transfer]
    targets:
      users: [111, 222]
      offices: [900]
  off:
    grants: { users: read }
    enabled: false
  old:
    grants: { users: read }
    expires: 2020-01-01T00:00:00Z
`);

const client = (agent: string) => createDialpadClient({ apiKey: 'k-decide', baseUrl: server.url, policy, agent, audit: false, rateLimit: false });

async function denial(promise: Promise<unknown>): Promise<AccessDeniedError> {
  const before = server.requests.length;
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AccessDeniedError);
  expect(server.requests.length).toBe(before);
  return error as AccessDeniedError;
}

describe('decisions before any I/O', () => {
  it('names the agent, the operation, its area, the access it needs and the grant that is missing', async () => {
    const error = await denial(client('caller').users.update('111', { first_name: 'x' }));
    expect(error.message).toBe('agent "caller" may not call users.update (area users, needs write access): its grant for users is read; not sent');
    expect(error).toMatchObject({ sent: false, retryable: false });
    expect(error).not.toHaveProperty('status');
    expect(error).toMatchObject({ agent: 'caller', operationId: 'users.update', area: 'users', access: 'write', grant: 'read', reason: 'read-only-grant' });
    expect(error.advice).toMatch(/grant the area `write`/);
  });

  it('deny wins over grants; allow adds an operation, but an irreversible one still needs allowIrreversible', async () => {
    expect((await denial(client('caller').calls.transfer(1, { to: { phone: '+14155550123' } } as never))).reason).toBe('denied-by-deny-list');
    expect((await denial(client('caller').contacts.delete('5'))).reason).toBe('irreversible-not-allowed');
    await client('caller').users.screenPop(111, { screen_pop_uri: 'https://crm.example.com/c/1' });
  });

  it('checks the ids a call names against the target constraints (path and body)', async () => {
    const c = client('caller');
    await c.calls.initiate('111', { phone_number: '+14155550123' });
    await c.sms.send({ user_id: 222, to_numbers: ['+14155550123'], text: 'hi' });
    await c.offices.addOperator(900, { operator_id: 111, operator_type: 'user' });
    expect((await denial(c.calls.initiate('333', { phone_number: '+14155550123' }))).message).toMatch(/user 333 \(path id\) is not among its users/);
    expect((await denial(c.sms.send({ user_id: 333, to_numbers: ['+14155550123'], text: 'hi' }))).reason).toBe('target-not-allowed');
    expect((await denial(c.sms.send({ to_numbers: ['+14155550123'], text: 'hi' }))).message).toMatch(/names no identity \(body user_id, body from_number, body sender_group_id\)/);
    expect((await denial(c.offices.addOperator(901, { operator_id: 111, operator_type: 'user' }))).message).toMatch(/office 901 \(path id\) is not among its offices/);
    expect((await denial(c.users.screenPop(333, { screen_pop_uri: 'https://crm.example.com' }))).reason).toBe('target-not-allowed');
  });

  it('fails closed: unknown agent, disabled agent, expired agent, unknown operation, OAuth endpoints', async () => {
    // An agent the policy does not have fails when the client is made, naming the agents it has.
    expect(() => client('ghost')).toThrow(PolicyError);
    expect(() => client('ghost')).toThrow(/there is no agent "ghost"; the policy has "caller", "off", "old"/);
    expect(createGuard(policy, 'ghost').decide('users.get')).toMatchObject({ allowed: false, reason: 'unknown-agent' });
    expect((await denial(client('off').users.get('me'))).reason).toBe('agent-disabled');
    expect((await denial(client('old').users.get('me'))).message).toMatch(/expired at 2020-01-01T00:00:00.000Z/);
    expect((await denial(client('caller').request('users.impersonate' as never))).reason).toBe('unknown-operation');
    expect((await denial(client('caller').oauth.deauthorize())).reason).toBe('not-grantable');
  });

  it('checks the low-level GET/POST the same way, including paths that are not operations', async () => {
    const c = client('caller');
    expect((await denial(c.PATCH('/api/v2/users/{id}', { params: { path: { id: '111' } }, body: { first_name: 'x' } }))).reason).toBe('read-only-grant');
    expect((await denial(c.GET('/api/v2/secret/things' as never, {} as never))).reason).toBe('unknown-operation');
    const ok = await c.GET('/api/v2/users/{id}', { params: { path: { id: '111' } } });
    expect(ok.response.status).toBe(200);
  });

  it('a decision is a pure lookup: same answer without a client', () => {
    const guard = createGuard(policy, 'caller');
    expect(guard.decide('sms.send', { json: { user_id: 111 } })).toEqual({ allowed: true, reason: 'granted' });
    expect(guard.decide('users.screenPop', { pathParams: { id: 222 } })).toEqual({ allowed: true, reason: 'allow-listed' });
    expect(guard.decide('users.delete')).toMatchObject({ allowed: false, reason: 'read-only-grant' });
    expect(guard.operationIds()).toContain('calls.initiate');
    expect(createGuard(policy, 'off').operationIds()).toEqual([]);
  });
});

describe('a malformed call', () => {
  it('is checked by the guard first, then refused with InvalidRequestError — both audited, nothing sent', async () => {
    const seen: string[] = [];
    const c = createDialpadClient({ apiKey: 'k-invalid', baseUrl: server.url, policy, agent: 'caller', rateLimit: false, audit: { sink: (_line, record) => void seen.push(`${record.operationId} ${record.decision} ${record.error}`) } });
    const before = server.requests.length;
    await expect(c.request('users.update', { body: { first_name: 'x' } })).rejects.toBeInstanceOf(AccessDeniedError);
    const invalid = await c.request('users.get', {}).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(InvalidRequestError);
    expect((invalid as Error).message).toBe('users.get: missing path parameter "id"; not sent');
    expect(server.requests.length).toBe(before);
    expect(seen).toEqual(['users.update denied AccessDeniedError', 'users.get refused InvalidRequestError']);
  });
});
