// Prepares a release: `npm run release -- <patch|minor|major> [--dry-run] [--since <ref>]`.
// Diffs spec/ + overlays/ against the last release tag, refuses a bump smaller than the diff calls
// for, regenerates, writes the CHANGELOG.md entry, bumps package.json, and prints the git commands
// that commit and tag (it never runs them).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lastReleaseTag, resolveCommit, tagExists } from '../generator/spec-diff/git.js';
import {
  bumpCovers,
  diffSpecs,
  formatMarkdown,
  formatText,
  loadSide,
  SpecDiffError,
  type Bump,
} from '../generator/spec-diff/index.js';
import { operationViews } from '../generator/spec-diff/operations.js';
import { RefResolver } from '../generator/spec-diff/refs.js';

const USAGE = `usage: npm run release -- <patch|minor|major> [--dry-run] [--since <ref>] [--root <dir>]

  --dry-run      show the diff, the version and the CHANGELOG.md entry; change nothing
  --since <ref>  diff against this ref instead of the last release tag (v*)
  --root <dir>   the project to release (default: this one)

exit code: 0 prepared, 1 refused (bump too small, tag exists), 2 error`;

const BUMPS = ['patch', 'minor', 'major'] as const;
type ReleaseBump = (typeof BUMPS)[number];

class ReleaseError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export function nextVersion(current: string, bump: ReleaseBump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(current);
  if (!match) throw new ReleaseError(`package.json version ${JSON.stringify(current)} is not plain x.y.z`, 2);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The body of the first entry: what the package covers, area by area. */
async function initialReleaseNotes(root: string): Promise<string> {
  const side = await loadSide(root, { repoDir: root });
  const views = operationViews(side.document, new RefResolver(side.document, root, []));
  const byArea = new Map<string, string[]>();
  for (const op of views)
    byArea.set(op.area, [...(byArea.get(op.area) ?? []), op.operationId ?? `${op.method} ${op.path}`]);
  const lines = [`Initial release: ${views.length} operations of Dialpad API v2 in ${byArea.size} areas.`, ''];
  for (const [area, ids] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `- **${area}** (${ids.length}): ${ids
        .sort()
        .map((id) => `\`${id}\``)
        .join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Puts the entry above the newest one, keeping the file's own heading and introduction. */
export function withEntry(changelog: string | undefined, entry: string): string {
  const text =
    changelog ??
    '# Changelog\n\nEach entry is written by `npm run release` from the spec diff since the previous release tag.\n';
  const first = text.search(/^## /m);
  if (first === -1) return `${text.trimEnd()}\n\n${entry.trimEnd()}\n`;
  return `${text.slice(0, first)}${entry.trimEnd()}\n\n${text.slice(first)}`;
}

function run(command: string, args: string[], cwd: string, what: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0)
    throw new ReleaseError(`${what} failed (${result.error?.message ?? `exit ${result.status}`})`, 2);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      since: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const requested = positionals[0] as ReleaseBump | undefined;
  if (positionals.length !== 1 || !requested || !BUMPS.includes(requested)) {
    console.error(USAGE);
    return 2;
  }
  const root = resolve(values.root ?? join(import.meta.dirname, '..'));
  if (!resolveCommit(root, 'HEAD')) throw new ReleaseError(`${root} is not a git repository with a commit`, 2);
  const packageFile = join(root, 'package.json');
  const current = String(JSON.parse(readFileSync(packageFile, 'utf8')).version);
  const version = nextVersion(current, requested);
  const tag = `v${version}`;
  if (tagExists(root, tag))
    throw new ReleaseError(`tag ${tag} already exists: bump from a version that has not been released`, 1);

  const base = values.since ?? lastReleaseTag(root);
  let notes: string;
  if (base) {
    const report = await diffSpecs(base, root, { repoDir: root });
    report.new.label = `${tag} (working tree)`;
    console.log(formatText(report));
    const required: Bump = report.bump;
    if (!bumpCovers(requested, required)) {
      const breaking = report.counts.byImpact['breaking-callers'] + report.counts.byImpact['breaking-grants'];
      const why =
        required === 'major'
          ? `${breaking} breaking change(s)`
          : `${report.counts.byImpact.additive} additive change(s)`;
      throw new ReleaseError(
        `refusing a ${requested} release: the spec diff since ${base} has ${why} and calls for ${required} (npm run release -- ${required})`,
        1,
      );
    }
    notes = formatMarkdown(report);
  } else {
    console.log(
      `No release tag (v*) found: treating ${tag} as the initial release — every operation is new, so there is nothing to diff against and any bump is accepted. (Pass --since <ref> to diff against a commit instead.)`,
    );
    notes = await initialReleaseNotes(root);
  }

  const entry = `## ${version} — ${new Date().toISOString().slice(0, 10)}\n\n${notes}`;
  const changelogFile = join(root, 'CHANGELOG.md');
  if (values['dry-run']) {
    console.log(`\nDry run: would regenerate, bump ${current} → ${version}, and add to CHANGELOG.md:\n\n${entry}`);
    return 0;
  }

  run('npm', ['run', 'generate'], root, 'npm run generate');
  writeFileSync(
    changelogFile,
    withEntry(existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : undefined, entry),
  );
  run('npm', ['version', version, '--no-git-tag-version'], root, 'npm version');

  const files = [
    'spec',
    'overlays',
    'generated',
    'CHANGELOG.md',
    'package.json',
    ...(existsSync(join(root, 'package-lock.json')) ? ['package-lock.json'] : []),
  ];
  console.log(
    [
      '',
      `Release ${version} prepared: generated/ regenerated, CHANGELOG.md entry written, package.json ${current} → ${version}.`,
      'Review the diff, then commit and tag:',
      `  git add ${files.join(' ')}`,
      `  git commit -m "Release ${tag}"`,
      `  git tag -a ${tag} -m "${tag}"`,
      `  git push origin HEAD ${tag}`,
    ].join('\n'),
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ReleaseError || error instanceof SpecDiffError) {
      console.error(`release: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error(`release: unexpected error: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 2;
    }
  },
);
