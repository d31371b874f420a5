import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { operations, type GrantableArea, type OperationId } from '../../generated/operations.js';
import { PolicyError, type PolicyProblem } from './errors.js';
import { policySchema } from './policy-schema.js';
import type { AgentPolicy, GrantLevel, Policy } from './types.js';
import { grantedOperations } from './decide.js';

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

interface RawAgent {
  grants?: Partial<Record<GrantableArea, GrantLevel>>;
  allow?: string[];
  deny?: string[];
  allowIrreversible?: boolean;
  targets?: Partial<Record<'users' | 'offices' | 'departments' | 'callcenters' | 'numbers', (string | number)[]>>;
  expires?: string;
  enabled?: boolean;
  revealPhoneNumbers?: boolean;
}

interface RawPolicy {
  credential?: { scopes?: string[] };
  onMissingScope?: 'error' | 'warn';
  agents: Record<string, RawAgent>;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'additionalProperties':
      return `unknown key "${String(error.params.additionalProperty)}"`;
    case 'required':
      return `missing "${String(error.params.missingProperty)}"`;
    case 'propertyNames':
      return 'agent names are 1–64 letters, digits, "_", "." or "-", starting with a letter or digit';
    case 'format':
      return `must be a ${String(error.params.format)} (e.g. 2027-01-31T00:00:00Z)`;
    default:
      return error.message ?? 'is invalid';
  }
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((c) => [c, distance(name, c)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? best[0] : undefined;
}

/** Parses and checks a policy; every problem names its path in the file and its line. */
export function parsePolicy(text: string, file = 'policy.yaml', options: LoadPolicyOptions = {}): LoadedPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new PolicyError(
      file,
      doc.errors.slice(0, 5).map((e) => ({ path: '', line: lineCounter.linePos(e.pos[0]).line, message: `malformed YAML: ${e.message.split('\n')[0]}` })),
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
  if (!validate(data)) {
    const problems: PolicyProblem[] = (validate.errors ?? []).map((error) => {
      const segments = error.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
      if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
      if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
      return { path: segments.join('.'), line: lineOf(segments), message: describe(error) };
    });
    throw new PolicyError(file, dedupe(problems));
  }
  const raw = data as RawPolicy;
  const problems: PolicyProblem[] = [];
  const known = Object.keys(operations);
  for (const [name, agent] of Object.entries(raw.agents)) {
    for (const list of ['allow', 'deny'] as const) {
      (agent[list] ?? []).forEach((id, index) => {
        if (known.includes(id)) return;
        const suggestion = closest(id, known);
        problems.push({ path: `agents.${name}.${list}.${index}`, line: lineOf(['agents', name, list, index]), message: `unknown operationId "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}` });
      });
    }
  }
  if (problems.length) throw new PolicyError(file, problems);

  const credentialScopes = raw.credential?.scopes ?? [];
  const agents: Record<string, AgentPolicy> = {};
  for (const [name, agent] of Object.entries(raw.agents)) {
    const strings = (values?: (string | number)[]) => (values ? values.map(String) : undefined);
    agents[name] = Object.freeze({
      name,
      grants: Object.freeze({ ...agent.grants }),
      allow: Object.freeze((agent.allow ?? []) as OperationId[]),
      deny: Object.freeze((agent.deny ?? []) as OperationId[]),
      allowIrreversible: agent.allowIrreversible ?? false,
      targets: Object.freeze({
        users: strings(agent.targets?.users),
        offices: strings(agent.targets?.offices),
        departments: strings(agent.targets?.departments),
        callcenters: strings(agent.targets?.callcenters),
        numbers: strings(agent.targets?.numbers),
      }),
      expires: agent.expires ? new Date(agent.expires) : undefined,
      enabled: agent.enabled ?? true,
      revealPhoneNumbers: agent.revealPhoneNumbers ?? false,
    });
  }
  const policy: Policy = { credentialScopes: Object.freeze([...credentialScopes]), agents: Object.freeze(agents) };

  // A grant the credential cannot honour: Dialpad would answer 403 every time.
  const missing: PolicyProblem[] = [];
  for (const name of Object.keys(agents)) {
    for (const id of grantedOperations(policy, name)) {
      const lacking = operations[id].scopes.filter((scope) => !credentialScopes.includes(scope));
      if (lacking.length) {
        missing.push({
          path: `agents.${name}.grants`,
          line: lineOf(['agents', name, 'grants']),
          message: `grants ${id}, which needs the OAuth scope ${lacking.join(', ')} that credential.scopes does not list`,
        });
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
