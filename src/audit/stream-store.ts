import { chain, GENESIS, type AuditEntry, type AuditRecord } from './record.js';
import type { AuditStore } from './store.js';

/** Writes chained lines somewhere; returns a promise only when it has to wait. */
export type LineWriter = (lines: readonly string[], records: readonly AuditRecord[]) => Promise<void> | void;

/** A chain kept in memory and handed to a writer (stdout, a function): one process, one chain. */
export class StreamAuditStore implements AuditStore {
  private seq = 0;
  private prev = GENESIS;

  constructor(
    readonly name: string,
    private readonly write: LineWriter,
    private readonly wantsRecords = false,
    readonly immediate = false,
  ) {}

  append(entries: readonly AuditEntry[]): Promise<void> | void {
    const { lines, records, seq, prev } = chain(entries, { seq: this.seq, prev: this.prev }, this.wantsRecords);
    // Only a write that went through moves the chain on: a failed one is not part of the log.
    const moveOn = () => {
      this.seq = seq;
      this.prev = prev;
    };
    const written = this.write(lines, records);
    if (written && typeof written.then === 'function') return written.then(moveOn);
    moveOn();
  }

  async close(): Promise<void> {}
}
