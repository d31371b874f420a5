import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../generated/fixtures/index.js';
import { operationIds, operations, type OperationId } from '../../generated/operations.js';
import { AccessDeniedError, createDialpadClient, parsePolicy, type DialpadClient } from '../../src/index.js';
import { invokeAreaMethod } from '../support/invoke.js';
import { json, startLocalServer, type LocalServer } from '../support/local-server.js';

const LEVELS = ['none', 'read', 'write', 'write+allowIrreversible'] as const;
type Level = (typeof LEVELS)[number];

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((_, res) => json(res, 200, {}));
});
afterAll(() => server.close());

function clientFor(level: Level, area: string): DialpadClient {
  const grant = level === 'write+allowIrreversible' ? 'write' : level;
  const grants = area === 'oauth' ? '{}' : `{ ${area}: ${grant} }`;
  const policy = parsePolicy(
    `version: 1\ncredential: { scopes: [calls:list, ai_recap, screen_pop] }\nagents:\n  agent:\n    grants: ${grants}\n    allowIrreversible: ${level === 'write+allowIrreversible'}\n`,
  );
  return createDialpadClient({ apiKey: 'k-matrix', baseUrl: server.url, policy, agent: 'agent', audit: false, rateLimit: false, maxRetries: 0 });
}

function expected(operationId: OperationId, level: Level): boolean {
  const op = operations[operationId];
  if (op.area === 'oauth' || level === 'none') return false;
  if (op.access === 'write' && level === 'read') return false;
  if ((op.effect.flags as readonly string[]).includes('irreversible') && level !== 'write+allowIrreversible') return false;
  return true;
}

const cases = operationIds.flatMap((id) => LEVELS.map((level) => [id, level, expected(id, level)] as const));

describe('every operation × every grant level', () => {
  it.each(cases)('%s with %s → allowed: %s', async (operationId, level, allowed) => {
    const client = clientFor(level, operations[operationId].area);
    const before = server.requests.length;
    const outcome = await invokeAreaMethod(client, operationId, fixtures[operationId].request).then(
      () => 'sent',
      (error: unknown) => error,
    );
    if (allowed) {
      expect(outcome).toBe('sent');
      expect(server.requests.length - before).toBe(1);
    } else {
      expect(outcome).toBeInstanceOf(AccessDeniedError);
      const denied = outcome as AccessDeniedError;
      expect(denied.agent).toBe('agent');
      expect(denied.operationId).toBe(operationId);
      expect(denied.area).toBe(operations[operationId].area);
      expect(denied.access).toBe(operations[operationId].access);
      expect(denied.message).toContain(`agent "agent" may not call ${operationId}`);
      expect(server.requests.length - before).toBe(0);
    }
  });

  it('covers every operation × 4 levels', () => {
    expect(cases).toHaveLength(operationIds.length * 4);
    expect(cases.filter(([, , allowed]) => allowed).length).toBeGreaterThan(100);
  });
});
