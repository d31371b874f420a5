import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccessDeniedError,
  AuditWriteError,
  checkpointPath,
  createAuditLog,
  createDialpadClient,
  parsePolicy,
  verifyAuditFile,
  verifyAuditLog,
  type AuditRecord,
} from '../../src/index.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

const API_KEY = 'sk_live_audit_secret_abcdef123456';
const SMS_TEXT = 'Your one-time code is 918273';
const dir = mkdtempSync(join(tmpdir(), 'bollard-audit-'));
let server: LocalServer;
/** Per request: what the audit file held at the moment the request reached the server. */
const seenOnArrival = new Map<string, string>();
beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    const watched = req.headers['x-watch-audit'];
    if (typeof watched === 'string') seenOnArrival.set(req.path, existsSync(watched) ? readFileSync(watched, 'utf8') : '');
    if (req.path === '/api/v2/contacts/404') return json(res, 404, { error: { code: 404, message: `nothing for ${API_KEY}`, request_id: 'req-404' } });
    json(res, 200, { id: '1', text: SMS_TEXT }, { 'x-request-id': 'req-ok' });
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = parsePolicy(`
version: 1
agents:
  bot:
    grants: { users: read, messages: write, contacts: read }
  loud:
    grants: { messages: write }
    revealPhoneNumbers: true
`);

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n');
const records = (file: string) => lines(file).map((line) => JSON.parse(line) as AuditRecord);
const client = (file: string, agent = 'bot') => createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent, audit: { sink: { file } }, rateLimit: false });

describe('the audit log: an attempt before the request leaves, its outcome after, one chain', () => {
  it('1,000 concurrent calls leave an attempt and an outcome per sent call and one record per refusal; the chain verifies', async () => {
    const file = join(dir, 'thousand.jsonl');
    const c = client(file);
    const before = server.requests.length;
    const results = await Promise.allSettled(Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? c.users.delete(String(i)) : c.users.get(String(i)))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(900);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof AccessDeniedError)).toHaveLength(100);
    await c.close();
    const all = records(file);
    expect(all).toHaveLength(1900);
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: 1900 }, (_, i) => i + 1));
    expect(all.filter((r) => r.kind === 'attempt')).toHaveLength(900);
    expect(all.filter((r) => r.kind === 'outcome')).toHaveLength(900);
    expect(all.filter((r) => r.kind === 'refused' && r.decision === 'denied')).toHaveLength(100);
    // Every outcome follows its own attempt.
    const attemptAt = new Map(all.filter((r) => r.kind === 'attempt').map((r) => [r.call, r.seq]));
    for (const outcome of all.filter((r) => r.kind === 'outcome')) expect(attemptAt.get(outcome.call)).toBeLessThan(outcome.seq);
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 1900, unfinished: 0, checkpoint: 'matched' });
    expect(server.requests.length - before).toBe(900);
    expect(server.requests.slice(before).filter((r) => r.method === 'DELETE')).toHaveLength(0);
  }, 60_000);

  it('the attempt is on disk before the request reaches Dialpad; the outcome has every field', async () => {
    const file = join(dir, 'fields.jsonl');
    const c = client(file);
    await c.sms.send({ user_id: 42, to_numbers: ['+14155550123', '+442071838750'], text: SMS_TEXT }, { headers: { 'x-watch-audit': file } });
    // What the file held when the SMS arrived at the server: the attempt, and nothing more.
    const onArrival = seenOnArrival.get('/api/v2/sms')!.trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    expect(onArrival.map((r) => r.kind)).toEqual(['attempt']);
    await c.contacts.get('404').catch(() => undefined);
    await c.users.update('42', { first_name: 'x' }).catch(() => undefined);
    await c.close();
    const [attempt, outcome, missingAttempt, missing, denied] = records(file);
    expect(attempt).toMatchObject({ seq: 1, kind: 'attempt', agent: 'bot', operationId: 'sms.send', method: 'POST', path: '/api/v2/sms', area: 'messages', access: 'write', decision: 'allowed', reason: 'granted', targets: { user: ['42'] }, numbers: ['•••0123', '•••8750'] });
    // An attempt says what was asked; what became of it is the outcome's to say.
    expect(attempt).not.toHaveProperty('status');
    expect(outcome).toMatchObject({ seq: 2, kind: 'outcome', call: attempt!.call, operationId: 'sms.send', sent: true, status: 200, retries: 0, requestId: 'req-ok', error: null });
    expect(outcome!.durationMs).toBeGreaterThan(0);
    expect(typeof outcome!.rateLimitWaitMs).toBe('number');
    expect(new Date(outcome!.time).toISOString()).toBe(outcome!.time);
    expect(missingAttempt).toMatchObject({ kind: 'attempt', operationId: 'contacts.get', targets: { contact: ['404'] } });
    expect(missing).toMatchObject({ kind: 'outcome', operationId: 'contacts.get', sent: true, status: 404, error: 'NotFoundError', requestId: 'req-404' });
    expect(denied).toMatchObject({ kind: 'refused', call: null, operationId: 'users.update', decision: 'denied', reason: 'read-only-grant', sent: false, error: 'AccessDeniedError' });
  });

  it('shows full phone numbers only when the policy opts in for the agent', async () => {
    const file = join(dir, 'reveal.jsonl');
    const c = client(file, 'loud');
    await c.sms.send({ user_id: 42, to_numbers: ['+14155550123'], text: SMS_TEXT });
    await c.close();
    expect(records(file)[0]!.numbers).toEqual(['+14155550123']);
  });

  it('never holds the API key, a token or the message text — nor do the errors', async () => {
    const file = join(dir, 'secrets.jsonl');
    const c = client(file);
    const errors: unknown[] = [];
    await c.sms.send({ user_id: 42, to_numbers: ['+14155550123'], text: SMS_TEXT });
    await c.contacts.get('404').catch((e: unknown) => errors.push(e));
    await c.calls.initiate('1', { phone_number: '+14155550123' }).catch((e: unknown) => errors.push(e));
    await c.close();
    expect(errors).toHaveLength(2);
    const haystack = [readFileSync(file, 'utf8'), ...errors.flatMap((e) => [JSON.stringify(e), String((e as Error).message), String((e as Error).stack)])].join('\n');
    for (const secret of [API_KEY, SMS_TEXT, '918273', '4155550123']) expect(haystack).not.toContain(secret);
  });

  it('continues the chain of an existing file across clients and restarts, and keeps its checkpoint at the end', async () => {
    const file = join(dir, 'continued.jsonl');
    for (let run = 0; run < 3; run++) {
      const c = client(file);
      await c.users.get('1');
      await c.users.get('2');
      await c.close();
    }
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 12, lastSeq: 12, checkpoint: 'matched' });
    const checkpoint = JSON.parse(readFileSync(checkpointPath(file), 'utf8'));
    expect(checkpoint).toMatchObject({ seq: 12, hash: JSON.parse(lines(file)[11]!).hash });
  });

  it('verify names the first altered, removed, inserted or truncated line, and a tail cut from the end', async () => {
    const file = join(dir, 'tamper.jsonl');
    const c = client(file);
    for (let i = 0; i < 6; i++) await c.users.get(String(i));
    await c.close();
    const original = lines(file);
    const checkpoint = JSON.parse(readFileSync(checkpointPath(file), 'utf8'));
    const check = (edited: string[]) => verifyAuditLog(edited.length ? `${edited.join('\n')}\n` : '', { checkpoint });

    const altered = [...original];
    altered[2] = altered[2]!.replace('"decision":"allowed"', '"decision":"denied"');
    expect(check(altered)).toEqual({ ok: false, line: 3, problem: 'its content was altered (hash does not match)' });

    const rehashed = JSON.parse(original[2]!) as AuditRecord;
    rehashed.operationId = 'users.delete';
    const { hash: _, ...body } = rehashed;
    rehashed.hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    expect(check([...original.slice(0, 2), JSON.stringify(rehashed), ...original.slice(3)])).toMatchObject({ ok: false, line: 4 });

    expect(check([...original.slice(0, 3), ...original.slice(4)])).toEqual({ ok: false, line: 4, problem: 'record(s) 4–4 are missing before it' });
    expect(check([...original.slice(0, 3), original[3]!.slice(0, 40), ...original.slice(4)])).toEqual({ ok: false, line: 4, problem: 'not a JSON record (truncated or edited), and no recovery record names it' });
    expect(check([original[0]!, original[2]!, original[1]!, ...original.slice(3)])).toMatchObject({ ok: false, line: 2 });
    expect(check(original.slice(1))).toMatchObject({ ok: false, line: 1, problem: 'the log starts at record 2: earlier records are missing' });
    // An outcome whose attempt was taken out (and the chain rebuilt around it) is named too.
    expect(verifyAuditLog([original[1]!].join('\n'))).toMatchObject({ ok: false });
    // Removing the last lines, or emptying the log, leaves it short of its checkpoint.
    expect(check(original.slice(0, 9))).toEqual({ ok: false, line: 10, problem: 'the log ends at record 9 but its checkpoint says record 12 was written: records 10–12 were cut from its end' });
    expect(check([])).toMatchObject({ ok: false, problem: expect.stringMatching(/ends at record 0 .* records 1–12 were cut/) });
    expect(check(original)).toMatchObject({ ok: true, records: 12 });
  });

  it('a log that lost its tail is not written to again until someone looks: appending would hide the cut', async () => {
    const file = join(dir, 'cut.jsonl');
    const c = client(file);
    for (let i = 0; i < 3; i++) await c.users.get(String(i));
    await c.close();
    writeFileSync(file, `${lines(file).slice(0, 4).join('\n')}\n`);
    const before = server.requests.length;
    const again = client(file);
    const error = await again.users.get('9').catch((e: unknown) => e);
    await again.close();
    expect(error).toBeInstanceOf(AuditWriteError);
    expect(error).toMatchObject({ phase: 'attempt', sent: false });
    expect((error as Error).message).toMatch(/ends at record 4 but its checkpoint says record 6/);
    expect(server.requests.length).toBe(before);
    expect(await verifyAuditFile(file)).toMatchObject({ ok: false, problem: expect.stringMatching(/records 5–6 were cut/) });
    // Once looked into (the checkpoint removed), the log goes on.
    unlinkSync(checkpointPath(file));
    const resumed = client(file);
    await resumed.users.get('10');
    await resumed.close();
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 6 });
  });

  it('a checkpoint signed with a key kept apart cannot be rewritten to hide a cut', async () => {
    const file = join(dir, 'signed.jsonl');
    const key = 'checkpoint-key-kept-elsewhere';
    const log = createAuditLog({ sink: { file }, checkpointKey: key });
    const c = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: log, rateLimit: false });
    for (let i = 0; i < 3; i++) await c.users.get(String(i));
    await c.close();
    await log.close();
    expect(await verifyAuditFile(file, { key })).toMatchObject({ ok: true, checkpoint: 'signed' });
    // Cut two records and forge a checkpoint for the shorter log, without the key.
    const kept = lines(file).slice(0, 4);
    writeFileSync(file, `${kept.join('\n')}\n`);
    const forged = { seq: 4, hash: JSON.parse(kept[3]!).hash, time: new Date().toISOString(), hmac: createHash('sha256').update('guess').digest('hex') };
    writeFileSync(checkpointPath(file), JSON.stringify(forged));
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true }); // without the key, a consistent forgery passes…
    expect(await verifyAuditFile(file, { key })).toMatchObject({ ok: false, problem: expect.stringMatching(/signature does not match/) }); // …with it, not.
  });

  it('stdout and a function are sinks too; clients sharing one log share one chain', async () => {
    const seen: AuditRecord[] = [];
    const sink = (_line: string, record: AuditRecord) => void seen.push(record);
    const a = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink }, rateLimit: false });
    const b = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink }, rateLimit: false });
    await Promise.all([a.users.get('1'), b.users.get('2'), a.users.get('3')]);
    expect(seen.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(verifyAuditLog(seen.map((r) => JSON.stringify(r)).join('\n'))).toMatchObject({ ok: true, records: 6 });
    await Promise.all([a.close(), b.close()]);

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
      await c.close();
    } finally {
      process.stdout.write = original;
    }
    expect(written.join('').trim().split('\n').map((l) => JSON.parse(l))).toMatchObject([{ kind: 'attempt', operationId: 'users.get', agent: 'bot', seq: 1 }, { kind: 'outcome', seq: 2 }]);
  });

  it('a sink that takes its time (returns a promise) still gets one unbroken chain from concurrent calls', async () => {
    const seen: AuditRecord[] = [];
    const sink = async (_line: string, record: AuditRecord) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      seen.push(record);
    };
    const c = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink }, rateLimit: false });
    await Promise.all(Array.from({ length: 20 }, (_, i) => c.users.get(String(i + 1))));
    await c.close();
    expect(seen.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(verifyAuditLog(seen.map((r) => JSON.stringify(r)).join('\n'))).toMatchObject({ ok: true, records: 40 });
  });

  it('a sink that fails stops the call before it is sent: AuditWriteError, nothing on the wire', async () => {
    const before = server.requests.length;
    const c = createDialpadClient({ apiKey: API_KEY, baseUrl: server.url, policy, agent: 'bot', audit: { sink: () => Promise.reject(new Error('disk full')) }, rateLimit: false });
    const error = await c.users.get('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditWriteError);
    expect(error).toMatchObject({ phase: 'attempt', sent: false, retryable: false });
    expect((error as Error).message).toMatch(/could not be written \(disk full\); not sent/);
    expect(server.requests.length).toBe(before);
  });
});
