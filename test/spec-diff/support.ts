import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import type { Change, DiffReport } from '../../generator/spec-diff/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'spec-diff');
/** tsx's loader by URL: the scripts may run in a folder with no node_modules of its own. */
export const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** The one change matching every given field; fails naming what was there instead. */
export function only(
  report: DiffReport,
  match: Partial<Pick<Change, 'kind' | 'impact' | 'location'>> & { operationId?: string },
): Change {
  const found = report.changes.filter(
    (c) =>
      (match.kind === undefined || c.kind === match.kind) &&
      (match.impact === undefined || c.impact === match.impact) &&
      (match.location === undefined || c.location === match.location) &&
      (match.operationId === undefined || c.operation?.operationId === match.operationId),
  );
  expect(
    found,
    `${JSON.stringify(match)} among:\n${report.changes.map((c) => `${c.impact} ${c.kind} ${c.operation?.operationId ?? ''} ${c.location ?? ''}`).join('\n')}`,
  ).toHaveLength(1);
  return found[0]!;
}

/** `impact kind operationId location` per change: compact enough to compare a whole report at once. */
export function lines(report: DiffReport): string[] {
  return report.changes
    .map((c) => [c.impact, c.kind, c.operation?.operationId ?? '-', c.location ?? '-'].join(' | '))
    .sort();
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts the way `npm run` does, without blocking the test worker. */
export function runScript(script: string, args: string[], options: { cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // tsx's loader in this one process: the tsx command would start a second node for the script.
    const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, script), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
