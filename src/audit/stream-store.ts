import { chain, GENESIS, type AuditEntry, type AuditRecord } from './record.js';
import type { AuditStore } from './store.js';

export type LineWriter = (lines: readonly { line: string; record: AuditRecord }[]) => Promise<void>;

/** A chain kept in memory and handed to a writer (stdout, a function): one process, one chain. */
export class StreamAuditStore implements AuditStore {
  private seq = 0;
  private prev = GENESIS;

  constructor(
    readonly name: string,
    private readonly write: LineWriter,
  ) {}

  async append(entries: readonly AuditEntry[]): Promise<void> {
    const { lines, seq, prev } = chain(entries, { seq: this.seq, prev: this.prev });
    await this.write(lines.map((line) => ({ line, record: JSON.parse(line) as AuditRecord })));
    // Only a write that went through moves the chain on: a failed one is not part of the log.
    this.seq = seq;
    this.prev = prev;
  }

  async close(): Promise<void> {}
}
