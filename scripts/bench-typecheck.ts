// `npm run bench:typecheck`: what the package costs a downstream project at type-check time.
//
// The same consumer program twice — 20 operations (path parameters, bodies, queries, one `for await`
// over a listing, errors narrowed with `instanceof NotFoundError` / `AccessDeniedError`) — once
// against the installed package (`npm pack` of this repository), once against bare
// openapi-typescript types + openapi-fetch on the same generated/openapi.json. Both are checked by
// `tsc --noEmit` (strict, skipLibCheck: false) as whole processes, in paired runs that alternate;
// medians. Aim: ours ≤ 1.3× bare.
//
//   ROUNDS=7 npm run bench:typecheck      (default 7 rounds; KEEP=1 keeps the temporary project)
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const rounds = Number(process.env.ROUNDS ?? 7);
const AIM = 1.3;

/** The program a downstream team writes with this package. */
export const OURS = `import { createDialpadClient, NotFoundError, AccessDeniedError } from '@bollard/dialpad';

const dialpad = createDialpadClient({ apiKey: process.env.DIALPAD_API_KEY!, environment: 'sandbox' });

export async function main(): Promise<string[]> {
  const out: string[] = [];
  const me = await dialpad.users.get('me');
  out.push(me.display_name ?? '', String(me.id));
  for await (const user of dialpad.users.list({ state: 'active' })) out.push(user.emails?.[0] ?? '');
  const updated = await dialpad.users.update('me', { first_name: 'Ada', job_title: 'Engineer' });
  out.push(updated.first_name ?? '');
  const desk = await dialpad.users.getDeskphone(42, 'phone-1');
  out.push(desk.name ?? '');
  const started = await dialpad.calls.initiate('me', { phone_number: '+14155550123' });
  out.push(String(started.device?.id));
  const call = await dialpad.calls.get(1001);
  out.push(call.state ?? '');
  await dialpad.calls.transfer(1001, { to: { number: '+14155550124' } });
  await dialpad.calls.hangup(1001);
  const recap = await dialpad.calls.aiRecap(1001, { summary_format: 'short' });
  out.push(JSON.stringify(recap));
  const labels = await dialpad.calls.listLabels({ limit: 10 });
  out.push(String(labels.labels?.length));
  const sms = await dialpad.sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'hello' });
  out.push(sms.message_status ?? '');
  const contact = await dialpad.contacts.create({ first_name: 'Ada', last_name: 'Lovelace', phones: ['+14155550123'] });
  const same = await dialpad.contacts.get(contact.id ?? '');
  out.push(same.display_name ?? '');
  await dialpad.contacts.delete(contact.id ?? '');
  const office = await dialpad.offices.get(7);
  out.push(office.name ?? '');
  const operators = await dialpad.departments.listOperators(8);
  out.push(String(operators.users?.length));
  const status = await dialpad.callcenters.status(9);
  out.push(String(status.on_duty_operators));
  const hook = await dialpad.webhooks.create({ hook_url: 'https://example.com/hook', secret: 's3cret' });
  const subscription = await dialpad.subscriptions.createCall({ endpoint_id: hook.id ?? undefined, call_states: ['connected'] });
  out.push(String(subscription.id));
  const number = await dialpad.numbers.get('+14155550123');
  out.push(number.status ?? '');
  try {
    await dialpad.contacts.get('missing');
  } catch (error) {
    if (error instanceof NotFoundError) out.push(error.operationId ?? '', String(error.status));
    else if (error instanceof AccessDeniedError) out.push(error.agent, error.area ?? '');
    else throw error;
  }
  return out;
}
`;

/** The same program with openapi-fetch on types openapi-typescript generated from the same document. */
export const BARE = `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const dialpad = createClient<paths>({
  baseUrl: 'https://sandbox.dialpad.com',
  headers: { Authorization: \`Bearer \${process.env.DIALPAD_API_KEY!}\` },
});

class NotFoundError extends Error {
  constructor(readonly operation: string, readonly status: number) {
    super(\`\${operation}: \${status}\`);
  }
}
class AccessDeniedError extends Error {
  constructor(readonly agent: string, readonly area?: string) {
    super(\`\${agent} may not use \${area}\`);
  }
}

/** What a team writes around openapi-fetch to get data or an error it can narrow. */
function need<T>(result: { data?: T; error?: unknown; response: Response }, operation: string): T {
  if (result.response.status === 404) throw new NotFoundError(operation, 404);
  if (result.data === undefined) throw new Error(\`\${operation}: \${result.response.status}\`);
  return result.data;
}

export async function main(): Promise<string[]> {
  const out: string[] = [];
  const me = need(await dialpad.GET('/api/v2/users/{id}', { params: { path: { id: 'me' } } }), 'users.get');
  out.push(me.display_name ?? '', String(me.id));
  let cursor: string | undefined;
  do {
    const page = need(await dialpad.GET('/api/v2/users', { params: { query: { state: 'active', cursor } } }), 'users.list');
    for (const user of page.items ?? []) out.push(user.emails?.[0] ?? '');
    cursor = page.cursor ?? undefined;
  } while (cursor);
  const updated = need(
    await dialpad.PATCH('/api/v2/users/{id}', { params: { path: { id: 'me' } }, body: { first_name: 'Ada', job_title: 'Engineer' } }),
    'users.update',
  );
  out.push(updated.first_name ?? '');
  const desk = need(
    await dialpad.GET('/api/v2/users/{parent_id}/deskphones/{id}', { params: { path: { parent_id: 42, id: 'phone-1' } } }),
    'users.getDeskphone',
  );
  out.push(desk.name ?? '');
  const started = need(
    await dialpad.POST('/api/v2/users/{id}/initiate_call', { params: { path: { id: 'me' } }, body: { phone_number: '+14155550123' } }),
    'calls.initiate',
  );
  out.push(String(started.device?.id));
  const call = need(await dialpad.GET('/api/v2/call/{id}', { params: { path: { id: 1001 } } }), 'calls.get');
  out.push(call.state ?? '');
  need(await dialpad.POST('/api/v2/call/{id}/transfer', { params: { path: { id: 1001 } }, body: { to: { number: '+14155550124' } } }), 'calls.transfer');
  need(await dialpad.PUT('/api/v2/call/{id}/actions/hangup', { params: { path: { id: 1001 } } }), 'calls.hangup');
  const recap = need(
    await dialpad.GET('/api/v2/call/{id}/ai_recap', { params: { path: { id: 1001 }, query: { summary_format: 'short' } } }),
    'calls.aiRecap',
  );
  out.push(JSON.stringify(recap));
  const labels = need(await dialpad.GET('/api/v2/calllabels', { params: { query: { limit: 10 } } }), 'calls.listLabels');
  out.push(String(labels.labels?.length));
  const sms = need(await dialpad.POST('/api/v2/sms', { body: { user_id: 1, to_numbers: ['+14155550123'], text: 'hello' } }), 'sms.send');
  out.push(sms.message_status ?? '');
  const contact = need(
    await dialpad.POST('/api/v2/contacts', { body: { first_name: 'Ada', last_name: 'Lovelace', phones: ['+14155550123'] } }),
    'contacts.create',
  );
  const same = need(await dialpad.GET('/api/v2/contacts/{id}', { params: { path: { id: contact.id ?? '' } } }), 'contacts.get');
  out.push(same.display_name ?? '');
  need(await dialpad.DELETE('/api/v2/contacts/{id}', { params: { path: { id: contact.id ?? '' } } }), 'contacts.delete');
  const office = need(await dialpad.GET('/api/v2/offices/{id}', { params: { path: { id: 7 } } }), 'offices.get');
  out.push(office.name ?? '');
  const operators = need(
    await dialpad.GET('/api/v2/departments/{id}/operators', { params: { path: { id: 8 } } }),
    'departments.listOperators',
  );
  out.push(String(operators.users?.length));
  const status = need(await dialpad.GET('/api/v2/callcenters/{id}/status', { params: { path: { id: 9 } } }), 'callcenters.status');
  out.push(String(status.on_duty_operators));
  const hook = need(
    await dialpad.POST('/api/v2/webhooks', { body: { hook_url: 'https://example.com/hook', secret: 's3cret' } }),
    'webhooks.create',
  );
  const subscription = need(
    await dialpad.POST('/api/v2/subscriptions/call', { body: { endpoint_id: hook.id ?? undefined, call_states: ['connected'] } }),
    'subscriptions.createCall',
  );
  out.push(String(subscription.id));
  const number = need(await dialpad.GET('/api/v2/numbers/{number}', { params: { path: { number: '+14155550123' } } }), 'numbers.get');
  out.push(number.status ?? '');
  try {
    need(await dialpad.GET('/api/v2/contacts/{id}', { params: { path: { id: 'missing' } } }), 'contacts.get');
  } catch (error) {
    if (error instanceof NotFoundError) out.push(error.operation, String(error.status));
    else if (error instanceof AccessDeniedError) out.push(error.agent, error.area ?? '');
    else throw error;
  }
  return out;
}
`;

const compilerOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: ['node'],
  lib: ['ES2023', 'DOM'],
};

interface Diagnostics {
  wallMs: number;
  files: number;
  types: number;
  instantiations: number;
  memoryKb: number;
  checkMs: number;
  totalMs: number;
}

/** One whole `tsc --noEmit --extendedDiagnostics` process: wall time, and tsc's own figures. */
function typecheck(dir: string, project: string): Promise<Diagnostics> {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [tsc, '-p', project, '--extendedDiagnostics'], { cwd: dir });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return fail(new Error(`tsc -p ${project} failed (exit ${code}):\n${out}`));
      const figure = (label: string) => {
        const match = new RegExp(`^${label}:\\s+([\\d.]+)(K|s)?`, 'm').exec(out);
        if (!match) throw new Error(`no "${label}" in tsc's output:\n${out}`);
        return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
      };
      done({
        wallMs,
        files: figure('Files'),
        types: figure('Types'),
        instantiations: figure('Instantiations'),
        memoryKb: figure('Memory used'),
        checkMs: figure('Check time'),
        totalMs: figure('Total time'),
      });
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bollard-bench-typecheck-'));
  try {
    console.log('packing this repository (npm pack: build + tarball) …');
    await run('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack made no tarball');
    const app = join(dir, 'app');
    mkdirSync(app);
    const version = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { '@bollard/dialpad': `file:../${tarball}`, 'openapi-fetch': version('openapi-fetch'), '@types/node': version('@types/node') },
      }),
    );
    console.log('installing the tarball into a temporary project (npm install --prefer-offline) …');
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: app, maxBuffer: 64 * 1024 * 1024 });
    // The bare side: openapi-typescript's own output for the document the package ships.
    await run(
      process.execPath,
      [
        join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'),
        join(app, 'node_modules/@bollard/dialpad/generated/openapi.json'),
        '-o',
        join(app, 'schema.d.ts'),
        '--default-non-nullable',
        'false',
      ],
      { cwd: app },
    );
    writeFileSync(join(app, 'ours.ts'), OURS);
    writeFileSync(join(app, 'bare.ts'), BARE);
    writeFileSync(join(app, 'tsconfig.ours.json'), JSON.stringify({ compilerOptions, files: ['ours.ts'] }, null, 2));
    writeFileSync(join(app, 'tsconfig.bare.json'), JSON.stringify({ compilerOptions, files: ['bare.ts'] }, null, 2));

    // Warm-up (file cache), then alternate so both see the same machine state.
    await typecheck(app, 'tsconfig.ours.json');
    await typecheck(app, 'tsconfig.bare.json');
    const ours: Diagnostics[] = [];
    const bare: Diagnostics[] = [];
    const load = [loadavg()[0]!];
    for (let i = 0; i < rounds; i++) {
      if (i % 2 === 0) {
        ours.push(await typecheck(app, 'tsconfig.ours.json'));
        bare.push(await typecheck(app, 'tsconfig.bare.json'));
      } else {
        bare.push(await typecheck(app, 'tsconfig.bare.json'));
        ours.push(await typecheck(app, 'tsconfig.ours.json'));
      }
    }
    load.push(loadavg()[0]!);

    const m = (list: Diagnostics[], key: keyof Diagnostics) => median(list.map((d) => d[key]));
    const row = (label: string, key: keyof Diagnostics, unit: string, digits = 0) =>
      console.log(`  ${label.padEnd(22)} ${m(ours, key).toFixed(digits).padStart(10)} ${unit.padEnd(3)} ${m(bare, key).toFixed(digits).padStart(10)} ${unit.padEnd(3)} ${(m(ours, key) / m(bare, key)).toFixed(2).padStart(6)}×`);
    console.log(`\ntsc --noEmit (strict, skipLibCheck: false), ${rounds} paired rounds, medians; load average ${load.map((l) => l.toFixed(2)).join(' → ')}`);
    console.log(`  ${''.padEnd(22)} ${'@bollard/dialpad'.padStart(14)} ${'bare o-t + o-f'.padStart(14)}  ratio`);
    row('wall time (process)', 'wallMs', 'ms');
    row('tsc total time', 'totalMs', 'ms');
    row('tsc check time', 'checkMs', 'ms');
    row('files', 'files', '');
    row('types', 'types', '');
    row('instantiations', 'instantiations', '');
    row('memory used', 'memoryKb', 'KB');
    const ratio = m(ours, 'wallMs') / m(bare, 'wallMs');
    console.log(`\nwall time ours / bare: ${ratio.toFixed(2)}×   aim ≤ ${AIM}×   ${ratio <= AIM ? 'met' : 'MISSED'}`);
    if (process.env.KEEP) console.log(`kept: ${app}`);
  } finally {
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
