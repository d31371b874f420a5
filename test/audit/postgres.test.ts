import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/audit/log.js';
import { exportPostgresAudit, PostgresAuditStore, verifyPostgresAudit } from '../../src/audit/postgres-store.js';
import { auditTable } from '../../src/audit/postgres-table.js';
import { recordHash, type AuditEntry, type AuditRecord } from '../../src/audit/record.js';
import { signCheckpoint, verifyAuditLog } from '../../src/audit/verify.js';
import { auditEntry } from '../support/audit-entry.js';
import { startPostgres, type RunningPostgres } from '../support/postgres.js';
import { ROOT } from '../support/prism.js';

let server: RunningPostgres;
let admin: pg.Pool;
const dir = mkdtempSync(join(tmpdir(), 'bollard-audit-pg-'));

beforeAll(async () => {
  server = await startPostgres();
  admin = new pg.Pool({ connectionString: server.url, max: 1 });
  admin.on('error', () => undefined); // the fault test stops the server under it
});
afterAll(async () => {
  await admin?.end();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const sql = async (text: string, values?: unknown[]) => (await admin.query(text, values)).rows;
const exported = async (table: string) => {
  const lines: string[] = [];
  const { records } = await exportPostgresAudit({ connectionString: server.url, table }, (line) => void lines.push(line));
  expect(records).toBe(lines.length);
  return lines;
};
/** `n` calls: an attempt and its outcome each, in order. */
const calls = (n: number, agent = 'bot'): AuditEntry[] => Array.from({ length: n }, (_, i) => [auditEntry('attempt', `${agent}-${i}`, agent, String(i)), auditEntry('outcome', `${agent}-${i}`, agent, String(i))]).flat();
async function writeAll(table: string, entries: AuditEntry[], options: { checkpointKey?: string; durable?: boolean } = {}): Promise<void> {
  const log = createAuditLog({ postgres: { connectionString: server.url, table }, ...options });
  for (const entry of entries) await log.write(entry);
  await log.close();
}

describe('the PostgreSQL audit store', () => {
  it('writes through createAuditLog the very lines a file log holds, which verify, and exports them exactly', async () => {
    const entries = calls(25);
    await writeAll('audit_same', entries);
    const file = join(dir, 'same.jsonl');
    const fileLog = createAuditLog({ sink: { file } });
    for (const entry of entries) await fileLog.write(entry);
    await fileLog.close();

    const lines = await exported('audit_same');
    expect(`${lines.join('\n')}\n`).toBe(readFileSync(file, 'utf8')); // byte for byte
    expect(lines.map((line) => (JSON.parse(line) as AuditRecord).seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(verifyAuditLog(`${lines.join('\n')}\n`)).toMatchObject({ ok: true, records: 50, unfinished: 0 });
    expect(await verifyPostgresAudit({ connectionString: server.url, table: 'audit_same' })).toEqual({ ok: true, lines: 50, records: 50, lastSeq: 50, recoveries: 0, unfinished: 0, checkpoint: 'matched' });
    // The columns beside the line agree with it; the checkpoint row names the last line.
    const rows = await sql('SELECT seq, hash, kind, call, agent, operation_id, time FROM audit_same ORDER BY seq');
    rows.forEach((row, i) => {
      const record = JSON.parse(lines[i]!) as AuditRecord;
      expect({ seq: Number(row.seq), hash: row.hash, kind: row.kind, call: row.call, agent: row.agent, op: row.operation_id, time: (row.time as Date).toISOString() }).toEqual({
        seq: record.seq,
        hash: recordHash(lines[i]!),
        kind: record.kind,
        call: record.call,
        agent: record.agent,
        op: record.operationId,
        time: record.time,
      });
    });
    expect(await sql('SELECT seq, hash, hmac FROM audit_same_checkpoint')).toEqual([{ seq: '50', hash: recordHash(lines[49]!), hmac: null }]);
  });

  it('batches concurrent writes (group commit), exports more than a page in seq order to an async writer, and durable: false verifies too', async () => {
    const log = createAuditLog({ postgres: { connectionString: server.url, table: 'audit_many' }, durable: false });
    await Promise.all(Array.from({ length: 2500 }, (_, i) => log.write(auditEntry('attempt', `c${i}`, 'bot'))));
    await log.close();
    expect(Number((await sql('SELECT count(*) AS n FROM audit_many'))[0].n)).toBe(2500);
    const seqs: number[] = [];
    const { records } = await exportPostgresAudit({ connectionString: server.url, table: 'audit_many' }, async (line) => {
      await new Promise((resolve) => setImmediate(resolve));
      seqs.push((JSON.parse(line) as AuditRecord).seq);
    });
    expect(records).toBe(2500);
    expect(seqs).toEqual(Array.from({ length: 2500 }, (_, i) => i + 1));
    expect(await verifyPostgresAudit({ connectionString: server.url, table: 'audit_many' })).toMatchObject({ ok: true, records: 2500, unfinished: 2500, checkpoint: 'matched' });
  });

  it('4 processes × 250 records into one table: 1,000 records, seq 1..1000 with no gap, one chain that verifies', async () => {
    const table = 'audit_shared';
    const writers = ['w1', 'w2', 'w3', 'w4'].map((writer) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/postgres-writer.ts'), server.url, table, writer, '125', '4'], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const ready = new Promise<void>((resolve, reject) => {
        child.stdout.on('data', () => output.includes('ready\n') && resolve());
        child.once('exit', (code) => reject(new Error(`writer ${writer} exited (${code}) before it was ready:\n${output}`)));
      });
      const done = new Promise<number>((resolve, reject) =>
        child.once('exit', (code) => (code === 0 ? resolve((JSON.parse(output.split('\n').at(-2)!) as { ms: number }).ms) : reject(new Error(`writer ${writer} failed (${code}):\n${output}`)))),
      );
      done.catch(() => undefined); // awaited below, after ready
      return { writer, child, ready, done };
    });
    await Promise.all(writers.map((w) => w.ready));
    const started = performance.now();
    for (const { child } of writers) child.stdin.end('go\n');
    const perProcess = await Promise.all(writers.map((w) => w.done));
    const wall = performance.now() - started;
    console.log(`4 processes × 250 records into PostgreSQL: ${wall.toFixed(0)} ms wall (${Math.round(1000 / (wall / 1000))} records/s); per process ${perProcess.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    const rows = await sql(`SELECT seq, line FROM ${table} ORDER BY seq`);
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    const lines = await exported(table);
    expect(lines).toEqual(rows.map((row) => row.line));
    const agents = lines.map((line) => (JSON.parse(line) as AuditRecord).agent);
    for (const writer of ['w1', 'w2', 'w3', 'w4']) expect(agents.filter((agent) => agent === writer)).toHaveLength(250);
    // The writers really took turns: not four blocks one after another.
    const turns = agents.filter((agent, i) => i > 0 && agent !== agents[i - 1]).length;
    expect(turns).toBeGreaterThan(3);
    expect(await verifyPostgresAudit({ connectionString: server.url, table })).toEqual({ ok: true, lines: 1000, records: 1000, lastSeq: 1000, recoveries: 0, unfinished: 0, checkpoint: 'matched' });
  }, 120_000);

  it('names records cut from the end (the checkpoint row says more), and refuses to append after the cut', async () => {
    const table = 'audit_cut';
    await writeAll(table, calls(5));
    expect(await verifyPostgresAudit({ connectionString: server.url, table })).toMatchObject({ ok: true, lastSeq: 10 });

    await sql(`DELETE FROM ${table} WHERE seq > 7`);
    expect(await verifyPostgresAudit({ connectionString: server.url, table })).toEqual({
      ok: false,
      line: 8,
      problem: 'the log ends at record 7 but its checkpoint says record 10 was written: records 8–10 were cut from its end',
    });
    // Appending now would move the checkpoint past the cut and hide it.
    const log = createAuditLog({ postgres: { connectionString: server.url, table } });
    await expect(log.write(auditEntry('attempt', 'late', 'bot'))).rejects.toThrow(/ends at record 7 but its checkpoint says record 10 was written: records 8–10 were cut; nothing was appended/);
    await log.close();
    expect(Number((await sql(`SELECT max(seq) AS n FROM ${table}`))[0].n)).toBe(7);

    await sql(`DELETE FROM ${table}`);
    expect(await verifyPostgresAudit({ connectionString: server.url, table })).toMatchObject({ ok: false, problem: expect.stringContaining('records 1–10 were cut from its end') });
  });

  it('with a checkpoint key, a checkpoint row rewritten without the key is caught, by verify and by the next append', async () => {
    const table = 'audit_signed';
    const key = 'checkpoint-key-kept-elsewhere';
    await writeAll(table, calls(5), { checkpointKey: key });
    expect(await verifyPostgresAudit({ connectionString: server.url, table }, { key })).toMatchObject({ ok: true, lastSeq: 10, checkpoint: 'signed' });
    const [row] = await sql(`SELECT hmac FROM ${table}_checkpoint`);
    expect(row.hmac).toBe(signCheckpoint(10, recordHash((await exported(table))[9]!)!, key));

    // Cut the last two records and move the checkpoint back to match, signing with a guessed key.
    await sql(`DELETE FROM ${table} WHERE seq > 8`);
    const [last] = await sql(`SELECT line FROM ${table} WHERE seq = 8`);
    await sql(`UPDATE ${table}_checkpoint SET seq = 8, hash = $1, hmac = $2`, [recordHash(last.line), signCheckpoint(8, recordHash(last.line)!, 'a-guess')]);
    expect(await verifyPostgresAudit({ connectionString: server.url, table })).toMatchObject({ ok: true, lastSeq: 8, checkpoint: 'matched' }); // without the key the cut is hidden
    expect(await verifyPostgresAudit({ connectionString: server.url, table }, { key })).toMatchObject({ ok: false, problem: expect.stringContaining('signature does not match') });
    await sql(`UPDATE ${table}_checkpoint SET hmac = NULL`);
    expect(await verifyPostgresAudit({ connectionString: server.url, table }, { key })).toMatchObject({ ok: false, problem: expect.stringContaining('signature does not match') });

    const log = createAuditLog({ postgres: { connectionString: server.url, table }, checkpointKey: key });
    await expect(log.write(auditEntry('attempt', 'late', 'bot'))).rejects.toThrow(/not signed with this log's key/);
    await log.close();
    expect(Number((await sql(`SELECT max(seq) AS n FROM ${table}`))[0].n)).toBe(8);
  });

  it('a failure inside the transaction or at COMMIT leaves nothing behind, and the chain goes on once it is fixed', async () => {
    const table = 'audit_commit';
    await writeAll(table, calls(2));
    await sql(`CREATE FUNCTION ${table}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by %', TG_NAME; END $$`);
    const log = createAuditLog({ postgres: { connectionString: server.url, table } });
    const unchanged = async () => {
      expect(await sql(`SELECT count(*)::int AS n, max(seq)::int AS last FROM ${table}`)).toEqual([{ n: 4, last: 4 }]);
      expect(await sql(`SELECT seq::int FROM ${table}_checkpoint`)).toEqual([{ seq: 4 }]);
    };
    // The checkpoint upsert fails after the records were inserted, in the same transaction.
    await sql(`CREATE TRIGGER in_transaction BEFORE UPDATE ON ${table}_checkpoint FOR EACH ROW EXECUTE FUNCTION ${table}_refuse()`);
    await expect(log.write(auditEntry('attempt', 'x', 'bot'))).rejects.toThrow(/refused by in_transaction/);
    await unchanged();
    await sql(`DROP TRIGGER in_transaction ON ${table}_checkpoint`);
    // A deferred constraint trigger fires at COMMIT, after every statement of the append succeeded.
    await sql(`CREATE CONSTRAINT TRIGGER at_commit AFTER INSERT ON ${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${table}_refuse()`);
    await expect(log.write(auditEntry('attempt', 'x', 'bot'))).rejects.toThrow(/refused by at_commit/);
    await unchanged();
    await sql(`DROP TRIGGER at_commit ON ${table}`);

    // The same log (and pooled connection, rolled back) appends again, right after record 4.
    await log.write(auditEntry('attempt', 'y', 'bot'));
    await log.close();
    const lines = await exported(table);
    expect(lines.map((line) => (JSON.parse(line) as AuditRecord).seq)).toEqual([1, 2, 3, 4, 5]);
    expect(await verifyPostgresAudit({ connectionString: server.url, table })).toMatchObject({ ok: true, lastSeq: 5 });
  });

  it('with PostgreSQL stopped an append rejects (nothing acknowledged); after a restart the same log appends again and the chain verifies', async () => {
    const table = 'audit_fault';
    const log = createAuditLog({ postgres: { connectionString: server.url, table } });
    for (const entry of calls(2)) await log.write(entry);
    // First the server goes while an append is inside its transaction (held at the lock by us)...
    const holder = await admin.connect();
    holder.on('error', () => undefined);
    await holder.query(`BEGIN; SELECT pg_advisory_xact_lock('${auditTable(table).lockKey}'::bigint)`);
    const blocked = log.write(auditEntry('attempt', 'mid-transaction', 'bot'));
    blocked.catch(() => undefined);
    for (let waiting = 0; waiting === 0; ) {
      waiting = (await holder.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0].n;
    }
    try {
      await server.stopAbruptly();
      holder.release(true);
      await expect(blocked).rejects.toThrow(/shutdown|terminat/i);
      // ...then an append finds it gone.
      await expect(log.write(auditEntry('attempt', 'during-outage', 'bot'))).rejects.toThrow(/ECONNREFUSED|terminated|connect/i);
    } finally {
      await server.restart();
    }
    for (const entry of calls(2, 'after')) await log.write(entry);
    await log.close();
    const records = (await exported(table)).map((line) => JSON.parse(line) as AuditRecord);
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(records.filter((r) => r.call === 'mid-transaction' || r.call === 'during-outage')).toEqual([]);
    expect(await verifyPostgresAudit({ connectionString: server.url, table })).toMatchObject({ ok: true, records: 8, unfinished: 0 });
  }, 60_000);

  it('uses a caller’s pool and leaves it open when the log closes', async () => {
    const pool = new pg.Pool({ connectionString: server.url, max: 2 });
    try {
      const log = createAuditLog({ postgres: { pool, table: 'audit_pool' } });
      for (const entry of calls(1)) await log.write(entry);
      await log.close();
      expect((await pool.query('SELECT count(*)::int AS n FROM audit_pool')).rows).toEqual([{ n: 2 }]);
      expect(await verifyPostgresAudit({ pool, table: 'audit_pool' })).toMatchObject({ ok: true, records: 2 });
    } finally {
      await pool.end();
    }
  });

  it('refuses a table name that is not a plain identifier, before any SQL', async () => {
    const bad = ['audit; DROP TABLE audit_same', 'Audit', '1audit', 'audit-log', '"audit"', 'public.audit', '', 'a'.repeat(53)];
    for (const table of bad) {
      expect(() => new PostgresAuditStore({ connectionString: server.url, table }, { durable: true }), table).toThrow(TypeError);
      await expect(exportPostgresAudit({ connectionString: server.url, table }, () => undefined), table).rejects.toThrow(TypeError);
      await expect(verifyPostgresAudit({ connectionString: server.url, table }), table).rejects.toThrow(TypeError);
    }
    const log = createAuditLog({ postgres: { connectionString: server.url, table: 'audit; DROP TABLE audit_same' } });
    await expect(log.write(auditEntry('attempt', 'x', 'bot'))).rejects.toThrow(/is not a plain identifier/);
    await log.close();
    expect(await sql("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'audit_same'")).toEqual([{ n: 1 }]);
    expect(auditTable('a'.repeat(52)).checkpoint).toHaveLength(63);
    expect(() => new PostgresAuditStore({ table: 'audit_x' }, { durable: true })).toThrow(/connectionString or a pool/);
    await expect(verifyPostgresAudit({ connectionString: server.url, table: 'audit_never_written' })).rejects.toThrow(/does not exist/);
  });
});
