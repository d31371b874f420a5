import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, listOperations } from '../../generator/extensions.js';
import { loadedDocument } from '../support/document.js';
import { ROOT } from '../support/prism.js';

const reference = JSON.parse(readFileSync(join(ROOT, 'reference/dialpad/dialpad-api-v2.openapi.json'), 'utf8'));
const referenceOperations = Object.entries<Record<string, any>>(reference.paths).flatMap(([path, item]) =>
  HTTP_METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path} (${item[method].operationId})`),
);

describe('coverage of Dialpad’s published description', () => {
  it('has every one of its operations, at its real method and path, and none it lacks', async () => {
    const { document } = await loadedDocument();
    const ours = new Set(listOperations(document).map((op) => `${op.method.toUpperCase()} ${op.path}`));
    expect(referenceOperations).toHaveLength(241);
    expect(referenceOperations.filter((op) => !ours.has(op.replace(/ \(.*$/, '')))).toEqual([]);
    const theirs = new Set(referenceOperations.map((op) => op.replace(/ \(.*$/, '')));
    expect([...ours].filter((op) => !theirs.has(op))).toEqual([]);
  });
});
