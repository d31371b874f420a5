import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditWriteError, createDialpadClient, parsePolicy, verifyAuditFile, type AuditRecord } from '../../src/index.js';
import { verifyPostgresAudit } from '../../src/audit/postgres-store.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';
import { startPostgres, type RunningPostgres } from '../support/postgres.js';
import { ROOT } from '../support/prism.js';

// Faults an operator meets — a full disk, a read-only one, a missing folder, a process killed mid-burst,
// several writers at once, a database — performed for real, then read off the wire and off the log.
const dir = mkdtempSync(join(tmpdir(), 'bollard-faults-'));
let server: LocalServer;
/** The last four digits of every SMS that reached the server. */
const delivered: string[] = [];
beforeAll(async () => {
  server = await startLocalServer(async (req, res) => {
    if (req.path === '/api/v2/sms') delivered.push(String((JSON.parse(req.body) as { to_numbers: string[] }).to_numbers[0]).slice(-4));
    await new Promise((r) => setTimeout(r, 2)); // a little latency, so calls are in flight together
    json(res, 200, { id: '7', message_status: 'pending' }, { 'x-request-id': `req-${server.requests.length}` });
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const policy = parsePolicy('version: 1\nagents:\n  worker:\n    grants: { users: read, messages: write }\n');
const clientOn = (file: string) => createDialpadClient({ apiKey: 'sk_faults_key_0123456', baseUrl: server.url, policy, agent: 'worker', rateLimit: false, audit: { sink: { file } } });
const records = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as AuditRecord);
const sms = (i: number) => ({ user_id: 1, to_numbers: [`+1415555${String(i).padStart(4, '0')}`], text: `message ${i}` });

/** A small filesystem of its own (tmpfs, 64 KiB), to fill up and to make read-only. */
function smallDisk(): { path: string; remount(mode: 'ro' | 'rw'): void; unmount(): void } {
  const path = mkdtempSync(join(tmpdir(), 'bollard-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', path]);
  if (mounted.status !== 0) throw new Error(`these fault tests mount a small tmpfs and need root (CAP_SYS_ADMIN): ${mounted.stderr.toString().trim()}`);
  return {
    path,
    remount: (mode) => void spawnSync('mount', ['-o', `remount,${mode}`, path]),
    unmount: () => {
      spawnSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

describe('the audit log under faults: nothing is sent without its record', () => {
  it('a full disk: the attempt cannot be written, so nothing is sent — every time, until there is room again', async () => {
    const disk = smallDisk();
    try {
      const file = join(disk.path, 'audit.jsonl');
      // Every page of the disk taken before the log has any: its first record has nowhere to go.
      try {
        for (;;) appendFileSync(join(disk.path, 'filler'), Buffer.alloc(4096, 1));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      const client = clientOn(file);
      const before = server.requests.length;
      for (let attempt = 0; attempt < 3; attempt++) {
        const error = await client.sms.send(sms(2)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AuditWriteError);
        expect(error).toMatchObject({ phase: 'attempt', sent: false });
        expect((error as Error).message).toMatch(/ENOSPC/);
      }
      expect(server.requests.length).toBe(before);
      rmSync(join(disk.path, 'filler'));
      await client.sms.send(sms(3));
      await client.close();
      expect(server.requests.length).toBe(before + 1);
      const [attempt, outcome] = records(file);
      expect([attempt?.kind, attempt?.numbers, outcome?.kind, outcome?.call]).toEqual(['attempt', ['•••0003'], 'outcome', attempt?.call]);
      expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 2 });
    } finally {
      disk.unmount();
    }
  });

  it('a read-only disk: the client refuses to start, naming the file; nothing is ever sent unrecorded', async () => {
    const disk = smallDisk();
    const readOnly = mkdtempSync(join(tmpdir(), 'bollard-ro-'));
    try {
      writeFileSync(join(disk.path, 'audit.jsonl'), '');
      expect(spawnSync('mount', ['--bind', disk.path, readOnly]).status).toBe(0);
      expect(spawnSync('mount', ['-o', 'remount,ro,bind', readOnly]).status).toBe(0);
      const file = join(readOnly, 'audit.jsonl');
      const before = server.requests.length;
      expect(() => clientOn(file)).toThrow(AuditWriteError);
      expect(() => clientOn(file)).toThrow(/cannot be opened \(EROFS/);
      expect(server.requests.length).toBe(before);
      // Writable again: a client starts and its records verify.
      expect(spawnSync('mount', ['-o', 'remount,rw,bind', readOnly]).status).toBe(0);
      const client = clientOn(file);
      await client.users.get('1');
      await client.close();
      expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 2 });
    } finally {
      spawnSync('umount', ['-l', readOnly]);
      rmSync(readOnly, { recursive: true, force: true });
      disk.unmount();
    }
  });

  it('a log that cannot be opened fails the client at creation, naming the file; a later client, once it can, works', async () => {
    const folder = join(dir, 'not-yet');
    const file = join(folder, 'audit.jsonl');
    const error = (() => {
      try {
        clientOn(file);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AuditWriteError);
    expect(error).toMatchObject({ phase: 'open' });
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/ENOENT/);
    mkdirSync(folder);
    const client = clientOn(file);
    await client.users.get('1');
    await client.close();
    expect(records(file)).toHaveLength(2);
  });

  it('an outcome that cannot be written: the error says the request WAS sent, with its status and request id', async () => {
    let writes = 0;
    const client = createDialpadClient({
      apiKey: 'sk_faults_key_0123456',
      baseUrl: server.url,
      policy,
      agent: 'worker',
      rateLimit: false,
      audit: { sink: () => (++writes === 2 ? Promise.reject(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })) : undefined) },
    });
    const before = server.requests.length;
    const error = await client.sms.send(sms(9)).catch((e: unknown) => e);
    expect(server.requests.length).toBe(before + 1);
    expect(error).toBeInstanceOf(AuditWriteError);
    expect(error).toMatchObject({ phase: 'outcome', sent: true, status: 200, requestId: expect.stringMatching(/^req-/) });
    expect((error as Error).message).toMatch(/the request WAS sent \(answered 200, request id req-\d+\)/);
    expect((error as AuditWriteError).advice).toMatch(/Do not repeat the call/);
  });

  it('two clients of one process on one file, calling at once, write one chain', async () => {
    const file = join(dir, 'shared.jsonl');
    const a = clientOn(file);
    const b = clientOn(file);
    await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).users.get(String(i))));
    await Promise.all([a.close(), b.close()]);
    expect(records(file).map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 200, unfinished: 0 });
  });
});

// ── Processes ─────────────────────────────────────────────────────────────────────────────────

interface Agent {
  child: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  done: Promise<void>;
}

function agentProcess(settings: Record<string, unknown>): Agent {
  // tsx as a loader in this very process (not its CLI, which runs the script in a child of its own):
  // the process killed is the one that writes.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/agent-process.ts'), JSON.stringify(settings)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let buffer = '';
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) (line === 'ready' ? onReady() : lines.push(line));
  });
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, lines, ready, done };
}

const go = (agents: Agent[]) => {
  for (const agent of agents) agent.child.stdin!.write('go\n');
};

describe('the audit log across processes', () => {
  it('a process killed (SIGKILL) in a burst of 500 sms.send: every message that reached the server has its attempt on the record', async () => {
    const file = join(dir, 'killed.jsonl');
    delivered.length = 0;
    const agent = agentProcess({ baseUrl: server.url, audit: { file }, calls: 500, concurrency: 40, operation: 'sms.send' });
    await agent.ready;
    go([agent]);
    const deadline = Date.now() + 30_000;
    while (delivered.length < 150 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    agent.child.kill('SIGKILL');
    await agent.done;
    await new Promise((r) => setTimeout(r, 100)); // requests already on the wire still arrive
    expect(delivered.length).toBeGreaterThanOrEqual(150);
    expect(delivered.length).toBeLessThan(500);
    const attempted = new Set(records(file).filter((r) => r.kind === 'attempt').map((r) => r.numbers![0]!.slice(-4)));
    const unrecorded = delivered.filter((last4) => !attempted.has(last4));
    expect(unrecorded).toEqual([]);
    // The log is whole (a torn last line, if the kill cut a write, is allowed and closed off by the next writer).
    const verified = await verifyAuditFile(file);
    expect(verified).toMatchObject({ ok: true });
    // The next writer continues the chain.
    const next = clientOn(file);
    await next.users.get('after-the-kill');
    await next.close();
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true });
  }, 60_000);

  it('two processes writing one file at once keep one chain (the file is locked per write)', async () => {
    const file = join(dir, 'two-processes.jsonl');
    const agents = [0, 1].map((n) => agentProcess({ baseUrl: server.url, audit: { file }, calls: 200, concurrency: 20, operation: 'users.get', first: n * 1000 }));
    await Promise.all(agents.map((a) => a.ready));
    go(agents);
    await Promise.all(agents.map((a) => a.done));
    for (const agent of agents) expect(agent.lines.filter((l) => l === 'ok')).toHaveLength(200);
    const all = records(file);
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: 800 }, (_, i) => i + 1));
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 800, unfinished: 0 });
  }, 60_000);

  it('a torn last line (a write cut short) is closed off by the next writer with a recovery record; the chain goes on', async () => {
    const file = join(dir, 'torn.jsonl');
    const client = clientOn(file);
    await client.users.get('1');
    await client.close();
    const fragment = '{"seq":3,"time":"2026-12-01T00:00:00.000Z","kind":"attem';
    appendFileSync(file, fragment); // what a crash mid-write leaves
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 2 }); // not yet closed off: no acknowledged record lost
    const again = clientOn(file);
    await again.users.get('2');
    await again.close();
    const all = readFileSync(file, 'utf8').trim().split('\n');
    expect(all).toHaveLength(6);
    expect(JSON.parse(all[3]!)).toMatchObject({ seq: 3, kind: 'recovery', torn: { bytes: Buffer.byteLength(fragment) } });
    expect(await verifyAuditFile(file)).toMatchObject({ ok: true, records: 5, recoveries: 1 });
  });
});

describe('beyond one machine: PostgreSQL', () => {
  let postgres: RunningPostgres;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await postgres?.stop();
  });

  it('4 agent processes × 250 calls through the client into one PostgreSQL log: 2,000 records, one chain that verifies', async () => {
    const agents = [0, 1, 2, 3].map((n) => agentProcess({ baseUrl: server.url, audit: { postgres: postgres.url }, calls: 250, concurrency: 16, operation: 'users.get', first: n * 1000 }));
    await Promise.all(agents.map((a) => a.ready));
    const started = performance.now();
    go(agents);
    await Promise.all(agents.map((a) => a.done));
    const elapsed = performance.now() - started;
    for (const agent of agents) expect(agent.lines.filter((l) => l === 'ok')).toHaveLength(250);
    const verified = await verifyPostgresAudit({ connectionString: postgres.url }, {});
    expect(verified).toMatchObject({ ok: true, records: 2000, lastSeq: 2000, unfinished: 0, checkpoint: 'matched' });
    console.log(`4 processes × 250 calls into PostgreSQL: ${Math.round(elapsed)} ms, ${Math.round(1000 / (elapsed / 1000))} calls/s`);
  }, 120_000);

  it('with PostgreSQL down, a call is not sent: its attempt cannot be written', async () => {
    const client = createDialpadClient({ apiKey: 'sk_faults_key_0123456', baseUrl: server.url, policy, agent: 'worker', rateLimit: false, audit: { postgres: { connectionString: postgres.url } } });
    await client.users.get('up');
    await postgres.stopAbruptly();
    const before = server.requests.length;
    const error = await client.users.get('down').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AuditWriteError', phase: 'attempt', sent: false, log: 'postgres:bollard_audit' });
    expect(server.requests.length).toBe(before);
    await postgres.restart();
    await client.users.get('back');
    await client.close();
    expect(await verifyPostgresAudit({ connectionString: postgres.url }, {})).toMatchObject({ ok: true });
  }, 60_000);
});
