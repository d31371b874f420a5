import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);

/**
 * A user's first minutes, from a clone with nothing beside it: the `bollard-dialpad` command works
 * right after `npm ci`, with no build. What a user clones is what is committed, so this checks HEAD
 * (commit a change to the launcher before trusting this test about it).
 */
const parent = mkdtempSync(join(tmpdir(), 'bollard-clone-'));
const clone = join(parent, 'dialpad');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

// npx must find the command in the clone, never fetch a package named like it: npm is kept offline
// and pointed at a loopback port nobody serves, so a lookup fails instead of leaving the machine.
const offlineNpm = { ...process.env, npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/' };
const npx = (args: string[]) => run('npx', args, { cwd: clone, env: offlineNpm, timeout: 60_000 });
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface LockEntry {
  version?: string;
  optional?: boolean;
  link?: boolean;
}

describe('a fresh clone', () => {
  beforeAll(async () => {
    await run('git', ['clone', '--quiet', ROOT, clone]);
    /*
     * `npm ci` installs exactly the tree package-lock.json describes, and nothing else. This checkout's
     * node_modules holds that tree (checked below, package by package, against the clone's lockfile),
     * so linking it gives the clone what `npm ci` would, without a second install of ~700 packages.
     * The real `npm ci` on a clean clone is what `.ci/run` does.
     */
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  }, 120_000);

  it('has nothing beside it, and this node_modules is the tree its lockfile asks for', () => {
    expect(readdirSync(parent)).toEqual(['dialpad']);
    const lock = JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const wrong: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '' || entry.link) continue;
      const manifest = join(ROOT, path, 'package.json');
      // Optional packages for other platforms (esbuild's, for one) are skipped by npm ci too.
      if (!existsSync(manifest)) {
        if (!entry.optional) wrong.push(`${path}: missing`);
        continue;
      }
      const installed = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
      if (installed !== entry.version) wrong.push(`${path}: ${installed} installed, ${entry.version} locked`);
    }
    expect(wrong).toEqual([]);
  });

  it('commits the launcher with its run bit, and package.json points bin at it', async () => {
    const { stdout } = await run('git', ['ls-files', '-s', 'bin/bollard-dialpad.js'], { cwd: clone });
    expect(stdout).toMatch(/^100755 [0-9a-f]{40} 0\tbin\/bollard-dialpad\.js\n$/);
    expect(statSync(join(clone, 'bin/bollard-dialpad.js')).mode & 0o111).toBe(0o111);
    expect(readFileSync(join(clone, 'bin/bollard-dialpad.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const manifest = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(manifest.bin).toEqual({ 'bollard-dialpad': './bin/bollard-dialpad.js' });
    expect(manifest.files).toContain('bin');
    expect(existsSync(join(clone, 'dist'))).toBe(false);
  });

  it('runs `npx bollard-dialpad --version` and the README’s policy check with no build', async () => {
    expect((await npx(['bollard-dialpad', '--version'])).stdout).toBe(`${version}\n`);
    const { stdout } = await npx(['bollard-dialpad', 'policy', 'check', 'examples/policy.yaml']);
    expect(stdout).toMatch(/^examples\/policy\.yaml: 5 agents\n/);
    expect(stdout).toMatch(/no warnings\n$/);
  }, 60_000);

  it('runs the source, not a dist/ left over from an older build', async () => {
    mkdirSync(join(clone, 'dist/src'), { recursive: true });
    writeFileSync(join(clone, 'dist/src/cli.js'), "console.log('a stale build ran');\n");
    expect((await npx(['bollard-dialpad', '--version'])).stdout).toBe(`${version}\n`);
    rmSync(join(clone, 'dist'), { recursive: true });
  }, 60_000);

  // Last: it takes the clone's dependencies away.
  it('says to run `npm ci` when the clone has no dependencies yet', async () => {
    unlinkSync(join(clone, 'node_modules'));
    const failed = await run(process.execPath, [join(clone, 'bin/bollard-dialpad.js'), '--version'], { cwd: clone }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('run `npm ci` first') });
  });
});
