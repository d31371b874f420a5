import { closeSync, openSync, realpathSync } from 'node:fs';
import { open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import lockfile from 'proper-lockfile';
import { chain, GENESIS, recordHash, recoveryEntry, sha256, type AuditEntry } from './record.js';
import type { AuditStore } from './store.js';
import { signCheckpoint, type AuditCheckpoint } from './verify.js';

export interface FileStoreOptions {
  /** fdatasync before a write is acknowledged (default true). */
  durable: boolean;
  /** Signs the checkpoint (HMAC-SHA256); keep the key apart from the log. */
  checkpointKey?: string | Buffer;
}

// Processes on one machine take turns through a lock directory beside the log (`<log>.lock`).
// A holder that dies (killed mid-write) leaves it stale after 5 s; a live holder, which keeps it
// for milliseconds, refreshes it every second.
const LOCK = { stale: 5_000, update: 1_000, realpath: false, retries: { retries: 10_000, factor: 1.2, minTimeout: 1, maxTimeout: 25 } } as const;

/** Opens (creating) the log to prove it can be written to: a client fails at creation, naming the file. */
export function openLogFileSync(path: string): string {
  closeSync(openSync(path, 'a', 0o600));
  return realpathSync(path);
}

interface Tail {
  seq: number;
  prev: string;
  /** Bytes after the last newline: a write cut short by a crash. */
  torn?: Buffer;
}

/** The chain state at the end of the file, read from its end (a log can be continued without reading it all). */
async function readTail(file: FileHandle): Promise<Tail> {
  const { size } = await file.stat();
  if (size === 0) return { seq: 0, prev: GENESIS };
  for (let span = Math.min(size, 16 * 1024); ; span = Math.min(size, span * 4)) {
    const chunk = Buffer.alloc(span);
    await file.read(chunk, 0, span, size - span);
    const end = chunk[chunk.length - 1] === 10 ? chunk.length - 1 : chunk.lastIndexOf(10);
    const torn = chunk[chunk.length - 1] === 10 ? undefined : chunk.subarray(end + 1);
    if (end === -1 && span < size) continue; // no whole line in view yet
    if (end === -1) return { seq: 0, prev: GENESIS, torn };
    const start = chunk.lastIndexOf(10, end - 1) + 1;
    if (start === 0 && span < size) continue; // the last whole line starts before the chunk
    const last = chunk.subarray(start, end);
    // An edited last line without a readable hash still gets chained to (verify will name it).
    return { seq: seqOf(chunk.subarray(0, end), last), prev: recordHash(last) ?? sha256(last), torn: torn?.length ? torn : undefined };
  }
}

/** The seq of the last line; if that line is not a record (edited), counted on from the last one that is. */
function seqOf(before: Buffer, last: Buffer): number {
  const lines = before.toString('utf8').split('\n');
  lines[lines.length - 1] = last.toString('utf8');
  for (let i = lines.length - 1, after = 0; i >= 0; i--, after++) {
    try {
      const seq = (JSON.parse(lines[i]!) as { seq?: unknown }).seq;
      if (typeof seq === 'number' && Number.isInteger(seq)) return seq + after;
    } catch {
      // not a record: keep looking back
    }
  }
  return lines.length;
}

/**
 * A JSON-lines log file that any number of processes on this machine append to as one chain:
 * each append takes the lock, reads the tail, chains after it, writes, syncs, moves the checkpoint
 * and lets go. A torn last line (a writer killed mid-write) is closed off with a newline and named
 * by a recovery record, so the chain goes on and `audit verify` still accepts the log.
 */
export class FileAuditStore implements AuditStore {
  readonly name: string;
  private handle: Promise<FileHandle> | undefined;
  private compromised: Error | undefined;
  syncs = 0;

  constructor(
    readonly path: string,
    private readonly options: FileStoreOptions,
  ) {
    this.name = path;
  }

  private file(): Promise<FileHandle> {
    // A failed open is not kept: the next append tries again.
    this.handle ??= open(this.path, 'a+', 0o600).catch((error: unknown) => {
      this.handle = undefined;
      throw error;
    });
    return this.handle;
  }

  async append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const release = await lockfile.lock(this.path, { ...LOCK, onCompromised: (error) => void (this.compromised = error) });
    try {
      if (this.compromised) throw this.compromised;
      const file = await this.file();
      const tail = await readTail(file);
      await this.checkNotCut(tail);
      const all = tail.torn ? [recoveryEntry(tail.torn), ...entries] : entries;
      const { lines, seq, prev } = chain(all, tail);
      await file.write(`${tail.torn ? '\n' : ''}${lines.join('\n')}\n`);
      if (this.options.durable) {
        await file.datasync();
        this.syncs++;
      }
      // The records are durable now: a checkpoint that cannot move (a nearly full disk) only lags
      // behind, which verification allows; it moves again with the next append that can write it.
      await this.writeCheckpoint(seq, prev).catch(() => undefined);
    } catch (error) {
      // The descriptor may be what failed (a file replaced, a disk gone): open afresh next time.
      const failed = this.handle;
      this.handle = undefined;
      await failed?.then((h) => h.close()).catch(() => undefined);
      throw error;
    } finally {
      this.compromised = undefined;
      await release().catch(() => undefined);
    }
  }

  /**
   * A log that no longer reaches its checkpoint was cut (or emptied): appending would move the
   * checkpoint past the cut and hide it, so the store refuses until someone has looked (and removed
   * the checkpoint).
   */
  private async checkNotCut(tail: Tail): Promise<void> {
    let checkpoint: AuditCheckpoint;
    try {
      checkpoint = JSON.parse(await readFile(checkpointPath(this.path), 'utf8')) as AuditCheckpoint;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const signed = this.options.checkpointKey === undefined || checkpoint.hmac === signCheckpoint(checkpoint.seq, checkpoint.hash, this.options.checkpointKey);
    const cut = checkpoint.seq > tail.seq || (checkpoint.seq === tail.seq && checkpoint.hash !== tail.prev);
    if (cut || !signed) {
      throw Object.assign(
        new Error(
          `${this.path} ${!signed ? 'has a checkpoint whose signature does not match' : `ends at record ${tail.seq} but its checkpoint says record ${checkpoint.seq}`}: records were cut or rewritten; nothing more is written until this is looked into (\`bollard-dialpad audit verify\`, then remove ${checkpointPath(this.path)})`,
        ),
        { code: 'EAUDITCUT' },
      );
    }
  }

  private async writeCheckpoint(seq: number, hash: string): Promise<void> {
    const checkpoint: AuditCheckpoint = { seq, hash, time: new Date().toISOString() };
    if (this.options.checkpointKey !== undefined) checkpoint.hmac = signCheckpoint(seq, hash, this.options.checkpointKey);
    const target = checkpointPath(this.path);
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify({ log: basename(this.path), ...checkpoint })}\n`, { mode: 0o600 });
    await rename(temp, target);
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.then((h) => h.close()).catch(() => undefined);
  }
}

export const checkpointPath = (logPath: string): string => `${logPath}.checkpoint`;
