import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { format } from 'prettier';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { operationIds, operations } from '../../generated/operations.js';
import { formatJson, quote } from '../../generator/prettier-print.js';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);
const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const cli = join(ROOT, 'generator/cli.ts');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bollard-gen-'));
  temp.push(dir);
  return dir;
}

describe('npm run generate', () => {
  it('is deterministic: two runs give byte-identical files, identical to the committed generated/', async () => {
    const first = await generate();
    const second = await generate();
    expect([...first.files.keys()]).toEqual([...second.files.keys()]);
    for (const [name, content] of first.files) {
      expect(second.files.get(name), name).toBe(content);
      expect(readFileSync(join(ROOT, 'generated', name), 'utf8'), `generated/${name} is stale`).toBe(content);
    }
    expect([...first.files.keys()]).toEqual(
      expect.arrayContaining(['openapi.json', 'schema.ts', 'operations.ts', 'caller.ts', 'areas/index.ts', 'areas/calls.ts', 'fixtures/index.ts']),
    );
  }, 60_000);

  it('marks every file as generated, and formats TypeScript with prettier', async () => {
    const { files } = await generate();
    for (const [name, content] of files) {
      if (name.endsWith('.json')) expect(JSON.parse(content)['x-generated']).toBe('generated from spec/ and overlays/ — do not edit');
      else if (name.endsWith('.md') || name.endsWith('.html')) expect(content, name).toMatch(/^(<!doctype html>\n)?<!-- generated from spec\/ and overlays\/ — do not edit/i);
      else expect(content.startsWith('// generated from spec/ and overlays/ — do not edit\n'), name).toBe(true);
    }
    const operations = files.get('operations.ts')!;
    expect(await format(operations, { filepath: 'operations.ts', printWidth: 120, singleQuote: true, trailingComma: 'all' })).toBe(operations);
  }, 60_000);

  it('prints JSON that prettier leaves unchanged, on our document and on Dialpad’s', async () => {
    for (const file of [join(ROOT, 'generated/openapi.json'), join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json')]) {
      const value = JSON.parse(readFileSync(file, 'utf8'));
      const ours = formatJson(value, 120);
      expect(ours).toBe(await format(ours, { filepath: 'x.json', printWidth: 120 }));
      expect(ours).toBe(await format(JSON.stringify(value, null, 2), { filepath: 'x.json', printWidth: 120 }));
    }
  }, 60_000);

  it('prints the data tables as prettier leaves them, on our document and on Dialpad’s', async () => {
    for (const input of [undefined, join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json')]) {
      const { files } = await generate({ input });
      for (const name of ['operations.ts', 'fixtures/index.ts', 'tool-schemas.ts']) {
        const content = files.get(name)!;
        expect(await format(content, { filepath: name, printWidth: 120, singleQuote: true, trailingComma: 'all' }), `${input ?? 'ours'} ${name}`).toBe(content);
      }
    }
  }, 120_000);

  it('quotes strings the way prettier does', () => {
    expect(quote("it's")).toBe(`"it's"`);
    expect(quote('say "hi"')).toBe(`'say "hi"'`);
    expect(quote(`a'b"c"`)).toBe(`'a\\'b"c"'`);
    expect(quote('line\nbreak \\ done')).toBe(`'line\\nbreak \\\\ done'`);
  });

  it('--check exits 1 naming each stale and each extra file, and 0 when fresh', async () => {
    const out = tempDir();
    cpSync(join(ROOT, 'generated'), out, { recursive: true });
    const fresh = await run(process.execPath, [tsx, cli, '--check', '--out', out], { cwd: ROOT });
    expect(fresh.stdout).toMatch(new RegExp(`generated/ is fresh \\(\\d+ files, ${operationIds.length} operations\\)`));
    writeFileSync(join(out, 'operations.ts'), readFileSync(join(out, 'operations.ts'), 'utf8').replace('calls.initiate', 'calls.initiat'));
    writeFileSync(join(out, 'areas/leftover.ts'), '// old\n');
    const stale = await run(process.execPath, [tsx, cli, '--check', '--out', out], { cwd: ROOT }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(stale?.code).toBe(1);
    expect(stale?.stderr).toContain('stale: generated/operations.ts');
    expect(stale?.stderr).toContain('not generated (remove it): generated/areas/leftover.ts');
    expect(stale?.stderr).not.toContain('schema.ts');
  }, 120_000);

  it('prints the operations per area and writes into another folder on request', async () => {
    const out = tempDir();
    const { stdout } = await run(process.execPath, [tsx, cli, '--out', out], { cwd: ROOT });
    expect(stdout).toMatch(new RegExp(`Generated ${operationIds.length} operations`));
    for (const area of ['calls', 'events', 'messages']) {
      const count = operationIds.filter((id) => operations[id].area === area).length;
      expect(stdout).toMatch(new RegExp(`${area}\\s+${count}\\b`));
    }
  }, 120_000);
});

describe('at the scale of Dialpad’s whole published description (241 operations, no overlays)', () => {
  it('completes with warnings (read/write derived from the HTTP method), and the output type-checks', async () => {
    const out = tempDir();
    const { stdout } = await run(process.execPath, [tsx, cli, '--input', join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json'), '--out', out], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toMatch(/Generated 241 operations/);
    expect(stdout).toMatch(/\d+ warning\(s\)/);
    const { warnings } = await generate({ input: join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json') });
    expect(warnings).toContain('users.initiateCall: no x-dialpad-access; derived write from POST');
    expect(warnings).toContain('users.get: no x-dialpad-access; derived read from GET');
    const operations = readFileSync(join(out, 'operations.ts'), 'utf8');
    expect(operations).toContain("'users.initiateCall'");
    const files = ts.sys.readDirectory(out, ['.ts']);
    expect(files.length).toBeGreaterThan(40);
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 180_000);
});
