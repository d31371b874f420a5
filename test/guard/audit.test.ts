import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, createAuditLog, createDialpadClient, parsePolicy, verifyAuditLog, type AuditRecord } from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

const API_KEY = 'sk_live_audit_secret_abcdef123456';
const SMS_TEXT = 'Your one-time code is 918273';
const dir = mkdtempSync(join(tmpdir(), 'bollard-audit-'));
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    if (req.path === '/api/v2/contacts/404') return json(res, 404, { error: { code: 404, message: `nothing for ${API_KEY}`, request_id: 'req-404' } });
    json(res, 200, { id: 1, text: SMS_TEXT }, { 'x-request-id': 'req-ok' });
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = parsePolicy(`
agents:
  bot:
    grants: { users: read, messages: write, contacts: read }
  loud:
    grants: { messages: write }
    revealPhoneNumbers: true
`);

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n');
const records = (file: string) => lines(file).map((line) => JSON.parse(line) as AuditRecord);

describe('the audit log', () => {
  it('1,000 concurrent calls leave exactly 1,000 lines, and the chain verifies', async () => {
    const file = join(dir, 'thousand.jsonl');
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: { file } }, rateLimit: false });
    const results = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? client.users.delete(String(i)) : client.users.get(String(i)))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(900);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof AccessDeniedError)).toHaveLength(100);
    await client.close();
    expect(lines(file)).toHaveLength(1000);
    expect(verifyAuditLog(readFileSync(file, 'utf8'))).toEqual({ ok: true, lines: 1000 });
    const all = records(file);
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(all.filter((r) => r.decision === 'denied')).toHaveLength(100);
    expect(server.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
  }, 60_000);

  it('has every field of an attempt, allowed or denied, with the record written before the promise settles', async () => {
    const file = join(dir, 'fields.jsonl');
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: { file } }, rateLimit: false });
    await client.sms.send({ user_id: 42, to_numbers: ['+14155550123', '+442071838750'], text: SMS_TEXT });
    expect(lines(file)).toHaveLength(1); // already on disk: the call's promise waited for it
    await client.contacts.get('404').catch(() => undefined);
    await client.users.update('42', { first_name: 'x' }).catch(() => undefined);
    await client.close();
    const [sent, missing, denied] = records(file);
    expect(sent).toMatchObject({
      seq: 1,
      agent: 'bot',
      operationId: 'sms.send',
      method: 'POST',
      path: '/api/v2/sms',
      area: 'messages',
      access: 'write',
      decision: 'allowed',
      reason: 'granted',
      targets: { user: ['42'] },
      numbers: ['•••0123', '•••8750'],
      status: 200,
      retries: 0,
      requestId: 'req-ok',
      error: null,
    });
    expect(sent!.durationMs).toBeGreaterThan(0);
    expect(typeof sent!.rateLimitWaitMs).toBe('number');
    expect(new Date(sent!.time).toISOString()).toBe(sent!.time);
    expect(missing).toMatchObject({ operationId: 'contacts.get', status: 404, error: 'NotFoundError', requestId: 'req-404', targets: { contact: ['404'] } });
    expect(denied).toMatchObject({ operationId: 'users.update', decision: 'denied', reason: 'read-only-grant', status: null, error: 'AccessDeniedError' });
  });

  it('shows full phone numbers only when the policy opts in for the agent', async () => {
    const file = join(dir, 'reveal.jsonl');
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'loud', audit: { sink: { file } }, rateLimit: false });
    await client.sms.send({ user_id: 42, to_numbers: ['+14155550123'], text: SMS_TEXT });
    await client.close();
    expect(records(file)[0]!.numbers).toEqual(['+14155550123']);
  });

  it('never holds the API key, a token or the message text — nor do the errors', async () => {
    const file = join(dir, 'secrets.jsonl');
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: { file } }, rateLimit: false });
    const errors: unknown[] = [];
    await client.sms.send({ user_id: 42, to_numbers: ['+14155550123'], text: SMS_TEXT });
    await client.contacts.get('404').catch((e: unknown) => errors.push(e));
    await client.calls.initiate('1', { phone_number: '+14155550123' }).catch((e: unknown) => errors.push(e));
    await client.close();
    expect(errors).toHaveLength(2);
    const haystack = [readFileSync(file, 'utf8'), ...errors.flatMap((e) => [JSON.stringify(e), String((e as Error).message), String((e as Error).stack)])].join('\n');
    for (const secret of [API_KEY, SMS_TEXT, '918273', '4155550123']) expect(haystack).not.toContain(secret);
  });

  it('continues the chain of an existing file across clients and restarts', async () => {
    const file = join(dir, 'continued.jsonl');
    for (let run = 0; run < 3; run++) {
      const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: { file } }, rateLimit: false });
      await client.users.get('1');
      await client.users.get('2');
      await client.close();
    }
    expect(verifyAuditLog(readFileSync(file, 'utf8'))).toEqual({ ok: true, lines: 6 });
  });

  it('verify names the first altered, removed, inserted or truncated line', async () => {
    const file = join(dir, 'tamper.jsonl');
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: { file } }, rateLimit: false });
    for (let i = 0; i < 6; i++) await client.users.get(String(i));
    await client.close();
    const original = lines(file);
    const check = (edited: string[]) => verifyAuditLog(`${edited.join('\n')}\n`);

    const altered = [...original];
    altered[2] = altered[2]!.replace('"decision":"allowed"', '"decision":"denied"');
    expect(check(altered)).toEqual({ ok: false, line: 3, problem: 'its content was altered (hash does not match)' });

    const rehashed = JSON.parse(original[2]!) as AuditRecord;
    rehashed.operationId = 'users.delete';
    const { createHash } = await import('node:crypto');
    const { hash: _, ...body } = rehashed;
    rehashed.hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    expect(check([...original.slice(0, 2), JSON.stringify(rehashed), ...original.slice(3)])).toMatchObject({ ok: false, line: 4 });

    expect(check([...original.slice(0, 3), ...original.slice(4)])).toEqual({ ok: false, line: 4, problem: 'record(s) 4–4 are missing before it' });
    expect(check([...original.slice(0, 3), original[3]!.slice(0, 40)])).toEqual({ ok: false, line: 4, problem: 'not a JSON record (truncated or edited)' });
    expect(check([original[0]!, original[2]!, original[1]!, ...original.slice(3)])).toMatchObject({ ok: false, line: 2 });
    expect(check(original.slice(1))).toMatchObject({ ok: false, line: 1, problem: 'the log starts at record 2: earlier records are missing' });
  });

  it('writes to stdout or to a function as well', async () => {
    const seen: AuditRecord[] = [];
    const log = createAuditLog({ sink: (_line, record) => void seen.push(record) });
    const a = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: log, rateLimit: false });
    const b = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: log, rateLimit: false });
    await Promise.all([a.users.get('1'), b.users.get('2'), a.users.get('3')]);
    expect(seen.map((r) => r.seq)).toEqual([1, 2, 3]);
    const text = seen.map((r) => JSON.stringify(r)).join('\n');
    expect(verifyAuditLog(text)).toEqual({ ok: true, lines: 3 });

    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string, callback?: (error?: Error | null) => void) => {
      written.push(String(chunk));
      callback?.();
      return true;
    }) as typeof process.stdout.write;
    try {
      const c = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: 'stdout' }, rateLimit: false });
      await c.users.get('9');
    } finally {
      process.stdout.write = original;
    }
    expect(JSON.parse(written.join('').trim())).toMatchObject({ operationId: 'users.get', agent: 'bot', seq: 1 });
  });

  it('a sink that fails makes the call fail: no record is silently lost', async () => {
    const client = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: () => Promise.reject(new Error('disk full')) }, rateLimit: false });
    await expect(client.users.get('1')).rejects.toThrow('disk full');
    writeFileSync(join(dir, 'unused'), '');
  });
});
