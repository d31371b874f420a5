// The main job (`npm start`): generate if needed, serve the generated document with Prism, and
// run the agent front-desk of the example policy (examples/policy.yaml, the one the README uses) —
// some calls allowed, two denied, one waiting for a rate-limit slot — then print the audit trail
// and its verification.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startPrism, ROOT } from '../test/support/prism.js';

function ensureGenerated(): void {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  try {
    execFileSync(process.execPath, [tsx, join(ROOT, 'generator/cli.ts'), '--check'], { stdio: 'pipe' });
  } catch {
    console.log('generated/ is missing or stale: regenerating…');
    execFileSync(process.execPath, [tsx, join(ROOT, 'generator/cli.ts')], { stdio: 'inherit' });
  }
}

ensureGenerated();
const { createDialpadClient, loadPolicy, verifyAuditFile, AccessDeniedError } = await import('../src/index.js');

const outDir = join(ROOT, 'demo-output');
const auditFile = join(outDir, 'audit.jsonl');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const policyFile = 'examples/policy.yaml';
const policy = loadPolicy(join(ROOT, policyFile));
const prism = await startPrism();
const step = (label: string, result: string) => console.log(`  ${label.padEnd(44)} ${result}`);
try {
  console.log(`Prism mock of Dialpad API v2 at ${prism.url}`);
  console.log(`Policy ${policyFile}, agent "front-desk"; audit log ${auditFile.replace(`${ROOT}/`, '')}\n`);
  const dialpad = createDialpadClient({ apiKey: 'demo-key-not-secret', baseUrl: prism.url, policy, agent: 'front-desk', audit: { sink: { file: auditFile } } });

  const me = await dialpad.users.get('me');
  step("users.get('me')", `allowed → ${me.display_name}`);
  const sms = await dialpad.sms.send({ user_id: 5835806903417907, to_numbers: ['+14155550123'], text: 'Your table is ready.' });
  step('sms.send(as user 5835806903417907)', `allowed → message ${sms.id}, ${sms.message_status}`);
  for await (const page of dialpad.contacts.list().pages()) {
    step('contacts.list()', `allowed → first page of ${page.items?.length ?? 0}`);
    break;
  }
  const call = await dialpad.calls.get(6342343186743296);
  step('calls.get(…)', `allowed → call ${call.call_id} (${call.state})`);
  const started = Date.now();
  process.stdout.write(`  ${'calls.get(…) again (10 per minute)'.padEnd(44)} waiting for a rate-limit slot…`);
  await dialpad.calls.get(6342343186743296);
  console.log(` allowed after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    await dialpad.users.delete('5835806903417907');
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    step("users.delete('5835806903417907')", `DENIED → ${error.message}`);
  }
  try {
    await dialpad.sms.send({ user_id: 1234, to_numbers: ['+14155550123'], text: 'hi' });
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    step('sms.send(as user 1234)', `DENIED → ${error.reason}`);
  }
  await dialpad.close();

  const text = readFileSync(auditFile, 'utf8');
  // A call that is sent leaves two records: its attempt (written before the request leaves) and its
  // outcome; a call refused here leaves one.
  console.log('\nAudit trail:');
  for (const line of text.trim().split('\n')) {
    const r = JSON.parse(line);
    const what = r.kind === 'outcome' ? `status ${r.status ?? '-'}${r.rateLimitWaitMs ? `, waited ${r.rateLimitWaitMs} ms for a slot` : ''}` : `${r.decision} (${r.reason})`;
    console.log(
      `  #${String(r.seq).padEnd(3)} ${r.time.slice(11, 23)} ${r.agent} ${r.kind.padEnd(8)} ${r.operationId.padEnd(14)} ${what.padEnd(38)} numbers=${JSON.stringify(r.numbers)} prev=${r.prev.slice(0, 10)}…`,
    );
  }
  const verdict = await verifyAuditFile(auditFile);
  console.log(
    `\nVerification (npx bollard-dialpad audit verify ${auditFile.replace(`${ROOT}/`, '')}): ${verdict.ok ? `ok — ${verdict.records} records, chain intact, checkpoint ${verdict.checkpoint}` : `BROKEN at line ${verdict.line}: ${verdict.problem}`}`,
  );
} finally {
  await prism.stop();
}
