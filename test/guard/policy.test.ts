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

  it('names the path in the file and the line of each problem, in plain words', () => {
    const found = problems(`version: 1
agents:
  bot:
    grants:
      calls: admin
      phones: read
    allowIrreversible: "yes"
    expires: next tuesday
    budgets:
      - { operations: [sms.send], limit: 0, per: 1 week }
      - { operations: [sms.send], area: messages, limit: 5, per: 1d }
    targets: { numbers: [call-me] }
`);
    expect(found).toEqual([
      '5 agents.bot.grants.calls: must be one of none, read, write',
      '6 agents.bot.grants.phones: unknown key "phones"',
      '7 agents.bot.allowIrreversible: must be true or false',
      '8 agents.bot.expires: must be a date-time (e.g. 2027-01-31T00:00:00Z)',
      '10 agents.bot.budgets.0.limit: must be at least 1',
      '10 agents.bot.budgets.0.per: must be a duration like 30m, 1h, 1d or 7d',
      '11 agents.bot.budgets.1: a budget counts either `operations` or an `area` (give one of the two)',
      '12 agents.bot.targets.numbers.0: must be a phone number, e.g. +14155550100',
    ]);
  });

  it('says what a policy needs when it lacks it: a version, agents, any content at all', () => {
    expect(problems('agents:\n  bot:\n    grants: { users: read }\n')).toEqual(['1 version: a policy starts with `version: 1`']);
    expect(problems('version: 2\nagents:\n  bot: {}\n')).toEqual(['1 version: version must be 1']);
    expect(problems('version: 1\nagents: {}\n')).toEqual(['2 agents: a policy needs at least one agent under agents:']);
    expect(problems('version: 1\n')).toEqual(['1 agents: a policy needs `agents:` with at least one agent']);
    expect(problems('')).toEqual(['1 : the file is empty: expected a policy with `version: 1` and `agents:`']);
    expect(problems('# nothing but a comment\n')).toEqual(['1 : the file is empty: expected a policy with `version: 1` and `agents:`']);
    expect(problems('- just\n- a list\n')).toEqual(['1 : must be a mapping (key: value lines)']);
  });

  it('refuses an unknown operationId in allow, deny, approval and budgets, suggesting the right one', () => {
    expect(problems('version: 1\nagents:\n  bot:\n    deny: [sms.sned]\n')).toEqual(['4 agents.bot.deny.0: unknown operationId "sms.sned" (did you mean sms.send?)']);
    expect(problems('version: 1\nagents:\n  bot:\n    approval: [extrenal, users.delte]\n')).toEqual([
      '4 agents.bot.approval.0: "extrenal" is neither an effect class (external, irreversible, live-call) nor an operationId (did you mean external?)',
      '4 agents.bot.approval.1: "users.delte" is neither an effect class (external, irreversible, live-call) nor an operationId (did you mean users.delete?)',
    ]);
    expect(problems('version: 1\nagents:\n  bot:\n    budgets:\n      - { operations: [sms.sendd], limit: 5, per: 1d }\n')).toEqual([
      '5 agents.bot.budgets.0.operations.0: unknown operationId "sms.sendd" (did you mean sms.send?)',
    ]);
  });

  it('reports malformed YAML on the line it went wrong, not the line after', () => {
    expect(problems('version: 1\nagents:\n  bot:\n    grants: { calls: read\n')[0]).toMatch(/^4 : malformed YAML: Flow map/);
    expect(problems('version: 1\nagents:\n  bot:\n    description: "unclosed\n')[0]).toMatch(/^4 : malformed YAML: Missing closing "quote/);
    expect(problems('version: 1\nagents:\n  bot: : x\n  other: {}\n')[0]).toMatch(/^3 : malformed YAML/);
  });

  it('loads approval, dry run and budgets, naming budgets after what they cover unless named', () => {
    const loaded = parsePolicy(`version: 1
agents:
  dialer:
    grants: { calls: write, users: read }
    approval: [external, users.update]
  rehearsal:
    grants: { messages: write }
    dryRun: true
  texter:
    grants: { messages: write }
    budgets:
      - operations: [sms.send]
        limit: 50
        per: 1d
      - { name: any message, area: messages, access: write, limit: 200, per: 7d }
`);
    expect(loaded.agents.dialer!.approval).toEqual(['external', 'users.update']);
    expect(loaded.agents.rehearsal!.dryRun).toBe(true);
    expect(loaded.agents.texter!.budgets).toEqual([
      { name: 'sms.send per 1d', operations: ['sms.send'], area: undefined, access: undefined, limit: 50, per: '1d', perMs: 86_400_000 },
      { name: 'any message', operations: undefined, area: 'messages', access: 'write', limit: 200, per: '7d', perMs: 7 * 86_400_000 },
    ]);
    expect(problems('version: 1\nagents:\n  a:\n    budgets:\n      - { name: x, area: calls, limit: 1, per: 1h }\n      - { name: x, area: users, limit: 1, per: 1h }\n')).toEqual([
      '6 agents.a.budgets.1.name: another budget of this agent is called "x": give each a name of its own',
    ]);
  });

  it('reports a granted operation whose scope the credential lacks: warning by default, error on request', () => {
    const text = 'version: 1\nagents:\n  analyst:\n    grants: { calls: read }\n';
    const loaded = parsePolicy(text);
    expect(loaded.warnings).toEqual([
      'policy.yaml:4 agents.analyst.grants: grants calls.aiRecap, which needs the OAuth scope ai_recap that credential.scopes does not list',
      'policy.yaml:4 agents.analyst.grants: grants calls.list, which needs the OAuth scope calls:list that credential.scopes does not list',
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
