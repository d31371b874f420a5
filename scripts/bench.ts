// `npm run bench`: the request path beside its anchors, in one run, as ratios, each beside its aim
// with "met" or "MISSED". It measures the package as users run it: the build in dist/ (npm run
// build runs first), not the TypeScript source.
//   (a) a stubbed fetch that answers at once (how openapi-fetch benchmarks itself): bare
//       openapi-fetch, and our client with a policy and an in-memory audit sink on — area method
//       and low-level GET;
//   (b) a local HTTP server on loopback: raw fetch carrying the same timeout signal, and our client;
//   (c) the cost of the audit: 64 concurrent callers with the durable file audit on and off, the
//       fsyncs per call, and with PostgreSQL;
//   (d) the guard's decision, with approval and budgets configured.
// Our client runs without client-side rate limits, which by design hold it to 20 requests/second.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createOpenApiFetch from 'openapi-fetch';
import { Bench } from 'tinybench';
import type { paths } from '../generated/schema.js';
import type * as Package from '../src/index.js';
import { startPostgres } from '../test/support/postgres.js';

const { createDialpadClient, createAuditLog, createGuard, parsePolicy } = (await import(join(import.meta.dirname, '../dist/src/index.js'))) as typeof Package;

const TIME = Number(process.env.BENCH_TIME_MS ?? 1500);
const body = JSON.stringify({ id: '5835806903417907', display_name: 'Avery Chen', emails: ['avery@example.com'], state: 'active' });
const headers = { 'content-type': 'application/json' };
const policy = parsePolicy('version: 1\nagents:\n  bot:\n    grants: { users: read }\n');
const verdicts: boolean[] = [];

/** One figure beside its aim: `met` or `MISSED`. */
function aim(label: string, value: number, goal: { atLeast?: number; atMost?: number }, unit = '×'): void {
  const met = (goal.atLeast === undefined || value >= goal.atLeast) && (goal.atMost === undefined || value <= goal.atMost);
  verdicts.push(met);
  const target = goal.atLeast !== undefined ? `≥ ${goal.atLeast}${unit}` : `≤ ${goal.atMost}${unit}`;
  console.log(`  ${label.padEnd(64)} ${value.toFixed(unit === '×' ? 2 : 0).padStart(8)}${unit}  aim ${target.padEnd(10)} ${met ? 'met' : 'MISSED'}`);
}

function values(bench: Bench, unit: 'ops' | 'p50'): Map<string, number> {
  const found = new Map<string, number>();
  for (const task of bench.tasks) {
    const result = task.result as { throughput?: { mean: number }; latency?: { p50: number } } | undefined;
    const value = unit === 'ops' ? (result?.throughput?.mean ?? 0) : (result?.latency?.p50 ?? 0);
    found.set(task.name, value);
    console.log(`  ${task.name.padEnd(64)} ${unit === 'ops' ? `${Math.round(value).toLocaleString('en-US').padStart(10)} calls/s` : `${(value * 1000).toFixed(1).padStart(10)} µs p50`}`);
  }
  return found;
}

console.log(`load average before: ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);

// (a) stubbed fetch
const stub = (async () => new Response(body, { status: 200, headers })) as typeof fetch;
const bare = createOpenApiFetch<paths>({ baseUrl: 'http://dialpad.test', fetch: stub });
const guarded = createDialpadClient({ apiKey: 'bench-key', baseUrl: 'http://dialpad.test', fetch: stub, rateLimit: false, policy, agent: 'bot', audit: { sink: () => undefined } });
const plain = createDialpadClient({ apiKey: 'bench-key', baseUrl: 'http://dialpad.test', fetch: stub, rateLimit: false });
const stubbed = new Bench({ time: TIME, warmupTime: 300 });
stubbed
  .add('bare openapi-fetch GET', async () => {
    await bare.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } }, headers: { authorization: 'Bearer bench-key' } });
  })
  .add('ours users.get — policy + in-memory audit', async () => {
    await guarded.users.get('me');
  })
  .add('ours low-level GET — policy + in-memory audit', async () => {
    await guarded.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } } });
  })
  .add('ours users.get — no policy, no audit', async () => {
    await plain.users.get('me');
  });
console.log('\n(a) stubbed fetch — throughput');
await stubbed.run();
const a = values(stubbed, 'ops');
const bareOps = a.get('bare openapi-fetch GET')!;
aim('area method / bare openapi-fetch (policy + audit on)', a.get('ours users.get — policy + in-memory audit')! / bareOps, { atLeast: 1.0 });
aim('low-level GET / bare openapi-fetch (policy + audit on)', a.get('ours low-level GET — policy + in-memory audit')! / bareOps, { atLeast: 0.95 });

// (b) loopback server
const server = createServer((_, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const loop = createDialpadClient({ apiKey: 'bench-key', baseUrl: url, rateLimit: false, policy, agent: 'bot', audit: { sink: () => undefined } });
const loopback = new Bench({ time: TIME, warmupTime: 300 });
loopback
  .add('raw fetch + 30 s timeout signal', async () => {
    // The same request with the per-request timeout every client call carries (an abort signal).
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    const response = await fetch(`${url}/api/v2/users/me`, { headers: { authorization: 'Bearer bench-key' }, signal: controller.signal });
    await response.json();
    clearTimeout(timer);
  })
  .add('ours users.get — policy + in-memory audit', async () => {
    await loop.users.get('me');
  });
console.log('\n(b) loopback HTTP server — latency');
await loopback.run();
const b = values(loopback, 'p50');
aim('loopback p50: ours / raw fetch with the same timeout signal', b.get('ours users.get — policy + in-memory audit')! / b.get('raw fetch + 30 s timeout signal')!, { atMost: 1.1 });

// (c) the cost of the audit: 64 callers at once against the loopback server
const CALLERS = 64;
async function callsPerSecond(client: Package.DialpadClient): Promise<number> {
  let calls = 0;
  const until = performance.now() + TIME;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (performance.now() < until) {
        await client.users.get('me');
        calls++;
      }
    }),
  );
  return calls / ((performance.now() - started) / 1000);
}
const dir = mkdtempSync(join(tmpdir(), 'bollard-bench-'));
console.log(`\n(c) the audit's cost — ${CALLERS} concurrent callers on loopback, calls/s`);
try {
  const off = await callsPerSecond(createDialpadClient({ apiKey: 'bench-key', baseUrl: url, rateLimit: false, policy, agent: 'bot', audit: false }));
  const fileLog = createAuditLog({ sink: { file: join(dir, 'durable.jsonl') } });
  const fileClient = createDialpadClient({ apiKey: 'bench-key', baseUrl: url, rateLimit: false, policy, agent: 'bot', audit: fileLog });
  const onFile = await callsPerSecond(fileClient);
  const stats = fileLog.stats();
  await fileClient.close();
  await fileLog.close();
  const postgres = await startPostgres({ fsync: true });
  let onPostgres = NaN;
  let pgStats = { records: 0, batches: 0, syncs: 0 };
  try {
    const pgLog = createAuditLog({ postgres: { connectionString: postgres.url, table: 'bench' } });
    const pgClient = createDialpadClient({ apiKey: 'bench-key', baseUrl: url, rateLimit: false, policy, agent: 'bot', audit: pgLog });
    await pgClient.users.get('warm-up'); // creates the table
    onPostgres = await callsPerSecond(pgClient);
    pgStats = pgLog.stats();
    await pgClient.close();
    await pgLog.close();
  } finally {
    await postgres.stop();
  }
  const calls = stats.records / 2; // an attempt and an outcome per call
  console.log(`  ${'audit off'.padEnd(64)} ${Math.round(off).toLocaleString('en-US').padStart(10)} calls/s`);
  console.log(`  ${'durable file audit (fdatasync before a call goes on)'.padEnd(64)} ${Math.round(onFile).toLocaleString('en-US').padStart(10)} calls/s  ×${(onFile / off).toFixed(2)} of off; ${(stats.syncs / calls).toFixed(3)} fsyncs per call (${stats.records} records in ${stats.batches} batches)`);
  console.log(`  ${'PostgreSQL audit (fsync on, one transaction per batch)'.padEnd(64)} ${Math.round(onPostgres).toLocaleString('en-US').padStart(10)} calls/s  ×${(onPostgres / off).toFixed(2)} of off; ${(pgStats.syncs / (pgStats.records / 2)).toFixed(3)} commits per call`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  server.close();
}

// (d) the guard's decision
const BATCH = 1000;
const rules = parsePolicy(`
version: 1
credential: { scopes: [calls:list, ai_recap, screen_pop] }
agents:
  support:
    grants: { calls: write, messages: write, users: read, contacts: write }
    deny: [calls.transfer]
    allow: [users.screenPop]
  scoped:
    grants: { calls: write, messages: write }
    targets: { users: [111, 222, 333] }
  watched:
    grants: { calls: write, messages: write, users: read }
    approval: [external, live-call]
    budgets:
      - { operations: [sms.send], limit: 50, per: 1d }
      - { area: calls, access: write, limit: 200, per: 7d }
`);
const open = createGuard(rules, 'support');
const scoped = createGuard(rules, 'scoped');
const watched = createGuard(rules, 'watched');
const smsInput = { json: { user_id: 222, to_numbers: ['+14155550123'], text: 'hi' } };
let sink = 0;
const decisions = new Bench({ time: TIME, warmupTime: 200 });
decisions
  .add('allowed (sms.send)', () => {
    for (let i = 0; i < BATCH; i++) sink += open.decide('sms.send', smsInput).allowed ? 1 : 0;
  })
  .add('denied (users.delete)', () => {
    for (let i = 0; i < BATCH; i++) sink += open.decide('users.delete').allowed ? 1 : 0;
  })
  .add('with a target check (sms.send)', () => {
    for (let i = 0; i < BATCH; i++) sink += scoped.decide('sms.send', smsInput).allowed ? 1 : 0;
  })
  .add('approval and budgets configured, none needed (users.get)', () => {
    for (let i = 0; i < BATCH; i++) sink += watched.decide('users.get').allowed && !watched.needsApproval('users.get') && watched.budgetsFor('users.get').length === 0 ? 1 : 0;
  })
  .add('approval and budgets configured, both apply (calls.initiate)', () => {
    for (let i = 0; i < BATCH; i++) sink += watched.decide('calls.initiate').allowed && watched.needsApproval('calls.initiate') && watched.budgetsFor('calls.initiate').length === 1 ? 1 : 0;
  });
await decisions.run();
console.log('\n(d) the guard’s decision (no I/O) — median per decision');
for (const task of decisions.tasks) {
  const p50 = (task.result as { latency?: { p50: number } }).latency?.p50 ?? NaN;
  aim(task.name, (p50 * 1e6) / BATCH, { atMost: 2000 }, ' ns');
}
if (sink < 0) console.log(sink);

const missed = verdicts.filter((met) => !met).length;
console.log(`\n${verdicts.length - missed} of ${verdicts.length} aims met${missed ? `, ${missed} MISSED` : ''}.`);
process.exit(0);
