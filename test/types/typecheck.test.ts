import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type OperationModel } from '../../generator/model.js';
import { ROOT } from '../support/prism.js';

/**
 * Every area method's parameters and return type, written the way the methods were typed before
 * their types were named in generated/operation-types.ts — straight indexed-access chains into
 * openapi-typescript's `operations` — and checked identical (not merely assignable) to the client's.
 */
function expectations(op: OperationModel): string {
  const ref = `operations[${JSON.stringify(op.operationId)}]`;
  const params = op.pathParams.map((p) => `${ref}['parameters']['path'][${JSON.stringify(p.name)}]`);
  const query = `NonNullable<${ref}['parameters']['query']>`;
  if (op.body) {
    params.push(`${op.body.required ? '' : '_?: '}NonNullable<${ref}['requestBody']>['content'][${JSON.stringify(op.body.contentType)}]`);
  } else if (op.queryParams.length) {
    params.push(`${op.queryParams.some((p) => p.required && p.name !== 'cursor') ? '' : '_?: '}${query}`);
  }
  params.push(`_?: ${op.body && op.queryParams.length ? `RequestOptions & { query?: ${query} }` : 'RequestOptions'}`);
  // Labels are all-or-nothing in a tuple type: label every element.
  const tuple = params.map((p, i) => (p.startsWith('_?: ') ? `p${i}?: ${p.slice(4)}` : `p${i}: ${p}`));
  const page = `${ref}['responses'][${op.success.status}]['content']['application/json']`;
  const result = op.paginated ? `Paginated<NonNullable<${page}['items']>[number], ${page}>` : `Promise<${op.success.json ? page : 'void'}>`;
  const method = `DialpadClient[${JSON.stringify(op.namespace)}][${JSON.stringify(op.methodName)}]`;
  return [
    `export const params_${op.operationId.replace(/\W/g, '_')}: Equal<Parameters<${method}>, [${tuple.join(', ')}]> = true;`,
    `export const result_${op.operationId.replace(/\W/g, '_')}: Equal<ReturnType<${method}>, ${result}> = true;`,
  ].join('\n');
}

const format = (d: ts.Diagnostic) => {
  const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
  return `${where} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
};

// Beside the originals, so relative imports resolve the same way. One program checks the project and
// both of these: building a program of this size is what takes the time, so it is built once.
const stripped = join(ROOT, `test/types/.tmp-${process.pid}-stripped.ts`);
const signatures = join(ROOT, `test/types/.tmp-${process.pid}-signatures.ts`);
const exactBodies = readFileSync(join(ROOT, 'test/types/exact-bodies.check.ts'), 'utf8');
let diagnostics: ts.Diagnostic[] = [];
let operationCount = 0;
/** The statements of the signatures file as the program read it: proof it was checked. */
let signatureStatements = 0;

beforeAll(() => {
  const { operations } = buildModel(JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8')));
  operationCount = operations.length;
  try {
    writeFileSync(stripped, exactBodies.replaceAll('// @ts-expect-error', '// (expect error)'));
    writeFileSync(
      signatures,
      [
        `import type { DialpadClient, RequestOptions, OperationTypes as operations } from '../../src/index.js';`,
        `import type { Paginated } from '../../generated/caller.js';`,
        'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
        ...operations.map(expectations),
        '',
      ].join('\n'),
    );
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram([...new Set([...config.fileNames, stripped, signatures])], config.options);
    diagnostics = [...ts.getPreEmitDiagnostics(program)];
    signatureStatements = program.getSourceFile(signatures)?.statements.length ?? 0;
  } finally {
    rmSync(stripped, { force: true });
    rmSync(signatures, { force: true });
  }
}, 240_000);

const inFile = (file: string) => diagnostics.filter((d) => d.file?.fileName === file);

describe('types', () => {
  it('the whole project (src, generator, generated, tests, scripts) type-checks under strict', () => {
    expect(diagnostics.filter((d) => d.file?.fileName !== stripped).map(format)).toEqual([]);
  });

  it('a misspelled key in an object literal passed to a method is a compile error; openapi-fetch misses it', () => {
    const found = inFile(stripped);
    const lineOf = (needle: string) => exactBodies.split('\n').findIndex((line) => line.includes(needle)) + 1;
    const errorLines = found.map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1);
    const expected = exactBodies
      .split('\n')
      .map((line, i) => (line.includes('// @ts-expect-error') ? i + 2 : 0))
      .filter(Boolean);
    expect(expected).toHaveLength(6);
    expect([...new Set(errorLines)].sort((a, b) => a - b)).toEqual(expected);
    expect(found.some((d) => [2353, 2561].includes(d.code) && /textt/.test(ts.flattenDiagnosticMessageText(d.messageText, '')))).toBe(true);
    expect(errorLines).not.toContain(lineOf("client.POST('/api/v2/sms'"));
  });

  it('area method signatures are exactly the types of the operations: parameters in order, optional where they were, results', () => {
    expect(operationCount).toBeGreaterThan(200);
    expect(signatureStatements).toBe(3 + 2 * operationCount); // two imports, Equal, two checks per operation
    expect(inFile(signatures).map(format)).toEqual([]);
  });
});
