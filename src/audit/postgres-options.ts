/** A node-postgres `Pool` (or anything with its `connect()`), typed loosely so `pg` stays optional. */
export interface PgPoolLike {
  connect(): Promise<{ query(text: string, values?: unknown[]): Promise<{ rows: any[] }>; release(error?: Error | boolean): void }>;
  end?(): Promise<void>;
}

export interface PostgresAuditOptions {
  /** `postgres://user:pass@host:5432/db`; a pool is made (and closed) by the log. */
  connectionString?: string;
  /** Or a pool you own (left open when the log closes). */
  pool?: PgPoolLike;
  /** The table records go into; created if missing. Default `bollard_audit`. */
  table?: string;
}
