import type { AuditEntry } from './record.js';

/**
 * Where records are chained and kept. `append` chains the entries after whatever the log ends with
 * at that moment (read under the store's lock, so writers in other processes or machines extend
 * the same chain), writes them all durably, and resolves only then; it rejects with nothing
 * acknowledged if any part fails.
 */
export interface AuditStore {
  /** The file path, `postgres:<table>`, `stdout` or `function`: named in errors. */
  readonly name: string;
  /** May complete synchronously (returns nothing) when the store has nothing to wait for. */
  append(entries: readonly AuditEntry[]): Promise<void> | void;
  /** fsyncs (or commits) done so far, for the cost of durability. */
  readonly syncs?: number;
  /** Its appends complete at once when its writer does (nothing to batch for): a function sink. */
  readonly immediate?: boolean;
  close(): Promise<void>;
}
