// A writer process for the multi-process test: `tsx postgres-writer.ts <url> <table> <writer> <calls> <lanes>`.
// It says "ready" once loaded, waits for a line on stdin (so every writer starts together), then
// logs <calls> calls (an attempt and its outcome each), <lanes> at a time, through createAuditLog,
// and prints {"ms": <time spent writing>}.
import { createAuditLog } from '../../src/audit/log.js';
import { auditEntry } from './audit-entry.js';

const [url, table, writer, calls, lanes] = process.argv.slice(2);
if (!url || !table || !writer || !calls || !lanes) throw new Error('usage: postgres-writer.ts <url> <table> <writer> <calls> <lanes>');

process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();

const started = performance.now();
const log = createAuditLog({ postgres: { connectionString: url, table } });
let next = 0;
const lane = async () => {
  for (let i = next++; i < Number(calls); i = next++) {
    const call = `${writer}-${i}`;
    await log.write(auditEntry('attempt', call, writer, String(i)));
    await log.write(auditEntry('outcome', call, writer, String(i)));
  }
};
await Promise.all(Array.from({ length: Number(lanes) }, lane));
await log.close();
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started })}\n`);
