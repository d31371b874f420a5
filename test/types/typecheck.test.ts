import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/prism.js';

function diagnostics(rootFiles: string[]): ts.Diagnostic[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram(rootFiles, config.options);
  return [...ts.getPreEmitDiagnostics(program)];
}

const format = (d: ts.Diagnostic) => {
  const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
  return `${where} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
};

describe('types', () => {
  it('the whole project (src, generator, generated, tests, scripts) type-checks under strict', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    expect(diagnostics(config.fileNames).map(format)).toEqual([]);
  }, 120_000);

  it('a misspelled key in an object literal passed to a method is a compile error; openapi-fetch misses it', () => {
    const source = readFileSync(join(ROOT, 'test/types/exact-bodies.check.ts'), 'utf8');
    // Beside the original, so its relative imports resolve the same way.
    const stripped = join(ROOT, `test/types/.tmp-${process.pid}-stripped.ts`);
    try {
      writeFileSync(stripped, source.replaceAll('// @ts-expect-error', '// (expect error)'));
      const found = diagnostics([stripped]).filter((d) => d.file?.fileName === stripped);
      const lineOf = (needle: string) => source.split('\n').findIndex((line) => line.includes(needle)) + 1;
      const errorLines = found.map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1);
      const expected = source
        .split('\n')
        .map((line, i) => (line.includes('// @ts-expect-error') ? i + 2 : 0))
        .filter(Boolean);
      expect(expected).toHaveLength(6);
      expect([...new Set(errorLines)].sort((a, b) => a - b)).toEqual(expected);
      expect(found.some((d) => [2353, 2561].includes(d.code) && /textt/.test(ts.flattenDiagnosticMessageText(d.messageText, '')))).toBe(true);
      expect(errorLines).not.toContain(lineOf("client.POST('/api/v2/sms'"));
    } finally {
      rmSync(stripped, { force: true });
    }
  }, 120_000);
});
