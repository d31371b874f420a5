// The main job (`npm start`): generate if needed, serve the generated document with Prism, and run
// the agents of the example policy (examples/policy.yaml, the one the README uses) against it:
// front-desk (calls allowed, two denied, one waiting for a rate-limit slot), dialer (a real-call
// operation sent only once a person approves), rehearsal (a dry run: checked and recorded, never
// sent) and texter (its daily budget running out). Then the shared audit trail, its verification,
// and the report page for people.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
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
const { createDialpadClient, loadPolicy, verifyAuditFile, AccessDeniedError, BudgetExceededError } = await import('../src/index.js');
const { writeAuditReportFromFile } = await import('../src/audit/report/write.js');
type Approver = import('../src/index.js').Approver;

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

  // dialer: every call that rings a real phone waits for a person's yes.
  console.log('\nAgent "dialer" (approval: [external]):');
  const approver: Approver = async (request) => {
    if (!process.stdin.isTTY) {
      console.log(`  approval asked: "${request.summary}" — no terminal here, approving automatically for the demo`);
      return { approved: true, by: 'demo (no terminal)' };
    }
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await terminal.question(`  approve "${request.summary}"? [y/N] `);
    terminal.close();
    return { approved: /^y(es)?$/i.test(answer.trim()), by: process.env.USER ?? 'terminal' };
  };
  const dialer = createDialpadClient({ apiKey: 'demo-key-not-secret', baseUrl: prism.url, policy, agent: 'dialer', audit: { sink: { file: auditFile } }, approver });
  try {
    await dialer.calls.initiate('5223000012345678', { phone_number: '+14155550100' });
    step("calls.initiate('5223000012345678', …)", 'approved, then sent: the rep’s app dials');
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    step("calls.initiate('5223000012345678', …)", `REFUSED → ${error.reason}`);
  }
  await dialer.close();

  // rehearsal: a dry run — the same checks and records, nothing sent.
  console.log('\nAgent "rehearsal" (dryRun: true):');
  const rehearsal = createDialpadClient({ apiKey: 'demo-key-not-secret', baseUrl: prism.url, policy, agent: 'rehearsal', audit: { sink: { file: auditFile } } });
  const rehearsed = await rehearsal.sms.send({ user_id: 5835806903417907, to_numbers: ['+14155550142'], text: 'Reminder: your appointment is tomorrow at 10.' });
  step('sms.send(…)', `rehearsed, NOT sent → the example answer (message ${rehearsed.id}, ${rehearsed.message_status})`);
  await rehearsal.close();

  // texter: 50 SMS a day; the 51st is refused before anything is sent.
  console.log('\nAgent "texter" (budget: 50 sms.send per 1d):');
  const texter = createDialpadClient({ apiKey: 'demo-key-not-secret', baseUrl: prism.url, policy, agent: 'texter', audit: { sink: { file: auditFile } }, rateLimit: { tier: 1 } });
  let sent = 0;
  try {
    for (let i = 0; i < 60; i++) {
      await texter.sms.send({ user_id: 5835806903417907, to_numbers: [`+1415555${String(200 + i).padStart(4, '0')}`], text: 'Reminder: your appointment is tomorrow.' });
      sent++;
    }
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    step(`sms.send × ${sent}`, 'sent');
    step(`sms.send #${sent + 1}`, `REFUSED → budget "${error.budget}" used up (${error.used} of ${error.limit}); frees at ${error.freesAt.toISOString()}`);
  }
  await texter.close();

  const text = readFileSync(auditFile, 'utf8');
  // A call that is sent leaves two records: its attempt (written before the request leaves) and its
  // outcome; a call refused here leaves one.
  console.log('\nAudit trail:');
  for (const line of text.trim().split('\n')) {
    const r = JSON.parse(line);
    // The texter's run is long: its sends are summed up below, not listed one by one.
    if (r.agent === 'texter' && r.kind !== 'refused' && !(r.kind === 'attempt' && r.budget?.used === 1)) continue;
    const what =
      r.kind === 'outcome'
        ? `status ${r.status ?? '-'}${r.rateLimitWaitMs ? `, waited ${r.rateLimitWaitMs} ms for a slot` : ''}`
        : `${r.decision} (${r.reason})${r.approvedBy ? ` approved by ${r.approvedBy}` : ''}${r.budget ? ` budget ${r.budget.used}/${r.budget.limit}` : ''}`;
    console.log(`  #${String(r.seq).padEnd(4)} ${r.time.slice(11, 23)} ${String(r.agent).padEnd(10)} ${r.kind.padEnd(8)} ${r.operationId.padEnd(15)} ${what}`);
    if (r.agent === 'texter' && r.kind === 'attempt') console.log(`  …     (${sent - 1} more sends of texter, each an attempt and an outcome)`);
  }
  const verdict = await verifyAuditFile(auditFile);
  console.log(
    `\nVerification (npx bollard-dialpad audit verify ${auditFile.replace(`${ROOT}/`, '')}): ${verdict.ok ? `ok — ${verdict.records} records, chain intact, checkpoint ${verdict.checkpoint}` : `BROKEN at line ${verdict.line}: ${verdict.problem}`}`,
  );
  const report = join(outDir, 'report.html');
  await writeAuditReportFromFile(auditFile, report, { policy });
  console.log(`Report for people (npx bollard-dialpad audit report … --out …): ${report.replace(`${ROOT}/`, '')}`);
} finally {
  await prism.stop();
}
