import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { operationIdForTool, operationIds, operations, parsePolicy, toolsForAgent, verifyAuditLog, type AuditRecord } from '../../src/index.js';
import { startLocalServer, type LocalServer } from '../support/local-server.js';
import { ROOT } from '../support/prism.js';
import { CLI, runCli } from '../cli/run-cli.js';

const API_KEY = 'sk_live_mcp_e2e_0123456789abcdef';
const SMS_TEXT = 'Your parcel arrives at 3 pm';
const POLICY = `
version: 1
agents:
  support:
    grants: { users: read, messages: write }
  dialer:
    grants: { calls: write }
`;

const SUPPORT_OPERATIONS = operationIds
  .filter((id) => {
    const op = operations[id];
    return (op.area === 'users' && op.access === 'read') || (op.area === 'messages' && !(op.effect.flags as readonly string[]).includes('irreversible'));
  })
  .sort();

const dir = mkdtempSync(join(tmpdir(), 'bollard-mcp-'));
const policyFile = join(dir, 'policy.yaml');
const auditFile = join(dir, 'audit.jsonl');
writeFileSync(policyFile, POLICY);

/** Prism behind a proxy that counts what reaches it: a refused call must not. */
let mock: LocalServer;
let client: Client;
let stderr = '';

type ToolResult = {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
};
const textOf = (result: ToolResult) => result.content.map((c) => c.text ?? '').join('\n');

beforeAll(async () => {
  const prism = inject('prismUrl');
  mock = await startLocalServer(async (request, response) => {
    const upstream = await fetch(`${prism}${request.url}`, {
      method: request.method,
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[0] !== 'host' && entry[0] !== 'connection',
        ),
      ),
      body: request.body || undefined,
    });
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    response.end(await upstream.text());
  });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [...CLI, 'mcp', '--policy', policyFile, '--agent', 'support', '--base-url', mock.url, '--audit', auditFile],
    env: { ...getDefaultEnvironment(), DIALPAD_API_KEY: API_KEY },
    cwd: ROOT,
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'e2e', version: '1.0.0' });
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bollard-dialpad mcp, driven by the MCP SDK’s own client over stdio', () => {
  it('lists exactly the agent’s tools, with their hints', async () => {
    const { tools } = await client.listTools();
    const expected = toolsForAgent(parsePolicy(POLICY), 'support', { format: 'mcp' });
    expect(tools.map((t) => t.name).sort()).toEqual(expected.map((t) => t.name).sort());
    // users: read gives every read of the area; messages: write every message operation but the irreversible one.
    expect(tools.map((t) => operationIdForTool(t.name)).sort()).toEqual(SUPPORT_OPERATIONS);
    expect(SUPPORT_OPERATIONS).toEqual(expect.arrayContaining(['sms.send', 'messages.schedule', 'users.get', 'users.list']));
    expect(SUPPORT_OPERATIONS).not.toContain('messages.deleteScheduled');
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect(byName.get('users_get')!.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      openWorldHint: false,
    });
    expect(byName.get('sms_send')!.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
      openWorldHint: true,
    });
    expect(byName.get('sms_send')!.description).toMatch(/real text message/);
    expect(byName.get('sms_send')!.inputSchema).toMatchObject({
      type: 'object',
      properties: { body: { type: 'object' } },
    });
    expect(client.getInstructions()).toMatch(/agent "support"/);
  });

  it('runs allowed calls through the client and answers with Prism’s examples', async () => {
    const me = (await client.callTool({ name: 'users_get', arguments: { id: 'me' } })) as ToolResult;
    expect(me.isError).toBeFalsy();
    expect(me.structuredContent?.id).toBe('5835806903417907');
    expect(JSON.parse(textOf(me))).toEqual(me.structuredContent);
    const sms = (await client.callTool({
      name: 'sms_send',
      arguments: { body: { user_id: 5835806903417907, to_numbers: ['+14155550123'], text: SMS_TEXT } },
    })) as ToolResult;
    expect(sms.isError).toBeFalsy();
    expect(sms.structuredContent?.message_status).toBe('pending');
    expect(mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/users/me', 'POST /api/v2/sms']);
    expect(mock.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('refuses a tool the agent lacks (called by name anyway) and bad arguments, sending nothing', async () => {
    const before = mock.requests.length;
    const denied = (await client.callTool({
      name: 'calls_initiate',
      arguments: { id: '5223000012345678', body: { phone_number: '+14155550123' } },
    })) as ToolResult;
    expect(denied.isError).toBe(true);
    expect(textOf(denied)).toMatch(
      /^Refused by the agent policy \(nothing was sent\): agent "support" may not call calls\.initiate \(area calls, needs write access\): it has no grant for calls; not sent\nWhat to do: Grant the area/,
    );
    const invalid = (await client.callTool({ name: 'users_get', arguments: {} })) as ToolResult;
    expect(invalid.isError).toBe(true);
    expect(textOf(invalid)).toMatch(
      /^ToolInputError: invalid arguments for users_get: arguments: missing "id"; not sent\nWhat to do: /,
    );
    const unknown = (await client.callTool({ name: 'nonexistent', arguments: {} })) as ToolResult;
    expect(unknown.isError).toBe(true);
    expect(mock.requests.length).toBe(before);
  });

  it('writes an audit log that `audit verify` accepts, with no key and no message text in it or in the logs', async () => {
    const text = readFileSync(auditFile, 'utf8');
    const records = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AuditRecord);
    // Every tool call is on the record, whatever became of it: sent (attempt, then outcome),
    // refused by the policy, refused for its arguments, or no tool at all.
    expect(records.map((r) => [r.kind, r.operationId, r.decision, r.reason, r.status])).toEqual([
      ['attempt', 'users.get', 'allowed', 'granted', undefined],
      ['outcome', 'users.get', undefined, undefined, 200],
      ['attempt', 'sms.send', 'allowed', 'granted', undefined],
      ['outcome', 'sms.send', undefined, undefined, 200],
      ['refused', 'calls.initiate', 'denied', 'no-grant', undefined],
      ['refused', 'users.get', 'refused', 'invalid-request', undefined],
      ['refused', 'nonexistent', 'denied', 'unknown-operation', undefined],
    ]);
    expect(records.every((r) => r.agent === 'support')).toBe(true);
    expect(records[2]!.numbers).toEqual(['•••0123']);
    expect(verifyAuditLog(text)).toMatchObject({ ok: true, records: 7, unfinished: 0 });
    const verified = await runCli(['audit', 'verify', auditFile]);
    expect(verified).toMatchObject({ code: 0, stdout: 'ok: 7 records, chain intact; checkpoint matches\n' });
    for (const output of [text, stderr]) {
      expect(output).not.toContain(API_KEY);
      expect(output).not.toContain(SMS_TEXT);
    }
    expect(stderr).toMatch(new RegExp(`serving ${SUPPORT_OPERATIONS.length} tools for agent "support"`));
    expect(stderr).toMatch(/calls_initiate: AccessDeniedError \(no-grant\)/);
  });
});
