import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);
const spectral = join(ROOT, 'node_modules/@stoplight/spectral-cli/dist/index.js');

async function lint(file: string): Promise<{ code: string; severity: number; message: string; path: string[] }[]> {
  const { stdout } = await run(process.execPath, [spectral, 'lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error'], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '[]' }));
  return JSON.parse(stdout || '[]');
}

describe('Spectral (spectral:oas)', () => {
  it('reports zero errors on the bundled, overlaid document Prism serves', async () => {
    const results = await lint(join(ROOT, 'generated/openapi.json'));
    const errors = results.filter((r) => r.severity === 0);
    expect(errors.map((e) => `${e.code} ${e.path.join('.')}: ${e.message}`)).toEqual([]);
  }, 120_000);

  it('does find errors in Dialpad’s own description, so the check can fail', async () => {
    const results = await lint(join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json'));
    expect(results.filter((r) => r.severity === 0).length).toBeGreaterThan(50);
  }, 120_000);
});
