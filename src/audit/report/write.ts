import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadPolicy } from '../../guard/policy.js';
import type { Policy } from '../../guard/types.js';
import type { PostgresAuditOptions } from '../postgres-options.js';
import type { AuditRecord } from '../record.js';
import { checkpointPath } from '../file-store.js';
import { verifyAuditLog, type AuditCheckpoint, type AuditVerification } from '../verify.js';
import { renderAuditReport } from './report.js';

export interface AuditReportOptions {
  /** Lists every agent of the policy (with no calls too) and every budget it declares. */
  policy?: Policy;
  /** The checkpoint key: its HMAC is then required and checked, as `audit verify --key-file` does. */
  key?: string | Buffer;
  /** Shown as the time the report was made (default now). */
  generatedAt?: Date;
  /** Shown as where the log came from (default the file path, or `postgres:<table>`). */
  source?: string;
}

export interface AuditReportResult {
  /** The report written (absolute path). */
  out: string;
  /** Records in the report. */
  records: number;
  verification: AuditVerification;
  /** Lines of the log that are not a JSON record (torn or edited); the verification says whether that is fine. */
  unreadableLines: number;
  /** PostgreSQL only: records appended after the verification, left out of the report (they are not verified). */
  appendedDuringReport: number;
}

/** The records of a log's text, each with its line (1-based); lines that are not a JSON object are counted, not kept. */
export function readAuditLines(log: string | Buffer): { records: AuditRecord[]; lines: number[]; unreadable: number } {
  const text = typeof log === 'string' ? log : log.toString('utf8');
  const pieces = text.split('\n');
  if (pieces[pieces.length - 1] === '') pieces.pop();
  const records: AuditRecord[] = [];
  const lines: number[] = [];
  let unreadable = 0;
  pieces.forEach((piece, i) => {
    try {
      const value: unknown = JSON.parse(piece);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        records.push(value as AuditRecord);
        lines.push(i + 1);
        return;
      }
    } catch {
      // a torn or edited line: the verification names it
    }
    unreadable++;
  });
  return { records, lines, unreadable };
}

/** Writes next to the target and renames, so a reader never sees half a report. */
async function writeAtomically(out: string, html: string): Promise<string> {
  const target = resolve(out);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, html);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return target;
}

/**
 * Verifies a log file as `verifyAuditFile` does (against the checkpoint beside it; no checkpoint
 * beside a log with records fails), but reads the checkpoint first and the log once: a writer
 * appending meanwhile only makes the log longer than its checkpoint, and the records the report
 * shows are exactly the ones verified.
 */
async function readAndVerifyFile(path: string, key: string | Buffer | undefined): Promise<{ log: Buffer; verification: AuditVerification }> {
  let checkpoint: AuditCheckpoint | undefined;
  let unreadable: string | undefined;
  try {
    checkpoint = JSON.parse(await readFile(checkpointPath(path), 'utf8')) as AuditCheckpoint;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unreadable = `its checkpoint ${checkpointPath(path)} cannot be read (${(error as Error).message})`;
  }
  const log = await readFile(path);
  if (unreadable) return { log, verification: { ok: false, line: 0, problem: unreadable } };
  const verification = verifyAuditLog(log, { checkpoint, key });
  if (verification.ok && !checkpoint && verification.records > 0) {
    return { log, verification: { ok: false, line: verification.lines + 1, problem: `there is no checkpoint beside the log (${checkpointPath(path)}): whether records were cut from its end cannot be told` } };
  }
  return { log, verification };
}

/** Reads a file log, verifies it against the checkpoint beside it, renders the report and writes it to `outPath`. */
export async function writeAuditReportFromFile(logPath: string, outPath: string, options: AuditReportOptions = {}): Promise<AuditReportResult> {
  const { log, verification } = await readAndVerifyFile(logPath, options.key);
  const { records, lines, unreadable } = readAuditLines(log);
  const html = renderAuditReport({ records, lines, verification, source: options.source ?? logPath, generatedAt: options.generatedAt, policy: options.policy });
  const out = await writeAtomically(outPath, html);
  return { out, records: records.length, verification, unreadableLines: unreadable, appendedDuringReport: 0 };
}

/**
 * Verifies a PostgreSQL log (`verifyPostgresAudit`, against its checkpoint row), then reads its
 * records (`exportPostgresAudit`), renders the report and writes it to `outPath`. Writers may go
 * on appending meanwhile: records past the ones verified are left out and counted.
 */
export async function writeAuditReportFromPostgres(postgres: PostgresAuditOptions, outPath: string, options: AuditReportOptions = {}): Promise<AuditReportResult> {
  const { exportPostgresAudit, verifyPostgresAudit } = await import('../postgres-export.js');
  const verification = await verifyPostgresAudit(postgres, { key: options.key });
  const exported: string[] = [];
  await exportPostgresAudit(postgres, (line) => void exported.push(line));
  let kept = exported;
  if (verification.ok) kept = exported.slice(0, verification.lines);
  const { records, lines, unreadable } = readAuditLines(kept.map((line) => `${line}\n`).join(''));
  const source = options.source ?? `postgres:${postgres.table ?? 'bollard_audit'}`;
  const html = renderAuditReport({ records, lines, verification, source, generatedAt: options.generatedAt, policy: options.policy });
  const out = await writeAtomically(outPath, html);
  return { out, records: records.length, verification, unreadableLines: unreadable, appendedDuringReport: exported.length - kept.length };
}

/** `bollard-dialpad audit report FILE --out report.html [--postgres URL [--table T]] [--policy FILE] [--key-file F]`, parsed. */
export interface AuditReportCommand {
  /** The log file (JSON lines); or give `postgres`. */
  file?: string;
  /** A PostgreSQL connection string; or give `file`. */
  postgres?: string;
  table?: string;
  out: string;
  /** A policy file (YAML), or a loaded policy. */
  policy?: string | Policy;
  key?: string | Buffer;
  generatedAt?: Date;
}

/** The one line a command prints about a verification, as `audit verify` words it. */
export function describeVerification(verification: AuditVerification): string {
  if (!verification.ok) return `line ${verification.line}: ${verification.problem}`;
  const extras = [
    verification.checkpoint === 'none' ? 'no checkpoint' : verification.checkpoint === 'signed' ? 'checkpoint matches, signature valid' : 'checkpoint matches',
    ...(verification.recoveries ? [`${verification.recoveries} torn line(s) closed off by recovery records`] : []),
    ...(verification.unfinished ? [`${verification.unfinished} attempt(s) without an outcome (sent, answer not recorded: a crash)`] : []),
  ];
  return `${verification.records} records, chain intact; ${extras.join('; ')}`;
}

/**
 * The whole `audit report` command: load the policy, read and verify the log, write the report.
 * Returns what to print and the exit code — 0 when the chain verifies, 1 when it does not (the
 * report is written either way: a broken log is when it is needed most). Throws, writing nothing,
 * when the arguments are wrong or the log or policy cannot be read.
 */
export async function runAuditReportCommand(command: AuditReportCommand): Promise<AuditReportResult & { exitCode: 0 | 1; message: string }> {
  if (!command.out) throw new Error('audit report needs --out FILE.html');
  if (command.file && command.postgres) throw new Error('give FILE or --postgres URL, not both');
  if (!command.file && !command.postgres) throw new Error('give the audit log: FILE, or --postgres URL');
  if (command.table && !command.postgres) throw new Error('--table goes with --postgres');
  const policy = typeof command.policy === 'string' ? loadPolicy(command.policy) : command.policy;
  const options: AuditReportOptions = { policy, key: command.key, generatedAt: command.generatedAt };
  let result: AuditReportResult;
  if (command.postgres) {
    result = await writeAuditReportFromPostgres({ connectionString: command.postgres, table: command.table }, command.out, options).catch((error: unknown) => {
      throw new Error(`cannot read the audit log from PostgreSQL (${(error as Error).message})`);
    });
  } else {
    result = await writeAuditReportFromFile(command.file!, command.out, options).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(code ? `cannot read ${command.file} (${code})` : (error as Error).message);
    });
  }
  const appended = result.appendedDuringReport ? `; ${result.appendedDuringReport} record(s) appended meanwhile left out` : '';
  return {
    ...result,
    exitCode: result.verification.ok ? 0 : 1,
    message: `wrote ${result.out} (${result.records} records${appended}): ${result.verification.ok ? 'ok: ' : ''}${describeVerification(result.verification)}`,
  };
}
