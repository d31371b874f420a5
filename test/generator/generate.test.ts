import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { operationIds, operations } from '../../generated/operations.js';
import { emitSchema } from '../../generator/emit-schema.js';
import { formatOptions } from '../../generator/format-options.js';
import { overlayFiles } from '../../generator/load.js';
import { readYamlSource } from '../../generator/yaml-source.js';
import { formatJson, formatJsonIsland, quote, scriptSafe } from '../../generator/prettier-print.js';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);
/** What `npm run generate` runs. */
const launcher = join(ROOT, 'generator/run.mjs');
const DIALPAD = join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json');
// A generation is seconds of CPU: the tests that only read one share it.
let ours: ReturnType<typeof generate> | undefined;
let dialpads: ReturnType<typeof generate> | undefined;
const oursOnce = () => (ours ??= generate());
const dialpadsOnce = () => (dialpads ??= generate({ input: DIALPAD }));
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bollard-gen-'));
  temp.push(dir);
  return dir;
}

describe('npm run generate', () => {
  it('is deterministic: two runs give byte-identical files, identical to the committed generated/', async () => {
    const first = await oursOnce();
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

  it('marks every file as generated', async () => {
    const { files } = await oursOnce();
    for (const [name, content] of files) {
      if (name.endsWith('.json')) expect(JSON.parse(content)['x-generated']).toBe('generated from spec/ and overlays/ — do not edit');
      else if (name.endsWith('.md') || name.endsWith('.html')) expect(content, name).toMatch(/^(<!doctype html>\n)?<!-- generated from spec\/ and overlays\/ — do not edit/i);
      else expect(content.startsWith('// generated from spec/ and overlays/ — do not edit\n'), name).toBe(true);
    }
  }, 60_000);

  // The generator never runs prettier (it writes prettier's form directly); these hold every file
  // byte-identical to what prettier prints for it, on our document and on Dialpad's whole one.
  for (const [label, generated] of [
    ['our document', oursOnce],
    ['Dialpad’s document', dialpadsOnce],
  ] as const) {
    it(`writes every file as prettier prints it, without prettier: ${label}`, async () => {
      const { files, formattedByPrettier } = await generated();
      expect([...formattedByPrettier.keys()], 'files our printers could not write').toEqual([]);
      for (const [name, content] of files) {
        const options = (await resolveConfig(join(ROOT, 'generated', name))) ?? {};
        expect(await format(content, { ...options, filepath: name }), `${label}: generated/${name}`).toBe(content);
      }
    }, 240_000);
  }

  it('prints JSON that prettier leaves unchanged, on our document and on Dialpad’s', async () => {
    for (const file of [join(ROOT, 'generated/openapi.json'), join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json')]) {
      const value = JSON.parse(readFileSync(file, 'utf8'));
      const ours = formatJson(value, 120);
      expect(ours).toBe(await format(ours, { filepath: 'x.json', printWidth: 120 }));
      expect(ours).toBe(await format(JSON.stringify(value, null, 2), { filepath: 'x.json', printWidth: 120 }));
    }
  }, 60_000);

  it('prints a JSON data island as prettier formats it inside HTML, from one line', async () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json'), 'utf8')).paths;
    const html = (island: string) => `<script type="application/json" id="x">\n  ${island}\n</script>\n`;
    const ours = html(formatJsonIsland(data, 120, 2));
    expect(await format(html(scriptSafe(JSON.stringify(data))), { filepath: 'x.html', printWidth: 120 })).toBe(ours);
  }, 60_000);

  it('prints openapi-typescript’s types as prettier does, and leaves what it does not know to prettier', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'edge cases', version: '1' },
      paths: {},
      components: {
        schemas: {
          Mixed: { allOf: [{ $ref: '#/components/schemas/Enum' }, { type: 'object', properties: { a: { type: 'string' } } }] },
          Enum: { type: 'string', enum: ["it's", 'say "hi"', 'ünïcode', 'line\nbreak', ...Array.from({ length: 12 }, (_, i) => `value-number-${i}`)] },
          Nested: { type: 'array', items: { type: 'string', enum: Array.from({ length: 14 }, (_, i) => `an-item-that-is-long-${i}`) } },
          Numbers: { type: 'integer', enum: [-1, 0, 1e21, 2.5] },
        },
      },
    };
    const options = (await resolveConfig(join(ROOT, 'generated/schema.ts')))!;
    const withIntersection = await emitSchema(document, formatOptions());
    expect(withIntersection.fallback).toMatch(/IntersectionType/);
    expect(await format(withIntersection.text, { ...options, filepath: 'schema.ts' })).toBe(withIntersection.text);
    const { Mixed: _, ...rest } = document.components.schemas;
    const plain = await emitSchema({ ...document, components: { schemas: rest } }, formatOptions());
    expect(plain.fallback).toBeUndefined();
    expect(await format(plain.text, { ...options, filepath: 'schema.ts' })).toBe(plain.text);
  }, 60_000);

  it('reads every overlay to the same data with redocly’s YAML parser (used) as with ours (for line numbers)', async () => {
    const { parseYaml } = await import('@redocly/openapi-core');
    for (const file of overlayFiles(join(ROOT, 'overlays'))) {
      const fast = readYamlSource(file, (text) => parseYaml(text));
      expect(fast.data, file).toEqual(readYamlSource(file).data);
      expect(fast.lineOf(['actions', 0, 'target']), file).toBe(readYamlSource(file).lineOf(['actions', 0, 'target']));
    }
  });

  it('quotes strings the way prettier does', () => {
    expect(quote("it's")).toBe(`"it's"`);
    expect(quote('say "hi"')).toBe(`'say "hi"'`);
    expect(quote(`a'b"c"`)).toBe(`'a\\'b"c"'`);
    expect(quote('line\nbreak \\ done')).toBe(`'line\\nbreak \\\\ done'`);
  });

  it('prints the operations per area and writes into another folder on request; --check then exits 1 naming each stale and each extra file', async () => {
    const out = tempDir();
    const { stdout } = await run(process.execPath, [launcher, '--out', out], { cwd: ROOT });
    expect(stdout).toMatch(new RegExp(`Generated ${operationIds.length} operations`));
    for (const area of ['calls', 'events', 'messages']) {
      const count = operationIds.filter((id) => operations[id].area === area).length;
      expect(stdout).toMatch(new RegExp(`${area}\\s+${count}\\b`));
    }
    for (const name of ['operations.ts', 'schema.ts', 'areas/calls.ts']) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(ROOT, 'generated', name), 'utf8'));
    writeFileSync(join(out, 'operations.ts'), readFileSync(join(out, 'operations.ts'), 'utf8').replace('calls.initiate', 'calls.initiat'));
    writeFileSync(join(out, 'areas/leftover.ts'), '// old\n');
    const stale = await run(process.execPath, [launcher, '--check', '--out', out], { cwd: ROOT }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(stale?.code).toBe(1);
    expect(stale?.stderr).toContain('stale: generated/operations.ts');
    expect(stale?.stderr).toContain('not generated (remove it): generated/areas/leftover.ts');
    expect(stale?.stderr).not.toContain('schema.ts');
  }, 120_000);
});

describe('npm run generate (generator/run.mjs: the generator transpiled, then run by plain node)', () => {
  it('runs the current sources: a change to generator/ is transpiled again before the run', async () => {
    // --check exits 0 on a fresh generated/ (here) and 1 on a stale one (above and below).
    const project = tempDir();
    for (const part of ['generator', 'spec', 'overlays', 'generated', 'package.json', '.prettierrc.json']) {
      cpSync(join(ROOT, part), join(project, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    // This checkout's transpiled build, where there is one: only the file changed below is transpiled again.
    if (existsSync(join(ROOT, '.generator-build'))) cpSync(join(ROOT, '.generator-build'), join(project, '.generator-build'), { recursive: true });
    const copied = join(project, 'generator/run.mjs');
    const fresh = await run(process.execPath, [copied, '--check'], { cwd: project });
    expect(fresh.stdout).toMatch(/generated\/ is fresh/);
    expect(existsSync(join(project, '.generator-build/cli.js'))).toBe(true);
    const banner = join(project, 'generator/banner.ts');
    writeFileSync(banner, readFileSync(banner, 'utf8').replace('do not edit', 'do not edit (changed)'));
    const stale = await run(process.execPath, [copied, '--check'], { cwd: project }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(stale?.code).toBe(1);
    expect(stale?.stderr).toContain('stale: generated/schema.ts');
  }, 180_000);
});

describe('at the scale of Dialpad’s whole published description (241 operations, no overlays)', () => {
  it('completes with warnings (read/write derived from the HTTP method), and the output type-checks', async () => {
    const out = tempDir();
    const { stdout } = await run(process.execPath, [launcher, '--input', DIALPAD, '--out', out], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toMatch(/Generated 241 operations/);
    expect(stdout).toMatch(/\d+ warning\(s\)/);
    const { warnings } = await dialpadsOnce();
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
