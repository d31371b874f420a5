import { createHash, hash as oneShotHash } from 'node:crypto';

/**
 * One line of the audit log. A call that is sent leaves two records, linked by `call`: an `attempt`
 * — what was asked, by whom, and why it was allowed — durable before the request leaves, and its
 * `outcome` — what became of it. A call refused on this side leaves one `refused` record; a
 * rehearsal one `dry-run` record. A writer that finds a torn last line (a crash mid-write) closes it
 * off and adds a `recovery` record naming it, and the chain goes on. Never a key, token or message
 * text; phone numbers masked to their last four digits unless the agent reveals them. Fields a kind
 * of record does not use are left out.
 */
export interface AuditRecord {
  seq: number;
  time: string;
  kind: 'attempt' | 'outcome' | 'refused' | 'dry-run' | 'recovery';
  /** The call both records of a sent call share (null for a refusal). */
  call: string | null;
  agent: string | null;
  operationId: string;
  area: string;
  // What was asked (attempt, refused, dry-run records):
  method?: string;
  path?: string;
  access?: string;
  /** `allowed`, `denied` (by the policy), `refused` (invalid, too large, rate-limited, limiter down), `dry-run`. */
  decision?: string;
  /** Why: the rule that decided (`granted`, `no-grant`, ...) or the kind of refusal. */
  reason?: string;
  targets?: Record<string, string[]>;
  numbers?: string[];
  // What became of it (outcome records; refusals and rehearsals say `sent: false` and the error):
  /** Whether the request reached Dialpad. */
  sent?: boolean | 'unknown';
  status?: number | null;
  durationMs?: number;
  retries?: number;
  rateLimitWaitMs?: number;
  requestId?: string | null;
  errorUuid?: string | null;
  error?: string | null;
  /** Who approved it, where the policy asks for approval (attempt and dry-run records). */
  approvedBy?: string | null;
  /** The budget it counts against, after this call (attempt records; the refusal of one over budget). */
  budget?: { name: string; used: number; limit: number; per: string } | null;
  /** Recovery records: the torn bytes this record closes off. */
  torn?: { bytes: number; sha256: string };
  /** The previous record's `hash` (64 zeros for the first). */
  prev: string;
  /** SHA-256 of this record's JSON without this field: it covers `prev`, so every record seals the one before. */
  hash: string;
}

/** What the request path hands to the log; the writer adds seq, prev and hash as it chains it. */
export type AuditEntry = Omit<AuditRecord, 'seq' | 'prev' | 'hash'>;

export const GENESIS = '0'.repeat(64);
// crypto.hash (one shot) where Node has it: about a third faster than a Hash object per record.
export const sha256: (text: string | Buffer) => string =
  typeof oneShotHash === 'function' ? (text) => oneShotHash('sha256', text, 'hex') : (text) => createHash('sha256').update(text).digest('hex');

/**
 * Chains entries after the record whose hash is `prev` and whose seq is `seq`; returns the lines
 * (and the records, when asked). A line is the record's JSON with `hash` last: the body is
 * serialized once and the hash appended (the text JSON.stringify would give, hash being plain hex).
 * Each record's hash covers its `prev`, so altering, removing or inserting a record breaks the link
 * from the next one.
 */
export function chain(entries: readonly AuditEntry[], after: { seq: number; prev: string }, withRecords = false): { lines: string[]; records: AuditRecord[]; seq: number; prev: string } {
  let { seq, prev } = after;
  const lines: string[] = [];
  const records: AuditRecord[] = [];
  for (const entry of entries) {
    // The text JSON.stringify({ seq, ...entry, prev }) gives (an entry has neither key), without
    // building that object: seq, prev and hash are a number and plain hex.
    const json = `{"seq":${++seq},${JSON.stringify(entry).slice(1, -1)},"prev":"${prev}"}`;
    const hash = sha256(json);
    lines.push(`${json.slice(0, -1)},"hash":"${hash}"}`);
    if (withRecords) records.push({ seq, ...entry, prev, hash });
    prev = hash;
  }
  return { lines, records, seq, prev };
}

const HASH_AT_END = /,"hash":"([0-9a-f]{64})"\}$/;

/** The `hash` of the record a line holds (read off its end, where the writer puts it), or undefined. */
export function recordHash(line: string | Buffer): string | undefined {
  const text = typeof line === 'string' ? line : line.toString('utf8', Math.max(0, line.length - 80));
  return HASH_AT_END.exec(text)?.[1];
}

export function maskNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length <= 4 ? '••••' : `•••${digits.slice(-4)}`;
}

/** The recovery record a writer adds after closing off a torn last line. */
export function recoveryEntry(torn: Buffer, at = new Date()): AuditEntry {
  return { time: at.toISOString(), kind: 'recovery', call: null, agent: null, operationId: '', area: '', reason: 'torn-line', torn: { bytes: torn.length, sha256: sha256(torn) } };
}
