import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packedTarball } from '../support/packed.js';
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
const policyText = 'version: 1\\nagents:\\n  desk:\\n    grants: { users: read, messages: write }\\n';
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

const testingProgram = `// a downstream team's offline test setup, with @bollard/dialpad/testing

import { setupServer } from 'msw/node';
import { createDialpadClient, NotFoundError, PaginationLimitError } from '@bollard/dialpad';
import { fixtures } from '@bollard/dialpad/fixtures';
import { dialpadHandler, dialpadHandlers, startMockServer, type DialpadAnswer } from '@bollard/dialpad/testing';

// Loopback with nothing behind it: a request MSW did not catch fails instead of leaving the machine.
const baseUrl = 'http://127.0.0.1:9';
const server = setupServer(...dialpadHandlers({ baseUrl }));
server.listen({ onUnhandledRequest: 'error' });
const client = createDialpadClient({ apiKey: 'consumer-key', baseUrl, rateLimit: false, maxRetries: 0 });

const contacts: string[] = [];
for await (const contact of client.contacts.list()) contacts.push(contact.display_name ?? '');

server.use(dialpadHandler('users.get', { body: { ...fixtures['users.get'].response.body, display_name: 'Ada Lovelace' } }, { baseUrl }));
const overridden = (await client.users.get('me')).display_name;

const missing: DialpadAnswer<'users.get'> = { status: 404, body: { error: { code: 404, message: 'no such user' } } };
server.use(dialpadHandler('users.get', missing, { baseUrl }));
let notFound = '';
try {
  await client.users.get('42');
} catch (error) {
  if (error instanceof NotFoundError) notFound = error.message;
}
server.close();

// The Prism mock from the installed package: its own openapi.json, listings that end.
const mock = await startMockServer({ port: 0 });
let mockContacts = 0;
let loop = '';
try {
  const prismClient = createDialpadClient({ apiKey: 'consumer-key', baseUrl: mock.url, rateLimit: false });
  for await (const _ of prismClient.contacts.list()) mockContacts++;
} catch (error) {
  if (error instanceof PaginationLimitError) loop = error.limit;
} finally {
  await mock.stop();
}
console.log(JSON.stringify({ contacts, overridden, notFound, mockContacts, loop }));
`;

describe('a downstream project', () => {
  let tarball = '';
  const app = join(dir, 'app');
  const tsc = (project: string) =>
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: app }).catch((e: { stdout: string; stderr?: string }) => {
      throw new Error(`the consumer program does not compile:\n${e.stdout}${e.stderr ?? ''}`);
    });
  // As `tsc --init` sets a project up (skipLibCheck on); the package's own .d.ts files are checked with it off below.
  const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, types: ['node'], lib: ['ES2023', 'DOM'], outDir: 'out' };

  // One pack per run (shared with the README test) and one install for every test of the file: they are what takes the time.
  beforeAll(async () => {
    tarball = await packedTarball();
    mkdirSync(app, { recursive: true });
    // msw at the version this repository tests with, so the install is served from npm's cache.
    const msw = (JSON.parse(readFileSync(join(ROOT, 'node_modules/msw/package.json'), 'utf8')) as { version: string }).version;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { '@bollard/dialpad': `file:${tarball}`, '@types/node': '^20', msw } }),
    );
    // Both programs in one tsc run: loading the package's declarations is most of a run.
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['index.ts', 'testing.ts'] }));
    writeFileSync(join(app, 'index.ts'), program);
    writeFileSync(join(app, 'testing.ts'), testingProgram);
    await run('npm', ['install', '--no-audit', '--no-fund', '--offline'], { cwd: app, maxBuffer: 32 * 1024 * 1024 });
    await tsc(app);
  }, 300_000);

  it('installs the packed tarball, compiles strict TypeScript programs against it (one with the testing entry) and runs one against Prism', async () => {
    expect(basename(tarball)).toMatch(/^bollard-dialpad-\d+\.\d+\.\d+\.tgz$/);
    // ioredis and pg are optional peers: installed without them, the package compiles and runs.
    expect(['ioredis', 'pg'].filter((peer) => existsSync(join(app, 'node_modules', peer)))).toEqual([]);
    const { stdout } = await run(process.execPath, [join(app, 'out/index.js')], { cwd: app, env: { ...process.env, PRISM_URL: inject('prismUrl') } });
    expect(JSON.parse(stdout)).toEqual({ denied: 'read-only-grant', me: '5835806903417907', smsStatus: 'pending', area: 'calls', limit: 5, fixtureStatus: 200, notFound: 'NotFoundError' });
    // The command-line tool of the installed package: its launcher runs the built CLI (no src/ in the package).
    const cli = join(app, 'node_modules/.bin/bollard-dialpad');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await run(cli, ['--version'], { cwd: app })).stdout).toBe(`${version}\n`);
    expect(existsSync(join(app, 'node_modules/@bollard/dialpad/src'))).toBe(false);
    expect((await run(cli, ['audit', 'verify', 'audit.jsonl'], { cwd: app })).stdout).toMatch(/^ok: 3 records, chain intact; checkpoint matches/);
    await run(cli, ['reference', '--policy', 'policy.yaml', '--agent', 'desk', '--out', 'desk.html'], { cwd: app });
    const page = readFileSync(join(app, 'desk.html'), 'utf8');
    expect(page).toContain('"sms.send"');
    expect(page).not.toContain('"users.delete"');
  }, 120_000);

  it('ships declarations with no errors of their own: what skipLibCheck off reports in the package’s .d.ts files', () => {
    /*
     * skipLibCheck on hides an error inside a .d.ts — an import of a module the consumer does not have
     * turns the types that use it into any, silently. Only the package's files are asked for: with
     * skipLibCheck off, tsc would spend most of its time checking msw's and Node's declarations.
     */
    const program = ts.createProgram(
      ['index.ts', 'testing.ts'].map((f) => join(app, f)),
      { ...ts.convertCompilerOptionsFromJson(compilerOptions, app).options, skipLibCheck: false, noEmit: true },
    );
    const declarations = program.getSourceFiles().filter((f) => f.fileName.includes('/node_modules/@bollard/dialpad/'));
    expect(declarations.map((f) => f.fileName.split('/node_modules/@bollard/dialpad/')[1])).toEqual(
      expect.arrayContaining(['dist/src/index.d.ts', 'dist/src/testing/index.d.ts', 'dist/generated/schema.d.ts']),
    );
    const problems = declarations.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]);
    expect(problems.map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)).toEqual([]);
  }, 60_000);

  it('tests offline with @bollard/dialpad/testing: MSW handlers (a list to its end, overrides) and the Prism mock', async () => {
    // Prism is an optional peer: without it, startMockServer says what to install.
    const probe = "import('@bollard/dialpad/testing').then((t) => t.startMockServer()).catch((e) => console.log(e.message))";
    const { stdout: missing } = await run(process.execPath, ['--input-type=module', '-e', probe], { cwd: app });
    expect(missing).toMatch(/needs Prism, which is not installed: run `npm install --save-dev @stoplight\/prism-cli@~5\.14`/);
    // Installed the way a user would have it (this repository's copy, linked: no second download).
    mkdirSync(join(app, 'node_modules/@stoplight'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules/@stoplight/prism-cli'), join(app, 'node_modules/@stoplight/prism-cli'), 'dir');

    const { stdout } = await run(process.execPath, [join(app, 'out/testing.js')], { cwd: app });
    const names = ['Maria Okafor', 'Kenji Tanaka'];
    expect(JSON.parse(stdout)).toEqual({
      contacts: [...names, ...names], // the fixture page, then the same items on the last page
      overridden: 'Ada Lovelace',
      notFound: 'users.get: 404 no such user',
      mockContacts: 4, // the Prism mock served from the package pages the same way, and ends
      loop: '',
    });
  }, 180_000);
});
