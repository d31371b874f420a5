export { AccessDeniedError, PolicyError, type PolicyProblem } from '../errors.js';


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

/** What to do about each denial: the `advice` of the AccessDeniedError it raises. */
export const DENIAL_ADVICE: Record<DenialReason, string> = {
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

