import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDocument } from '../../generator/load.js';
import { SpecError, SpecErrors } from '../../generator/spec-error.js';
import { ROOT } from '../support/prism.js';

let dir: string;

function copyProject(): { spec: string; overlays: string } {
  dir = mkdtempSync(join(tmpdir(), 'bollard-loader-'));
  cpSync(join(ROOT, 'spec'), join(dir, 'spec'), { recursive: true });
  cpSync(join(ROOT, 'overlays'), join(dir, 'overlays'), { recursive: true });
  return { spec: join(dir, 'spec'), overlays: join(dir, 'overlays') };
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

async function loadError(paths: { spec: string; overlays: string }): Promise<SpecError | SpecErrors> {
  const error = await loadDocument({ root: join(paths.spec, 'openapi.yaml'), overlaysDir: paths.overlays }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect(error instanceof SpecError || error instanceof SpecErrors, String(error)).toBe(true);
  return error as SpecError | SpecErrors;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loading spec/ and overlays/', () => {
  it('bundles every operation and applies the five overlays in their numbered order', async () => {
    const paths = copyProject();
    const loaded = await loadDocument({ root: join(paths.spec, 'openapi.yaml'), overlaysDir: paths.overlays });
    expect(loaded.overlays.map((f) => f.split('/').pop())).toEqual([
      '10-area-access-effect.yaml',
      '20-scopes.yaml',
      '30-rate-limits.yaml',
      '40-events.yaml',
      '50-version-source.yaml',
    ]);
    const { document } = await loadDocument();
    expect(Object.keys(loaded.document.paths)).toEqual(Object.keys(document.paths));
    expect(Object.keys(loaded.document.paths).length).toBeGreaterThan(30);
    const refs = JSON.stringify(loaded.document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.every((ref) => ref.includes('"#/components/'))).toBe(true);
  });

  it('names file and line of malformed YAML in an area file', async () => {
    const paths = copyProject();
    edit(join(paths.spec, 'calls.yaml'), (text) => text.replace('operationId: calls.get\n', 'operationId: calls.get\n      summary: [unclosed\n'));
    const error = await loadError(paths);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).file).toMatch(/spec\/calls\.yaml$/);
    expect((error as SpecError).line).toBeGreaterThan(1);
    expect(error.message).toMatch(/calls\.yaml:\d+: malformed YAML/);
    expect(error.stack ?? '').not.toBe('');
  });

  it('names file and line of malformed YAML in an overlay', async () => {
    const paths = copyProject();
    edit(join(paths.overlays, '20-scopes.yaml'), (text) => `${text}\n  - target: "$.paths"\n   update: : :\n`);
    const error = await loadError(paths);
    expect(error.message).toMatch(/20-scopes\.yaml:\d+: malformed YAML/);
  });

  it('names the file and the action whose target matches nothing', async () => {
    const paths = copyProject();
    edit(join(paths.overlays, '40-events.yaml'), (text) => text.replace("$.paths['/api/v2/sms'].post", "$.paths['/api/v2/smss'].post"));
    const error = await loadError(paths);
    expect(error.message).toMatch(/40-events\.yaml:\d+: action \d+: target \$\.paths\['\/api\/v2\/smss'\]\.post matches nothing/);
  });

  it('refuses an operation left without area or access, naming it and the overlay to fix', async () => {
    const paths = copyProject();
    edit(join(paths.overlays, '10-area-access-effect.yaml'), (text) =>
      text.replace(/ {2}- target: "\$\.paths\['\/api\/v2\/stats\/\{id\}'\]\.get"\n(?: {4}.*\n)+/, ''),
    );
    const error = await loadError(paths);
    expect(error.message).toContain('overlays/10-area-access-effect.yaml: stats.get (GET /api/v2/stats/{id}) has no x-dialpad-area');
    expect(error.message).toContain('has no x-dialpad-access');
  });

  it('refuses a value of the wrong form, e.g. an unknown access level', async () => {
    const paths = copyProject();
    edit(join(paths.overlays, '10-area-access-effect.yaml'), (text) => text.replace('x-dialpad-access: read', 'x-dialpad-access: admin'));
    const error = await loadError(paths);
    expect(error.message).toMatch(/x-dialpad-access must be equal to one of the allowed values/);
  });

  it('refuses a rate limit counted per a path parameter the path does not have', async () => {
    const paths = copyProject();
    edit(join(paths.overlays, '30-rate-limits.yaml'), (text) => text.replace('per: { in: path, name: id }', 'per: { in: path, name: user_id }'));
    const error = await loadError(paths);
    expect(error.message).toMatch(/calls\.initiate: rate limit counted per path user_id, which POST \/api\/v2\/users\/\{id\}\/initiate_call does not have/);
  });

  it('names the file of a $ref that points nowhere', async () => {
    const paths = copyProject();
    edit(join(paths.spec, 'openapi.yaml'), (text) => text.replace("./stats.yaml#/paths/~1api~1v2~1stats'", "./statz.yaml#/paths/~1api~1v2~1stats'"));
    const error = await loadError(paths);
    expect(error.message).toMatch(/openapi\.yaml/);
    expect(error.message).toMatch(/statz\.yaml/);
  });

  it('refuses an overlay that is not Overlay 1.0.0, and one without a numbered name', async () => {
    const paths = copyProject();
    edit(join(paths.overlays, '20-scopes.yaml'), (text) => text.replace('overlay: 1.0.0', 'overlay: 2.0.0'));
    expect((await loadError(paths)).message).toMatch(/20-scopes\.yaml:1: unsupported overlay version "2\.0\.0"/);
    rmSync(dir, { recursive: true, force: true });
    const again = copyProject();
    writeFileSync(join(again.overlays, 'extra.yaml'), 'overlay: 1.0.0\n');
    expect((await loadError(again)).message).toMatch(/extra\.yaml: overlay file names must start with a two-digit order/);
  });
});
