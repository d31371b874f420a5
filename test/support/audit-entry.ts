import type { AuditEntry } from '../../src/audit/record.js';

/**
 * An audit entry as the request path hands it to the log: an `attempt` (before sending) or its
 * `outcome`, for `users.get` of user `id`. Tests of the stores need records, not a client.
 */
export function auditEntry(kind: 'attempt' | 'outcome', call: string, agent: string, id = '42'): AuditEntry {
  const time = new Date().toISOString();
  if (kind === 'outcome') {
    return { time, kind, call, agent, operationId: 'users.get', area: 'users', sent: true, status: 200, durationMs: 3, retries: 0, rateLimitWaitMs: 0, requestId: `req-${call}`, errorUuid: null, error: null };
  }
  return { time, kind, call, agent, operationId: 'users.get', area: 'users', method: 'GET', path: '/api/v2/users/{id}', access: 'read', decision: 'allowed', reason: 'granted', targets: { users: [id] }, numbers: [] };
}
