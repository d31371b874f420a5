import { describe, expect, it } from 'vitest';
import { fixture, runScript } from './support.js';

const CLI = 'generator/spec-diff/cli.ts';

describe('npm run spec:diff', () => {
  it('prints text grouped by area, most serious first, and exits 1 on a breaking change', async () => {
    const result = await runScript(CLI, [fixture('permissions.old.yaml'), fixture('permissions.new.yaml')]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toBe(
      '19 changes: 6 breaking for callers, 5 breaking for agent grants, 5 additive, 3 patch-level — calls for a major release.',
    );
    expect(lines[4]).toBe('messages — 3 breaking for callers, 1 breaking for agent grants, 1 additive');
    expect(lines).toContain(
      '  [breaking: grants]  contacts.delete  DELETE /api/v2/contacts/{id}  scopes: now requires scope contacts:admin: every credential and agent without it loses this operation',
    );
    expect(result.stdout).toMatch(/Loaded and compared in \d+ ms\./);
    expect(result.stderr).toContain('11 breaking change(s); pass --allow-breaking to accept them.');
  });

  it('exits 0 with --allow-breaking, and when nothing breaks', async () => {
    const allowed = await runScript(CLI, [
      '--allow-breaking',
      fixture('security.old.json'),
      fixture('security.new.json'),
    ]);
    expect(allowed.code).toBe(0);
    const equivalent = await runScript(CLI, [fixture('equivalent.old.json'), fixture('equivalent.new.yaml')]);
    expect(equivalent.code).toBe(0);
    expect(equivalent.stdout).toContain('No change to the API description.');
  });

  it('writes the report as JSON with --json and as CHANGELOG sections with --markdown', async () => {
    const json = await runScript(CLI, ['--json', fixture('responses.old.yaml'), fixture('responses.new.yaml')]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      bump: 'major',
      old: { openapi: '3.0.0', operations: 2 },
      new: { openapi: '3.1.0', operations: 2 },
    });
    expect(report.counts.byImpact).toEqual({ 'breaking-callers': 6, 'breaking-grants': 0, additive: 3, patch: 3 });
    expect(report.changes[0]).toMatchObject({
      impact: 'breaking-callers',
      area: 'users',
      operation: { operationId: 'users.create', method: 'POST', path: '/api/v2/users' },
    });
    expect(typeof report.elapsedMs).toBe('number');

    const markdown = await runScript(CLI, [
      '--markdown',
      '--allow-breaking',
      fixture('parameters.old.json'),
      fixture('parameters.new.yaml'),
    ]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(
      '### Breaking changes for callers\n\n- **calls**\n  - `calls.list` (`GET /api/v2/calls`) `header parameter X-Trace-Id`: required parameter added',
    );
    expect(markdown.stdout).toContain('### Added\n\n- **calls**\n');
  });

  it('names the argument and exits 2 when a side cannot be read', async () => {
    // Independent runs: in parallel, to keep the suite quick.
    const [unknown, missing, notOpenApi, malformed, usage] = await Promise.all([
      runScript(CLI, ['no-such-ref-or-file', fixture('security.new.json')]),
      runScript(CLI, [fixture('missing.yaml'), fixture('security.new.json')]),
      runScript(CLI, [fixture('project/package.json'), fixture('security.new.json')]),
      runScript(CLI, [fixture('README.md'), fixture('security.new.json')]),
      runScript(CLI, [fixture('security.new.json')]),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^spec:diff: UnknownRefError: no-such-ref-or-file: not a file, a folder or a git ref of /,
    );

    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`UnreadableFileError: ${fixture('missing.yaml')}: cannot read (no such file)`);

    expect(notOpenApi.code).toBe(2);
    expect(notOpenApi.stderr).toContain(
      `NotOpenApiError: ${fixture('project/package.json')}: not an OpenAPI 3.0 or 3.1 document (no \`openapi\` version field)`,
    );

    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain(`UnreadableFileError: ${fixture('README.md')}: cannot read (malformed YAML:`);

    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run spec:diff');
  });
});
