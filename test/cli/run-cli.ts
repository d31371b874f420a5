import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/prism.js';

/** The command line as a user of a checkout runs it: the committed bin, which runs src/cli.ts through tsx in its own process. */
export const CLI = [join(ROOT, 'bin/bollard-dialpad.js')];

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const base = { ...process.env };
  delete base.DIALPAD_API_KEY;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd: ROOT, env: { ...base, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
