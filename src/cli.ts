#!/usr/bin/env node
/**
 * bollard-dialpad: serve an agent's tools over MCP, verify an audit log, write an agent's reference
 * page, check a policy. Exit codes: 0 done, 1 a check failed (audit chain broken), 2 the command or
 * its input is wrong (usage, policy, missing key or file).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { grantableAreas } from '../generated/operations.js';
import { environments, type Environment } from './environments.js';
import { verifyAuditFile } from './audit/verify-file.js';
import type { AuditVerification } from './audit/verify.js';
import { createGuard } from './guard/decide.js';
import { PolicyError } from './guard/errors.js';
import { loadPolicy, type LoadedPolicy } from './guard/policy.js';
import { budgetKey, memoryBudgetStore, redisBudgetStore, type BudgetStore } from './guard/budgets.js';
import { describeAgent } from './guard/rules.js';
import type { AgentPolicy } from './guard/types.js';
import { renderAgentReference, type AgentGrantLevel } from './reference.js';

const BIN = 'bollard-dialpad';

const USAGE = `Usage: ${BIN} <command> [options]

Commands:
  mcp --policy FILE --agent NAME     serve the agent's tools over MCP on stdin/stdout
  audit verify FILE | --postgres URL check an audit log's hash chain and checkpoint
  audit export --postgres URL [--out FILE]
                                     write a PostgreSQL audit log as JSON lines
  audit report FILE | --postgres URL --out report.html [--policy FILE]
                                     one page people can read: totals, timeline, denials, approvals
  reference --policy FILE --agent NAME --out FILE.html
                                     write the API reference page narrowed to one agent
  policy check FILE                  load a policy; list its agents, their operations and warnings
  budgets --policy FILE [--redis URL]
                                     show each agent's budgets: used and left in the current window

Run \`${BIN} <command> --help\` for a command's options; \`${BIN} --version\` prints the version.`;

const HELP: Record<string, string> = {
  mcp: `Usage: ${BIN} mcp --policy FILE --agent NAME [--base-url URL | --environment production|sandbox] [--audit FILE]

Serves the tools of one agent over the Model Context Protocol on stdin/stdout: only the operations its
policy grants are listed, and every call is checked against the policy, rate-limited and written to the
audit log. The API key is read from the environment variable DIALPAD_API_KEY. Logs go to stderr.

Options:
  --policy FILE        the policy file (YAML)
  --agent NAME         the agent of the policy this server acts for
  --base-url URL       another API base URL, e.g. a local mock server
  --environment ENV    production (default) or sandbox; not with --base-url
  --audit FILE         the audit log (JSON lines, hash-chained); default ./dialpad-audit.jsonl
  -h, --help           this text

Example (Claude Desktop / Claude Code / Cursor server entry):
  { "command": "npx", "args": ["${BIN}", "mcp", "--policy", "/abs/policy.yaml", "--agent", "front-desk"],
    "env": { "DIALPAD_API_KEY": "..." } }`,
  audit: `Usage: ${BIN} audit verify FILE [--key-file F]
       ${BIN} audit verify --postgres URL [--table T] [--key-file F]
       ${BIN} audit export --postgres URL [--table T] [--out FILE]
       ${BIN} audit report FILE | --postgres URL [--table T] --out report.html [--policy FILE] [--key-file F]

verify checks an audit log written by the client or the MCP server: every record's hash, the chain
from line to line, that every outcome follows its attempt, and the checkpoint kept beside the log
(FILE.checkpoint, or the checkpoint row in PostgreSQL), so records cut from its end are seen too.
With --key-file (or BOLLARD_AUDIT_KEY in the environment) the checkpoint's HMAC signature is
checked as well. Prints "ok: N records, chain intact …" and exits 0, or names the first bad line
("line K: <problem>") and exits 1.

export writes the PostgreSQL log as the same JSON lines a file log has (stdout, or --out FILE);
\`audit verify\` accepts the export.

report writes one self-contained HTML page (no network): the chain's verification on top, per-agent
totals by area and decision, a timeline, every denial with its reason and advice, approvals and who
gave them, dry runs, budget use (with --policy, every agent's budgets) and a searchable table of
records. Exits 1 (the page still written) when the chain is broken.`,
  reference: `Usage: ${BIN} reference --policy FILE --agent NAME --out FILE.html

Writes the API reference page (one self-contained HTML file) listing only the operations the agent may
call, with its grants and limits at the top.`,
  budgets: `Usage: ${BIN} budgets --policy FILE [--redis URL] [--key-prefix PREFIX]

Shows, for each agent of the policy with budgets, what it has used of each budget in the current
sliding window, what is left and when the next unit frees up. Budgets are counted where the rate
limits are: with --redis, the Redis that the agents share (and the key prefix they use, default
bollard-dialpad); without it there is nothing to read, since in-memory budgets live inside each
agent's own process.`,
  policy: `Usage: ${BIN} policy check FILE

Loads a policy and prints each agent with the number of operations it is granted, then any warnings
(e.g. a granted operation needs an OAuth scope the credential does not list). Exits 2, naming each
problem as file:line path, when the policy is invalid.`,
};

/** A wrong command line: the message, then the command's usage, exit 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A command that cannot run as asked (missing key, unreadable file): the message, exit 2. */
class CommandError extends Error {}

interface Io {
  out(line: string): void;
  err(line: string): void;
}

const io: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

type Options = NonNullable<ParseArgsConfig['options']>;

function parse(
  command: string,
  args: string[],
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split(/\n|\. To specify/)[0]!, command);
  }
}

function required(values: Record<string, unknown>, name: string, command: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`, command);
  return value;
}

/** A file shipped with the package: next to src/ when run from source, next to dist/src/ when built. */
function packageFile(relative: string): string | undefined {
  return [new URL(`../${relative}`, import.meta.url), new URL(`../../${relative}`, import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((path) => existsSync(path));
}

function loadPolicyOrExit(file: string): LoadedPolicy {
  try {
    return loadPolicy(file);
  } catch (error) {
    if (error instanceof PolicyError) throw new CommandError(error.message);
    throw error;
  }
}

function agentOf(policy: LoadedPolicy, name: string): AgentPolicy {
  const agent = Object.hasOwn(policy.agents, name) ? policy.agents[name] : undefined;
  if (!agent)
    throw new CommandError(`${policy.file} has no agent "${name}" (agents: ${Object.keys(policy.agents).join(', ')})`);
  return agent;
}

function grantsOf(agent: AgentPolicy): Record<string, AgentGrantLevel> {
  return Object.fromEntries(grantableAreas.map((area) => [area, agent.grants[area] ?? 'none']));
}

/** The policy's conditions beyond the area grants, in words: every rule's own description. */
function notesOf(agent: AgentPolicy): string[] {
  return describeAgent(agent).filter((line) => !line.startsWith('Grants:') && line !== 'No area grants.');
}

async function mcp(args: string[]): Promise<number> {
  const { values } = parse('mcp', args, {
    policy: { type: 'string' },
    agent: { type: 'string' },
    'base-url': { type: 'string' },
    environment: { type: 'string' },
    audit: { type: 'string' },
  });
  if (values.help) return help('mcp');
  const policyFile = required(values, 'policy', 'mcp');
  const agentName = required(values, 'agent', 'mcp');
  const baseUrl = values['base-url'] as string | undefined;
  const environment = values.environment as string | undefined;
  if (baseUrl && environment) throw new UsageError('give --base-url or --environment, not both', 'mcp');
  if (environment !== undefined && !Object.hasOwn(environments, environment)) {
    throw new UsageError(`--environment must be one of ${Object.keys(environments).join(', ')}`, 'mcp');
  }
  const policy = loadPolicyOrExit(policyFile);
  agentOf(policy, agentName);
  const apiKey = process.env.DIALPAD_API_KEY;
  if (!apiKey)
    throw new CommandError(
      'DIALPAD_API_KEY is not set: put the Dialpad API key in that environment variable (the MCP host’s "env" setting); it is never read from the command line.',
    );
  for (const warning of policy.warnings) io.err(`warning: ${warning}`);

  const auditFile = resolve((values.audit as string | undefined) ?? 'dialpad-audit.jsonl');
  // Loaded here, not at the top: the other commands need neither the client nor the MCP SDK.
  const [{ createDialpadClient }, { createDialpadMcpServer }, { StdioServerTransport }] = await Promise.all([
    import('./client.js'),
    import('./mcp.js'),
    import('@modelcontextprotocol/sdk/server/stdio.js'),
  ]);
  let client;
  try {
    client = createDialpadClient({
      apiKey,
      baseUrl,
      environment: environment as Environment | undefined,
      policy,
      agent: agentName,
      audit: { sink: { file: auditFile } },
    });
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
  const server = createDialpadMcpServer({
    client,
    version: packageVersion(),
    log: (line) => io.err(`${BIN}: ${line}`),
  });
  const tools = client.guard!.operationIds().length;
  if (!tools)
    io.err(
      `warning: agent "${agentName}" may call nothing now (no grants, switched off or expired): the server lists no tools`,
    );

  await server.connect(new StdioServerTransport());
  io.err(`${BIN}: serving ${tools} tools for agent "${agentName}" against ${client.baseUrl}; audit log ${auditFile}`);

  // The host ends stdin to stop the server; signals are the fallback. Audit records are on disk once
  // each call answers, so stopping only closes the file.
  await new Promise<void>((done) => {
    process.stdin.once('end', done);
    process.once('SIGTERM', done);
    process.once('SIGINT', done);
  });
  await server.close();
  await client.close();
  return 0;
}

function packageVersion(): string {
  const file = packageFile('package.json');
  try {
    return file
      ? String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version ?? '0.0.0')
      : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function checkpointKey(values: Record<string, unknown>): Buffer | undefined {
  const file = values['key-file'];
  if (typeof file === 'string') {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new CommandError(`cannot read the key file ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const fromEnv = process.env.BOLLARD_AUDIT_KEY;
  return fromEnv ? Buffer.from(fromEnv) : undefined;
}

function report(result: AuditVerification): number {
  if (result.ok) {
    const extras = [
      result.checkpoint === 'none' ? 'no checkpoint' : result.checkpoint === 'signed' ? 'checkpoint matches, signature valid' : 'checkpoint matches',
      ...(result.recoveries ? [`${result.recoveries} torn line(s) closed off by recovery records`] : []),
      ...(result.unfinished ? [`${result.unfinished} attempt(s) without an outcome (sent, answer not recorded: a crash)`] : []),
    ];
    io.out(`ok: ${result.records} records, chain intact; ${extras.join('; ')}`);
    return 0;
  }
  io.out(`line ${result.line}: ${result.problem}`);
  return 1;
}

async function audit(args: string[]): Promise<number> {
  const { values, positionals } = parse('audit', args, { postgres: { type: 'string' }, table: { type: 'string' }, out: { type: 'string' }, 'key-file': { type: 'string' }, policy: { type: 'string' } });
  if (values.help) return help('audit');
  const [sub, file, ...rest] = positionals;
  if (sub !== 'verify' && sub !== 'export' && sub !== 'report')
    throw new UsageError(sub ? `unknown audit command "${sub}"` : 'missing the audit command (verify, export or report)', 'audit');
  const postgres = values.postgres as string | undefined;
  const table = values.table as string | undefined;
  if (sub === 'export') {
    if (!postgres) throw new UsageError('audit export needs --postgres URL', 'audit');
    if (file) throw new UsageError('audit export takes no FILE (use --out FILE)', 'audit');
    const { exportPostgresAudit } = await import('./audit/postgres-store.js');
    const out = values.out as string | undefined;
    const lines: string[] = [];
    const { records } = await exportPostgresAudit({ connectionString: postgres, table }, (line) => void lines.push(line)).catch((error: unknown) => {
      throw new CommandError(`cannot read the audit log from PostgreSQL (${(error as Error).message})`);
    });
    const text = lines.map((line) => `${line}\n`).join('');
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
    io.err(`exported ${records} records`);
    return 0;
  }
  const key = checkpointKey(values);
  if (sub === 'report') {
    const out = required(values, 'out', 'audit');
    if (rest.length) throw new UsageError('give one FILE (or --postgres URL)', 'audit');
    const { runAuditReportCommand } = await import('./audit/report/write.js');
    const result = await runAuditReportCommand({ file, postgres, table, out, policy: values.policy as string | undefined, key }).catch((error: unknown) => {
      throw new CommandError((error as Error).message);
    });
    io.out(result.message);
    return result.exitCode;
  }
  if (postgres) {
    if (file) throw new UsageError('give FILE or --postgres URL, not both', 'audit');
    const { verifyPostgresAudit } = await import('./audit/postgres-store.js');
    return report(
      await verifyPostgresAudit({ connectionString: postgres, table }, { key }).catch((error: unknown) => {
        throw new CommandError(`cannot read the audit log from PostgreSQL (${(error as Error).message})`);
      }),
    );
  }
  if (!file || rest.length) throw new UsageError('give exactly one FILE (or --postgres URL)', 'audit');
  if (!existsSync(file)) throw new CommandError(`cannot read ${file} (ENOENT)`);
  return report(await verifyAuditFile(file, { key }));
}

function reference(args: string[]): number {
  const { values } = parse('reference', args, {
    policy: { type: 'string' },
    agent: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) return help('reference');
  const policyFile = required(values, 'policy', 'reference');
  const agentName = required(values, 'agent', 'reference');
  const out = required(values, 'out', 'reference');
  const policy = loadPolicyOrExit(policyFile);
  const agent = agentOf(policy, agentName);
  const page = packageFile('generated/reference.html');
  if (!page) throw new CommandError('cannot find generated/reference.html in this package (run `npm run generate`)');
  const operationIds = createGuard(policy, agentName).operationIds();
  let html: string;
  try {
    html = renderAgentReference(readFileSync(page, 'utf8'), {
      agent: agentName,
      grants: grantsOf(agent),
      operationIds,
      notes: notesOf(agent),
    });
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
  try {
    writeFileSync(out, html);
  } catch (error) {
    throw new CommandError(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  io.out(`wrote ${out}: ${operationIds.length} operations for agent "${agentName}"`);
  return 0;
}

function policyCommand(args: string[]): number {
  const { values, positionals } = parse('policy', args, {});
  if (values.help) return help('policy');
  const [sub, file, ...rest] = positionals;
  if (sub !== 'check')
    throw new UsageError(sub ? `unknown policy command "${sub}"` : 'missing the policy command (check)', 'policy');
  if (!file || rest.length) throw new UsageError('give exactly one FILE', 'policy');
  const policy = loadPolicyOrExit(file);
  const names = Object.keys(policy.agents);
  io.out(`${file}: ${names.length} agent${names.length === 1 ? '' : 's'}`);
  const width = Math.max(...names.map((name) => name.length));
  for (const name of names) {
    const count = createGuard(policy, name).operationIds().length;
    io.out(`  ${name.padEnd(width)}  ${String(count).padStart(3)} operations`);
    for (const line of describeAgent(policy.agents[name]!)) io.out(`  ${' '.repeat(width)}  ${line}`);
  }
  if (policy.warnings.length) {
    io.out(`${policy.warnings.length} warning${policy.warnings.length === 1 ? '' : 's'}:`);
    for (const warning of policy.warnings) io.out(`  ${warning}`);
  } else io.out('no warnings');
  return 0;
}

async function budgetsCommand(args: string[]): Promise<number> {
  const { values } = parse('budgets', args, { policy: { type: 'string' }, redis: { type: 'string' }, 'key-prefix': { type: 'string' } });
  if (values.help) return help('budgets');
  const policy = loadPolicyOrExit(required(values, 'policy', 'budgets'));
  const prefix = (values['key-prefix'] as string | undefined) ?? 'bollard-dialpad';
  const redisUrl = values.redis as string | undefined;
  const withBudgets = Object.values(policy.agents).filter((agent) => agent.budgets.length);
  if (!withBudgets.length) {
    io.out(`${policy.file}: no agent has budgets`);
    return 0;
  }
  let store: BudgetStore = memoryBudgetStore();
  let close = async () => {};
  if (redisUrl) {
    const { Redis } = await import('ioredis').catch(() => {
      throw new CommandError('--redis needs the ioredis package: npm install ioredis');
    });
    const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    client.on('error', () => undefined);
    await client.connect().catch((error: unknown) => {
      throw new CommandError(`cannot reach Redis at ${redisUrl} (${(error as Error).message})`);
    });
    store = redisBudgetStore({ kind: 'redis', client, timeoutMs: 5_000 });
    close = async () => void client.disconnect();
  } else {
    io.out('note: without --redis there is nothing to read: in-memory budgets are counted inside each agent process.');
  }
  try {
    for (const agent of withBudgets) {
      io.out(`${agent.name}`);
      for (const budget of agent.budgets) {
        const { used, freesAt } = await store.usage(budgetKey(prefix, agent.name, budget), budget);
        const left = Math.max(0, budget.limit - used);
        io.out(`  ${budget.name}: ${used} of ${budget.limit} used in the last ${budget.per}, ${left} left${freesAt ? `; next unit frees at ${new Date(freesAt).toISOString()}` : ''}`);
      }
    }
  } catch (error) {
    throw new CommandError(`cannot read budgets (${(error as Error).message})`);
  } finally {
    await close();
  }
  return 0;
}

function help(command?: string): number {
  io.out(command ? HELP[command]! : USAGE);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'mcp':
        return await mcp(args);
      case 'audit':
        return await audit(args);
      case 'reference':
        return reference(args);
      case 'policy':
        return policyCommand(args);
      case 'budgets':
        return await budgetsCommand(args);
      case '-v':
      case '--version':
      case 'version':
        io.out(packageVersion());
        return 0;
      case '-h':
      case '--help':
      case 'help':
        return help(args[0] && HELP[args[0]] ? args[0] : undefined);
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'missing the command');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${BIN}: ${error.message}\n`);
      io.err(error.command ? HELP[error.command]! : USAGE);
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(`${BIN}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

const code = await main(process.argv.slice(2));
// The MCP server leaves sockets and timers behind (keep-alive, rate limiter); once it has stopped, stop.
if (process.argv[2] === 'mcp') process.exit(code);
process.exitCode = code;
