import { Bench } from 'tinybench';
import { createGuard, parsePolicy } from '../src/index.js';

const BATCH = 1000;

/** The guard's decision cost: median per decision, measured in batches so timer overhead stays out. */
export async function extraBenchSections(timeMs: number): Promise<void> {
  const policy = parsePolicy(`
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
`);
  const open = createGuard(policy, 'support');
  const scoped = createGuard(policy, 'scoped');
  const smsInput = { json: { user_id: 222, to_numbers: ['+14155550123'], text: 'hi' } };
  let sink = 0;
  const bench = new Bench({ time: timeMs, warmupTime: 200 });
  bench
    .add('decide: allowed (sms.send)', () => {
      for (let i = 0; i < BATCH; i++) sink += open.decide('sms.send', smsInput).allowed ? 1 : 0;
    })
    .add('decide: denied (users.delete)', () => {
      for (let i = 0; i < BATCH; i++) sink += open.decide('users.delete').allowed ? 1 : 0;
    })
    .add('decide: with target check (sms.send)', () => {
      for (let i = 0; i < BATCH; i++) sink += scoped.decide('sms.send', smsInput).allowed ? 1 : 0;
    });
  await bench.run();
  console.log('\nguard decision (no I/O) — median per decision');
  for (const task of bench.tasks) {
    const p50 = (task.result as { latency?: { p50: number } }).latency?.p50 ?? NaN;
    const nsPerDecision = (p50 * 1e6) / BATCH;
    console.log(`  ${task.name.padEnd(40)} ${nsPerDecision.toFixed(0).padStart(8)} ns  (aim < 2000 ns)`);
  }
  if (sink < 0) console.log(sink);
}
