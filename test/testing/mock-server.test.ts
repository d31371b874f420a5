import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { fixtures } from '../../generated/fixtures/index.js';
import { createDialpadClient, ServiceUnavailableError } from '../../src/index.js';
import { MOCK_NEXT_CURSOR, startMockServer } from '../../src/testing/index.js';
import { packageRoot, resolvePrismCli } from '../../src/testing/prism.js';
import { freePort, ROOT } from '../support/prism.js';

const mockUrl = inject('prismUrl'); // the run's mock: startPrism → startMockServer
const client = () => createDialpadClient({ apiKey: 'mock-test-key', baseUrl: mockUrl, rateLimit: false, maxRetries: 0 });
const auth = { authorization: 'Bearer mock-test-key' };

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Processes whose parent is `parent`, with their command lines (from /proc: no ps needed). */
function childrenOf(parent: number): { pid: number; command: string }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === parent ? [{ pid: Number(name), command: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ') }] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

describe('the mock pages listings so that iteration ends', () => {
  it('for await over contacts.list() ends after the fixture items twice (bare Prism repeats its cursor forever)', async () => {
    const items = fixtures['contacts.list'].response.body.items;
    const ids: unknown[] = [];
    for await (const contact of client().contacts.list()) ids.push(contact.id);
    expect(ids).toEqual([...items, ...items].map((c) => c.id));
  });

  it('for await over users.list({ state }) and calls.list() ends too', async () => {
    const users: unknown[] = [];
    for await (const user of client().users.list({ state: 'active' })) users.push(user.id);
    expect(users).toHaveLength(2 * fixtures['users.list'].response.body.items.length);
    let calls = 0;
    for await (const call of client().calls.list()) calls += call.call_id ? 1 : 0;
    expect(calls).toBe(2 * fixtures['calls.list'].response.body.items.length);
  });

  it('no cursor → the mock cursor; any cursor → cursor null; the items as Prism gave them', async () => {
    const page = async (query: string) => (await fetch(`${mockUrl}/api/v2/offices${query}`, { headers: auth })).json();
    const { items } = fixtures['offices.list'].response.body;
    expect(await page('')).toEqual({ items, cursor: MOCK_NEXT_CURSOR });
    expect(await page(`?cursor=${MOCK_NEXT_CURSOR}`)).toEqual({ items, cursor: null });
    expect(await page('?cursor=some-other-token')).toEqual({ items, cursor: null });
  });
});

describe('everything else passes through to Prism unchanged', () => {
  it('a GET that is not a listing: Prism’s status, headers and bytes', async () => {
    const response = await fetch(`${mockUrl}/api/v2/users/me`, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*'); // Prism's CORS header made it through
    expect(await response.json()).toEqual(fixtures['users.get'].response.body);
  });

  it('request headers reach Prism (Prefer picks the status), and the error answer comes back', async () => {
    const error = await client()
      .users.get('me', { headers: { prefer: 'code=503' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    // A listing's error page is not rewritten either.
    const listing = await fetch(`${mockUrl}/api/v2/contacts`, { headers: { ...auth, prefer: 'code=403' } });
    expect(listing.status).toBe(403);
    expect(await listing.json()).not.toHaveProperty('cursor');
  });

  it('request bodies reach Prism: its validation still rejects a wrong one, and accepts a right one', async () => {
    const send = (body: unknown) => fetch(`${mockUrl}/api/v2/sms`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await send({ to_numbers: 'not-a-list' })).status).toBe(400);
    const ok = await send(fixtures['sms.send'].request.body);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual(fixtures['sms.send'].response.body);
  });

  it('a body-less answer stays body-less (calls.hangup, oauth.deauthorize)', async () => {
    const hangup = await fetch(`${mockUrl}/api/v2/call/1/actions/hangup`, { method: 'PUT', headers: auth });
    expect(hangup.status).toBe(200);
    expect(await hangup.text()).toBe('');
    expect(await client().calls.hangup('1')).toBeUndefined();
  });
});

describe('startMockServer', () => {
  it('listens where asked, logs Prism’s request lines (no start-up lines, no errors) and stop() ends Prism for good', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const before = childrenOf(process.pid).filter((c) => c.command.includes('prism-cli')).map((c) => c.pid);
    const mock = await startMockServer({ port, log: (line) => lines.push(line) });
    try {
      expect(mock.url).toBe(`http://127.0.0.1:${port}`);
      const prism = childrenOf(process.pid).filter((c) => c.command.includes('prism-cli') && !before.includes(c.pid));
      expect(prism).toHaveLength(1);
      expect(prism[0]!.command).toContain(join(ROOT, 'generated', 'openapi.json')); // the packaged document by default
      const response = await fetch(`${mock.url}/api/v2/users/me`, { headers: auth });
      expect(response.status).toBe(200);
      await expect.poll(() => lines.some((line) => line.includes('get /api/v2/users/me')), { timeout: 5000 }).toBe(true);
      expect(lines.filter((line) => /\[CLI\]/.test(line) || line.includes(String(port)))).toEqual([]);
      expect(lines.filter((line) => /error/i.test(line))).toEqual([]);
      await mock.stop();
      expect(await accepts(port)).toBe(false);
      expect(childrenOf(process.pid).map((c) => c.pid)).not.toContain(prism[0]!.pid);
      await mock.stop(); // stopping twice is harmless
    } finally {
      await mock.stop();
    }
  }, 90_000);

  it('without @stoplight/prism-cli, says to install it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'bollard-no-prism-'));
    try {
      expect(() => resolvePrismCli([pathToFileURL(join(empty, 'index.js')).href])).toThrow(/npm install --save-dev @stoplight\/prism-cli/);
      expect(resolvePrismCli()).toBe(join(ROOT, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js'));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('finds the packaged document from the source and from the build alike', () => {
    expect(packageRoot(join(ROOT, 'src', 'testing'))).toBe(ROOT);
    expect(packageRoot(join(ROOT, 'dist', 'src', 'testing'))).toBe(ROOT);
    expect(() => packageRoot(tmpdir())).toThrow(/cannot find the folder of @bollard\/dialpad/);
  });
});

describe('npm run mock', () => {
  const started: number[] = [];
  afterAll(() => {
    for (const pid of started) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  it('prints its URL and an example request that works, no error line, and stops on Ctrl-C', async () => {
    const port = await freePort();
    // Its own process group, so Ctrl-C can be sent the way a terminal sends it: to the whole group.
    const child = spawn('npm', ['run', 'mock', '--', '--port', String(port)], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    started.push(child.pid!);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // 'close': npm and the script it runs have exited and every line they wrote has been read.
    const closed = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    await expect.poll(() => output.includes('Try: '), { timeout: 60_000, interval: 200 }).toBe(true);

    expect(output).toContain(`Dialpad API v2 mock at http://127.0.0.1:${port}`);
    const example = /Try: curl -H '([^:]+): ([^']+)' (\S+)/.exec(output);
    expect(example?.slice(1)).toEqual(['Authorization', 'Bearer any-key', `http://127.0.0.1:${port}/api/v2/users/me`]);
    const response = await fetch(example![3]!, { headers: { [example![1]!]: example![2]! } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(fixtures['users.get'].response.body);
    // Prism's own request log is passed on.
    await expect.poll(() => output.includes('get /api/v2/users/me'), { timeout: 5000 }).toBe(true);
    expect(output.split('\n').filter((line) => /error/i.test(line))).toEqual([]);

    process.kill(-child.pid!, 'SIGINT');
    const { code, signal } = await closed;
    // npm itself ends by the signal it got, as it does for any script; the mock stopped on its own terms.
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    expect(output).toMatch(/^Mock stopped\.$/m);
    expect(output.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
    // Nothing of it is left: no process in its group, nobody on its port.
    await expect.poll(() => {
      try {
        process.kill(-child.pid!, 0);
        return 'running';
      } catch {
        return 'gone';
      }
    }, { timeout: 10_000 }).toBe('gone');
    expect(await accepts(port)).toBe(false);
  }, 120_000);

  it('refuses a --port that is not a port', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/mock.ts', '--port', 'forty'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a port number/);
  }, 60_000);
});
