import { timingSafeEqual } from 'node:crypto';
import { chain, GENESIS, recordHash, sha256, type AuditEntry } from './record.js';
import type { AuditStore } from './store.js';
import { signCheckpoint } from './verify.js';
import type { PostgresAuditOptions } from './postgres-options.js';
import { checkPostgresOptions, createTablesSql, openPool, tableExists, withConnection, type AuditTable, type PgConnection, type PoolHandle } from './postgres-table.js';

export { exportPostgresAudit, verifyPostgresAudit } from './postgres-export.js';
export { auditTable } from './postgres-table.js';

export interface PostgresStoreSettings {
  /** Wait for the commit to be flushed (default on the server); false sets synchronous_commit off. */
  durable: boolean;
  /** Signs the checkpoint row (HMAC-SHA256); keep the key apart from the database. */
  checkpointKey?: string | Buffer;
}

/** What one statement reads, under the lock: the last record and the checkpoint (with the record it names). */
interface TailRow {
  last_seq: string | null;
  last_line: string | null;
  cp_seq: string | null;
  cp_hash: string | null;
  cp_hmac: string | null;
  /** The line at the checkpoint's seq, when that is not the last record. */
  cp_line: string | null;
}

/**
 * A PostgreSQL table that any number of processes on any number of machines append to as one
 * chain. Each append is one transaction: take the table's advisory lock (writers queue there),
 * read the last record, chain after it, insert every record in one statement together with the
 * checkpoint row, commit. Any failure rolls it all back and rejects: nothing is acknowledged.
 */
export class PostgresAuditStore implements AuditStore {
  readonly name: string;
  private readonly table: AuditTable;
  private handle: Promise<PoolHandle> | undefined;
  /** Tables seen to exist: later appends skip the check. */
  private ready = false;
  private closed = false;

  constructor(
    private readonly options: PostgresAuditOptions,
    private readonly settings: PostgresStoreSettings,
  ) {
    this.table = checkPostgresOptions(options);
    this.name = `postgres:${this.table.name}`;
  }

  private pool(): Promise<PoolHandle> {
    // A failed import or pool is not kept: the next append tries again.
    this.handle ??= openPool(this.options).catch((error: unknown) => {
      this.handle = undefined;
      throw error;
    });
    return this.handle;
  }

  async append(entries: readonly AuditEntry[]): Promise<void> {
    if (this.closed) throw new Error(`the audit log ${this.name} is closed`);
    if (entries.length === 0) return;
    const { pool } = await this.pool();
    await withConnection(pool, async (connection, broken) => {
      try {
        // READ COMMITTED, whatever the server's default: each statement after the lock takes a
        // new snapshot, so the tail read sees what the writer before us committed (a snapshot
        // taken before the lock would not). The lock is held until COMMIT, so every round trip
        // here is time other writers wait: once the tables exist, lock and tail read go in one.
        const begin = `BEGIN ISOLATION LEVEL READ COMMITTED;${this.settings.durable ? '' : ' SET LOCAL synchronous_commit = off;'} SELECT pg_advisory_xact_lock('${this.table.lockKey}'::bigint)`;
        let tail: TailRow | undefined;
        if (this.ready) {
          tail = lastRowOf(await connection.query(`${begin};${tailSql(this.table)}`));
        } else {
          await connection.query(begin);
          await this.createTables(connection);
          tail = lastRowOf(await connection.query(tailSql(this.table)));
        }
        const after = this.tail(tail);
        const { lines, seq, prev } = chain(entries, after);
        await connection.query(insertSql(this.table), [
          lines.map((_, i) => after.seq + i + 1),
          lines,
          lines.map((line) => recordHash(line)),
          entries.map((e) => e.kind),
          entries.map((e) => (typeof e.time === 'string' && !Number.isNaN(Date.parse(e.time)) ? e.time : null)),
          entries.map((e) => e.call),
          entries.map((e) => e.agent),
          entries.map((e) => e.operationId),
          seq,
          prev,
          new Date().toISOString(),
          this.settings.checkpointKey === undefined ? null : signCheckpoint(seq, prev, this.settings.checkpointKey),
        ]);
        await connection.query('COMMIT');
        this.ready = true;
      } catch (error) {
        // A connection that cannot even roll back is not given back to the pool. (If COMMIT itself
        // was cut off, the records may be in; the caller was not told so, and sends nothing.)
        await connection.query('ROLLBACK').catch(broken);
        throw error;
      }
    });
  }

  /** Creates the tables if missing, under the lock (concurrent CREATE TABLE IF NOT EXISTS can collide). */
  private async createTables(connection: PgConnection): Promise<void> {
    const exists = await tableExists(connection, this.table);
    // Checked first: a writer allowed only to insert may lack the right to create, even "if not exists".
    if (!exists.records || !exists.checkpoint) await connection.query(createTablesSql(this.table));
  }

  /**
   * Where to chain from, after checking that the table still reaches its checkpoint (both are
   * written in one transaction, so any difference is someone else's doing). Appending after a cut
   * would move the checkpoint past it and hide it; refusing keeps the evidence until someone looks.
   */
  private tail(row: TailRow | undefined): { seq: number; prev: string } {
    const seq = row?.last_seq == null ? 0 : Number(row.last_seq);
    const prev = row?.last_line == null ? GENESIS : (recordHash(row.last_line) ?? sha256(row.last_line));
    if (row?.cp_seq == null) return { seq, prev };
    const checkpointSeq = Number(row.cp_seq);
    const refuse = (why: string) =>
      new Error(`the audit table ${this.table.name} ${why}; nothing was appended. Restore the records or investigate (\`verifyPostgresAudit\`); to start over from what is there, delete the row of ${this.table.checkpoint}`);
    if (checkpointSeq > seq) {
      throw refuse(`ends at record ${seq} but its checkpoint says record ${checkpointSeq} was written: records ${seq + 1}–${checkpointSeq} were cut`);
    }
    const line = checkpointSeq === seq ? row.last_line : row.cp_line;
    if (checkpointSeq > 0 && (line == null || recordHash(line) !== row.cp_hash)) {
      throw refuse(`does not match its checkpoint at record ${checkpointSeq} (the table was rewritten)`);
    }
    const key = this.settings.checkpointKey;
    if (key !== undefined) {
      const expected = Buffer.from(signCheckpoint(checkpointSeq, row.cp_hash ?? '', key), 'hex');
      const given = Buffer.from(row.cp_hmac ?? '', 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw refuse(`has a checkpoint not signed with this log's key (forged, edited, or written by a writer without the key)`);
      }
    }
    return { seq, prev };
  }

  async close(): Promise<void> {
    this.closed = true;
    const handle = this.handle;
    this.handle = undefined;
    await handle?.then((h) => h.end()).catch(() => undefined);
  }
}

/** The first row of the last result: node-postgres answers a multi-statement query with one result per statement. */
function lastRowOf(result: { rows: unknown[] } | { rows: unknown[] }[]): TailRow | undefined {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  return last?.rows[0] as TailRow | undefined;
}

const tailSql = (table: AuditTable): string => `
SELECT last.seq AS last_seq, last.line AS last_line,
       c.seq AS cp_seq, c.hash AS cp_hash, c.hmac AS cp_hmac,
       CASE WHEN at.seq IS DISTINCT FROM last.seq THEN at.line END AS cp_line
FROM (SELECT 1) AS one
LEFT JOIN LATERAL (SELECT seq, line FROM "${table.name}" ORDER BY seq DESC LIMIT 1) AS last ON true
LEFT JOIN "${table.checkpoint}" AS c ON true
LEFT JOIN "${table.name}" AS at ON at.seq = c.seq`;

/** Every record in one INSERT (arrays, so a batch of any size is one statement) and the checkpoint with it. */
const insertSql = (table: AuditTable): string => `
WITH added AS (
  INSERT INTO "${table.name}" (seq, line, hash, kind, time, call, agent, operation_id)
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[])
)
INSERT INTO "${table.checkpoint}" (one, seq, hash, time, hmac) VALUES (true, $9, $10, $11, $12)
ON CONFLICT (one) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, time = excluded.time, hmac = excluded.hmac`;
