import { createHash } from 'node:crypto';

/**
 * One line of the audit log. A call that is sent leaves two records, linked by `call`: an `attempt`,
 * durable before the request leaves, and its `outcome`. A call refused on this side leaves one
 * `refused` record. A writer that finds a torn last line (a crash mid-write) closes it off and adds
 * a `recovery` record naming it, and the chain goes on. Never a key, token or message text; phone
 * numbers masked to their last four digits unless the agent reveals them.
 */
export interface AuditRecord {
  seq: number;
  time: string;
  kind: 'attempt' | 'outcome' | 'refused' | 'dry-run' | 'recovery';
  /** The call both records of a sent call share. */
  call: string | null;
  agent: string | null;
  operationId: string;
  method: string;
  path: string;
  area: string;
  access: string;
  /** `allowed`, `denied` (by the policy), `refused` (invalid, too large, rate-limited, limiter down), `dry-run`. */
  decision: string;
  /** Why: the rule that decided (`granted`, `no-grant`, ...) or the error's kind. */
  reason: string;
  targets: Record<string, string[]>;
  numbers: string[];
  /** Outcome and refusal records: whether the request reached Dialpad. */
  sent: boolean | 'unknown' | null;
  status: number | null;
  durationMs: number | null;
  retries: number | null;
  rateLimitWaitMs: number | null;
  requestId: string | null;
  errorUuid: string | null;
  error: string | null;
  /** Who approved it, where the policy asks for approval (attempt and dry-run records). */
  approvedBy?: string | null;
  /** The budget it counts against, after this call (attempt records; the refusal of one over budget). */
  budget?: { name: string; used: number; limit: number; per: string } | null;
  /** Recovery records: the torn bytes this record closes off. */
  torn?: { bytes: number; sha256: string };
  /** SHA-256 of the previous line (64 zeros for the first). */
  prev: string;
  /** SHA-256 of this record without this field. */
  hash: string;
}

/** What the request path hands to the log; the writer adds seq, prev and hash as it chains it. */
export type AuditEntry = Omit<AuditRecord, 'seq' | 'prev' | 'hash'>;

export const GENESIS = '0'.repeat(64);
export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** Chains entries after the record whose line hashes to `prev` and whose seq is `seq`; returns the lines. */
export function chain(entries: readonly AuditEntry[], after: { seq: number; prev: string }): { lines: string[]; seq: number; prev: string } {
  let { seq, prev } = after;
  const lines: string[] = [];
  for (const entry of entries) {
    const body = { seq: ++seq, ...entry, prev };
    const line = JSON.stringify({ ...body, hash: sha256(JSON.stringify(body)) });
    lines.push(line);
    prev = sha256(line);
  }
  return { lines, seq, prev };
}

export function maskNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length <= 4 ? '••••' : `•••${digits.slice(-4)}`;
}

/** The recovery record a writer adds after closing off a torn last line. */
export function recoveryEntry(torn: Buffer, at = new Date()): AuditEntry {
  return {
    time: at.toISOString(),
    kind: 'recovery',
    call: null,
    agent: null,
    operationId: '',
    method: '',
    path: '',
    area: '',
    access: '',
    decision: 'recovered',
    reason: 'torn-line',
    targets: {},
    numbers: [],
    sent: null,
    status: null,
    durationMs: null,
    retries: null,
    rateLimitWaitMs: null,
    requestId: null,
    errorUuid: null,
    error: null,
    torn: { bytes: torn.length, sha256: sha256(torn) },
  };
}
