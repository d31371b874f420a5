import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../generator/spec-diff/index.js';
import { fixture, lines, only } from './support.js';

async function pair(kind: string, oldExt = 'yaml', newExt = 'yaml') {
  return diffSpecs(fixture(`${kind}.old.${oldExt}`), fixture(`${kind}.new.${newExt}`));
}

describe('spec diff: operations', () => {
  it('finds added, removed, renamed, moved and deprecated operations, matching ours by operationId when the path changed', async () => {
    const report = await pair('operations');
    expect(lines(report)).toEqual(
      [
        'additive | operation.added | things.create | -',
        'additive | operation.deprecated | things.legacy | -',
        'breaking-callers | operation.moved | gadgets.get | -',
        'breaking-callers | operation.path-parameters-renamed | things.get | -',
        'breaking-callers | operation.removed | things.delete | -',
        'breaking-callers | operation.renamed | things.total | -',
      ].sort(),
    );
    expect(only(report, { kind: 'operation.moved' }).before).toBe('GET /gadgets/{id}');
    expect(only(report, { kind: 'operation.added' }).message).toBe(
      'operation added (write access; scope things:write)',
    );
    expect(report.bump).toBe('major');
  });
});

describe('spec diff: parameters', () => {
  it('finds added, removed, required-ness, type and enum changes of parameters (3.0 JSON against 3.1 YAML)', async () => {
    const report = await pair('parameters', 'json', 'yaml');
    expect(lines(report)).toEqual(
      [
        'breaking-callers | parameter.added | calls.list | header parameter X-Trace-Id',
        'breaking-callers | parameter.removed | calls.list | query parameter cursor',
        'breaking-callers | parameter.required-changed | calls.list | query parameter limit',
        'breaking-callers | parameter.type-changed | calls.list | query parameter since',
        'breaking-callers | parameter.enum-value-removed | calls.list | query parameter state',
        'additive | parameter.type-changed | calls.list | query parameter page',
        'additive | parameter.added | calls.list | query parameter sort',
        'additive | parameter.enum-value-added | calls.list | query parameter state',
        'additive | parameter.required-changed | calls.list | query parameter verbose',
      ].sort(),
    );
    expect(only(report, { kind: 'parameter.enum-value-removed' }).before).toEqual(['eavesdrop']);
    expect(only(report, { kind: 'parameter.enum-value-added' }).after).toEqual(['hold']);
    expect(only(report, { location: 'query parameter since' }).message).toBe('type string → integer');
  });
});

describe('spec diff: request bodies', () => {
  it('finds field, required-ness, type and enum changes through $refs whose names differ, and body-level changes', async () => {
    const report = await pair('request-bodies');
    expect(lines(report)).toEqual(
      [
        'breaking-callers | request-body.field-removed | sms.send | request body .channel',
        'breaking-callers | request-body.required-changed | sms.send | request body .group',
        'breaking-callers | request-body.enum-value-removed | sms.send | request body .priority',
        'breaking-callers | request-body.type-changed | sms.send | request body .recipients[].number',
        'breaking-callers | request-body.field-added | sms.send | request body .sender',
        'additive | request-body.field-added | sms.send | request body .note',
        'additive | request-body.enum-value-added | sms.send | request body .priority',
        'additive | request-body.enum-value-added | sms.send | request body .recipients[].kind',
        'additive | request-body.required-changed | sms.send | request body .text',
        'breaking-callers | request-body.required-changed | contacts.create | request body',
        'breaking-callers | request-body.removed | notes.create | request body',
        'breaking-callers | request-body.added | tags.create | request body',
      ].sort(),
    );
    expect(only(report, { location: 'request body .sender' }).message).toBe('field added (required)');
  });
});

describe('spec diff: responses', () => {
  it('finds response field, required-ness, type, nullability, enum and status changes, judged as outputs', async () => {
    const report = await pair('responses');
    expect(lines(report)).toEqual(
      [
        'breaking-callers | response.status-removed | users.create | response 200',
        'additive | response.status-added | users.create | response 201',
        'breaking-callers | response.required-changed | users.get | response 200 .email',
        'breaking-callers | response.type-changed | users.get | response 200 .id',
        'breaking-callers | response.nullable-changed | users.get | response 200 .manager',
        'breaking-callers | response.field-removed | users.get | response 200 .name',
        'breaking-callers | response.type-changed | users.get | response 200 .score',
        'additive | response.enum-value-added | users.get | response 200 .state',
        'additive | response.field-added | users.get | response 200 .title',
        'patch | response.enum-value-removed | users.get | response 200 .role',
        'patch | response.status-removed | users.get | response 404',
        'patch | response.status-added | users.get | response 429',
      ].sort(),
    );
    expect(only(report, { location: 'response 200 .id' }).message).toBe('type integer (int64) → string');
  });

  it('sees no change where only the spelling differs: 3.0 nullable against 3.1 type arrays, other schema names, inline against $ref, cycles', async () => {
    const report = await pair('equivalent', 'json', 'yaml');
    expect(report.changes).toEqual([]);
    expect(report.bump).toBe('none');
    expect(report.warnings).toEqual([]);
  });
});

describe('spec diff: permissions from our extensions', () => {
  it('classifies area, access, scope, effect-flag, rate-limit, webhook and size changes for callers and for agent grants', async () => {
    const report = await pair('permissions');
    expect(lines(report)).toEqual(
      [
        'breaking-grants | area.changed | contacts.get | x-dialpad-area',
        'breaking-grants | access.changed | contacts.get | x-dialpad-access',
        'additive | access.changed | users.update | x-dialpad-access',
        'breaking-grants | scopes.added | contacts.delete | scopes',
        'additive | scopes.removed | calls.initiate | scopes',
        'breaking-grants | effect.flag-added | contacts.delete | x-dialpad-effect',
        'breaking-grants | effect.flag-added | sms.send | x-dialpad-effect',
        'breaking-callers | effect.flag-added | stats.create | x-dialpad-effect',
        'additive | effect.flag-removed | sms.send | x-dialpad-effect',
        'patch | effect.description-changed | stats.create | x-dialpad-effect',
        'breaking-callers | rate-limit.tightened | sms.send | rate limits',
        'breaking-callers | rate-limit.tightened | calls.initiate | rate limits',
        'additive | rate-limit.loosened | calls.initiate | rate limits',
        'breaking-callers | webhook-event.removed | sms.send | x-dialpad-webhook-event',
        'breaking-callers | webhook-event.changed | users.update | x-dialpad-webhook-event',
        'additive | webhook-event.added | stats.create | x-dialpad-webhook-event',
        'breaking-callers | max-request-bytes.lowered | sms.send | x-dialpad-max-request-bytes',
        'patch | since.changed | stats.create | x-dialpad-since',
        'patch | source.changed | stats.create | x-dialpad-source',
      ].sort(),
    );
    expect(only(report, { kind: 'scopes.added' }).after).toBe('contacts:admin');
    expect(only(report, { kind: 'effect.flag-added', operationId: 'contacts.delete' }).after).toBe('irreversible');
    expect(only(report, { kind: 'effect.flag-added', operationId: 'sms.send' }).after).toBe('external');
    expect(only(report, { kind: 'rate-limit.tightened', operationId: 'sms.send' }).message).toBe(
      'rate limit (company) tightened: 100 per 60 s → 50 per 60 s',
    );
    // A new company limit of 1200 a minute is the company ceiling itself: no change; 1 per 5 s is.
    expect(only(report, { kind: 'rate-limit.tightened', operationId: 'calls.initiate' }).message).toBe(
      'new rate limit (company): 1 per 5 s',
    );
    expect(report.counts.byImpact).toEqual({ 'breaking-callers': 6, 'breaking-grants': 5, additive: 5, patch: 3 });
  });

  it('reads scopes and rate limits from a description without our extensions: security scopes, x-ratelimit and prose', async () => {
    const report = await pair('security', 'json', 'json');
    expect(lines(report)).toEqual(
      [
        'breaking-callers | security.scheme-removed | - | security scheme api_key_in_url',
        'breaking-grants | scopes.added | call.list | scopes',
        'breaking-callers | rate-limit.tightened | call.ai_recap | rate limits',
        'breaking-callers | security.alternative-removed | status.get | security',
      ].sort(),
    );
    expect(only(report, { kind: 'rate-limit.tightened' }).message).toBe(
      'rate limit (company) tightened: 60 per 60 s → 1 per 5 s',
    );
    expect(only(report, { kind: 'security.alternative-removed' }).message).toBe('now requires authentication');
    // The API key leaves once, document-wide, not once per operation that inherited or repeated it.
    expect(report.changes.filter((c) => JSON.stringify(c).includes('api_key_in_url'))).toHaveLength(1);
  });
});
