import { resolve } from 'node:path';
import { checkpointPath, FileAuditStore, openLogFileSync } from './file-store.js';
import type { AuditEntry, AuditRecord } from './record.js';
import type { AuditStore } from './store.js';
import { StreamAuditStore } from './stream-store.js';
import type { PostgresAuditOptions } from './postgres-options.js';
import { AuditWriteError } from '../errors.js';

export type AuditSink = { file: string } | 'stdout' | ((line: string, record: AuditRecord) => void | Promise<void>);

export interface AuditOptions {
  /** Where lines go; default the file `dialpad-audit.jsonl` in the working directory. */
  sink?: AuditSink;
  /** A PostgreSQL table instead of a sink: one chain shared by every process on every machine. */
  postgres?: PostgresAuditOptions;
  /** fsync (or commit) before a record is acknowledged (default true). */
  durable?: boolean;
  /** Signs the checkpoint with HMAC-SHA256, so a cut tail cannot be hidden by rewriting it; keep the key apart from the log. */
  checkpointKey?: string | Buffer;
}

/** One chained log, shared by every client of the process that writes to the same place. */
export interface AuditLog {
  /** The log's name in errors: a file path, `postgres:<table>`, `stdout` or `function`. */
  readonly name: string;
  /** Chains and writes one record; resolves once it is durable (and flushed, for a file). */
  write(entry: AuditEntry): Promise<void>;
  /** Waits for pending records; the log is closed when the last client using it closes it. */
  close(): Promise<void>;
  /** What the writer has done so far (shared by every client of the log): records, batches, fsyncs. */
  stats(): { records: number; batches: number; syncs: number };
}

/**
 * Group commit: records arriving while a write is in flight go out together in the next one, so
 * many concurrent calls cost one lock, one write and one fsync per batch.
 */
class GroupCommit {
  private pending: { entry: AuditEntry; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private flushing = false;
  private drained: (() => void)[] = [];
  refs = 0;
  records = 0;
  batches = 0;

  constructor(
    readonly store: AuditStore,
    readonly settings: string,
  ) {}

  write(entry: AuditEntry): Promise<void> {
    // Nothing in flight and a store that answers at once (a function sink): nothing to batch with,
    // nothing to wait for — the record is written now.
    if (!this.flushing && this.store.immediate) {
      this.batches++;
      this.records++;
      let appended: Promise<void> | void;
      try {
        appended = this.store.append([entry]);
      } catch (error) {
        return Promise.reject(error);
      }
      if (!appended) return RESOLVED;
      // A sink that returned a promise: the chain moves on when it settles, so later records queue.
      this.flushing = true;
      const settle = () => {
        if (this.pending.length) this.flush();
        else {
          this.flushing = false;
          for (const wake of this.drained.splice(0)) wake();
        }
      };
      appended.then(settle, settle);
      return appended;
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ entry, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        queueMicrotask(this.flush); // the calls of this tick join the first batch
      }
    });
  }

  // A batch at a time; whatever arrives meanwhile waits for the next. Plain callbacks rather than
  // async/await: with a store that answers at once (a function sink) a record costs no extra turns.
  private readonly flush = (): void => {
    const batch = this.pending;
    this.pending = [];
    this.batches++;
    this.records += batch.length;
    const done = (error?: unknown) => {
      for (const item of batch) error === undefined ? item.resolve() : item.reject(error ?? new Error('audit write failed'));
      if (this.pending.length) this.flush();
      else {
        this.flushing = false;
        for (const wake of this.drained.splice(0)) wake();
      }
    };
    let appended: Promise<void> | void;
    try {
      appended = this.store.append(batch.map((item) => item.entry));
    } catch (error) {
      return done(error);
    }
    if (appended && typeof appended.then === 'function') appended.then(() => done(), (error: unknown) => done(error ?? new Error('audit write failed')));
    else done();
  };

  drain(): Promise<void> {
    return this.flushing ? new Promise<void>((resolve) => this.drained.push(resolve)) : Promise.resolve();
  }
}

const RESOLVED = Promise.resolve();
const shared = new Map<string, GroupCommit>();
const byFunction = new WeakMap<object, string>();
let functionSinks = 0;

function handleFor(key: string, make: () => { store: AuditStore; settings: string }, settings: string): AuditLog {
  let group = shared.get(key);
  if (group && group.settings !== settings) {
    throw new TypeError(`the audit log ${group.store.name} is already open in this process with other options (durable, checkpointKey): open it once and share it`);
  }
  if (!group) {
    const made = make();
    group = new GroupCommit(made.store, made.settings);
    shared.set(key, group);
  }
  group.refs++;
  const owner = group;
  let closed = false;
  return {
    name: owner.store.name,
    write: (entry) => (closed ? Promise.reject(new TypeError(`the audit log ${owner.store.name} was closed by this client`)) : owner.write(entry)),
    stats: () => ({ records: owner.records, batches: owner.batches, syncs: owner.store.syncs ?? 0 }),
    async close() {
      if (closed) return;
      closed = true;
      await owner.drain();
      if (--owner.refs === 0) {
        shared.delete(key);
        await owner.store.close();
      }
    },
  };
}

/**
 * The audit log a client writes to. Clients (and MCP servers) of one process that name the same
 * file, the same PostgreSQL table, stdout or the same function share one writer, so they extend one
 * chain; processes share a file through its lock and machines share PostgreSQL. A file is opened
 * here, so a log that cannot be written fails now, naming the file.
 */
export function createAuditLog(options: AuditOptions = {}): AuditLog {
  const durable = options.durable ?? true;
  const key = options.checkpointKey === undefined ? '' : `signed:${Buffer.from(options.checkpointKey).toString('base64').length}`;
  const settings = `${durable}|${key}`;
  if (options.postgres) {
    if (options.sink) throw new TypeError('give the audit log a sink or postgres, not both');
    const postgres = options.postgres;
    return handleFor(`postgres:${postgresKey(postgres)}`, () => ({ store: lazyPostgresStore(postgres, { durable, checkpointKey: options.checkpointKey }), settings }), settings);
  }
  const sink = options.sink ?? { file: 'dialpad-audit.jsonl' };
  if (sink === 'stdout') {
    return handleFor('stdout', () => ({ store: new StreamAuditStore('stdout', writeStdout), settings }), settings);
  }
  if (typeof sink === 'function') {
    let id = byFunction.get(sink);
    if (!id) byFunction.set(sink, (id = `function:${++functionSinks}`));
    // The sink's lines in order; it is waited for only when it returns a promise.
    const write = (lines: readonly string[], records: readonly AuditRecord[]): Promise<void> | void => {
      for (let i = 0; i < lines.length; i++) {
        const result = sink(lines[i]!, records[i]!);
        if (result && typeof (result as Promise<void>).then === 'function') {
          return (result as Promise<void>).then(() => write(lines.slice(i + 1), records.slice(i + 1)));
        }
      }
    };
    return handleFor(id, () => ({ store: new StreamAuditStore('function', write, true, true), settings }), settings);
  }
  if (!sink || typeof sink !== 'object' || typeof sink.file !== 'string' || sink.file === '') {
    throw new TypeError("audit sink must be { file: 'path' }, 'stdout' or a function");
  }
  let real: string;
  try {
    real = openLogFileSync(resolve(sink.file));
  } catch (cause) {
    throw new AuditWriteError({ log: resolve(sink.file), phase: 'open', cause });
  }
  return handleFor(`file:${real}`, () => ({ store: new FileAuditStore(real, { durable, checkpointKey: options.checkpointKey }), settings }), settings);
}

function writeStdout(lines: readonly string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => process.stdout.write(lines.map((line) => `${line}\n`).join(''), (error) => (error ? reject(error) : resolve())));
}

const pools = new WeakMap<object, string>();
let poolCount = 0;
function postgresKey(options: PostgresAuditOptions): string {
  const table = options.table ?? 'bollard_audit';
  if (options.pool) {
    let id = pools.get(options.pool);
    if (!id) pools.set(options.pool, (id = `pool${++poolCount}`));
    return `${id}:${table}`;
  }
  return `${options.connectionString ?? ''}:${table}`;
}

/** The PostgreSQL store is loaded on first use: `pg` is only needed by those who use it. */
function lazyPostgresStore(options: PostgresAuditOptions, settings: { durable: boolean; checkpointKey?: string | Buffer }): AuditStore {
  const table = options.table ?? 'bollard_audit';
  let store: Promise<AuditStore> | undefined;
  const get = () =>
    (store ??= import('./postgres-store.js').then(({ PostgresAuditStore }) => new PostgresAuditStore(options, settings)).catch((error: unknown) => {
      store = undefined;
      throw error;
    }));
  let commits = 0;
  return {
    name: `postgres:${table}`,
    // Each append is one committed transaction: its "sync".
    get syncs() {
      return commits;
    },
    append: async (entries) => {
      await (await get()).append(entries);
      commits++;
    },
    close: async () => {
      if (store) await (await store).close();
    },
  };
}

export { checkpointPath };
