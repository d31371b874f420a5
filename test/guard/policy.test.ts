import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantedOperations, parsePolicy, PolicyError } from '../../src/index.js';

function problems(text: string, options?: Parameters<typeof parsePolicy>[2]): string[] {
  try {
    parsePolicy(text, 'policy.yaml', options);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).problems.map((p) => `${p.line ?? '-'} ${p.path}: ${p.message}`);
  }
  throw new Error('expected the policy to be refused');
}

const GOOD = `
version: 1
credential:
  scopes: [calls:list, message_content_export]
agents:
  support-bot:
    grants: { calls: read, messages: write, contacts: write, users: read }
    allow: [users.screenPop]
    deny: [contacts.delete]
    targets:
      users: [5835806903417907, 'me']
    expires: 2030-01-01T00:00:00Z
  reporter:
    grants: { stats: write, calls: read }
    enabled: false
`;

describe('policy files', () => {
  it('loads grants, allow/deny, targets, expiry and the kill switch', () => {
    const policy = parsePolicy(GOOD);
    const bot = policy.agents['support-bot']!;
    expect(bot.grants).toEqual({ calls: 'read', messages: 'write', contacts: 'write', users: 'read' });
    expect(bot.allow).toEqual(['users.screenPop']);
    expect(bot.deny).toEqual(['contacts.delete']);
    expect(bot.targets.users).toEqual(['5835806903417907', 'me']);
    expect(bot.expires?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(bot.enabled).toBe(true);
    expect(policy.agents.reporter!.enabled).toBe(false);
    expect(policy.credentialScopes).toEqual(['calls:list', 'message_content_export']);
    const granted = grantedOperations(policy, 'support-bot');
    expect(granted).toContain('sms.send');
    expect(granted).toContain('calls.list');
    expect(granted).toContain('users.screenPop');
    expect(granted).not.toContain('contacts.delete');
    expect(granted).not.toContain('calls.initiate');
  });

  it('names the path in the file and the line of each problem', () => {
    const found = problems(`agents:
  bot:
    grants:
      calls: admin
      phones: read
    allowIrreversible: "yes"
    expires: next tuesday
`);
    expect(found).toEqual(
      expect.arrayContaining([
        '4 agents.bot.grants.calls: must be one of none, read, write',
        '5 agents.bot.grants.phones: unknown key "phones"',
        '6 agents.bot.allowIrreversible: must be boolean',
        '7 agents.bot.expires: must be a date-time (e.g. 2027-01-31T00:00:00Z)',
      ]),
    );
  });

  it('refuses an unknown operationId in allow/deny, suggesting the right one', () => {
    expect(problems('agents:\n  bot:\n    deny: [sms.sned]\n')).toEqual(['3 agents.bot.deny.0: unknown operationId "sms.sned" (did you mean sms.send?)']);
  });

  it('refuses malformed YAML with its line, and a file without agents', () => {
    expect(problems('agents:\n  bot:\n    grants: { calls: read\n')[0]).toMatch(/^\d+ : malformed YAML/);
    expect(problems('version: 1\n')).toEqual(['1 agents: missing "agents"']);
  });

  it('reports a granted operation whose scope the credential lacks: warning by default, error on request', () => {
    const text = 'agents:\n  analyst:\n    grants: { calls: read }\n';
    const loaded = parsePolicy(text);
    expect(loaded.warnings).toEqual([
      'policy.yaml:3 agents.analyst.grants: grants calls.aiRecap, which needs the OAuth scope ai_recap that credential.scopes does not list',
      'policy.yaml:3 agents.analyst.grants: grants calls.list, which needs the OAuth scope calls:list that credential.scopes does not list',
    ]);
    expect(problems(text, { onMissingScope: 'error' })).toHaveLength(2);
    expect(problems(`onMissingScope: error\n${text}`)).toHaveLength(2);
    expect(parsePolicy(`credential: { scopes: [calls:list, ai_recap] }\n${text}`).warnings).toEqual([]);
  });

  it('never crashes on generated input: it loads, or it throws PolicyError', () => {
    const level = fc.constantFrom('none', 'read', 'write', 'admin', 1, null, true);
    const agent = fc.record(
      {
        grants: fc.dictionary(fc.constantFrom('calls', 'messages', 'users', 'contacts', 'stats', 'events', 'phones', ''), level),
        allow: fc.array(fc.constantFrom('sms.send', 'users.get', 'nope', 42)),
        deny: fc.array(fc.constantFrom('calls.initiate', 'users.delete', '')),
        allowIrreversible: fc.constantFrom(true, false, 'yes'),
        targets: fc.record({ users: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))) }, { requiredKeys: [] }),
        expires: fc.constantFrom('2030-01-01T00:00:00Z', 'soon', 5),
        enabled: fc.constantFrom(true, false, 'no'),
      },
      { requiredKeys: [] },
    );
    const policy = fc.record({ version: fc.constantFrom(1, 2), agents: fc.dictionary(fc.string({ maxLength: 70 }), agent), credential: fc.anything() }, { requiredKeys: [] });
    const yamlish = fc.oneof(
      policy.map((p) => JSON.stringify(p)),
      fc.string({ maxLength: 200 }),
      fc.constantFrom('agents: *x', 'a: &a [*a]', '- - -', '{', 'agents:\n  a:\n    grants: [1, 2]', '\u0000', '!!binary x'),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          parsePolicy(text);
        } catch (error) {
          if (!(error instanceof PolicyError)) throw error;
          expect(error.problems.length).toBeGreaterThan(0);
          expect(error.message).toMatch(/^invalid policy policy\.yaml/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
