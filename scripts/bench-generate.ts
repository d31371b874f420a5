// `npm run bench:generate`: the whole `npm run generate` against openapi-typescript's own CLI on
// the same document (`openapi-typescript generated/openapi.json -o <tmp> --default-non-nullable
// false`), both as whole processes — spawned, wall time — in paired runs that alternate which goes
// first; medians. Aims: ≤ 2.0×, then ≤ 1.5×. Then where a run of the generation spends its time (its
// own `--timings`, medians), what a first run after a change to generator/ costs, and, labelled as
// such, an in-process comparison on Dialpad's whole published description.
//
//   ROUNDS=7 npm run bench:generate     (default 7; IN_PROCESS=0 skips the in-process part)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const rounds = Math.max(5, Number(process.env.ROUNDS ?? 7));
const AIMS = [2.0, 1.5];
const TIME = '/usr/bin/time';

interface Run {
  ms: number;
  cpuMs: number;
  stderr: string;
}

/** One whole process: wall time from spawn to exit, and its CPU time (user + system, children included). */
function timed(command: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr}`));
      done({ ms, cpuMs: Number.NaN, stderr });
    });
  });
}

/** The same, with CPU time read from /usr/bin/time when there is one (Linux); NaN otherwise. */
async function measured(command: string, args: string[]): Promise<Run> {
  if (!existsSync(TIME)) return timed(command, args);
  const run = await timed(TIME, ['-f', '@cpu %U %S', command, ...args]);
  const match = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr);
  return { ...run, cpuMs: match ? (Number(match[1]) + Number(match[2])) * 1000 : Number.NaN, stderr: run.stderr.replace(/@cpu .*\s*$/, '') };
}

const median = (values: number[]) => {
  const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const tmp = mkdtempSync(join(tmpdir(), 'bollard-bench-generate-'));
const openapiTypescript = [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), join(ROOT, 'generated/openapi.json'), '-o', join(tmp, 'schema.ts'), '--default-non-nullable', 'false'];
const ours = ['run', 'generate', '--silent', '--', '--timings'];

try {
  console.log(`npm run generate vs openapi-typescript's CLI on generated/openapi.json — ${rounds} paired rounds, whole processes, medians`);
  console.log(`load average before: ${load()} (${(await import('node:os')).cpus().length} CPUs)`);
  // Warm-up: file cache, the transpiled generator (generator/run.mjs), npm's own cache.
  await measured('npm', ours);
  await measured(process.execPath, openapiTypescript);

  const generate: Run[] = [];
  const alone: Run[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let a: Run;
    let b: Run;
    if (i % 2 === 0) {
      a = await measured('npm', ours);
      b = await measured(process.execPath, openapiTypescript);
    } else {
      b = await measured(process.execPath, openapiTypescript);
      a = await measured('npm', ours);
    }
    generate.push(a);
    alone.push(b);
    ratios.push(a.ms / b.ms);
  }
  const loadAfter = load();
  const g = median(generate.map((r) => r.ms));
  const o = median(alone.map((r) => r.ms));
  const ratio = g / o;
  console.log('');
  console.log(`  openapi-typescript (its CLI)   wall ${seconds(o).padStart(8)}   cpu ${seconds(median(alone.map((r) => r.cpuMs))).padStart(8)}`);
  console.log(`  npm run generate (whole)       wall ${seconds(g).padStart(8)}   cpu ${seconds(median(generate.map((r) => r.cpuMs))).padStart(8)}`);
  console.log(`  ratio of medians: ${ratio.toFixed(2)}×   (median of the paired ratios: ${median(ratios).toFixed(2)}×)`);
  for (const aim of AIMS) console.log(`    aim ≤ ${aim.toFixed(1)}×: ${ratio <= aim ? 'met' : 'MISSED'}`);
  console.log(`  load average after: ${loadAfter}`);

  // Where the time goes: each run's own --timings (one JSON line on stderr), medians. Steps marked
  // (worker) run in a worker thread alongside the main thread's.
  const steps = new Map<string, number[]>();
  for (const run of generate) {
    const line = run.stderr.split('\n').find((l) => l.startsWith('{'));
    if (!line) continue;
    for (const [step, ms] of Object.entries(JSON.parse(line) as Record<string, number>)) steps.set(step, [...(steps.get(step) ?? []), ms]);
  }
  const total = median(steps.get('total') ?? []);
  console.log(`\nwhere a run goes (ms, medians; the process itself: ${seconds(g)}, of which the generator measured ${seconds(total)}; the rest is npm and node starting):`);
  for (const [step, values] of steps) {
    if (step === 'total') continue;
    console.log(`  ${step.padEnd(58)} ${median(values).toFixed(0).padStart(6)}`);
  }

  // A first run after generator/ changed: generator/run.mjs transpiles it again (here: all of it).
  rmSync(join(ROOT, '.generator-build'), { recursive: true, force: true });
  const cold = await measured('npm', ours);
  const warm = await measured('npm', ours);
  console.log(`\nfirst run after a change to generator/ (everything transpiled again): ${seconds(cold.ms)}; the next one: ${seconds(warm.ms)}`);
  // The same generator run by tsx instead, for comparison (tsx hooks every import, dependencies too).
  const tsx: Run[] = [];
  for (let i = 0; i < 3; i++) tsx.push(await measured(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'generator/cli.ts'), '--check']));
  console.log(`the same run through tsx (tsx generator/cli.ts --check), median of 3: ${seconds(median(tsx.map((r) => r.ms)))}`);

  if (process.env.IN_PROCESS !== '0') await inProcess();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/**
 * In-process, on Dialpad's whole published description (241 operations, no overlays): the
 * generation's functions against openapi-typescript's functions, modules already loaded. Not the
 * aim above (which is whole processes); a check that the work itself scales.
 */
async function inProcess(): Promise<void> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const { generate } = await import('../generator/generate.js');
  const input = join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json');
  const time = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  const alone = () => time(async () => astToString(await openapiTS(JSON.parse(readFileSync(input, 'utf8')), { defaultNonNullable: false, silent: true })));
  const full = () => time(() => generate({ input }));
  await alone();
  await full();
  const a: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(await alone());
    f.push(await full());
  }
  console.log(`\nin-process, Dialpad's description (241 operations, no overlays), modules loaded, ${rounds} rounds, medians:`);
  console.log(`  openapi-typescript + astToString: ${median(a).toFixed(0)} ms; the whole generation (${(await generate({ input })).files.size} files): ${median(f).toFixed(0)} ms; ${(median(f) / median(a)).toFixed(2)}×`);
}
