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

describe('what Dialpad states about each operation, carried in the overlays', () => {
  const each = async (check: (theirs: Record<string, any>, ours: Record<string, any>) => void) => {
    const { document } = await loadedDocument();
    for (const [path, item] of Object.entries<Record<string, any>>(reference.paths)) {
      for (const method of HTTP_METHODS) if (item[method]) check(item[method], document.paths[path][method]);
    }
  };

  it('every x-ratelimit tighter than the company ceiling of 20 per second is among the operation’s limits', async () => {
    const missing: string[] = [];
    await each((theirs, ours) => {
      for (const [limit, seconds] of (theirs['x-ratelimit'] ?? []) as [number, number][]) {
        if (limit / seconds >= 20) continue;
        const found = (ours['x-dialpad-rate-limits'] ?? []).some((rule: { limit: number; windowSeconds: number }) => rule.limit === limit && rule.windowSeconds === seconds);
        if (!found) missing.push(`${ours.operationId}: ${limit} per ${seconds} s`);
      }
    });
    expect(missing).toEqual([]);
  });

  it('the company-admin key where the description requires one, and nowhere else', async () => {
    const wrong: string[] = [];
    let stated = 0;
    await each((theirs, ours) => {
      const requires = /Requires a company admin API key/.test(theirs.description ?? '');
      if (requires) stated++;
      if (requires !== (ours['x-dialpad-company-admin'] === true)) wrong.push(`${ours.operationId}: ${requires ? 'missing' : 'not stated by Dialpad'}`);
    });
    expect(wrong).toEqual([]);
    expect(stated).toBe(35);
  });

  it('every scope a description names is a scope or a content scope of the operation', async () => {
    const missing: string[] = [];
    await each((theirs, ours) => {
      const named = [...String(theirs.description ?? '').matchAll(/[`"]([a-z_]+(?::[a-z_]+)?)[`"] OAuth scope|scope:\s*``([a-z_:]+)``/g)].map((m) => m[1] ?? m[2]);
      const carried = [...(ours['x-dialpad-scopes'] ?? []), ...(ours['x-dialpad-content-scopes'] ?? [])];
      for (const scope of named) if (!carried.includes(scope)) missing.push(`${ours.operationId}: ${scope}`);
    });
    expect(missing).toEqual([]);
  });
});
