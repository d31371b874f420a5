import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDialpadClient, createGuard, toolsForAgent, loadPolicy } from '../../src/index.js';
import { ROOT } from '../support/prism.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bollard-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text?: string) => {
  const path = join(dir, name);
  if (text !== undefined) writeFileSync(path, text);
  return path;
};

const POLICY = file(
  'policy.yaml',
  `version: 1
agents:
  helpdesk:
    grants: { users: read, contacts: write }
    deny: [contacts.delete]
    targets: { users: ['5835806903417907'] }
  dialer:
    grants: { calls: write }
`,
);

describe('bollard-dialpad audit verify', () => {
  let lines: string[];
  let log: string;
  beforeAll(async () => {
    log = file('audit.jsonl');
    const client = createDialpadClient({
      apiKey: 'sk_cli_test_key_0123456789',
      baseUrl: inject('prismUrl'),
      policy: POLICY,
      agent: 'helpdesk',
      rateLimit: false,
      audit: { sink: { file: log }, checkpointKey: 'cli-test-key' },
    });
    await client.users.get('5835806903417907');
    await client.calls.get(1).catch(() => undefined); // denied: no grant for calls
    await client.contacts.get('1');
    await client.close();
    lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).kind)).toEqual(['attempt', 'outcome', 'refused', 'attempt', 'outcome']);
  });

  it.concurrent('accepts an intact log; names the line an alteration or a removal breaks, and a cut tail', async ({ expect }) => {
    const checkpoint = readFileSync(`${log}.checkpoint`, 'utf8');
    const copy = (name: string, kept: (string | undefined)[], withCheckpoint = true) => {
      const path = file(name, `${kept.join('\n')}\n`);
      if (withCheckpoint) writeFileSync(`${path}.checkpoint`, checkpoint);
      return path;
    };
    const keyFile = file('key', 'cli-test-key');
    const wrongKey = file('wrong-key', 'not-the-key');
    const [ok, signed, forged, edited, removed, cut, bare] = await Promise.all([
      runCli(['audit', 'verify', log]),
      runCli(['audit', 'verify', log, '--key-file', keyFile]),
      runCli(['audit', 'verify', log, '--key-file', wrongKey]),
      runCli(['audit', 'verify', copy('altered.jsonl', [lines[0], lines[1], lines[2]!.replace('"decision":"denied"', '"decision":"allowed"'), lines[3], lines[4]])]),
      runCli(['audit', 'verify', copy('removed.jsonl', [lines[0], lines[1], lines[3], lines[4]])]),
      runCli(['audit', 'verify', copy('cut.jsonl', lines.slice(0, 3))]),
      runCli(['audit', 'verify', copy('bare.jsonl', lines, false)]),
    ]);
    expect(ok).toEqual({ code: 0, stdout: 'ok: 5 records, chain intact; checkpoint matches\n', stderr: '' });
    expect(signed).toEqual({ code: 0, stdout: 'ok: 5 records, chain intact; checkpoint matches, signature valid\n', stderr: '' });
    expect(forged).toMatchObject({ code: 1, stdout: expect.stringMatching(/signature does not match/) });
    expect(edited).toMatchObject({ code: 1, stdout: 'line 3: its content was altered (hash does not match)\n' });
    expect(removed).toMatchObject({ code: 1, stdout: 'line 3: record(s) 3–3 are missing before it\n' });
    expect(cut).toMatchObject({ code: 1, stdout: 'line 4: the log ends at record 3 but its checkpoint says record 5 was written: records 4–5 were cut from its end\n' });
    expect(bare).toMatchObject({ code: 1, stdout: expect.stringMatching(/no checkpoint beside the log/) });
  });
});

describe('bollard-dialpad policy, reference, mcp refusals and usage', () => {
  it.concurrent('policy check lists each agent; a bad policy exits 2 naming file:line and path', async ({ expect }) => {
    const bad = file(
      'bad.yaml',
      `version: 1
agents:
  helpdesk:
    grants:
      users: admin
    allow:
      - calls.initate
`,
    );
    const [good, example, broken] = await Promise.all([
      runCli(['policy', 'check', POLICY]),
      runCli(['policy', 'check', join(ROOT, 'examples/policy.yaml')]),
      runCli(['policy', 'check', bad]),
    ]);
    expect(good.code).toBe(0);
    // As many operations as the guard gives each agent, right-aligned in three columns.
    const count = (agent: string) => String(createGuard(loadPolicy(POLICY), agent).operationIds().length).padStart(3);
    expect(good.stdout).toBe(
      [
        `${POLICY}: 2 agents`,
        `  helpdesk  ${count('helpdesk')} operations`,
        '            Grants: users read, contacts write.',
        '            Denied whatever the grants say: contacts.delete.',
        '            May act only as or on these users: 5835806903417907.',
        `  dialer    ${count('dialer')} operations`,
        '            Grants: calls write.',
        '2 warnings:',
        `  ${POLICY}:8 agents.dialer.grants: grants calls.aiRecap, which needs the OAuth scope ai_recap that credential.scopes does not list`,
        `  ${POLICY}:8 agents.dialer.grants: grants calls.list, which needs the OAuth scope calls:list that credential.scopes does not list`,
        '',
      ].join('\n'),
    );
    expect(example).toMatchObject({ code: 0, stderr: '' });
    expect(example.stdout).toMatch(/examples\/policy\.yaml: 5 agents\n/);
    expect(example.stdout.match(/^ {2}\S+ +\d+ operations$/gm)?.map((line) => line.trim().split(' ')[0])).toEqual(['front-desk', 'dialer', 'texter', 'rehearsal', 'reporting']);
    // Each rule describes its part: the approval, the budget and the rehearsal show up where set.
    expect(example.stdout).toContain('Asks a person before: external');
    expect(example.stdout).toContain('Budget "sms.send per 1d": at most 50 per 1d.');
    expect(example.stdout).toContain('Rehearses (dryRun)');
    expect(example.stdout).toMatch(/no warnings\n$/);
    expect(broken).toMatchObject({ code: 2, stdout: '' });
    expect(broken.stderr).toContain(`${bad}:5 agents.helpdesk.grants.users: must be one of none, read, write`);
    // Schema problems come first; once the shape is right, unknown operationIds are named too.
    const typo = file('typo.yaml', 'version: 1\nagents:\n  helpdesk:\n    allow:\n      - calls.initate\n');
    const misspelt = await runCli(['policy', 'check', typo]);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain(
      `${typo}:5 agents.helpdesk.allow.0: unknown operationId "calls.initate" (did you mean calls.initiate?)`,
    );
  });

  it.concurrent('reference --out writes a page listing only the agent’s operations', async ({ expect }) => {
    const out = join(dir, 'helpdesk.html');
    const run = await runCli(['reference', '--policy', POLICY, '--agent', 'helpdesk', '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: `wrote ${out}: ${createGuard(loadPolicy(POLICY), 'helpdesk').operationIds().length} operations for agent "helpdesk"\n` });
    const html = readFileSync(out, 'utf8');
    const island = /<script type="application\/json" id="reference-data">([\s\S]*?)<\/script>/.exec(html);
    const data = JSON.parse(island![1]!) as {
      operations: { id: string }[];
      agent: { name: string; grants: Record<string, string>; notes: string[] };
    };
    const expected = toolsForAgent(loadPolicy(POLICY), 'helpdesk').map((t) => t.operationId);
    expect(data.operations.map((op) => op.id).sort()).toEqual([...expected].sort());
    expect(data.operations.map((op) => op.id)).not.toContain('calls.initiate');
    expect(data.agent.name).toBe('helpdesk');
    expect(data.agent.grants).toMatchObject({ users: 'read', contacts: 'write', calls: 'none' });
    expect(data.agent.notes).toEqual([
      'Denied whatever the grants say: contacts.delete.',
      'May act only as or on these users: 5835806903417907.',
    ]);
    expect(html).toMatch(/<title>[^<]*agent helpdesk<\/title>/);
  });

  it.concurrent(
    'mcp refuses to start without a key, with a bad policy or with an unknown agent; an unknown command shows the usage',
    async ({ expect }) => {
      const bad = file('bad-mcp.yaml', 'version: 1\nagents:\n  helpdesk:\n    grants: { users: sometimes }\n');
      const [noKey, badPolicy, noAgent, unknown] = await Promise.all([
        runCli(['mcp', '--policy', POLICY, '--agent', 'helpdesk']),
        runCli(['mcp', '--policy', bad, '--agent', 'helpdesk'], { DIALPAD_API_KEY: 'k' }),
        runCli(['mcp', '--policy', POLICY, '--agent', 'nobody'], { DIALPAD_API_KEY: 'k' }),
        runCli(['frobnicate']),
      ]);
      expect(noKey).toMatchObject({ code: 2, stdout: '' });
      expect(noKey.stderr).toMatch(/^bollard-dialpad: DIALPAD_API_KEY is not set/);
      expect(badPolicy).toMatchObject({ code: 2, stdout: '' });
      expect(badPolicy.stderr).toContain(`${bad}:4 agents.helpdesk.grants.users: must be one of none, read, write`);
      expect(noAgent).toMatchObject({
        code: 2,
        stderr: `bollard-dialpad: ${POLICY} has no agent "nobody" (agents: helpdesk, dialer)\n`,
      });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(
        /^bollard-dialpad: unknown command "frobnicate"\n\nUsage: bollard-dialpad <command>/,
      );
    },
  );
});
