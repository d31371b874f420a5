import type { AuditEntry } from './record.js';
import type { AuditStore } from './store.js';
import type { PostgresAuditOptions } from './postgres-options.js';

/** Placeholder until the PostgreSQL store lands: every append fails, so nothing is sent unrecorded. */
export class PostgresAuditStore implements AuditStore {
  readonly name: string;
  constructor(options: PostgresAuditOptions, _settings: { durable: boolean; checkpointKey?: string | Buffer }) {
    this.name = `postgres:${options.table ?? 'bollard_audit'}`;
  }
  async append(_entries: readonly AuditEntry[]): Promise<void> {
    throw new Error('the PostgreSQL audit store is not built yet');
  }
  async close(): Promise<void> {}
}
