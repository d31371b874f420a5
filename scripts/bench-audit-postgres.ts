// `tsx scripts/bench-audit-postgres.ts`: audit records per second through createAuditLog, 64
// writers at once (so group commit batches them), into a file and into PostgreSQL on this machine.
// The PostgreSQL server is a throwaway one (test/support/postgres.ts) with fsync ON, so "durable"
// means a flushed WAL there as it means fdatasync for the file. Ratios are to the durable file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAuditLog, type AuditOptions } from '../src/audit/log.js';
import { auditEntry } from '../test/support/audit-entry.js';
import { startPostgres } from '../test/support/postgres.js';

const WRITERS = 64;

/** Records per second written by WRITERS concurrent loops for `timeMs`, each awaiting its record. */
async function measure(options: AuditOptions, timeMs: number): Promise<number> {
  const log = createAuditLog(options);
  await log.write(auditEntry('attempt', 'warm-up', 'bench')); // opens the file / pool, creates the table
  let records = 0;
  const until = performance.now() + timeMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let i = 0; performance.now() < until; i++) {
        await log.write(auditEntry('attempt', `${writer}-${i}`, 'bench'));
        records++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await log.close();
  return records / seconds;
}

export async function benchAuditPostgres(timeMs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bollard-bench-audit-'));
  const server = await startPostgres({ fsync: true });
  try {
    const cases: [string, AuditOptions][] = [
      ['file, durable (fdatasync)', { sink: { file: join(dir, 'durable.jsonl') } }],
      ['file, durable: false', { sink: { file: join(dir, 'fast.jsonl') }, durable: false }],
      ['PostgreSQL, durable (commit flushed)', { postgres: { connectionString: server.url, table: 'bench_durable' } }],
      ['PostgreSQL, durable: false (async commit)', { postgres: { connectionString: server.url, table: 'bench_fast' }, durable: false }],
    ];
    const results: [string, number][] = [];
    for (const [name, options] of cases) results.push([name, await measure(options, timeMs)]);
    const anchor = results[0]![1];
    console.log(`\naudit log — ${WRITERS} concurrent writers through createAuditLog (group commit), records/s`);
    for (const [name, perSecond] of results) {
      console.log(`  ${name.padEnd(44)} ${Math.round(perSecond).toLocaleString('en-US').padStart(9)} /s   ×${(perSecond / anchor).toFixed(2)} of the durable file`);
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchAuditPostgres(Number(process.env.BENCH_TIME_MS ?? 3000));
}
