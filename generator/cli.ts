import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSchemaWorker } from './emit-schema.js';
import { SpecError, SpecErrors } from './spec-error.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      input: { type: 'string' },
      out: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
    },
  });
  // schema.ts is made in a worker that starts loading openapi-typescript now, before the rest loads.
  const schemaWorker = await startSchemaWorker();
  const { generate } = await import('./generate.js');
  // Since the process started: node, the worker started, the generator's modules loaded.
  const startup = performance.now();
  const outDir = resolve(values.out ?? join(PROJECT_ROOT, 'generated'));
  const started = performance.now();
  const result = await generate({ input: values.input, schemaWorker });
  const elapsed = performance.now() - started;

  const existing = new Set(listFiles(outDir).map((file) => relative(outDir, file)));
  const compared = performance.now();
  const report = () => {
    // --timings: where this run's time went, one JSON line on stderr (for npm run bench:generate).
    if (values.timings) {
      const total = performance.now();
      console.error(JSON.stringify({ 'startup (node, worker started, generator loaded)': startup, ...result.timings, 'compare/write generated/': total - compared, total }));
    }
  };
  if (values.check) {
    const stale = [...result.files].filter(([name, content]) => {
      existing.delete(name);
      try {
        return readFileSync(join(outDir, name), 'utf8') !== content;
      } catch {
        return true;
      }
    });
    const problems = [...stale.map(([name]) => `stale: generated/${name}`), ...[...existing].map((name) => `not generated (remove it): generated/${name}`)];
    report();
    if (problems.length) {
      console.error(`generated/ is out of date — run \`npm run generate\` and commit the result:\n  ${problems.join('\n  ')}`);
      return 1;
    }
    console.log(`generated/ is fresh (${result.files.size} files, ${result.operations.length} operations).`);
    return 0;
  }

  for (const name of existing) if (!result.files.has(name)) rmSync(join(outDir, name));
  for (const [name, content] of result.files) {
    const target = join(outDir, name);
    mkdirSync(dirname(target), { recursive: true });
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== content) writeFileSync(target, content);
  }
  report();
  if (!values.quiet) {
    const perArea = new Map<string, number>();
    for (const op of result.operations) perArea.set(op.area, (perArea.get(op.area) ?? 0) + 1);
    console.log(`Generated ${result.operations.length} operations into ${relative(process.cwd(), outDir) || '.'} in ${Math.round(elapsed)} ms:`);
    for (const [area, count] of [...perArea].sort()) console.log(`  ${area.padEnd(14)} ${count}`);
    if (result.warnings.length) {
      console.log(`${result.warnings.length} warning(s):`);
      for (const warning of result.warnings.slice(0, 20)) console.log(`  warning: ${warning}`);
      if (result.warnings.length > 20) console.log(`  … and ${result.warnings.length - 20} more`);
    }
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SpecError || error instanceof SpecErrors) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  },
);
