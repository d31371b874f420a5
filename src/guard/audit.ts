import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { OperationMeta } from '../../generated/operations.js';
import type { CallOutcome } from '../core/pipeline.js';
import { AccessDeniedError } from './errors.js';
import { namedTargets } from './targets.js';

/** One line of the audit log. Never a key, token or message text; phone numbers masked by default. */
export interface AuditRecord {
  seq: number;
  time: string;
  agent: string | null;
  operationId: string;
  method: string;
  path: string;
  area: string;
  access: string;
  decision: 'allowed' | 'denied';
  reason: string;
  targets: Record<string, string[]>;
  numbers: string[];
  status: number | null;
  durationMs: number;
  retries: number;
  rateLimitWaitMs: number;
  requestId: string | null;
  errorUuid: string | null;
  error: string | null;
  /** SHA-256 of the previous line (of 64 zeros for the first). */
  prev: string;
  /** SHA-256 of this record without this field. */
  hash: string;
}

export type AuditSink = { file: string } | 'stdout' | ((line: string, record: AuditRecord) => void | Promise<void>);

export interface AuditOptions {
  /** Where lines go; default the file `dialpad-audit.jsonl` in the working directory. */
  sink?: AuditSink;
  /** fsync the file before a call's promise settles (default true). */
  durable?: boolean;
}

const GENESIS = '0'.repeat(64);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const PHONE_FIELDS = ['to_numbers', 'phone_number', 'from_number', 'outbound_caller_id'];

export function maskNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length <= 4 ? '••••' : `•••${digits.slice(-4)}`;
}

function phoneNumbers(json: unknown): string[] {
  if (!json || typeof json !== 'object') return [];
  const found: string[] = [];
  for (const field of PHONE_FIELDS) {
    const value = (json as Record<string, unknown>)[field];
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string' && /\d{5,}/.test(item)) found.push(item);
  }
  return found;
}

function targetIds(operation: OperationMeta, outcome: CallOutcome, revealPhoneNumbers: boolean): Record<string, string[]> {
  const targets: Record<string, string[]> = {};
  for (const target of namedTargets(operation, outcome.request)) {
    (targets[target.kind] ??= []).push(target.kind === 'number' && !revealPhoneNumbers ? maskNumber(target.id) : target.id);
  }
  return targets;
}

/** The last line of a file, read from its end, so a log can be continued without reading it all. */
function lastLine(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(Math.min(size, 1 << 20));
    readSync(fd, chunk, 0, chunk.length, size - chunk.length);
    const lines = chunk.toString('utf8').split('\n').filter((line) => line.trim() !== '');
    return lines.at(-1);
  } finally {
    closeSync(fd);
  }
}

export interface AuditLog {
  /** Writes one record for a call; resolves once it is written (and flushed, for a file). */
  record(outcome: CallOutcome, agent: string | null, revealPhoneNumbers: boolean): Promise<void>;
  close(): Promise<void>;
}

/**
 * A hash-chained JSON-lines audit log. Records are chained in the order calls finish; writes are
 * batched (group commit), so many concurrent calls cost one write and one fsync per batch, and
 * each call's promise waits for the batch holding its record.
 */
export function createAuditLog(options: AuditOptions = {}): AuditLog {
  const sink = options.sink ?? { file: 'dialpad-audit.jsonl' };
  const durable = options.durable ?? true;
  let prev = GENESIS;
  let seq = 0;
  if (typeof sink === 'object') {
    const last = lastLine(sink.file);
    if (last) {
      prev = sha256(last);
      try {
        seq = Number((JSON.parse(last) as AuditRecord).seq) || 0;
      } catch {
        seq = 0; // a broken tail: `audit verify` will name it; the chain continues from its hash
      }
    }
  }
  let handle: Promise<FileHandle> | undefined;
  const file = () => (handle ??= open((sink as { file: string }).file, 'a', 0o600));
  let pending: { line: string; record: AuditRecord; done: (error?: unknown) => void }[] = [];
  let flushing: Promise<void> | undefined;

  const flush = async (): Promise<void> => {
    while (pending.length) {
      const batch = pending;
      pending = [];
      try {
        if (typeof sink === 'function') for (const entry of batch) await sink(entry.line, entry.record);
        else if (sink === 'stdout') await new Promise<void>((resolve, reject) => process.stdout.write(batch.map((e) => `${e.line}\n`).join(''), (e) => (e ? reject(e) : resolve())));
        else {
          const fh = await file();
          await fh.appendFile(batch.map((e) => `${e.line}\n`).join(''));
          if (durable) await fh.datasync();
        }
        for (const entry of batch) entry.done();
      } catch (error) {
        for (const entry of batch) entry.done(error);
      }
    }
    flushing = undefined;
  };

  return {
    record(outcome, agent, revealPhoneNumbers) {
      const { operation } = outcome;
      const denied = outcome.error instanceof AccessDeniedError;
      const numbers = phoneNumbers(outcome.request.json);
      const body: Omit<AuditRecord, 'hash'> = {
        seq: ++seq,
        time: new Date(outcome.startedAt).toISOString(),
        agent,
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
        area: operation.area,
        access: operation.access,
        decision: denied ? 'denied' : 'allowed',
        reason: denied ? (outcome.error as AccessDeniedError).reason : agent ? 'granted' : 'no-policy',
        targets: targetIds(operation, outcome, revealPhoneNumbers),
        numbers: revealPhoneNumbers ? numbers : numbers.map(maskNumber),
        status: outcome.status ?? null,
        durationMs: outcome.durationMs,
        retries: outcome.retries,
        rateLimitWaitMs: outcome.rateLimitWaitMs,
        requestId: outcome.requestId ?? null,
        errorUuid: outcome.errorUuid ?? null,
        error: outcome.error ? outcome.error.name : null,
        prev,
      };
      const record: AuditRecord = { ...body, hash: sha256(JSON.stringify(body)) };
      const line = JSON.stringify(record);
      prev = sha256(line);
      return new Promise<void>((resolve, reject) => {
        pending.push({ line, record, done: (error) => (error ? reject(error) : resolve()) });
        flushing ??= Promise.resolve().then(flush);
      });
    },
    async close() {
      await flushing;
      if (handle) await (await handle).close();
      handle = undefined;
    },
  };
}

export type AuditVerification = { ok: true; lines: number } | { ok: false; line: number; problem: string };

/** Checks a log's chain: names the first line that is malformed, altered, out of order or after a missing one. */
export function verifyAuditLog(text: string): AuditVerification {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let prev = GENESIS;
  let expectedSeq: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const number = i + 1;
    const line = lines[i]!;
    let record: AuditRecord;
    try {
      record = JSON.parse(line) as AuditRecord;
    } catch {
      return { ok: false, line: number, problem: 'not a JSON record (truncated or edited)' };
    }
    const { hash, ...body } = record;
    if (typeof hash !== 'string' || sha256(JSON.stringify(body)) !== hash) return { ok: false, line: number, problem: 'its content was altered (hash does not match)' };
    if (expectedSeq !== undefined && record.seq !== expectedSeq) {
      return { ok: false, line: number, problem: record.seq > expectedSeq ? `record(s) ${expectedSeq}–${record.seq - 1} are missing before it` : `out of order (seq ${record.seq} after ${expectedSeq - 1})` };
    }
    if (record.prev !== prev) {
      return { ok: false, line: number, problem: i === 0 && record.seq > 1 ? `the log starts at record ${record.seq}: earlier records are missing` : 'it does not chain to the line before it (a line before it was altered, removed or inserted)' };
    }
    prev = sha256(line);
    expectedSeq = record.seq + 1;
  }
  return { ok: true, lines: lines.length };
}
