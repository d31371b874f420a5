import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { ROOT } from './prism.js';

const run = promisify(execFile);

/**
 * The package as npm publishes it: `npm pack` (prepack builds dist/), once per test run however
 * many test files ask. Packing is the slow part of a consumer test (a full build), and two packs at
 * once would build into the same dist/. The first file to ask takes a lock (an atomic mkdir in the
 * run's folder, which the global setup makes and removes) and packs; the others wait for its answer.
 */
export async function packedTarball(): Promise<string> {
  const dir = inject('packDir');
  const answer = join(dir, 'tarball');
  const failure = join(dir, 'failed');
  try {
    mkdirSync(join(dir, 'lock'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    for (;;) {
      if (existsSync(answer)) return readFileSync(answer, 'utf8');
      if (existsSync(failure)) throw new Error(`npm pack failed in another test file:\n${readFileSync(failure, 'utf8')}`);
      await sleep(250);
    }
  }
  try {
    await run('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    const name = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!name) throw new Error(`npm pack left no tarball in ${dir}`);
    writeFileSync(answer, join(dir, name));
    return join(dir, name);
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    writeFileSync(failure, `${message}\n${stderr ?? ''}`);
    throw error;
  }
}
