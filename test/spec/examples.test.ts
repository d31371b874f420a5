import { describe, expect, it } from 'vitest';
import { listOperations } from '../../generator/extensions.js';
import { resolveRef } from '../../generator/model.js';
import { loadedDocument } from '../support/document.js';
import { createValidator } from '../support/validator.js';

const { document } = await loadedDocument();
const validate = createValidator(document);

interface ExampleCase {
  where: string;
  schema: unknown;
  value: unknown;
}

function mediaExamples(where: string, media: any): ExampleCase[] {
  if (!media?.schema) return [];
  const cases: ExampleCase[] = [];
  if (media.example !== undefined) cases.push({ where, schema: media.schema, value: media.example });
  for (const [name, example] of Object.entries<any>(media.examples ?? {})) cases.push({ where: `${where} (${name})`, schema: media.schema, value: example.value });
  return cases;
}

const cases: ExampleCase[] = [];
for (const { operation } of listOperations(document)) {
  const id = operation.operationId;
  for (const param of operation.parameters ?? []) {
    const p = resolveRef(document, param);
    if (p.example !== undefined) cases.push({ where: `${id} parameter ${p.name}`, schema: p.schema, value: p.example });
  }
  const body = resolveRef(document, operation.requestBody);
  cases.push(...mediaExamples(`${id} request body`, body?.content?.['application/json']));
  for (const [code, response] of Object.entries(operation.responses ?? {})) {
    cases.push(...mediaExamples(`${id} ${code}`, resolveRef(document, response)?.content?.['application/json']));
  }
}
for (const [name, schema] of Object.entries<any>(document.components?.schemas ?? {})) {
  if (schema.example !== undefined) cases.push({ where: `schema ${name}`, schema: { $ref: `#/components/schemas/${name}` }, value: schema.example });
}

describe('every example in the document', () => {
  it('there are examples for every request body, path parameter and success answer', () => {
    expect(cases.length).toBeGreaterThan(listOperations(document).length * 2);
    for (const { operation } of listOperations(document)) {
      const body = resolveRef(document, operation.requestBody)?.content?.['application/json'];
      if (body) expect(body.example ?? body.examples, `${operation.operationId} request body example`).toBeDefined();
      for (const param of operation.parameters ?? []) {
        const p = resolveRef(document, param);
        if (p.in === 'path' || p.required) expect(p.example, `${operation.operationId} ${p.name} example`).toBeDefined();
      }
    }
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s validates against its schema', (_, { schema, value }) => {
    expect(validate(schema, value)).toEqual([]);
  });

  it('the validator itself rejects an example that breaks its schema', () => {
    expect(validate({ $ref: '#/components/schemas/Error' }, { error: { code: 'four hundred' } })).not.toEqual([]);
  });
});
