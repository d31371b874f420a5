import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { operations } from '../../generated/operations.js';
import { PolicyError, type PolicyProblem } from '../errors.js';
import { grantedOperations } from './decide.js';
import { policySchema } from './policy-schema.js';
import { RULES, type DraftAgent, type RawAgent } from './rules.js';
import type { AgentPolicy, Policy } from './types.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile<unknown>(policySchema);

export interface LoadPolicyOptions {
  /** Overrides the file's onMissingScope: report a granted operation whose scope the credential lacks as an error or a warning. */
  onMissingScope?: 'error' | 'warn';
}

export interface LoadedPolicy extends Policy {
  readonly file: string;
  /** Problems that do not stop the policy from loading (missing scopes with onMissingScope: warn). */
  readonly warnings: readonly string[];
}

const TYPE_WORDS: Record<string, string> = {
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

/** A schema problem as a person would say it. */
function describe(error: ErrorObject, segments: string[]): string {
  const where = segments.join('.');
  switch (error.keyword) {
    case 'const':
      return where === 'version' ? 'version must be 1' : `must be ${JSON.stringify(error.params.allowedValue)}`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'additionalProperties':
      return `unknown key "${String(error.params.additionalProperty)}"`;
    case 'required': {
      const missing = String(error.params.missingProperty);
      if (where === 'version') return 'a policy starts with `version: 1`';
      if (where === 'agents') return 'a policy needs `agents:` with at least one agent';
      return `missing "${missing}"`;
    }
    case 'minProperties':
      return where === 'agents' ? 'a policy needs at least one agent under agents:' : 'must not be empty';
    case 'minItems':
      return 'must list at least one item';
    case 'propertyNames':
      return 'agent names are 1–64 letters, digits, "_", "." or "-", starting with a letter or digit';
    case 'format':
      return `must be a ${String(error.params.format)} (e.g. 2027-01-31T00:00:00Z)`;
    case 'type':
      return `must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)}`;
    case 'minimum':
      return `must be at least ${String(error.params.limit)}`;
    case 'uniqueItems':
      return 'lists an item twice';
    case 'pattern':
      return segments.at(-1) === 'per' ? 'must be a duration like 30m, 1h, 1d or 7d' : segments.includes('numbers') ? 'must be a phone number, e.g. +14155550100' : 'is not in the expected form';
    case 'oneOf':
    case 'not':
      return segments.includes('budgets') ? 'a budget counts either `operations` or an `area` (give one of the two)' : 'does not match any allowed form';
    default:
      return error.message ?? 'is invalid';
  }
}

/** Parses and checks a policy; every problem names its path in the file and its line, in plain words. */
export function parsePolicy(text: string, file = 'policy.yaml', options: LoadPolicyOptions = {}): LoadedPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // An unclosed bracket or quote is reported where the input ends: name the line it was left open on.
    const lastLine = lineCounter.linePos(text.trimEnd().length).line;
    throw new PolicyError(
      file,
      doc.errors.slice(0, 5).map((e) => ({ path: '', line: e.pos[0] >= text.trimEnd().length ? lastLine : lineCounter.linePos(e.pos[0]).line, message: `malformed YAML: ${e.message.split('\n')[0]}` })),
    );
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: Node | null = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else break;
      if (node && typeof node === 'object' && 'range' in node) found = node as Node;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new PolicyError(file, [{ path: '', message: `cannot read YAML: ${(error as Error).message}` }]);
  }
  if (data === null || data === undefined) {
    throw new PolicyError(file, [{ path: '', line: 1, message: 'the file is empty: expected a policy with `version: 1` and `agents:`' }]);
  }
  if (!validate(data)) {
    const problems: PolicyProblem[] = (validate.errors ?? [])
      // oneOf's own branch errors repeat what the oneOf says once.
      .filter((error) => !(error.schemaPath.includes('/oneOf/') && error.keyword !== 'oneOf'))
      .map((error) => {
        const segments = error.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
        if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
        if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
        return { path: segments.join('.'), line: lineOf(segments) ?? 1, message: describe(error, segments) };
      });
    // In file order: a person reads the list top to bottom alongside the file.
    throw new PolicyError(file, dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path)));
  }
  const raw = data as { credential?: { scopes?: string[] }; onMissingScope?: 'error' | 'warn'; agents: Record<string, RawAgent> };

  // Every rule reads its own keys of each agent, and reports what the schema cannot see.
  const problems: PolicyProblem[] = [];
  const agents: Record<string, AgentPolicy> = {};
  for (const [name, rawAgent] of Object.entries(raw.agents)) {
    const draft: DraftAgent = { name };
    const report = (path: (string | number)[], message: string) => {
      const full = ['agents', name, ...path];
      problems.push({ path: full.join('.'), line: lineOf(full), message });
    };
    for (const rule of RULES) rule.load?.(rawAgent, draft, report);
    agents[name] = Object.freeze(draft) as AgentPolicy;
  }
  if (problems.length) throw new PolicyError(file, problems);

  const credentialScopes = raw.credential?.scopes ?? [];
  const policy: Policy = { credentialScopes: Object.freeze([...credentialScopes]), agents: Object.freeze(agents) };

  // A grant the credential cannot honour: Dialpad would answer 403 every time.
  const missing: PolicyProblem[] = [];
  for (const name of Object.keys(agents)) {
    for (const id of grantedOperations(policy, name)) {
      const lacking = operations[id].scopes.filter((scope) => !credentialScopes.includes(scope));
      if (lacking.length) {
        missing.push({ path: `agents.${name}.grants`, line: lineOf(['agents', name, 'grants']), message: `grants ${id}, which needs the OAuth scope ${lacking.join(', ')} that credential.scopes does not list` });
      }
    }
  }
  const mode = options.onMissingScope ?? raw.onMissingScope ?? 'warn';
  if (missing.length && mode === 'error') throw new PolicyError(file, missing);
  return { ...policy, file, warnings: missing.map((p) => `${file}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}`) };
}

function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads and checks a policy file (YAML). */
export function loadPolicy(file: string, options: LoadPolicyOptions = {}): LoadedPolicy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolicyError(file, [{ path: '', message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  return parsePolicy(text, file, options);
}
