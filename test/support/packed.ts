import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { ROOT } from './prism.js';

const run = promisify(execFile);

/**
 * The package as npm publishes it: `npm pack` of a fresh dist/, once per test run however
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
    /*
     * What `npm pack` runs first (prepack: `npm run build`), without type-checking: the typecheck test
     * checks the project, and tsc writes byte-identical dist/ either way (diff -r of both builds).
     * That takes 8 s of CPU off a build that runs while every other test file wants the two cores.
     */
    rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--silent'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
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
