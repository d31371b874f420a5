import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTool, ConnectionError, createDialpadClient, describeToolError, DialpadError, parsePolicy } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

// A hostile server (or a proxy) echoing the Authorization header back in every field it can.
const API_KEY = 'sk_live_echoed_secret_9f8e7d6c5b4a';
const dir = mkdtempSync(join(tmpdir(), 'bollard-secrets-'));
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    const echoed = String(req.headers.authorization);
    if (req.path.endsWith('/answer')) return json(res, 200, { id: '1', note: `you sent ${echoed}` });
    json(res, 400, { error: { code: 400, message: `bad key ${echoed}`, reason: echoed, request_id: echoed, uuid: echoed } }, { 'x-request-id': echoed });
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = parsePolicy('version: 1\nagents:\n  bot:\n    grants: { users: read, contacts: read }\n');

function noKeyIn(...texts: string[]): void {
  for (const text of texts) expect(text).not.toContain(API_KEY);
}

describe('the key never surfaces, whatever the server echoes', () => {
  it('not in the error: message, reason, request id, error UUID, toJSON, util.inspect, stack, advice — nor in the audit log', async () => {
    const file = join(dir, 'audit.jsonl');
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: { file } }, rateLimit: false });
    const error = (await client.users.get('1').catch((e: unknown) => e)) as DialpadError & Record<string, unknown>;
    await client.close();
    expect(error.name).toBe('BadRequestError');
    // The echoed values are not ids: they are dropped, not merely masked.
    expect(error).toMatchObject({ status: 400, requestId: undefined, reason: undefined, errorUuid: undefined });
    expect(error.message).toContain('[redacted]');
    noKeyIn(error.message, String(error.stack), error.advice, JSON.stringify(error), inspect(error, { depth: 10 }), String(error), readFileSync(file, 'utf8'));
    const outcome = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.kind === 'outcome');
    expect(outcome).toMatchObject({ status: 400, requestId: null, errorUuid: null, error: 'BadRequestError' });
  });

  it('not in a ConnectionError or its cause chain, when the network library quotes the header', async () => {
    const leaky = (async () => {
      const inner = Object.assign(new Error(`socket hang up while sending Authorization: Bearer ${API_KEY}`), { code: 'ECONNRESET' });
      throw new TypeError('fetch failed', { cause: inner });
    }) as unknown as typeof fetch;
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, fetch: leaky, rateLimit: false, maxRetries: 0 });
    const error = (await client.users.get('1').catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: 'ECONNRESET', sent: 'unknown' });
    const cause = error.cause as Error & { cause?: Error };
    noKeyIn(error.message, inspect(error, { depth: 10 }), JSON.stringify(error), String(cause.message), String(cause.cause?.message), inspect(cause, { depth: 10 }));
    expect(String(cause.cause?.message)).toContain('[redacted]');
  });

  it('not in what an agent tool hands the model: the answer or the error', async () => {
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false, maxRetries: 0 });
    const failed = await callTool(client, 'users_get', { id: '1' }).catch((e: unknown) => e);
    noKeyIn(describeToolError(failed));
    // An answer that quotes the key, as the MCP server passes it on.
    const { createDialpadMcpServer } = await import('../../src/index.js');
    const guarded = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: false, rateLimit: false });
    const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
    const { InMemoryTransport } = await import('@modelcontextprotocol/sdk/inMemory.js');
    const mcp = createDialpadMcpServer({ client: guarded });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await mcp.connect(serverSide);
    const model = new Client({ name: 'model', version: '1.0.0' });
    await model.connect(clientSide);
    const answer = await model.callTool({ name: 'contacts_get', arguments: { id: 'answer' } }).catch((e: unknown) => e);
    // contacts.get('answer') reaches /api/v2/contacts/answer, which echoes the key in the body.
    noKeyIn(JSON.stringify(answer));
    expect(JSON.stringify(answer)).toContain('[redacted]');
    await model.close();
    await mcp.close();
  });
});
