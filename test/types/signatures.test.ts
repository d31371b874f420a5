import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
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

describe('area method signatures', () => {
  it('are exactly the types of the operations: parameters in order, optional where they were, results', () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8'));
    const { operations } = buildModel(document);
    expect(operations.length).toBeGreaterThan(200);
    const file = join(ROOT, `test/types/.tmp-${process.pid}-signatures.ts`);
    const source = [
      `import type { DialpadClient, RequestOptions, OperationTypes as operations } from '../../src/index.js';`,
      `import type { Paginated } from '../../generated/caller.js';`,
      'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
      ...operations.map(expectations),
      '',
    ].join('\n');
    try {
      writeFileSync(file, source);
      const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
      const program = ts.createProgram([file], config.options);
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file?.fileName === file)
        .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      expect(problems).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  }, 180_000);
});
