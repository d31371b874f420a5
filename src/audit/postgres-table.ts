import { createHash } from 'node:crypto';
import type { PgPoolLike, PostgresAuditOptions } from './postgres-options.js';

/** One pooled connection, as `PgPoolLike` describes it. */
export type PgConnection = Awaited<ReturnType<PgPoolLike['connect']>>;

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const CHECKPOINT_SUFFIX = '_checkpoint';
// PostgreSQL cuts identifiers to 63 bytes without a word: a longer name would make two tables'
// checkpoint tables the same one.
const MAX_TABLE = 63 - CHECKPOINT_SUFFIX.length;

/** The records table, its checkpoint table and the advisory lock every writer of it takes. */
export interface AuditTable {
  name: string;
  checkpoint: string;
  /** A 64-bit key (decimal) derived from the table name, for `pg_advisory_xact_lock`. */
  lockKey: string;
}

/**
 * The table name is put into SQL text (identifiers cannot be bound as parameters), so only plain
 * lower-case identifiers are taken; anything else is refused before any SQL is written.
 */
export function auditTable(table: unknown = 'bollard_audit'): AuditTable {
  if (typeof table !== 'string' || !IDENTIFIER.test(table)) {
    throw new TypeError(`the PostgreSQL audit table name ${JSON.stringify(table)} is not a plain identifier: use lower-case letters, digits and _ (matching ${IDENTIFIER.source})`);
  }
  if (table.length > MAX_TABLE) {
    throw new TypeError(`the PostgreSQL audit table name ${JSON.stringify(table)} is too long: at most ${MAX_TABLE} characters, so that ${table}${CHECKPOINT_SUFFIX} fits PostgreSQL's 63`);
  }
  const lockKey = createHash('sha256').update(`bollard-audit:${table}`).digest().readBigInt64BE(0).toString();
  return { name: table, checkpoint: `${table}${CHECKPOINT_SUFFIX}`, lockKey };
}

/** Checks the options before anything connects: one of connectionString or pool, and a valid table. */
export function checkPostgresOptions(options: PostgresAuditOptions): AuditTable {
  if (!options || typeof options !== 'object') throw new TypeError('postgres audit options must be { connectionString } or { pool }');
  const hasUrl = options.connectionString !== undefined;
  const hasPool = options.pool !== undefined;
  if (hasUrl === hasPool) throw new TypeError('give the PostgreSQL audit log a connectionString or a pool (exactly one)');
  if (hasUrl && (typeof options.connectionString !== 'string' || options.connectionString === '')) throw new TypeError('postgres.connectionString must be a non-empty string');
  if (hasPool && typeof options.pool?.connect !== 'function') throw new TypeError('postgres.pool must be a node-postgres Pool (something with connect())');
  return auditTable(options.table);
}

export interface PoolHandle {
  pool: PgPoolLike;
  /** Ends a pool made here; leaves a caller's pool open. */
  end(): Promise<void>;
}

/** The caller's pool, or one made from the connection string (`pg` is imported only then). */
export async function openPool(options: PostgresAuditOptions): Promise<PoolHandle> {
  if (options.pool) return { pool: options.pool, end: async () => undefined };
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    // One append is in flight per log (group commit); a second connection serves export/verify.
    max: 2,
    // A server that does not answer fails the append (nothing sent) rather than holding it forever.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 10_000,
    // An idle pool does not keep a process alive that forgot to close its client.
    allowExitOnIdle: true,
  });
  // A server that drops an idle connection makes the pool emit 'error'; unheard, that would crash
  // the process. The pool discards that connection, and the next append reconnects or fails there.
  pool.on('error', () => undefined);
  return { pool, end: () => pool.end() };
}

/**
 * Runs `work` on one connection. While a connection is checked out its pool does not listen for
 * its errors; a server that goes away then would crash the process, so we listen, and a broken
 * connection is destroyed rather than returned to the pool.
 */
export async function withConnection<T>(pool: PgPoolLike, work: (connection: PgConnection, broken: () => void) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  const events = connection as PgConnection & { on?(event: 'error', listener: (error: Error) => void): unknown; removeListener?(event: 'error', listener: (error: Error) => void): unknown };
  let failed: Error | boolean = false;
  const onError = (error: Error) => void (failed = error);
  events.on?.('error', onError);
  try {
    return await work(connection, () => void (failed ||= true));
  } finally {
    events.removeListener?.('error', onError);
    connection.release(failed);
  }
}

/** Whether the records table exists (export and verify do not create it). */
export async function tableExists(connection: PgConnection, table: AuditTable): Promise<{ records: boolean; checkpoint: boolean }> {
  const { rows } = await connection.query('SELECT to_regclass($1) IS NOT NULL AS records, to_regclass($2) IS NOT NULL AS checkpoint', [`"${table.name}"`, `"${table.checkpoint}"`]);
  return { records: rows[0]?.records === true, checkpoint: rows[0]?.checkpoint === true };
}

/**
 * The records table holds each record's exact JSON line (the evidence) plus a few columns copied
 * out of it for SQL queries. `hash` is the SHA-256 of the line — the next record's `prev` and what
 * the checkpoint names — not the record's own `hash` field. The checkpoint table has one row.
 */
export const createTablesSql = (table: AuditTable): string => `
CREATE TABLE IF NOT EXISTS "${table.name}" (
  seq bigint PRIMARY KEY,
  line text NOT NULL,
  hash text NOT NULL,
  kind text NOT NULL,
  time timestamptz,
  call text,
  agent text,
  operation_id text
);
CREATE TABLE IF NOT EXISTS "${table.checkpoint}" (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  seq bigint NOT NULL,
  hash text NOT NULL,
  time timestamptz NOT NULL,
  hmac text
)`;
