/** What exists in this repository, for the README checks (checks.ts): read from the files and from the CLI's own --help. */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { operations, grantableAreas } from '../../generated/operations.js';
import { HTTP_METHODS } from '../../generator/extensions.js';
import { loadPolicy } from '../../src/guard/policy.js';
import { ROOT } from '../support/prism.js';
import type { CliCommand, Facts } from './checks.js';

const run = promisify(execFile);

/** The repository's own command, as a clone runs it (bin/ → src/cli.ts through tsx). */
export const LAUNCHER = join(ROOT, 'bin/bollard-dialpad.js');

const flagsIn = (text: string) => new Set([...text.matchAll(/(?<![\w-])(--[a-z][\w-]*|-[a-z])\b/g)].map((m) => m[1]!));

/** Commands, subcommands and flags as `bollard-dialpad --help` and `<command> --help` list them. */
export async function cliFacts(): Promise<Facts['cli']> {
  const help = async (args: string[]) => (await run(process.execPath, [LAUNCHER, ...args], { cwd: ROOT })).stdout;
  const usage = await help(['--help']);
  const [, list = '', after = ''] = /Commands:\n([\s\S]*?)\n\n([\s\S]*)$/.exec(usage) ?? [];
  const names = [...new Set([...list.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!))];
  const helps = await Promise.all(names.map((name) => help([name, '--help'])));
  const commands = new Map<string, CliCommand>(
    names.map((name, i) => {
      const text = helps[i]!;
      // "Usage: bollard-dialpad audit verify FILE" and its continuation lines name the subcommands.
      const subcommands = new Set([...text.matchAll(new RegExp(`bollard-dialpad ${name} ([a-z][\\w-]*)`, 'g'))].map((m) => m[1]!));
      // Every command's parser takes --help (-h) besides what its text lists.
      return [name, { subcommands, flags: new Set([...flagsIn(text), '--help', '-h']) }];
    }),
  );
  // The options of the command itself, not of a command: what the text after the list names.
  const globalFlags = new Set([...flagsIn(after), '--help', '-h', '--version', '-v']);
  return { commands, globalFlags };
}

/** The flags a script's parseArgs takes, read from the source file its package.json line runs. */
function scriptFlagsOf(command: string): Set<string> | undefined {
  const file = command.split(/\s+/).find((word) => /\.(ts|mts|mjs|js)$/.test(word));
  if (!file || !existsSync(join(ROOT, file))) return undefined;
  let source = readFileSync(join(ROOT, file), 'utf8');
  // A launcher (generator/run.mjs) names on its first line the module it runs: the flags are that one's.
  const launched = /^\/\/.*\bruns ([\w./-]+\.ts)\b/.exec(source)?.[1];
  if (launched && existsSync(join(ROOT, launched))) source = readFileSync(join(ROOT, launched), 'utf8');
  return new Set([...source.matchAll(/(['"]?)([a-z][\w-]*)\1:\s*\{\s*type:\s*'(?:string|boolean)'/g)].map((m) => `--${m[2]}`));
}

/** Whether a repository path exists; a `*` in it matches any name within one folder. */
export function repoPathExists(path: string, root = ROOT): boolean {
  const target = resolve(root, path);
  const inside = relative(root, target);
  if (inside.startsWith(`..${sep}`) || inside === '..') return false;
  if (!path.includes('*')) return existsSync(target);
  const folder = dirname(target);
  const pattern = new RegExp(`^${target.slice(folder.length + 1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return existsSync(folder) && readdirSync(folder).some((name) => pattern.test(name));
}

export async function repositoryFacts(): Promise<Facts> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const flags = new Map(Object.entries(manifest.scripts).map(([name, command]) => [name, scriptFlagsOf(command)]));
  return {
    scripts: manifest.scripts,
    scriptFlags: (script) => flags.get(script),
    cli: await cliFacts(),
    agents: new Set(Object.keys(loadPolicy(join(ROOT, 'examples/policy.yaml')).agents)),
    exists: (path) => repoPathExists(path),
    isGitRef: (ref) => {
      try {
        execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: ROOT, stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * The README's coverage line, from the operations table and Dialpad's published description: how
 * many of its operations the client has, and in which areas.
 */
export function coverageLine(): string {
  const referenceFile = 'reference/dialpad/dialpad-api-v2.openapi.json';
  const reference = JSON.parse(readFileSync(join(ROOT, referenceFile), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const theirs = new Set(Object.entries(reference.paths).flatMap(([path, item]) => HTTP_METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`)));
  const ours = Object.values(operations);
  const covered = ours.filter((op) => theirs.has(`${op.method} ${op.path}`)).length;
  const extra = ours.length - covered;
  const count = (area: string) => ours.filter((op) => op.area === area).length;
  const granted = grantableAreas.map((area) => `${area} ${count(area)}`).join(', ');
  const others = [...new Set(ours.map((op) => op.area))].filter((area) => !(grantableAreas as readonly string[]).includes(area));
  const otherText = others.map((area) => `${area === 'oauth' ? 'OAuth' : area} ${count(area)}`).join(', ');
  const share = covered === theirs.size ? `all ${covered}` : `${covered} of the ${theirs.size}`;
  return (
    `It covers ${share} operations of Dialpad's published description of API v2 (\`${referenceFile}\`)` +
    `${extra ? `, plus ${extra} of its own` : ''}, in ${grantableAreas.length} areas an agent can be granted (${granted})` +
    `${otherText ? ` and ${otherText}` : ''}.`
  );
}
