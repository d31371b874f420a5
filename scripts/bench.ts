// `npm run bench`: one run, side by side, reported as ratios to the anchors in the same run.
//   (a) a stubbed fetch that answers at once (how openapi-fetch benchmarks itself): raw fetch,
//       bare openapi-fetch, our client (area method and low-level GET);
//   (b) a local HTTP server on loopback: the same three, latency medians.
// Our client runs with its full request path but without client-side rate limiting, which by
// design holds it to 20 requests per second.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import createOpenApiFetch from 'openapi-fetch';
import { Bench } from 'tinybench';
import type { paths } from '../generated/schema.js';
import { createDialpadClient } from '../src/index.js';
import { extraBenchSections } from './bench-sections.js';

const TIME = Number(process.env.BENCH_TIME_MS ?? 1500);
const body = JSON.stringify({ id: 5835806903417907, display_name: 'Avery Chen', emails: ['avery@example.com'], state: 'active' });
const headers = { 'content-type': 'application/json' };

function report(title: string, bench: Bench, unit: 'ops' | 'latency'): Map<string, number> {
  const values = new Map<string, number>();
  console.log(`\n${title}`);
  for (const task of bench.tasks) {
    const result = task.result as { throughput?: { mean: number }; latency?: { p50: number } } | undefined;
    const value = unit === 'ops' ? (result?.throughput?.mean ?? 0) : (result?.latency?.p50 ?? 0);
    values.set(task.name, value);
    console.log(`  ${task.name.padEnd(40)} ${unit === 'ops' ? `${Math.round(value).toLocaleString('en-US').padStart(10)} ops/s` : `${(value * 1000).toFixed(1).padStart(8)} µs p50`}`);
  }
  return values;
}

// (a) stubbed fetch
const stub = (async () => new Response(body, { status: 200, headers })) as typeof fetch;
const bare = createOpenApiFetch<paths>({ baseUrl: 'http://dialpad.test', fetch: stub });
const ours = createDialpadClient({ apiKey: 'bench-key', baseUrl: 'http://dialpad.test', fetch: stub, rateLimit: false });
const stubbed = new Bench({ time: TIME, warmupTime: 300 });
stubbed
  .add('raw fetch (stub)', async () => {
    const response = await stub('http://dialpad.test/api/v2/users/me', { headers: { authorization: 'Bearer bench-key' } });
    await response.json();
  })
  .add('bare openapi-fetch (stub)', async () => {
    await bare.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } }, headers: { authorization: 'Bearer bench-key' } });
  })
  .add('@bollard/dialpad users.get (stub)', async () => {
    await ours.users.get('me');
  })
  .add('@bollard/dialpad low-level GET (stub)', async () => {
    await ours.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } } });
  });
await stubbed.run();
const a = report('(a) stubbed fetch — throughput', stubbed, 'ops');

// (b) loopback server
const server = createServer((_, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const bareLoop = createOpenApiFetch<paths>({ baseUrl: url });
const oursLoop = createDialpadClient({ apiKey: 'bench-key', baseUrl: url, rateLimit: false });
const loopback = new Bench({ time: TIME, warmupTime: 300 });
loopback
  .add('raw fetch (loopback)', async () => {
    const response = await fetch(`${url}/api/v2/users/me`, { headers: { authorization: 'Bearer bench-key' } });
    await response.json();
  })
  .add('raw fetch + 30 s timeout (loopback)', async () => {
    // The same request with the per-request timeout every client call carries (an AbortSignal).
    const response = await fetch(`${url}/api/v2/users/me`, { headers: { authorization: 'Bearer bench-key' }, signal: AbortSignal.timeout(30_000) });
    await response.json();
  })
  .add('bare openapi-fetch (loopback)', async () => {
    await bareLoop.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } }, headers: { authorization: 'Bearer bench-key' } });
  })
  .add('@bollard/dialpad users.get (loopback)', async () => {
    await oursLoop.users.get('me');
  });
await loopback.run();
server.close();
const b = report('(b) local HTTP server on loopback — latency', loopback, 'latency');

const ratio = (x: number, y: number) => (y === 0 ? NaN : x / y);
console.log('\nratios');
console.log(`  stub:     ours users.get / bare openapi-fetch throughput = ${ratio(a.get('@bollard/dialpad users.get (stub)')!, a.get('bare openapi-fetch (stub)')!).toFixed(2)}×  (aim ≥ 0.80)`);
console.log(`  stub:     ours low-level GET / bare openapi-fetch        = ${ratio(a.get('@bollard/dialpad low-level GET (stub)')!, a.get('bare openapi-fetch (stub)')!).toFixed(2)}×`);
console.log(`  loopback: ours users.get / raw fetch latency (p50)       = ${ratio(b.get('@bollard/dialpad users.get (loopback)')!, b.get('raw fetch (loopback)')!).toFixed(2)}×  (aim ≤ 1.05)`);
console.log(`  loopback: ours users.get / raw fetch + timeout (p50)     = ${ratio(b.get('@bollard/dialpad users.get (loopback)')!, b.get('raw fetch + 30 s timeout (loopback)')!).toFixed(2)}×`);
console.log(`  loopback: bare openapi-fetch / raw fetch latency (p50)   = ${ratio(b.get('bare openapi-fetch (loopback)')!, b.get('raw fetch (loopback)')!).toFixed(2)}×`);

await extraBenchSections(TIME);
