import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import pg from 'pg';
import { freePort } from './prism.js';

export interface RunningPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` (trust authentication, loopback only). */
  url: string;
  port: number;
  /** `pg_ctl stop -m immediate`: the server is gone as after a crash (no shutdown checkpoint); its data stays for `restart`. */
  stopAbruptly(): Promise<void>;
  /** Starts the same server again on the same port, after `stopAbruptly`. */
  restart(): Promise<void>;
  /** Stops the server for good and removes its directory. */
  stop(): Promise<void>;
}

export interface PostgresServerOptions {
  /** fsync on (real durability, for measurements); off by default, as a test server needs no crash safety. */
  fsync?: boolean;
  database?: string;
}

/** Debian's `postgresql` package keeps initdb and pg_ctl here, off PATH. */
const DEBIAN_PREFIX = '/usr/lib/postgresql';

/** The folder holding initdb and pg_ctl: PATH first, then the newest Debian version. */
export function postgresBinaries(): string {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  let debian: string[] = [];
  try {
    debian = readdirSync(DEBIAN_PREFIX)
      .filter((version) => /^\d+(\.\d+)?$/.test(version))
      .sort((a, b) => Number(b) - Number(a))
      .map((version) => join(DEBIAN_PREFIX, version, 'bin'));
  } catch {
    // no Debian package
  }
  const found = [...onPath, ...debian].find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(`PostgreSQL server binaries (initdb, pg_ctl) were found neither on PATH nor under ${DEBIAN_PREFIX}/*/bin. .ci/run installs them (Debian package \`postgresql\`); locally: apt-get install -y postgresql`);
  }
  return found;
}

interface Account {
  name: string;
  uid: number;
  gid: number;
}

/** initdb and postgres refuse to run as root: then they run as `postgres` (or `nobody`). */
function serverAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error('running as root, and neither a `postgres` nor a `nobody` user exists to run PostgreSQL as');
}

/** Whether `account` can pass through every folder above `dir` (it will own `dir` itself). */
function reachable(dir: string, account: Account | undefined): boolean {
  if (!account) return true;
  for (let at = dirname(dir); ; at = dirname(at)) {
    const { mode, uid, gid } = statSync(at);
    const bit = uid === account.uid ? 0o100 : gid === account.gid ? 0o010 : 0o001;
    if (!(mode & bit)) return false;
    if (dirname(at) === at) return true;
  }
}

function makeDir(account: Account | undefined): string {
  for (const parent of [tmpdir(), '/tmp']) {
    const dir = mkdtempSync(join(parent, 'bollard-pg-'));
    if (reachable(dir, account)) {
      if (account) chownSync(dir, account.uid, account.gid);
      return dir;
    }
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error(`the ${account?.name} user cannot reach ${tmpdir()} nor /tmp: set TMPDIR to a folder it can pass through`);
}

function run(bin: string, args: string[], account: Account | undefined, dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'C', LC_ALL: 'C' },
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${bin} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/**
 * A throwaway PostgreSQL server for one test file: a fresh cluster in a temp folder, listening on
 * a free loopback port (and a unix socket in that folder), with one empty database.
 */
export async function startPostgres(options: PostgresServerOptions = {}): Promise<RunningPostgres> {
  const bin = postgresBinaries();
  const account = serverAccount();
  const dir = makeDir(account);
  const data = join(dir, 'data');
  const port = await freePort();
  const database = options.database ?? 'bollard_test';
  const pgCtl = join(bin, 'pg_ctl');
  const serverOptions = [`-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c shared_buffers=32MB -c max_connections=80`, options.fsync ? '' : '-F'].join(' ').trim();
  if (/\s/.test(dir)) throw new Error(`the temp folder ${dir} has a space in it, which pg_ctl -o cannot carry`);
  const start = () => run(pgCtl, ['start', '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', serverOptions], account, dir);
  const stopNow = () => run(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w'], account, dir);
  // If the test process ends without stop(), the server (not our child: pg_ctl detaches it) is stopped anyway.
  const onExit = () => void spawnSync(pgCtl, ['stop', '-D', data, '-m', 'immediate'], { cwd: dir, stdio: 'ignore', ...(account ? { uid: account.uid, gid: account.gid } : {}) });
  try {
    await run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], account, dir);
    await start();
    process.once('exit', onExit);
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    onExit();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    async stopAbruptly() {
      if (!running) return;
      await stopNow();
      running = false;
    },
    async restart() {
      if (running) return;
      await start();
      running = true;
    },
    async stop() {
      process.removeListener('exit', onExit);
      if (running) await stopNow().catch(() => onExit());
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
