import { DialpadError } from '../errors.js';
import type { GrantLevel } from './types.js';

export type DenialReason =
  | 'unknown-agent'
  | 'agent-disabled'
  | 'agent-expired'
  | 'unknown-operation'
  | 'not-grantable'
  | 'no-grant'
  | 'read-only-grant'
  | 'denied-by-deny-list'
  | 'irreversible-not-allowed'
  | 'target-not-allowed';

const ADVICE: Record<DenialReason, string> = {
  'unknown-agent': 'Add the agent to the policy file, or use the name it has there.',
  'agent-disabled': 'The agent is switched off (enabled: false) in the policy; a person must turn it back on.',
  'agent-expired': 'The agent’s grant expired (expires in the policy); renew it if it should go on.',
  'unknown-operation': 'Only operations listed in `operations` can be called; check the operationId or path.',
  'not-grantable': 'OAuth endpoints are infrastructure, not something an agent is granted; the client handles them.',
  'no-grant': 'Grant the area (read or write) in the policy, or allow this one operation.',
  'read-only-grant': 'This operation writes: grant the area `write`, or allow this one operation.',
  'denied-by-deny-list': 'The policy denies this operation explicitly for this agent (deny wins over grants and allow).',
  'irreversible-not-allowed': 'This operation cannot be undone: it needs `allowIrreversible: true` on top of write access.',
  'target-not-allowed': 'The agent may only act on the ids listed under `targets` in the policy.',
};

/** The guard refused a call before anything was sent. */
export class AccessDeniedError extends DialpadError {
  readonly agent: string;
  readonly area: string | undefined;
  /** The access the operation needs. */
  readonly access: 'read' | 'write' | undefined;
  /** The agent's grant for that area. */
  readonly grant: GrantLevel | undefined;
  readonly reason: DenialReason;

  constructor(details: { agent: string; operationId: string; area?: string; access?: 'read' | 'write'; grant?: GrantLevel; reason: DenialReason; detail: string }) {
    const needs = details.area ? ` (area ${details.area}, needs ${details.access} access)` : '';
    super(`agent "${details.agent}" may not call ${details.operationId}${needs}: ${details.detail}`, {
      operationId: details.operationId,
      retryable: false,
      advice: ADVICE[details.reason],
    });
    this.agent = details.agent;
    this.area = details.area;
    this.access = details.access;
    this.grant = details.grant;
    this.reason = details.reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), agent: this.agent, area: this.area, access: this.access, grant: this.grant, reason: this.reason };
  }
}

export interface PolicyProblem {
  /** Path in the file, e.g. agents.support-bot.grants.calls */
  path: string;
  line?: number;
  message: string;
}

/** A policy file that cannot be used as it is: each problem names its path (and line) in the file. */
export class PolicyError extends DialpadError {
  readonly file: string;
  readonly problems: readonly PolicyProblem[];

  constructor(file: string, problems: PolicyProblem[]) {
    const lines = problems.map((p) => `  ${file}${p.line ? `:${p.line}` : ''} ${p.path || '(top level)'}: ${p.message}`);
    super(`invalid policy ${file} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, {
      retryable: false,
      advice: 'Fix each listed entry of the policy file; the JSON Schema is exported as `policySchema`.',
    });
    this.file = file;
    this.problems = problems;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), file: this.file, problems: this.problems };
  }
}
