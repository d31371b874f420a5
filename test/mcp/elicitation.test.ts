import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ElicitRequestSchema, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialpadClient, createDialpadMcpServer, parsePolicy, type AuditRecord } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

// An operation the policy wants approved, called through MCP: the server asks the person at the MCP
// client (elicitation) when that client can be asked, and refuses otherwise.
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((_req, res) => json(res, 200, { id: '1', state: 'calling' }));
});
afterAll(() => server.close());

const policy = parsePolicy('version: 1\nagents:\n  dialer:\n    grants: { calls: write }\n    approval: [external]\n');

async function session(answer: ((message: string) => ElicitResult) | undefined) {
  const records: AuditRecord[] = [];
  const client = createDialpadClient({ apiKey: 'sk_mcp_elicit_0123', baseUrl: server.url, policy, agent: 'dialer', rateLimit: false, audit: { sink: (_l, r) => void records.push(r) } });
  const mcp = createDialpadMcpServer({ client });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await mcp.connect(serverSide);
  const person = new Client({ name: 'desk-app', version: '1.0.0' }, { capabilities: answer ? { elicitation: {} } : {} });
  const asked: string[] = [];
  if (answer) {
    person.setRequestHandler(ElicitRequestSchema, (request) => {
      asked.push(request.params.message);
      return answer(request.params.message);
    });
  }
  await person.connect(clientSide);
  const call = () => person.callTool({ name: 'calls_initiate', arguments: { id: '111', body: { phone_number: '+14155550100' } } });
  return { call, asked, records, close: async () => (await person.close(), await mcp.close()) };
}

describe('approval through MCP elicitation', () => {
  it('asks the person at the MCP client; a yes sends the call and the audit records who approved', async () => {
    const s = await session(() => ({ action: 'accept', content: { approve: true, by: 'Ana (front desk)' } }));
    const before = server.requests.length;
    const result = await s.call();
    expect(result.isError).toBeFalsy();
    expect(server.requests.length).toBe(before + 1);
    expect(s.asked).toHaveLength(1);
    expect(s.asked[0]).toMatch(/Agent "dialer" asks to: Make a user's Dialpad app dial a number — as user 111, to •••0100/);
    expect(s.asked[0]).not.toContain('4155550100');
    expect(s.records.find((r) => r.kind === 'attempt')).toMatchObject({ approvedBy: 'Ana (front desk)' });
    await s.close();
  });

  it('a no, or a declined form, refuses the call: nothing sent, the model is told why', async () => {
    for (const answer of [() => ({ action: 'accept', content: { approve: false } }) as ElicitResult, () => ({ action: 'decline' }) as ElicitResult]) {
      const s = await session(answer);
      const before = server.requests.length;
      const result = await s.call();
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result.content)).toMatch(/approval-declined|said no/);
      expect(server.requests.length).toBe(before);
      expect(s.records).toMatchObject([{ kind: 'refused', reason: 'approval-declined' }]);
      await s.close();
    }
  });

  it('an MCP client that cannot be asked gets a refusal, not a call', async () => {
    const s = await session(undefined);
    const before = server.requests.length;
    const result = await s.call();
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/no approver is configured/);
    expect(server.requests.length).toBe(before);
    expect(s.records).toMatchObject([{ kind: 'refused', reason: 'approval-unavailable' }]);
    await s.close();
  });
});
