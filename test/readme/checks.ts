/**
 * What a README may name, checked against what exists: `npm run` scripts and their flags, the
 * `bollard-dialpad` commands, subcommands and flags (as their `--help` lists them), repository paths,
 * git refs given to spec:diff, and agent names (those of examples/policy.yaml). Pure: the facts come
 * in, the problems go out, so the checker itself can be tested on a bad README.
 */
import { parse as parseYaml } from 'yaml';
import { parseMarkdown, type Block } from './markdown.js';

export interface CliCommand {
  subcommands: ReadonlySet<string>;
  flags: ReadonlySet<string>;
}

export interface Facts {
  /** package.json scripts. */
  scripts: Readonly<Record<string, string>>;
  /** The flags a script's own source parses (undefined: the script has no source to read). */
  scriptFlags(script: string): ReadonlySet<string> | undefined;
  cli: { commands: ReadonlyMap<string, CliCommand>; globalFlags: ReadonlySet<string> };
  /** Agents of examples/policy.yaml. */
  agents: ReadonlySet<string>;
  /** Whether a repository path exists (a `*` matches within one folder). */
  exists(path: string): boolean;
  /** Whether a path exists in the installed package (node_modules/@bollard/dialpad/…); undefined: not known here. */
  packaged?(path: string): boolean;
  isGitRef(ref: string): boolean;
}

export interface Problem {
  line: number;
  message: string;
}

export interface CliLine {
  line: number;
  /** Everything after `bollard-dialpad`. */
  args: string[];
  /** Written as `npx bollard-dialpad …` (a command to type), not a synopsis or a JSON entry. */
  npx: boolean;
  /** `VAR=value` words before the command. */
  env: string[];
  /** The output a `console` block shows for it, when it has one. */
  expected?: string;
}

const SHELL_LANGS = new Set(['sh', 'bash', 'shell', 'console', 'text', '']);

/** Words of a shell line: quotes kept together and removed, a `#` comment dropped. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (c === '#' && !started) break;
    else if (/\s/.test(c)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else {
      word += c;
      started = true;
    }
  }
  if (started) words.push(word);
  return words;
}

/** A block's lines with `\` continuations joined, each with its line in the file. */
function logicalLines(block: Block): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let pending: { text: string; line: number } | undefined;
  block.code.split('\n').forEach((raw, index) => {
    const text = raw.trimEnd();
    const joined = pending ? { text: `${pending.text} ${text.trim()}`, line: pending.line } : { text, line: block.line + index };
    if (text.endsWith('\\')) pending = { ...joined, text: joined.text.slice(0, -1) };
    else {
      pending = undefined;
      out.push(joined);
    }
  });
  return out;
}

const OPERATORS = new Set(['|', '||', '&&', ';', '>', '>>', '<', '2>', '&']);

/**
 * The command in a line's words: `bollard-dialpad` (or `npx bollard-dialpad`) first, after any
 * `VAR=value` words. Shell operators end it, except in a synopsis, where `|` means "or".
 */
function cliFromWords(words: string[], line: number, synopsis = false): CliLine | undefined {
  let at = 0;
  while (at < words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[at]!)) at++;
  const env = words.slice(0, at);
  const npx = words[at] === 'npx';
  if (npx) at++;
  if (words[at] !== 'bollard-dialpad') return undefined;
  const end = synopsis ? -1 : words.findIndex((w, i) => i > at && OPERATORS.has(w));
  return { line, args: words.slice(at + 1, end < 0 ? undefined : end), npx, env };
}

function jsonArgs(value: unknown, found: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    if (value[0] === 'bollard-dialpad' && value.every((v) => typeof v === 'string')) found.push(value.slice(1) as string[]);
    else for (const item of value) jsonArgs(item, found);
  } else if (value && typeof value === 'object') for (const item of Object.values(value)) jsonArgs(item, found);
  return found;
}

/** Every `bollard-dialpad …` the README shows: in shell and console blocks, JSON, and inline code. */
export function cliLines(markdown: string): CliLine[] {
  const { blocks, spans } = parseMarkdown(markdown);
  const lines: CliLine[] = [];
  for (const block of blocks) {
    if (block.lang === 'json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(block.code);
      } catch {
        continue; // reported by checkReadme
      }
      for (const args of jsonArgs(parsed)) lines.push({ line: block.line, args, npx: false, env: [] });
      continue;
    }
    if (!SHELL_LANGS.has(block.lang)) continue;
    const logical = logicalLines(block);
    if (block.lang === 'console') {
      // `$ command`, then its output up to the next prompt.
      for (let i = 0; i < logical.length; i++) {
        if (!logical[i]!.text.startsWith('$ ')) continue;
        const cli = cliFromWords(shellWords(logical[i]!.text.slice(2)), logical[i]!.line);
        const output: string[] = [];
        for (let j = i + 1; j < logical.length && !logical[j]!.text.startsWith('$ '); j++) output.push(logical[j]!.text);
        if (cli) lines.push({ ...cli, expected: output.join('\n').replace(/\n+$/, '') });
      }
      continue;
    }
    for (const { text, line } of logical) {
      const cli = cliFromWords(shellWords(text), line, block.lang === 'text' || block.lang === '');
      if (cli) lines.push(cli);
    }
  }
  for (const span of spans) {
    const cli = cliFromWords(shellWords(span.text), span.line);
    if (cli && cli.args.length) lines.push(cli);
  }
  return lines;
}

/** A word that stands for something (FILE, <command>, …), not a value to check. */
const placeholder = (word: string) => /^[A-Z][A-Z0-9_.]*$|^<.*>$|^\.\.\.$|…/.test(word) || /^[A-Z]+\.[a-z]+$/.test(word);
/** `[--flag`, `URL]`, `production|sandbox` → the word without synopsis brackets. */
const bare = (word: string) => word.replace(/^[[(]+|[\])]+$/g, '');

function checkCli(cli: CliLine, facts: Facts): string[] {
  const problems: string[] = [];
  const words = cli.args.map(bare).filter((w) => w !== '' && w !== '|');
  const [first, second] = words;
  if (first === undefined) return problems;
  const flagsOf = (words: string[]) => words.filter((w) => /^-/.test(w)).map((w) => w.split('=')[0]!);
  if (placeholder(first)) {
    for (const flag of flagsOf(words.slice(1))) {
      const everywhere = [...facts.cli.commands.values()].every((c) => c.flags.has(flag));
      if (!facts.cli.globalFlags.has(flag) && !everywhere) problems.push(`bollard-dialpad ${first}: ${flag} is not a flag of every command`);
    }
    return problems;
  }
  if (first.startsWith('-')) {
    for (const flag of flagsOf(words)) if (!facts.cli.globalFlags.has(flag)) problems.push(`bollard-dialpad has no option ${flag}`);
    return problems;
  }
  const command = facts.cli.commands.get(first);
  if (!command) return [`bollard-dialpad has no command "${first}" (it has ${[...facts.cli.commands.keys()].join(', ')})`];
  if (command.subcommands.size && second !== undefined && !second.startsWith('-') && !placeholder(second) && !command.subcommands.has(second)) {
    problems.push(`bollard-dialpad ${first} has no subcommand "${second}" (it has ${[...command.subcommands].join(', ')})`);
  }
  for (const flag of flagsOf(words.slice(1))) {
    if (!command.flags.has(flag)) problems.push(`bollard-dialpad ${first} has no option ${flag} (its --help lists ${[...command.flags].join(', ')})`);
  }
  words.forEach((word, i) => {
    const value = words[i + 1];
    if (value === undefined || placeholder(value) || value.startsWith('/')) return;
    if (word === '--agent' && !facts.agents.has(value)) problems.push(`agent "${value}" is not in examples/policy.yaml (it has ${[...facts.agents].join(', ')})`);
    if (word === '--policy' && !facts.exists(value)) problems.push(`--policy ${value}: no such file in the repository`);
  });
  return problems;
}

const REPO_PATH = /(?<![\w./@~-])((?:src|spec|overlays|generator|generated|test|scripts|examples|reference|bin|\.ci)\/[\w./*-]*|(?:package|package-lock|tsconfig|tsconfig\.build)\.json|(?:README|CHANGELOG)\.md|vitest\.config\.ts)/g;
const PACKAGED_PATH = /node_modules\/@bollard\/dialpad\/([\w./-]+)/g;

/** Agent names as a README gives them: in options, flags, policies, error messages. */
const AGENT_PATTERNS = [
  /--agent[\s=]+["']?([a-z0-9][\w.-]*)/g,
  /"--agent",\s*"([^"]+)"/g,
  /\bagent:\s*['"]([^'"]+)['"]/g,
  /\bagent "([\w.-]+)"/g,
  /toolsForAgent\([^,()]+,\s*['"]([^'"]+)['"]/g,
  /\bagents? `([\w.-]+)`/g,
];

function agentsOfYaml(code: string): string[] {
  try {
    const doc = parseYaml(code) as { agents?: Record<string, unknown> } | null;
    return doc && typeof doc === 'object' && doc.agents && typeof doc.agents === 'object' ? Object.keys(doc.agents) : [];
  } catch {
    return [];
  }
}

export function checkReadme(markdown: string, facts: Facts): Problem[] {
  const problems: Problem[] = [];
  const { blocks, spans, prose } = parseMarkdown(markdown);
  const say = (line: number, message: string) => problems.push({ line, message });

  // Lines with their numbers: prose and every block line (`\` continuations joined).
  const everyLine: { text: string; line: number; lang?: string }[] = [...prose];
  for (const block of blocks) for (const { text, line } of logicalLines(block)) everyLine.push({ text, line, lang: block.lang });
  everyLine.sort((a, b) => a.line - b.line);

  // npm scripts, the flags given to them, and the paths and refs spec:diff is given.
  for (const { text, line, lang } of everyLine) {
    if (lang === 'ts' || lang === 'json') continue;
    for (const match of text.matchAll(/\bnpm (run|start|test)\b(?:\s+([\w:.-]+))?([^`#\n]*)/g)) {
      const script = match[1] === 'run' ? match[2] : match[1];
      if (!script) continue;
      if (!Object.hasOwn(facts.scripts, script)) {
        say(line, `npm run ${script}: package.json has no script "${script}"`);
        continue;
      }
      const rest = shellWords(match[3] ?? '');
      const dashes = rest.indexOf('--');
      if (dashes < 0) continue;
      const args = rest.slice(dashes + 1).filter((w) => !OPERATORS.has(w));
      const known = facts.scriptFlags(script);
      for (const flag of args.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]!)) {
        if (!known) say(line, `npm run ${script} -- ${flag}: the script's source cannot be found to check the flag`);
        else if (!known.has(flag)) say(line, `npm run ${script} -- ${flag}: the script takes no ${flag} (it takes ${[...known].join(', ') || 'no flags'})`);
      }
      if (script === 'spec:diff') {
        for (const side of args.filter((w) => !w.startsWith('-') && !placeholder(w) && !w.includes('$('))) {
          if (!facts.exists(side) && !facts.isGitRef(side)) say(line, `npm run spec:diff -- … ${side}: neither a file or folder of the repository nor a git ref of it`);
        }
      }
    }
  }

  // The command line.
  for (const cli of cliLines(markdown)) for (const message of checkCli(cli, facts)) say(cli.line, message);
  // A flag named on its own in prose must be a flag of the command line or of a script.
  const allFlags = new Set([...facts.cli.globalFlags, ...[...facts.cli.commands.values()].flatMap((c) => [...c.flags]), ...Object.keys(facts.scripts).flatMap((s) => [...(facts.scriptFlags(s) ?? [])])]);
  for (const span of spans) {
    const flag = /^(--[a-z][\w-]*)/.exec(span.text)?.[1];
    if (flag && !allFlags.has(flag)) say(span.line, `${flag}: no command or script of this repository takes it`);
  }

  // Repository paths, and paths of the installed package.
  for (const { text, line } of everyLine) {
    for (const match of text.matchAll(REPO_PATH)) {
      const path = match[1]!.replace(/[.,:;]+$/, '');
      if (!facts.exists(path)) say(line, `${path}: no such file or folder in the repository`);
    }
    if (facts.packaged) {
      for (const match of text.matchAll(PACKAGED_PATH)) {
        const path = match[1]!.replace(/[.,:;]+$/, '');
        if (!facts.packaged(path)) say(line, `node_modules/@bollard/dialpad/${path}: not in the installed package`);
      }
    }
  }

  // Agent names.
  const named: { name: string; line: number }[] = [];
  for (const { text, line } of everyLine) for (const pattern of AGENT_PATTERNS) for (const match of text.matchAll(pattern)) named.push({ name: match[1]!, line });
  for (const block of blocks) if (block.lang === 'yaml' || block.lang === 'yml') for (const name of agentsOfYaml(block.code)) named.push({ name, line: block.line });
  for (const { name, line } of named) {
    if (!placeholder(name) && !facts.agents.has(name)) say(line, `agent "${name}" is not in examples/policy.yaml (it has ${[...facts.agents].join(', ')})`);
  }

  // JSON blocks must be JSON (an MCP host reads them as such); JSON-lines blocks, one value a line.
  for (const block of blocks) {
    if (block.lang === 'json') {
      try {
        JSON.parse(block.code);
      } catch (error) {
        say(block.line, `the json block is not JSON (${(error as Error).message})`);
      }
    }
    if (block.lang === 'jsonl') {
      block.code.split('\n').forEach((text, index) => {
        try {
          JSON.parse(text);
        } catch (error) {
          say(block.line + 1 + index, `the jsonl line is not JSON (${(error as Error).message})`);
        }
      });
    }
  }

  // De-duplicate: one line can match a pattern twice (a flag in a span and a block).
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(`${p.line}:${p.message}`) && seen.add(`${p.line}:${p.message}`)).sort((a, b) => a.line - b.line);
}

/** Whether a CLI line is safe to run as written: it changes nothing outside its folder and needs no key. */
export function safeToRun(cli: CliLine): boolean {
  if (!cli.npx || cli.env.length || cli.args.some((a) => placeholder(bare(a)) || a !== bare(a))) return false;
  const [first, second] = cli.args;
  if (cli.args.includes('--help') || (first === '--version' && cli.args.length === 1)) return true;
  if (first === 'policy' && second === 'check') return true;
  if (first === 'reference') return cli.args.includes('--out');
  return first === 'audit' && second === 'verify' && !cli.args.includes('--postgres');
}
