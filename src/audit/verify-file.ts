import { readFile } from 'node:fs/promises';
import { checkpointPath } from './file-store.js';
import { verifyAuditLog, type AuditCheckpoint, type AuditVerification } from './verify.js';

/**
 * Verifies a log file against the checkpoint beside it. A log with records but no checkpoint fails:
 * the writer always leaves one, so its absence hides whether the tail was cut.
 */
export async function verifyAuditFile(path: string, options: { key?: string | Buffer } = {}): Promise<AuditVerification> {
  // The checkpoint first: a writer appending meanwhile only makes the log longer than it says.
  let checkpoint: AuditCheckpoint | undefined;
  try {
    checkpoint = JSON.parse(await readFile(checkpointPath(path), 'utf8')) as AuditCheckpoint;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, line: 0, problem: `its checkpoint ${checkpointPath(path)} cannot be read (${(error as Error).message})` };
  }
  const log = await readFile(path);
  const result = verifyAuditLog(log, { checkpoint, key: options.key });
  if (result.ok && !checkpoint && result.records > 0) {
    return { ok: false, line: result.lines + 1, problem: `there is no checkpoint beside the log (${checkpointPath(path)}): whether records were cut from its end cannot be told` };
  }
  return result;
}
