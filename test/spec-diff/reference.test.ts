import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpecs, formatMarkdown, formatText } from '../../generator/spec-diff/index.js';
import { ROOT } from './support.js';

const REFERENCE = join(ROOT, 'reference', 'dialpad');
const EARLIER = join(REFERENCE, 'dialpad-api-v2.earlier.openapi.json');
const CURRENT = join(REFERENCE, 'dialpad-api-v2.openapi.json');

// Dialpad's two published descriptions of API v2: the real case of "Dialpad shipped an update".
// The generous timeout is the "within a few seconds" bound (the diff itself takes well under one).
describe(
  'spec diff of the real pair: earlier (3.0, 193 operations) → current (3.1, 241 operations)',
  { timeout: 15_000 },
  () => {
    it('finds what changed, and only that', async () => {
      const report = await diffSpecs(EARLIER, CURRENT);
      expect(report.old).toMatchObject({ openapi: '3.0.0', operations: 193 });
      expect(report.new).toMatchObject({ openapi: '3.1.0', operations: 241 });

      const added = report.changes
        .filter((c) => c.kind === 'operation.added')
        .map((c) => `${c.operation!.method} ${c.operation!.path}`);
      expect(added).toHaveLength(48);
      expect(added).toEqual(
        expect.arrayContaining([
          'GET /api/v2/call/{id}/ai_recap',
          'GET /api/v2/message/schedule',
          'POST /api/v2/message/schedule',
          'GET /api/v2/message/schedule/{id}',
          'PATCH /api/v2/message/schedule/{id}',
          'DELETE /api/v2/message/schedule/{id}',
          'POST /api/v2/message/schedule/{id}/send',
        ]),
      );
      expect(report.changes.find((c) => c.operation?.path === '/api/v2/call/{id}/ai_recap')?.message).toBe(
        'operation added (scope ai_recap)',
      );

      // From "API key in the query or bearer" to bearer only: once, for the whole document.
      const security = report.changes.filter((c) => c.kind.startsWith('security.'));
      expect(security).toEqual([
        expect.objectContaining({
          kind: 'security.scheme-removed',
          impact: 'breaking-callers',
          location: 'security scheme api_key_in_url',
        }),
      ]);

      // 3.0 `nullable: true` against 3.1 `type: [..., "null"]` and renamed schemas: no type or nullability noise.
      expect(report.changes.filter((c) => /type-changed|nullable-changed|field-removed/.test(c.kind))).toEqual([]);

      expect(report.counts.byKind).toEqual({
        'operation.added': 48,
        'parameter.added': 1,
        'rate-limit.loosened': 1,
        'request-body.enum-value-added': 23,
        'request-body.enum-value-removed': 2,
        'request-body.field-added': 4,
        'request-body.variants-changed': 1,
        'response.enum-value-added': 94,
        'response.enum-value-removed': 5,
        'response.field-added': 67,
        'security.scheme-removed': 1,
      });
      expect(report.counts.byImpact).toEqual({ 'breaking-callers': 3, 'breaking-grants': 0, additive: 239, patch: 5 });
      expect(report.bump).toBe('major');
      expect(report.warnings).toEqual([]);

      const eavesdrop = report.changes.filter((c) => c.kind === 'request-body.enum-value-removed');
      expect(eavesdrop.map((c) => [c.operation!.operationId, c.location, c.before])).toEqual([
        ['webhook_call_event_subscription.create', 'request body .call_states[]', ['eavesdrop']],
        ['webhook_call_event_subscription.update', 'request body .call_states[]', ['eavesdrop']],
      ]);
      expect(report.changes.find((c) => c.kind === 'parameter.added')).toMatchObject({
        location: 'query parameter include_anonymized',
        operation: { operationId: 'call.list' },
      });
      expect(report.changes.find((c) => c.kind === 'rate-limit.loosened')).toMatchObject({
        operation: { operationId: 'callrouters.update' },
      });
      expect(
        report.changes.find(
          (c) => c.location === 'response 200 .voicemail' && c.operation?.operationId === 'users.get',
        ),
      ).toMatchObject({ kind: 'response.field-added', message: 'field added (required)' });
    });

    it('prints the breaking changes first, grouped by area, one line each, and Markdown for the changelog', async () => {
      const report = await diffSpecs(EARLIER, CURRENT);
      const text = formatText(report).split('\n');
      expect(text[2]).toBe(
        '247 changes: 3 breaking for callers, 239 additive, 5 patch-level — calls for a major release.',
      );
      expect(text[4]).toBe('(document) — 1 breaking for callers');
      expect(text[5]).toMatch(
        /^ {2}\[breaking: callers\] +security scheme api_key_in_url +API key in query apikey no longer accepted/,
      );
      expect(text[7]).toBe('subscriptions — 2 breaking for callers, 10 additive, 5 patch-level');
      expect(text[8]).toMatch(
        /^ {2}\[breaking: callers\] +webhook_call_event_subscription\.create +POST \/api\/v2\/subscriptions\/call +request body \.call_states\[\]: enum value "eavesdrop" removed$/,
      );
      const markdown = formatMarkdown(report);
      expect(markdown.indexOf('### Breaking changes for callers')).toBeLessThan(markdown.indexOf('### Added'));
      expect(markdown).toContain(
        '  - `call.ai_recap` (`GET /api/v2/call/{id}/ai_recap`): operation added (scope ai\\_recap)',
      );
    });
  },
);

describe('spec diff of Dialpad’s description → our spec', { timeout: 30_000 }, () => {
  it('reports no operation missing and none extra: all 241 are covered', async () => {
    const report = await diffSpecs(CURRENT, ROOT);
    expect(report.old.operations).toBe(241);
    expect(report.new.operations).toBe(241);
    expect(report.changes.filter((c) => c.kind === 'operation.removed' || c.kind === 'operation.added')).toEqual([]);
  });
});
