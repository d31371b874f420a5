import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'bollard-consumer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const program = `// the program a downstream team would write

import { writeFileSync } from 'node:fs';
import { createDialpadClient, operations, NotFoundError, AccessDeniedError, parsePolicy, type OperationId } from '@bollard/dialpad';
import { fixtures } from '@bollard/dialpad/fixtures';

const client = createDialpadClient({ apiKey: 'consumer-key', baseUrl: process.env.PRISM_URL! });
const me = await client.users.get('me');
const sms = await client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'hello' });
const id: OperationId = 'calls.initiate';
let notFound = '';
try {
  await client.contacts.get('1', { headers: { prefer: 'code=404' } });
} catch (error) {
  if (error instanceof NotFoundError) notFound = error.name;
}
const policyText = 'agents:\\n  desk:\\n    grants: { users: read, messages: write }\\n';
writeFileSync('policy.yaml', policyText);
const agent = createDialpadClient({ apiKey: 'consumer-key', baseUrl: process.env.PRISM_URL!, policy: parsePolicy(policyText), agent: 'desk', audit: { sink: { file: 'audit.jsonl' } } });
await agent.users.get('me');
let denied = '';
try {
  await agent.users.delete('1');
} catch (error) {
  if (error instanceof AccessDeniedError) denied = error.reason;
}
await agent.close();
console.log(JSON.stringify({
  denied,
  me: me.id,
  smsStatus: sms.message_status,
  area: operations[id].area,
  limit: operations[id].rateLimits[0]?.limit,
  fixtureStatus: fixtures['users.get'].response.status,
  notFound,
}));
`;

describe('a downstream project', () => {
  it('installs the packed tarball, compiles a strict TypeScript program against it and runs it against Prism', async () => {
    await run('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^bollard-dialpad-\d+\.\d+\.\d+\.tgz$/);
    const app = join(dir, 'app');
    await run('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { '@bollard/dialpad': `file:../${tarball}`, '@types/node': '^20' } }));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: ['node'], lib: ['ES2023', 'DOM'], outDir: 'out' }, include: ['index.ts'] }),
    );
    writeFileSync(join(app, 'index.ts'), program);
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: app, maxBuffer: 32 * 1024 * 1024 });
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app }).catch((e: { stdout: string }) => {
      throw new Error(`the consumer program does not compile:\n${e.stdout}${(e as { stderr?: string }).stderr ?? ""}`);
    });
    const { stdout } = await run(process.execPath, [join(app, 'out/index.js')], { cwd: app, env: { ...process.env, PRISM_URL: inject('prismUrl') } });
    expect(JSON.parse(stdout)).toEqual({ denied: 'read-only-grant', me: '5835806903417907', smsStatus: 'pending', area: 'calls', limit: 5, fixtureStatus: 200, notFound: 'NotFoundError' });
    // The command-line tool of the installed package.
    const cli = join(app, 'node_modules/.bin/bollard-dialpad');
    expect((await run(cli, ['audit', 'verify', 'audit.jsonl'], { cwd: app })).stdout).toMatch(/^ok: 3 records, chain intact; checkpoint matches/);
    await run(cli, ['reference', '--policy', 'policy.yaml', '--agent', 'desk', '--out', 'desk.html'], { cwd: app });
    const page = readFileSync(join(app, 'desk.html'), 'utf8');
    expect(page).toContain('"sms.send"');
    expect(page).not.toContain('"users.delete"');
  }, 300_000);
});
