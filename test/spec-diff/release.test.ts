import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSpecs, NotOpenApiError, SpecLoadError, UnknownRefError } from '../../generator/spec-diff/index.js';
import { fixture, runScript } from './support.js';

// A throwaway git repository holding a two-operation project: releases are prepared, committed
// and tagged there, never in this repository.
let repo: string;

function git(...args: string[]): string {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=Release Test',
      '-c',
      'user.email=release@example.test',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      ...args,
    ],
    { cwd: repo, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(repo, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function read(file: string): string {
  return readFileSync(join(repo, file), 'utf8');
}

function commitAndTag(tag: string): void {
  git('add', '-A');
  git('commit', '-q', '-m', `Release ${tag}`);
  git('tag', '-a', tag, '-m', tag);
}

const release = (...args: string[]) => runScript('scripts/release.ts', [...args, '--root', repo]);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'release-test-'));
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'README.md'), 'release fixture\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'Empty start');
  git('tag', 'before-spec');
  cpSync(fixture('project'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'Spec of two operations');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run release, in a temporary git repository', { timeout: 60_000 }, () => {
  it('without any release tag, treats the release as the initial one and says so', async () => {
    const dry = await release('minor', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('No release tag (v*) found: treating v0.2.0 as the initial release');
    expect(existsSync(join(repo, 'CHANGELOG.md'))).toBe(false);
    expect(JSON.parse(read('package.json')).version).toBe('0.1.0');

    const result = await release('minor');
    expect(result.code, result.stderr).toBe(0);
    expect(read('generated.marker')).toBe('regenerated');
    expect(JSON.parse(read('package.json')).version).toBe('0.2.0');
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toMatch(
      /\n## 0\.2\.0 — \d{4}-\d{2}-\d{2}\n\nInitial release: 2 operations of Dialpad API v2 in 1 areas\.\n\n- \*\*contacts\*\* \(2\): `contacts\.delete`, `contacts\.list`\n/,
    );
    expect(result.stdout).toContain('  git commit -m "Release v0.2.0"\n  git tag -a v0.2.0 -m "v0.2.0"\n');
    expect(git('tag', '--list', 'v*')).toBe('');
    commitAndTag('v0.2.0');
  });

  it('refuses a bump smaller than the diff since the last tag calls for, then releases the right one', async () => {
    // A newly required scope breaks every agent without it.
    edit('overlays/10-area-access-effect.yaml', (text) =>
      text.replace(
        '      x-dialpad-access: read\n',
        '      x-dialpad-access: read\n      x-dialpad-scopes: [contacts:admin]\n',
      ),
    );
    const refused = await release('minor');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'refusing a minor release: the spec diff since v0.2.0 has 1 breaking change(s) and calls for major (npm run release -- major)',
    );
    expect(refused.stdout).toContain(
      '[breaking: grants]  contacts.list  GET /api/v2/contacts  scopes: now requires scope contacts:admin',
    );
    expect(JSON.parse(read('package.json')).version).toBe('0.2.0');
    expect(read('CHANGELOG.md')).not.toContain('## 1.0.0');

    const result = await release('major');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(read('package.json')).version).toBe('1.0.0');
    const changelog = read('CHANGELOG.md');
    expect(changelog.indexOf('## 1.0.0')).toBeLessThan(changelog.indexOf('## 0.2.0'));
    expect(changelog).toContain(
      '### Breaking changes for agent grants\n\n- **contacts**\n  - `contacts.list` (`GET /api/v2/contacts`) `scopes`: now requires scope contacts:admin',
    );
    expect(result.stdout).toContain('git tag -a v1.0.0 -m "v1.0.0"');
    commitAndTag('v1.0.0');
  });

  it('refuses a patch for an additive change, which calls for minor', async () => {
    edit('spec/openapi.yaml', (text) =>
      text.replace(
        '              display_name: { type: string }\n',
        '              display_name: { type: string }\n              email: { type: string }\n',
      ),
    );
    const refused = await release('patch');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'refusing a patch release: the spec diff since v1.0.0 has 1 additive change(s) and calls for minor',
    );
    const accepted = await release('minor', '--dry-run');
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain('Dry run: would regenerate, bump 1.0.0 → 1.1.0');
    expect(accepted.stdout).toContain(
      '`contacts.list` (`GET /api/v2/contacts`) `response 200 .items[].email`: field added',
    );
    expect(JSON.parse(read('package.json')).version).toBe('1.0.0');
  });

  it('diffs git refs of the repository by their spec/ and overlays/, and names a bad ref', async () => {
    const report = await diffSpecs('v0.2.0', 'v1.0.0', { repoDir: repo });
    expect(report.changes.map((c) => c.kind)).toEqual(['scopes.added']);
    expect(report.old.label).toMatch(/^v0\.2\.0 \([0-9a-f]{10}\)$/);
    await expect(diffSpecs('v9.9.9', 'v1.0.0', { repoDir: repo })).rejects.toThrow(UnknownRefError);
    await expect(diffSpecs('before-spec', 'v1.0.0', { repoDir: repo })).rejects.toThrow(
      new NotOpenApiError('before-spec', 'no spec/openapi.yaml at that commit'),
    );

    edit('overlays/10-area-access-effect.yaml', (text) => text.replace("$.paths['/api/v2/contacts'].get", "$.paths['/api/v2/nowhere'].get"));
    const broken = await diffSpecs('v1.0.0', repo, { repoDir: repo }).catch((error: unknown) => error);
    expect(broken).toBeInstanceOf(SpecLoadError);
    expect((broken as SpecLoadError).source).toBe(repo);
    expect((broken as SpecLoadError).message).toContain('10-area-access-effect.yaml');
  });
});
