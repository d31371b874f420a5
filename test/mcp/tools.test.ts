import { describe, expect, inject, it } from 'vitest';
import {
  AccessDeniedError,
  callTool,
  createDialpadClient,
  describeToolError,
  grantedOperations,
  operationIdForTool,
  operationIds,
  operations,
  parsePolicy,
  toolNameFor,
  toolsForAgent,
  ToolInputError,
  type AuditRecord,
  type McpTool,
} from '../../src/index.js';

const API_KEY = 'sk_live_tools_test_0123456789';
const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const policy = parsePolicy(
  `
version: 1
agents:
  operator:
    grants: { calls: write, users: write }
    deny: [calls.aiRecap]
    allowIrreversible: true
  reader:
    grants: { users: read }
  off:
    grants: { users: read }
    enabled: false
`,
  'tools-policy.yaml',
);

const byOperation = (tools: McpTool[]) => new Map(tools.map((tool) => [operationIdForTool(tool.name), tool]));

describe('toolsForAgent', () => {
  it('gives one tool per granted operation, with valid names that map back, in every format', () => {
    const granted = grantedOperations(policy, 'operator');
    expect(granted).toContain('users.delete');
    const plain = toolsForAgent(policy, 'operator');
    const mcp = toolsForAgent(policy, 'operator', { format: 'mcp' });
    const openai = toolsForAgent(policy, 'operator', { format: 'openai' });
    const anthropic = toolsForAgent(policy, 'operator', { format: 'anthropic' });
    const names = [
      plain.map((t) => t.name),
      mcp.map((t) => t.name),
      openai.map((t) => t.function.name),
      anthropic.map((t) => t.name),
    ];
    for (const list of names) {
      expect(list.every((name) => NAME.test(name))).toBe(true);
      expect(list.map((name) => operationIdForTool(name)).sort()).toEqual([...granted].sort());
    }
    expect(plain.map((t) => t.operationId).sort()).toEqual([...granted].sort());
    expect(toolNameFor('calls.initiate')).toBe('calls_initiate');

    const initiate = plain.find((t) => t.operationId === 'calls.initiate')!;
    expect(initiate).toMatchObject({
      name: 'calls_initiate',
      access: 'write',
      area: 'calls',
      flags: ['external'],
      scopes: [],
    });
    expect(initiate.inputSchema).toMatchObject({
      type: 'object',
      required: ['id', 'body'],
      properties: { id: { type: 'string' }, body: { type: 'object' } },
    });
    expect(initiate.rateLimits).toEqual([{ limit: 5, windowSeconds: 60, per: { in: 'path', name: 'id' } }]);
    expect(openai.find((t) => t.function.name === 'calls_initiate')).toEqual({
      type: 'function',
      function: {
        name: 'calls_initiate',
        description: initiate.description,
        parameters: initiate.inputSchema,
        strict: false,
      },
    });
    expect(anthropic.find((t) => t.name === 'calls_initiate')).toEqual({
      name: 'calls_initiate',
      description: initiate.description,
      input_schema: initiate.inputSchema,
    });
  });

  it('says what each tool does to the real world, its access, scope and rate limit', () => {
    const tools = new Map(toolsForAgent(policy, 'operator').map((t) => [t.operationId, t.description]));
    expect(tools.get('calls.initiate')).toMatch(/real outbound phone call/);
    expect(tools.get('calls.initiate')).toMatch(/Warning: It places or moves a real phone call/);
    expect(tools.get('calls.initiate')).toMatch(
      /Access: write \(area calls\)\. OAuth scope: none needed\. Rate limit: at most 5 per minute per id \(and 20 requests per second for the whole company\)/,
    );
    expect(tools.get('users.delete')).toMatch(/Warning: It cannot be undone\./);
    expect(tools.get('users.create')).toMatch(/may cost money/i);
    expect(tools.get('calls.list')).toMatch(/OAuth scope: calls:list\./);
    expect(tools.get('users.list')).toMatch(/query\.cursor/);
    expect(tools.get('users.get')).not.toMatch(/Warning/);
    // OpenAI caps function descriptions at 1024 characters.
    const all = parsePolicy(
      `version: 1\nagents:\n  all:\n    allow: [${operationIds.filter((id) => !id.startsWith('oauth.')).join(', ')}]\n    allowIrreversible: true\n`,
    );
    expect(toolsForAgent(all, 'all').every((t) => t.description.length <= 1024)).toBe(true);
  });

  it('sets the MCP hints from access and effect', () => {
    const tools = byOperation(toolsForAgent(policy, 'operator', { format: 'mcp' }));
    expect(tools.get('calls.initiate')!.annotations).toEqual({
      title: "Make a user's Dialpad app dial a number",
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
      openWorldHint: true,
    });
    expect(tools.get('users.delete')!.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
      openWorldHint: false,
    });
    expect(tools.get('users.get')!.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    });
    expect(tools.get('users.update')!.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
  });

  it('leaves out what the agent may not call, and everything for a disabled or unknown agent', () => {
    const reader = toolsForAgent(policy, 'reader', { format: 'mcp' }).map((t) => operationIdForTool(t.name));
    expect(reader.sort()).toEqual(operationIds.filter((id) => operations[id].area === 'users' && operations[id].access === 'read').sort());
    expect(reader).toContain('users.get');
    expect(toolsForAgent(policy, 'operator').map((t) => t.operationId)).not.toContain('calls.aiRecap');
    expect(toolsForAgent(policy, 'off')).toEqual([]);
    expect(toolsForAgent(policy, 'nobody')).toEqual([]);
  });
});

describe('callTool', () => {
  function guardedClient(agent: string) {
    const sent: { method: string; url: string; body: string | undefined }[] = [];
    const records: AuditRecord[] = [];
    const client = createDialpadClient({
      apiKey: API_KEY,
      baseUrl: inject('prismUrl'),
      policy,
      agent,
      rateLimit: false,
      maxRetries: 0,
      audit: { sink: (_line, record) => void records.push(record) },
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({
          method: request.method,
          url: request.url,
          body: request.body ? await request.clone().text() : undefined,
        });
        return fetch(request);
      },
    });
    return { client, sent, records };
  }

  it('maps path parameters, query and body back to the operation and answers with the API’s result', async () => {
    const { client, sent, records } = guardedClient('operator');
    const answer = (await callTool(client, 'calls_initiate', {
      id: '5223000012345678',
      body: { phone_number: '+14155550123' },
    })) as { device?: { user_id?: number } };
    expect(answer.device?.user_id).toBe('5223000012345678');
    const page = (await callTool(client, 'users_list', { query: { state: 'active' } })) as { items?: unknown[] };
    expect(Array.isArray(page.items)).toBe(true);
    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([
      'POST /api/v2/users/5223000012345678/initiate_call',
      'GET /api/v2/users?state=active',
    ]);
    expect(JSON.parse(sent[0]!.body!)).toEqual({ phone_number: '+14155550123' });
    expect(records.map((r) => [r.kind, r.operationId, r.decision])).toEqual([
      ['attempt', 'calls.initiate', 'allowed'],
      ['outcome', 'calls.initiate', undefined],
      ['attempt', 'users.list', 'allowed'],
      ['outcome', 'users.list', undefined],
    ]);
  });

  it('refuses, sends nothing and audits a tool the agent lacks, or a name that is no tool', async () => {
    const { client, sent, records } = guardedClient('reader');
    const denied = await callTool(client, 'users_delete', { id: '1' }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AccessDeniedError);
    expect(describeToolError(denied)).toMatch(
      /^Refused by the agent policy \(nothing was sent\): agent "reader" may not call users\.delete[\s\S]*\nWhat to do: /,
    );
    // Refused before the arguments are looked at, whatever they are.
    await expect(callTool(client, 'calls_initiate', 'garbage')).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(callTool(client, 'calls_get', { id: 'not-a-number', query: 7 })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    const unknown = await callTool(client, 'drop_tables', {}).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ name: 'AccessDeniedError', reason: 'unknown-operation' });
    expect(sent).toEqual([]);
    expect(records.map((r) => [r.operationId, r.decision, r.reason])).toEqual([
      ['users.delete', 'denied', 'read-only-grant'],
      ['calls.initiate', 'denied', 'no-grant'], // no path parameter given: still denied and audited
      ['calls.get', 'denied', 'no-grant'],
      ['drop_tables', 'denied', 'unknown-operation'],
    ]);
  });

  it('checks arguments against the input schema before sending, coercing quoted scalars', async () => {
    const { client, sent } = guardedClient('operator');
    const error = await callTool(client, 'calls_initiate', {
      body: { phone_number: '+14155550123', group_type: 'team' },
      extra: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolInputError);
    expect([...(error as ToolInputError).problems].sort()).toEqual([
      'arguments: missing "id"',
      'arguments: unknown property "extra"',
      'body.group_type: must be one of "callcenter", "department", "office"',
    ]);
    expect(describeToolError(error)).toMatch(
      /What to do: Call the tool again with arguments that match its input schema/,
    );
    expect(sent).toEqual([]);
    await callTool(client, 'calls_get', { id: '1002' });
    expect(new URL(sent[0]!.url).pathname).toBe('/api/v2/call/1002');
  });
});
