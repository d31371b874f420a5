import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listOperations } from '../../generator/extensions.js';
import { loadedDocument } from '../support/document.js';
import { ROOT } from '../support/prism.js';

interface Row {
  area: string;
  operationId: string;
  method: string;
  path: string;
  access: 'read' | 'write';
  scopes?: string[];
  limits?: [number, number, string, number?][];
  alsoLimits?: [number, number, string, number?][];
  event?: string | null;
  flags?: string[];
  paginated?: boolean;
  maxRequestBytes?: number;
}

const table = parse(readFileSync(join(ROOT, 'test/fixtures/issue-2-table.yaml'), 'utf8')) as { rows: Row[]; companions: Row[] };
const asRules = (limits: Row['limits'] = []) =>
  limits.map(([limit, windowSeconds, per, tier]) => {
    const [where, name] = per.split(':');
    return { limit, windowSeconds, per: name ? { in: where, name } : per, ...(tier === undefined ? {} : { tier }) };
  });

async function find(row: Row) {
  const { document } = await loadedDocument();
  return document.paths?.[row.path]?.[row.method.toLowerCase()];
}

describe('the operations table of issue 2', () => {
  it.each(table.rows.map((row) => [row.operationId, row] as const))('%s has the path, access, scope, limits and event of its row', async (_, row) => {
    const operation = await find(row);
    expect(operation, `${row.method} ${row.path}`).toBeDefined();
    expect(operation.operationId).toBe(row.operationId);
    expect(operation['x-dialpad-area']).toBe(row.area);
    expect(operation['x-dialpad-access']).toBe(row.access);
    expect(operation['x-dialpad-scopes'] ?? []).toEqual(row.scopes ?? []);
    expect(operation['x-dialpad-rate-limits'] ?? []).toEqual([...asRules(row.limits), ...asRules(row.alsoLimits)]);
    expect(operation['x-dialpad-webhook-event'] ?? null).toBe(row.event ?? null);
    for (const flag of row.flags ?? []) expect(operation['x-dialpad-effect'].flags).toContain(flag);
    if (row.maxRequestBytes) expect(operation['x-dialpad-max-request-bytes']).toBe(row.maxRequestBytes);
    if (row.paginated) {
      const names = operation.parameters.map((p: { $ref?: string; name?: string }) => p.name ?? p.$ref);
      expect(names.some((n: string) => n === 'cursor' || n.endsWith('/Cursor'))).toBe(true);
    }
  });

  it.each(table.companions.map((row) => [row.operationId, row] as const))('companion %s exists with its area, access and limits', async (_, row) => {
    const operation = await find(row);
    expect(operation, `${row.method} ${row.path}`).toBeDefined();
    expect(operation.operationId).toBe(row.operationId);
    expect(operation['x-dialpad-area']).toBe(row.area);
    expect(operation['x-dialpad-access']).toBe(row.access);
    if (row.limits) expect(operation['x-dialpad-rate-limits']).toEqual([...asRules(row.limits), ...asRules(row.alsoLimits)]);
  });

  it('holds every table row and companion (test/spec/coverage.test.ts holds the rest of the API)', async () => {
    const { document } = await loadedDocument();
    const ids = listOperations(document).map((op) => op.operation.operationId);
    expect([...table.rows, ...table.companions].map((row) => row.operationId).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('states the company-wide ceiling of 20 requests per second once, for every operation', async () => {
    const { document } = await loadedDocument();
    expect(document.info['x-dialpad-company-rate-limit']).toEqual({ limit: 20, windowSeconds: 1, per: 'company' });
  });

  it('irreversible, external and live-call flags sit exactly on the operations that delete, release numbers, reach people or change live calls', async () => {
    const { document } = await loadedDocument();
    const all = listOperations(document);
    const present = new Set(all.map((op) => op.operation.operationId));
    const flagged = (flag: string) =>
      all
        .filter((op) => op.operation['x-dialpad-effect'].flags.includes(flag))
        .map((op) => op.operation.operationId)
        .sort();
    // Every DELETE destroys something for good, except taking an operator or member off a group (added back by one call).
    const deletes = all.filter((op) => op.method === 'delete' && !/\/(operators|members)$/.test(op.path)).map((op) => op.operation.operationId);
    const releasesOrMovesNumbers = ['numbers.unassignFromUser', 'numbers.unassignFromOffice', 'numbers.unassignFromRoom', 'numbers.swap', 'users.moveOffice'];
    expect(flagged('irreversible')).toEqual([...new Set([...deletes, 'oauth.deauthorize', ...releasesOrMovesNumbers])].filter((id) => present.has(id)).sort());
    const external = ['calls.initiate', 'calls.ring', 'calls.transfer', 'calls.addParticipant', 'calls.initiateIvr', 'calls.enqueueCallback', 'sms.send', 'messages.schedule', 'messages.sendBulk', 'messages.sendScheduledNow', 'fax.send'];
    expect(flagged('external')).toEqual(external.filter((id) => present.has(id)).sort());
    const liveCall = ['calls.transfer', 'calls.hangup', 'calls.assign', 'calls.unassign', 'calls.unassignAll', 'calls.unpark', 'calls.toggleRecording', 'calls.toggleVi'];
    expect(flagged('live-call')).toEqual(liveCall.filter((id) => present.has(id)).sort());
  });
});
