import { readFileSync } from 'node:fs';
import { createAuditLog } from '../../src/audit/log.js';
import type { AuditRecord } from '../../src/audit/record.js';
import { createDialpadClient, parsePolicy, type LoadedPolicy } from '../../src/index.js';
import { json, startLocalServer } from '../support/local-server.js';

/** The policy of the realistic log: three agents, one switched off. */
export const REPORT_POLICY_YAML = `
version: 1
agents:
  support-bot:
    grants: { users: read, messages: write, contacts: read }
    targets: { users: [42, 43, 44, 45] }
  billing-agent:
    grants: { users: write, stats: read }
    deny: [users.delete]
  retired-bot:
    grants: { users: read }
    enabled: false
`;

export const reportPolicy = (): LoadedPolicy => parsePolicy(REPORT_POLICY_YAML, 'report-policy.yaml');

export interface RealisticLog {
  file: string;
  records: AuditRecord[];
  /** How many calls each agent made, by decision, as the log should show them. */
  expected: Record<string, Record<string, number>>;
  requestsSeen: number;
}

/**
 * Builds an audit log through the real client against a local server on 127.0.0.1: allowed calls
 * (200), errors (404, 500), denials of five kinds, refusals (invalid, too large), and one attempt
 * left without its outcome (written with the real audit writer, as a process killed mid-call
 * leaves it). Nothing leaves loopback.
 */
export async function buildRealisticLog(file: string): Promise<RealisticLog> {
  const server = await startLocalServer((req, res) => {
    if (req.path === '/api/v2/contacts/404') return json(res, 404, { error: { code: 404, message: 'no such contact', request_id: 'req-404' } });
    if (req.path === '/api/v2/users/500') return json(res, 500, { error: { code: 500, message: 'boom' } }, { 'x-request-id': 'req-500' });
    json(res, 200, { id: '1' }, { 'x-request-id': `req-${req.path.split('/').pop()}` });
  });
  const policy = reportPolicy();
  const client = (agent: string) => createDialpadClient({ apiKey: 'sk_test_report', baseUrl: server.url, policy, agent, audit: { sink: { file } }, rateLimit: false, maxRetries: 0 });
  const swallow = (promise: Promise<unknown>) => promise.catch(() => undefined);
  try {
    const support = client('support-bot');
    for (const id of ['42', '43', '44', '45']) await support.users.get(id);
    await support.sms.send({ user_id: 42, to_numbers: ['+14155550123'], text: 'hello' });
    await swallow(support.sms.send({ user_id: 99, to_numbers: ['+14155550199'], text: 'hello' })); // target-not-allowed
    await swallow(support.users.update('42', { first_name: 'x' })); // read-only-grant
    await swallow(support.users.update('43', { first_name: 'y' })); // read-only-grant
    await swallow(support.calls.initiate('42', { phone_number: '+14155550123' })); // no-grant
    await swallow(support.contacts.get('404')); // 404
    await swallow(support.contacts.get('..')); // invalid-request (dot segment)
    await swallow(support.sms.send({ user_id: 42, to_numbers: ['+14155550123'], text: 'x'.repeat(1_100_000) })); // too-large
    await support.close();

    const billing = client('billing-agent');
    await billing.users.update('7', { first_name: 'z' });
    await swallow(billing.users.get('500')); // 500
    await swallow(billing.users.delete('7')); // denied-by-deny-list
    await swallow(billing.sms.send({ user_id: 7, to_numbers: ['+14155550100'], text: 'hi' })); // no-grant
    await billing.close();

    const retired = client('retired-bot');
    await swallow(retired.users.get('1')); // agent-disabled
    await retired.close();

    // A call whose process died after its attempt was on disk: the attempt, and no outcome.
    const log = createAuditLog({ sink: { file } });
    await log.write({
      time: new Date().toISOString(),
      kind: 'attempt',
      call: 'c0ffee00-dead-4bad-8000-000000000001',
      agent: 'billing-agent',
      operationId: 'users.update',
      method: 'PATCH',
      path: '/api/v2/users/{id}',
      area: 'users',
      access: 'write',
      decision: 'allowed',
      reason: 'granted',
      targets: { user: ['8'] },
      numbers: [],
    });
    await log.close();
  } finally {
    await server.close();
  }
  const records = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AuditRecord);
  return {
    file,
    records,
    expected: {
      'support-bot': { allowed: 6, denied: 4, refused: 2 },
      'billing-agent': { allowed: 3, denied: 2 },
      'retired-bot': { denied: 1 },
    },
    requestsSeen: server.requests.length,
  };
}
