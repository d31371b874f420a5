import type { AuditEntry } from '../../src/audit/record.js';

/**
 * An audit entry as the request path hands it to the log: an `attempt` (before sending) or its
 * `outcome`, for `users.get` of user `id`. Tests of the stores need records, not a client.
 */
export function auditEntry(kind: 'attempt' | 'outcome', call: string, agent: string, id = '42'): AuditEntry {
  return {
    time: new Date().toISOString(),
    kind,
    call,
    agent,
    operationId: 'users.get',
    method: 'GET',
    path: '/api/v2/users/{id}',
    area: 'users',
    access: 'read',
    decision: 'allowed',
    reason: 'granted',
    targets: { users: [id] },
    numbers: [],
    sent: kind === 'outcome' ? true : null,
    status: kind === 'outcome' ? 200 : null,
    durationMs: kind === 'outcome' ? 3 : null,
    retries: kind === 'outcome' ? 0 : null,
    rateLimitWaitMs: kind === 'outcome' ? 0 : null,
    requestId: kind === 'outcome' ? `req-${call}` : null,
    errorUuid: null,
    error: null,
  };
}
