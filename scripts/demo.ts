// The main job (`npm start`): generate if needed, serve the generated document with Prism, and
// drive the typed client against it the way an agent would.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startPrism, ROOT } from '../test/support/prism.js';

function ensureGenerated(): void {
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'generator/cli.ts'), '--check'], { stdio: 'pipe' });
  } catch {
    console.log('generated/ is missing or stale: regenerating…');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'generator/cli.ts')], { stdio: 'inherit' });
  }
}

ensureGenerated();
const { createDialpadClient, DialpadApiError } = await import('../src/index.js');
const prism = await startPrism();
try {
  console.log(`Prism mock of Dialpad API v2 at ${prism.url}\n`);
  const client = createDialpadClient({ apiKey: 'demo-key-not-secret', baseUrl: prism.url });
  const me = await client.users.get('me');
  console.log(`users.get('me')        → ${me.display_name} <${me.emails?.[0]}>`);
  const first = (await client.users.list().pages()[Symbol.asyncIterator]().next()).value;
  console.log(`users.list()           → first page: ${first?.items?.length ?? 0} user(s)`);
  const sms = await client.sms.send({ user_id: 5835806903417907, to_numbers: ['+14155550123'], text: 'Your table is ready.' });
  console.log(`sms.send(...)          → message ${sms.id}, status ${sms.message_status}`);
  try {
    await client.calls.get(1234, { headers: { prefer: 'code=404' } });
  } catch (error) {
    if (!(error instanceof DialpadApiError)) throw error;
    console.log(`calls.get(1234)        → ${error.name} (${error.status}): ${error.advice}`);
  }
} finally {
  await prism.stop();
}
