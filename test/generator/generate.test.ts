import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { emitSchema } from '../../generator/emit-schema.js';
import { formatOptions } from '../../generator/format-options.js';
import { overlayFiles } from '../../generator/load.js';
import { readYamlSource } from '../../generator/yaml-source.js';
import { formatJson, formatJsonIsland, quote, scriptSafe } from '../../generator/prettier-print.js';
import { ROOT } from '../support/prism.js';

const run = promisify(execFile);
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
  it('writes the committed generated/ byte for byte (made by another process, on another day: generation is deterministic)', async () => {
    const { files } = await oursOnce();
    for (const [name, content] of files) expect(readFileSync(join(ROOT, 'generated', name), 'utf8'), `generated/${name} is stale`).toBe(content);
    expect([...files.keys()]).toEqual(
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
});

/*
 * The command as a contributor runs it, in a copy of the project: each run is a whole generation
 * (seconds of CPU), so one sequence holds --check on a fresh and on a stale generated/, a change to
 * generator/ transpiled again before the next run, --input, --out and the printed summary.
 */
describe('npm run generate (generator/run.mjs: the generator transpiled, then run by plain node)', () => {
  it('--check exits 0 when fresh, 1 naming each stale and each extra file; a changed generator is transpiled again; --input and --out write another document elsewhere', async () => {
    const project = tempDir();
    for (const part of ['generator', 'spec', 'overlays', 'generated', 'package.json', '.prettierrc.json']) {
      cpSync(join(ROOT, part), join(project, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    // This checkout's transpiled build, where there is one: only the file changed below is transpiled again.
    if (existsSync(join(ROOT, '.generator-build'))) cpSync(join(ROOT, '.generator-build'), join(project, '.generator-build'), { recursive: true });
    const launcher = join(project, 'generator/run.mjs');
    const generateIn = (...args: string[]) =>
      run(process.execPath, [launcher, ...args], { cwd: project, maxBuffer: 16 * 1024 * 1024 }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );

    const fresh = await generateIn('--check');
    expect(fresh).toMatchObject({ code: 0, stdout: expect.stringMatching(/generated\/ is fresh/) });
    expect(existsSync(join(project, '.generator-build/cli.js'))).toBe(true);

    const operationsFile = join(project, 'generated/operations.ts');
    writeFileSync(operationsFile, readFileSync(operationsFile, 'utf8').replace('calls.initiate', 'calls.initiat'));
    writeFileSync(join(project, 'generated/areas/leftover.ts'), '// old\n');
    const stale = await generateIn('--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('stale: generated/operations.ts');
    expect(stale.stderr).toContain('not generated (remove it): generated/areas/leftover.ts');
    expect(stale.stderr).not.toContain('schema.ts');

    const banner = join(project, 'generator/banner.ts');
    writeFileSync(banner, readFileSync(banner, 'utf8').replace('do not edit', 'do not edit (changed)'));
    const out = tempDir();
    const other = await generateIn('--input', DIALPAD, '--out', out);
    expect(other.code).toBe(0);
    const { operations: dialpadOperations, warnings } = await dialpadsOnce();
    expect(other.stdout).toMatch(new RegExp(`^Generated ${dialpadOperations.length} operations into `));
    for (const area of new Set(dialpadOperations.map((op) => op.area))) {
      const count = dialpadOperations.filter((op) => op.area === area).length;
      expect(other.stdout).toMatch(new RegExp(`\\n  ${area}\\s+${count}\\n`));
    }
    expect(other.stdout).toContain(`${warnings.length} warning(s):`);
    expect(readFileSync(join(out, 'operations.ts'), 'utf8')).toMatch(/^\/\/ generated from spec\/ and overlays\/ — do not edit \(changed\)\n/);
    expect(readFileSync(join(out, 'operations.ts'), 'utf8')).toContain("'users.initiateCall'");
  }, 180_000);
});

describe('at the scale of Dialpad’s whole published description (241 operations, no overlays)', () => {
  it('completes with warnings (read/write derived from the HTTP method), and the output type-checks', async () => {
    const { files, operations: dialpadOperations, warnings } = await dialpadsOnce();
    expect(dialpadOperations).toHaveLength(241);
    expect(warnings).toContain('users.initiateCall: no x-dialpad-access; derived write from POST');
    expect(warnings).toContain('users.get: no x-dialpad-access; derived read from GET');
    const out = tempDir();
    for (const [name, content] of files) {
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), content);
    }
    const sources = ts.sys.readDirectory(out, ['.ts']);
    expect(sources.length).toBeGreaterThan(40);
    const program = ts.createProgram(sources, {
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
