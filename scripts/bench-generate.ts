// `npm run bench:generate`: one run, side by side on Dialpad's whole published description
// (241 operations, no overlays): our full generation vs openapi-typescript alone. Reports medians.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { generate } from '../generator/generate.js';

const input = join(import.meta.dirname, '../reference/dialpad/dialpad-api-v2.openapi.json');
const rounds = Number(process.env.ROUNDS ?? 5);

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const full: number[] = [];
const alone: number[] = [];
let files = 0;
const steps: Record<string, number[]> = {};
let bytes = 0;
// Warm-up, then alternate so both see the same machine state.
await generate({ input });
await openapiTS(JSON.parse(readFileSync(input, 'utf8')), { defaultNonNullable: false, silent: true });
for (let i = 0; i < rounds; i++) {
  alone.push(
    await time(async () => {
      const ast = await openapiTS(JSON.parse(readFileSync(input, 'utf8')), { defaultNonNullable: false, silent: true });
      astToString(ast);
    }),
  );
  full.push(
    await time(async () => {
      const result = await generate({ input });
      files = result.files.size;
      for (const [step, ms] of Object.entries(result.timings)) (steps[step] ??= []).push(ms);
      bytes = [...result.files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0);
    }),
  );
}
const ratio = median(full) / median(alone);
console.log(`input: ${input} (241 operations), ${rounds} rounds, medians`);
console.log(`openapi-typescript alone : ${median(alone).toFixed(0)} ms`);
console.log(`full generation          : ${median(full).toFixed(0)} ms  (${files} files, ${(bytes / 1024).toFixed(0)} KiB, prettier included)`);
console.log(`ratio full / alone       : ${ratio.toFixed(2)}×  (aim: ≤ 3×)`);
console.log('where the full generation spends its time (medians):');
for (const [step, values] of Object.entries(steps)) console.log(`  ${step.padEnd(24)} ${median(values).toFixed(0).padStart(6)} ms`);
