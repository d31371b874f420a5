import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packedTarball } from '../support/packed.js';
import { ROOT } from '../support/prism.js';
import { checkReadme, cliLines, safeToRun, type CliLine, type Facts } from './checks.js';
import { coverageLine, LAUNCHER, repositoryFacts } from './facts.js';
import { marked, parseMarkdown } from './markdown.js';
import { compileSnippets, RUN_FLAG, runSnippet, writeSnippets, type CompileProblem, type Snippet, type SnippetRun } from './snippets.js';

/**
 * Everything the README says is checked against what is: every name it gives (scripts, commands,
 * flags, files, agents) exists; its coverage line is recomputed; every TypeScript block compiles
 * against the packed package as a downstream project installs it; the blocks marked ```ts run and
 * the safe command lines run, against the mock, and a shown output is the real one.
 */
const run = promisify(execFile);
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const { blocks } = parseMarkdown(README);
const at = (problems: { line: number; message: string }[]) => problems.map((p) => `README.md:${p.line}: ${p.message}`);

let facts: Facts;
beforeAll(async () => {
  facts = await repositoryFacts();
}, 60_000);

describe('the README checker', () => {
  it('finds what does not exist: a script, a command, a subcommand, a flag, a file, an agent, a git ref', () => {
    const bad = [
      'Run `npm run lint` first, then `--colour`.',
      '```sh',
      'npx bollard-dialpad reference --policy policy.yaml --agent support-triage --out x.html',
      'npx bollard-dialpad frobnicate',
      'npx bollard-dialpad audit inspect log.jsonl',
      'npx bollard-dialpad policy check --strict examples/policy.yaml',
      'npm run mock -- --prot 4010',
      'npm run spec:diff -- v0.2.0 .',
      '```',
      'The policy lives in `examples/policies.yaml`, the client in `src/clinet.ts`.',
      '```ts',
      "createDialpadClient({ apiKey, policy, agent: 'support-bot' });",
      '```',
      '```yaml',
      'agents:',
      '  sales-dialer: { grants: { calls: write } }',
      '```',
      '```json',
      '{ "args": ["bollard-dialpad", "mcp", "--agent", "support-bot"], }',
      '```',
      '```jsonl',
      '{"seq":1}',
      '{"seq":2,}',
      '```',
    ].join('\n');
    const agents = '(it has front-desk, dialer, texter, rehearsal, reporting)';
    expect(at(checkReadme(bad, facts))).toEqual([
      'README.md:1: npm run lint: package.json has no script "lint"',
      'README.md:1: --colour: no command or script of this repository takes it',
      'README.md:3: --policy policy.yaml: no such file in the repository',
      `README.md:3: agent "support-triage" is not in examples/policy.yaml ${agents}`,
      'README.md:4: bollard-dialpad has no command "frobnicate" (it has mcp, audit, reference, policy, budgets)',
      'README.md:5: bollard-dialpad audit has no subcommand "inspect" (it has verify, export, report)',
      'README.md:6: bollard-dialpad policy has no option --strict (its --help lists --help, -h)',
      'README.md:7: npm run mock -- --prot: the script takes no --prot (it takes --port, --host)',
      'README.md:8: npm run spec:diff -- … v0.2.0: neither a file or folder of the repository nor a git ref of it',
      'README.md:10: examples/policies.yaml: no such file or folder in the repository',
      'README.md:10: src/clinet.ts: no such file or folder in the repository',
      `README.md:12: agent "support-bot" is not in examples/policy.yaml ${agents}`,
      `README.md:15: agent "sales-dialer" is not in examples/policy.yaml ${agents}`,
      `README.md:19: agent "support-bot" is not in examples/policy.yaml ${agents}`,
      expect.stringMatching(/^README\.md:19: the json block is not JSON/),
      expect.stringMatching(/^README\.md:24: the jsonl line is not JSON/),
    ]);
  });

  it('tells the lines it may run from those it may not, and reads a shown output', () => {
    const lines = cliLines(
      [
        '```console',
        '$ npx bollard-dialpad policy check examples/policy.yaml',
        'examples/policy.yaml: 5 agents',
        '```',
        '```sh',
        'DIALPAD_API_KEY=... npx bollard-dialpad mcp --policy examples/policy.yaml --agent front-desk',
        'npx bollard-dialpad audit verify FILE',
        'bollard-dialpad --version',
        '```',
      ].join('\n'),
    );
    expect(lines.map((l) => ({ line: l.line, args: l.args.join(' '), safe: safeToRun(l), expected: l.expected }))).toEqual([
      { line: 2, args: 'policy check examples/policy.yaml', safe: true, expected: 'examples/policy.yaml: 5 agents' },
      { line: 6, args: 'mcp --policy examples/policy.yaml --agent front-desk', safe: false, expected: undefined },
      { line: 7, args: 'audit verify FILE', safe: false, expected: undefined },
      { line: 8, args: '--version', safe: false, expected: undefined }, // a synopsis, not a command to type
    ]);
  });
});

describe('README.md', () => {
  it('names only scripts, commands, flags, files, git refs and agents that exist', () => {
    expect(at(checkReadme(README, facts))).toEqual([]);
  });

  it('states the coverage the operations table and Dialpad’s description give (between <!-- coverage --> markers)', () => {
    expect(marked(README, 'coverage')).toBe(coverageLine());
  });

  it('keeps the quick start to two commands: npm start and npm test', () => {
    const quickStart = README.slice(README.indexOf('## Quick start'), README.indexOf('\n## ', README.indexOf('## Quick start') + 1));
    const commands = parseMarkdown(quickStart).blocks.flatMap((b) => b.code.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
    expect(commands).toEqual(['npm start', 'npm test']);
  });

  it('marks runnable blocks, and every ts block is either compiled only or run', () => {
    const ts = blocks.filter((b) => b.lang === 'ts');
    expect(ts.length).toBeGreaterThan(5);
    expect(ts.filter((b) => b.flags.includes(RUN_FLAG)).length).toBeGreaterThanOrEqual(4);
    expect(ts.flatMap((b) => b.flags.filter((f) => f !== RUN_FLAG))).toEqual([]);
  });
});

describe('README.md against the packed package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bollard-readme-'));
  const app = join(dir, 'app');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const versionOf = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  // npx must use the installed package, never fetch one: offline, and a registry nobody serves.
  const offlineNpm = { ...process.env, npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/' };
  const snippetEnv = () => ({ DIALPAD_BASE_URL: inject('prismUrl'), DIALPAD_API_KEY: 'readme-test-key' });

  // The checker's own bad examples, compiled with the README's blocks (one tsc run) and run beside them.
  const broken = parseMarkdown(
    [
      'The events block as it once was: `policy` used and never declared (TS18004).',
      '```ts',
      "import { createEventReceiver } from '@bollard/dialpad';",
      '',
      "createEventReceiver({ secret: null, on: {}, agent: 'front-desk', policy });",
      '```',
    ].join('\n'),
  ).blocks;
  const failing = parseMarkdown(
    [
      '```ts run',
      "await fetch('http://192.0.2.1/').catch(() => undefined); // TEST-NET-1: never routed; refused before any packet",
      '```',
      '```ts run',
      'process.exitCode = 3;',
      '```',
    ].join('\n'),
  ).blocks;

  let snippets: Snippet[] = [];
  let failingSnippets: Snippet[] = [];
  let compiled = new Map<string, CompileProblem[]>();
  const runs = new Map<Snippet, SnippetRun>();

  /*
   * One install, one tsc run and the README's runs, for every test of this block (they are what
   * takes the time): the tests below then read their results, in any order or alone.
   */
  beforeAll(async () => {
    const tarball = await packedTarball();
    mkdirSync(app, { recursive: true });
    /*
     * What a reader installs to try every block: the package, @types/node and msw (an optional peer the
     * README names), from npm's cache at this repository's versions. ioredis (another optional peer),
     * fastify (for its Fastify block) and Prism (an optional peer, for startMockServer) are linked
     * from this repository: the same packages, with no download (npm's cache does not hold them).
     */
    const dependencies = { '@bollard/dialpad': `file:${tarball}`, ...Object.fromEntries(['@types/node', 'msw'].map((n) => [n, versionOf(n)])) };
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'readme-reader', private: true, type: 'module', dependencies }));
    await run('npm', ['install', '--no-audit', '--no-fund', '--offline'], { cwd: app, maxBuffer: 32 * 1024 * 1024 });
    for (const linked of ['ioredis', 'fastify', '@stoplight/prism-cli']) {
      mkdirSync(dirname(join(app, 'node_modules', linked)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', linked), join(app, 'node_modules', linked), 'dir');
    }
    // The README's paths are those of a clone: the example policy where it names it.
    cpSync(join(ROOT, 'examples/policy.yaml'), join(app, 'examples/policy.yaml'));
    snippets = writeSnippets(app, 'readme', blocks);
    writeSnippets(app, 'broken', broken);
    failingSnippets = writeSnippets(app, 'failing', failing);
    compiled = await compileSnippets(app, ['readme', 'broken', 'failing']);
    // One at a time, in README order: they share the mock and the audit log of the folder, as a reader's runs would.
    for (const snippet of snippets.filter((s) => s.block.flags.includes(RUN_FLAG))) runs.set(snippet, await runSnippet(app, snippet, snippetEnv()));
  }, 600_000);

  it('names only files the installed package has', () => {
    const installed = { ...facts, packaged: (path: string) => existsSync(join(app, 'node_modules/@bollard/dialpad', path)) };
    expect(at(checkReadme(README, installed))).toEqual([]);
    expect(at(checkReadme('`node_modules/@bollard/dialpad/generated/openapi.yaml`', installed))).toEqual([
      'README.md:1: node_modules/@bollard/dialpad/generated/openapi.yaml: not in the installed package',
    ]);
  });

  it('compiles every ts block, strict, against the package’s own types', () => {
    expect(snippets.length).toBe(blocks.filter((b) => b.lang === 'ts').length);
    expect(at(compiled.get('readme') ?? [{ line: 0, message: 'not compiled' }])).toEqual([]);
  });

  it('reports a block that does not compile at its README line', () => {
    expect(at(compiled.get('broken') ?? [])).toEqual([expect.stringMatching(/^README\.md:5: error TS18004: No value exists in scope for the shorthand property 'policy'/)]);
  });

  it('runs every ```ts run block with node against the mock, only loopback reachable: each exits 0 and prints what it did', () => {
    expect(runs.size).toBe(blocks.filter((b) => b.lang === 'ts' && b.flags.includes(RUN_FLAG)).length);
    const failed = [...runs].filter(([, r]) => r.code !== 0 || r.stdout.trim() === '').map(([s, r]) => `README.md:${s.block.line}: exit ${r.code}\n${r.stdout}${r.stderr}`);
    expect(failed).toEqual([]);
    // The guard block wrote the audit log the README's `audit verify` line checks.
    expect(existsSync(join(app, 'dialpad-audit.jsonl'))).toBe(true);
  });

  it('shows audit records with the fields, in the order, of the records the runs wrote', () => {
    const shown = blocks.filter((b) => b.lang === 'jsonl').flatMap((b) => b.code.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>));
    expect(shown.map((r) => r.kind)).toEqual(['attempt', 'outcome']);
    const written = readFileSync(join(app, 'dialpad-audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const record of shown) {
      // A real record of the same kind and agent, with no approval or budget on it (the example has none).
      const real = written.find((r) => r.kind === record.kind && r.agent === record.agent && !('approvedBy' in r) && !('budget' in r));
      expect(Object.keys(record)).toEqual(Object.keys(real ?? {}));
    }
  });

  it('fails a runnable block that reaches beyond loopback or exits non-zero', async () => {
    expect(at(compiled.get('failing') ?? [])).toEqual([]);
    const [outward, exitCode] = await Promise.all(failingSnippets.map((s) => runSnippet(app, s, snippetEnv())));
    expect(outward).toMatchObject({ code: 97, stderr: expect.stringContaining('loopback-only: refused a connection to 192.0.2.1:80') });
    expect(exitCode!.code).toBe(3);
  }, 60_000);

  it('runs the safe command lines as written, with the installed package and from the checkout; shown output is the real one', async () => {
    const safe = cliLines(README).filter(safeToRun);
    const shown = (cli: CliLine) => `README.md:${cli.line}: npx bollard-dialpad ${cli.args.join(' ')}`;
    expect(safe.map((cli) => cli.args.slice(0, 2).join(' '))).toEqual(expect.arrayContaining(['--version', 'policy check', 'audit verify']));
    expect(safe.some((cli) => cli.args[0] === 'reference')).toBe(true);
    const failed: string[] = [];
    for (const cli of safe) {
      const ways = [
        ['the installed package (npx)', () => run('npx', ['bollard-dialpad', ...cli.args], { cwd: app, env: offlineNpm, timeout: 60_000 })],
        ['the checkout (bin/bollard-dialpad.js)', () => run(process.execPath, [LAUNCHER, ...cli.args], { cwd: app, timeout: 60_000 })],
      ] as const;
      for (const [way, go] of ways) {
        const result = await go().then(
          ({ stdout }) => ({ code: 0, stdout }),
          (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
        );
        if (result.code !== 0) failed.push(`${shown(cli)} via ${way}: exit ${result.code}\n${result.stdout}`);
        else if (cli.expected !== undefined && result.stdout.replace(/\s+$/, '') !== cli.expected) {
          failed.push(`${shown(cli)} via ${way}: the README shows\n${cli.expected}\nbut it prints\n${result.stdout}`);
        }
      }
    }
    expect(failed).toEqual([]);
    expect(readFileSync(join(app, 'front-desk.html'), 'utf8')).toContain('"sms.send"');
  }, 300_000);
});
