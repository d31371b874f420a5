import { spawnSync } from 'node:child_process';

/** Read-only git queries; the release script prints the commands that write, it never runs them. */
export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export function git(repoDir: string, args: string[], options: { binary?: boolean } = {}): GitResult & { raw: Buffer } {
  const result = spawnSync('git', ['-C', repoDir, ...args], { maxBuffer: 256 * 1024 * 1024 });
  const raw = result.stdout ?? Buffer.alloc(0);
  return {
    ok: result.status === 0,
    raw,
    stdout: options.binary ? '' : raw.toString('utf8').trim(),
    stderr: (result.stderr ?? Buffer.alloc(0)).toString('utf8').trim() || (result.error?.message ?? ''),
  };
}

/** The full commit id a ref names, or undefined when it names none. */
export function resolveCommit(repoDir: string, ref: string): string | undefined {
  if (ref.startsWith('-')) return undefined;
  const result = git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return result.ok && result.stdout ? result.stdout : undefined;
}

/** The nearest release tag (vX.Y.Z) reachable from HEAD, or undefined before the first release. */
export function lastReleaseTag(repoDir: string): string | undefined {
  const result = git(repoDir, ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*', 'HEAD']);
  return result.ok && result.stdout ? result.stdout : undefined;
}

export function tagExists(repoDir: string, tag: string): boolean {
  return git(repoDir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`]).ok;
}
