import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixtures } from '../../generated/fixtures/index.js';
import { operationIds, operations, type OperationId } from '../../generated/operations.js';
import { createDialpadClient } from '../../src/index.js';
import { MOCK_NEXT_CURSOR } from '../../src/testing/paging.js';
import { invokeAreaMethod } from '../support/invoke.js';
import { ROOT } from '../support/prism.js';
import { createValidator } from '../support/validator.js';

const document = JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8'));
const validate = createValidator(document);
const client = createDialpadClient({ apiKey: 'contract-test-key', baseUrl: inject('prismUrl'), maxRetries: 0 });

function responseSchema(operationId: OperationId): unknown {
  const meta = operations[operationId];
  const operation = document.paths[meta.path][meta.method.toLowerCase()];
  const status = Object.keys(operation.responses).find((code) => /^[23]/.test(code))!;
  return operation.responses[status]?.content?.['application/json']?.schema;
}

const covered = new Set<string>();

describe('every operation against Prism, through its area method and its fixture', () => {
  it.each(operationIds.map((id) => [id] as const))('%s succeeds and answers what the document says', async (operationId) => {
    covered.add(operationId);
    const fixture = fixtures[operationId];
    const result = await invokeAreaMethod(client, operationId, fixture.request);
    const schema = responseSchema(operationId);
    if (schema) {
      expect(result).toBeDefined();
      expect(validate(schema, result)).toEqual([]);
      // The mock pages listings so they end: a first page carries its own cursor, the rest is the fixture.
      expect(result).toEqual(operations[operationId].paginated ? { ...(fixture.response.body as object), cursor: MOCK_NEXT_CURSOR } : fixture.response.body);
    } else {
      expect(result).toBeUndefined();
    }
  });

  it('left no operation without a contract test', () => {
    expect(operationIds.filter((id) => !covered.has(id))).toEqual([]);
    expect(covered.size).toBe(Object.keys(operations).length);
  });
});

describe('the fixtures shipped for downstream tests', () => {
  it.each(operationIds.map((id) => [id] as const))('%s: the example answer validates against its schema', (operationId) => {
    const fixture = fixtures[operationId];
    const schema = responseSchema(operationId);
    if (schema) expect(validate(schema, fixture.response.body)).toEqual([]);
    else expect(fixture.response.body).toBeNull();
    const meta = operations[operationId];
    expect(Object.keys(fixture.request.path).sort()).toEqual([...meta.pathParams].sort());
    if (meta.hasBody) {
      const operation = document.paths[meta.path][meta.method.toLowerCase()];
      const bodySchema = operation.requestBody.content['application/json'].schema;
      expect(validate(bodySchema, fixture.request.body)).toEqual([]);
    }
  });
});

describe('a request the mock rejects fails the call', () => {
  it('a body of the wrong shape gets BadRequestError from Prism’s validation', async () => {
    await expect(client.sms.send({ to_numbers: 'not-a-list' as unknown as string[] })).rejects.toMatchObject({ name: 'BadRequestError', status: 400 });
  });
});
