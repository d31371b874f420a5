import { createHmac, timingSafeEqual } from 'node:crypto';
import { GENESIS, sha256, type AuditRecord } from './record.js';

/**
 * Beside every log the writer keeps a checkpoint (`<log>.checkpoint`, replaced atomically): the seq
 * and line hash of the last record, optionally HMAC-signed with a key kept apart from the log. A log
 * whose tail was cut, or that was emptied, no longer reaches its checkpoint.
 */
export interface AuditCheckpoint {
  seq: number;
  /** The last record's `hash`. */
  hash: string;
  time: string;
  /** HMAC-SHA256 of `${seq}:${hash}` with the checkpoint key, when the writer has one. */
  hmac?: string;
}

export function signCheckpoint(seq: number, hash: string, key: string | Buffer): string {
  return createHmac('sha256', key).update(`${seq}:${hash}`).digest('hex');
}

export type AuditVerification =
  | {
      ok: true;
      /** Lines in the log (torn lines included). */
      lines: number;
      records: number;
      lastSeq: number;
      /** Torn lines closed off by a recovery record. */
      recoveries: number;
      /** Attempts with no outcome: the request may have been sent, its answer was never written (a crash). */
      unfinished: number;
      checkpoint: 'matched' | 'signed' | 'none';
    }
  | { ok: false; line: number; problem: string };

export interface VerifyOptions {
  /** The checkpoint written beside the log; without it a removed tail cannot be seen. */
  checkpoint?: AuditCheckpoint;
  /** Require and check the checkpoint's HMAC with this key. */
  key?: string | Buffer;
}

function splitLines(log: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = log.indexOf(10); i !== -1; i = log.indexOf(10, start)) {
    lines.push(log.subarray(start, i));
    start = i + 1;
  }
  if (start < log.length) lines.push(log.subarray(start));
  return lines;
}

/**
 * Checks a log's chain: names the first line that is malformed, altered, out of order, after a
 * missing one, or — with the checkpoint — where records were cut from the end.
 */
export function verifyAuditLog(log: string | Buffer, options: VerifyOptions = {}): AuditVerification {
  const lines = splitLines(typeof log === 'string' ? Buffer.from(log, 'utf8') : log);
  let prev = GENESIS;
  let expectedSeq: number | undefined;
  let records = 0;
  let recoveries = 0;
  const open = new Set<string>();
  let torn: { line: number; bytes: Buffer } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const number = i + 1;
    const raw = lines[i]!;
    let record: AuditRecord;
    try {
      record = JSON.parse(raw.toString('utf8')) as AuditRecord;
      if (!record || typeof record !== 'object') throw new Error('not an object');
    } catch {
      if (torn) return { ok: false, line: torn.line, problem: 'not a JSON record (truncated or edited), and no recovery record names it' };
      torn = { line: number, bytes: raw };
      continue;
    }
    const { hash, ...body } = record;
    if (typeof hash !== 'string' || sha256(JSON.stringify(body)) !== hash) return { ok: false, line: number, problem: 'its content was altered (hash does not match)' };
    if (torn) {
      if (record.kind !== 'recovery' || record.torn?.sha256 !== sha256(torn.bytes) || record.torn.bytes !== torn.bytes.length) {
        return { ok: false, line: torn.line, problem: 'not a JSON record (truncated or edited), and no recovery record names it' };
      }
      recoveries++;
      torn = undefined;
    }
    if (expectedSeq !== undefined && record.seq !== expectedSeq) {
      return { ok: false, line: number, problem: record.seq > expectedSeq ? `record(s) ${expectedSeq}–${record.seq - 1} are missing before it` : `out of order (seq ${record.seq} after ${expectedSeq - 1})` };
    }
    if (record.prev !== prev) {
      return { ok: false, line: number, problem: i === 0 && record.seq > 1 ? `the log starts at record ${record.seq}: earlier records are missing` : 'it does not chain to the line before it (a line before it was altered, removed or inserted)' };
    }
    if (record.kind === 'attempt' && record.call) open.add(record.call);
    if (record.kind === 'outcome') {
      if (!record.call || !open.delete(record.call)) return { ok: false, line: number, problem: 'an outcome with no attempt before it (its attempt record was removed or never written)' };
    }
    prev = hash;
    expectedSeq = record.seq + 1;
    records++;
  }
  // A torn last line nobody has closed off yet: the writer crashed mid-write, before its record
  // was acknowledged, so no call depends on it. The next writer will close it off.
  const lastSeq = expectedSeq === undefined ? 0 : expectedSeq - 1;
  const checkpoint = options.checkpoint;
  if (options.key !== undefined && !checkpoint) return { ok: false, line: lines.length + 1, problem: 'a checkpoint key was given but there is no checkpoint to check' };
  if (checkpoint) {
    if (options.key !== undefined) {
      const expected = Buffer.from(signCheckpoint(checkpoint.seq, checkpoint.hash, options.key), 'hex');
      const given = Buffer.from(typeof checkpoint.hmac === 'string' ? checkpoint.hmac : '', 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, line: lines.length + 1, problem: 'the checkpoint’s signature does not match: it was forged, edited, or signed with another key' };
      }
    }
    if (checkpoint.seq > lastSeq) {
      return { ok: false, line: lines.length + 1, problem: `the log ends at record ${lastSeq} but its checkpoint says record ${checkpoint.seq} was written: records ${lastSeq + 1}–${checkpoint.seq} were cut from its end` };
    }
    let at = -1;
    let atHash: string | undefined;
    lines.forEach((raw, index) => {
      try {
        const record = JSON.parse(raw.toString('utf8')) as AuditRecord;
        if (record.seq === checkpoint.seq) [at, atHash] = [index, record.hash];
      } catch {
        // a torn line holds no record
      }
    });
    if (checkpoint.seq > 0 && (at === -1 || atHash !== checkpoint.hash)) {
      return { ok: false, line: at === -1 ? lines.length + 1 : at + 1, problem: `record ${checkpoint.seq} does not match the checkpoint (the log was rewritten)` };
    }
  }
  return { ok: true, lines: lines.length, records, lastSeq, recoveries, unfinished: open.size, checkpoint: checkpoint ? (options.key !== undefined ? 'signed' : 'matched') : 'none' };
}
