import type { PgPoolLike, PostgresAuditOptions } from './postgres-options.js';
import { checkPostgresOptions, openPool, tableExists, withConnection, type AuditTable } from './postgres-table.js';
import { verifyAuditLog, type AuditCheckpoint, type AuditVerification } from './verify.js';

/** Rows read per query: a table of a million records is never held at once. */
const PAGE = 1000;

/** Export and verify read a log; they do not create one. */
async function existing(pool: PgPoolLike, table: AuditTable): Promise<{ checkpoint: boolean }> {
  const exists = await withConnection(pool, (connection) => tableExists(connection, table));
  if (!exists.records) throw new Error(`the audit table ${table.name} does not exist in this database (nothing was written to it, or it is in another database or schema)`);
  return exists;
}

/**
 * Hands every line to `write`, in seq order, a page at a time (keyset pages on the primary key).
 * No connection is held while `write` runs. Writers append only after the last record, in seq
 * order (the advisory lock), so paging while they write still yields a gap-free prefix.
 */
async function eachLine(pool: PgPoolLike, table: AuditTable, write: (lines: string[]) => void | Promise<void>): Promise<number> {
  let after = 0;
  let records = 0;
  for (;;) {
    const { rows } = await withConnection(pool, (connection) => connection.query(`SELECT seq, line FROM "${table.name}" WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`, [after]));
    if (rows.length === 0) return records;
    await write(rows.map((row: { line: string }) => row.line));
    records += rows.length;
    after = Number((rows[rows.length - 1] as { seq: string }).seq);
    if (rows.length < PAGE) return records;
  }
}

/** Streams the log's lines (without newlines) in seq order, exactly as a file log would hold them. */
export async function exportPostgresAudit(options: PostgresAuditOptions, write: (line: string) => void | Promise<void>): Promise<{ records: number }> {
  const table = checkPostgresOptions(options);
  const { pool, end } = await openPool(options);
  try {
    await existing(pool, table);
    const records = await eachLine(pool, table, async (lines) => {
      for (const line of lines) await write(line);
    });
    return { records };
  } finally {
    await end();
  }
}

/**
 * Verifies the table as `verifyAuditLog` verifies a file, against the checkpoint row (its HMAC
 * required when `key` is given). The checkpoint is read before the records: appends made while
 * reading only extend the table past it. The lines are gathered into one buffer (about 0.6 GB per
 * million records); verifying page by page would need a streaming form of `verifyAuditLog`.
 */
export async function verifyPostgresAudit(options: PostgresAuditOptions, { key }: { key?: string | Buffer } = {}): Promise<AuditVerification> {
  const table = checkPostgresOptions(options);
  const { pool, end } = await openPool(options);
  try {
    const exists = await existing(pool, table);
    const checkpoint = await withConnection(pool, async (connection) => {
      if (!exists.checkpoint) return undefined;
      const { rows } = await connection.query(`SELECT seq, hash, time, hmac FROM "${table.checkpoint}"`);
      const row = rows[0] as { seq: string; hash: string; time: Date | string; hmac: string | null } | undefined;
      if (!row) return undefined;
      const found: AuditCheckpoint = { seq: Number(row.seq), hash: row.hash, time: row.time instanceof Date ? row.time.toISOString() : String(row.time) };
      if (row.hmac !== null) found.hmac = row.hmac;
      return found;
    });
    const pages: Buffer[] = [];
    await eachLine(pool, table, (lines) => void pages.push(Buffer.from(`${lines.join('\n')}\n`, 'utf8')));
    return verifyAuditLog(Buffer.concat(pages), { checkpoint, key });
  } finally {
    await end();
  }
}
