import type { AgentPolicy, Policy } from '../../../src/guard/types.js';

export function agent(name: string, grants: AgentPolicy['grants'], extra: Partial<AgentPolicy> = {}): AgentPolicy {
  return { name, grants, allow: [], deny: [], allowIrreversible: false, targets: {}, enabled: true, revealPhoneNumbers: false, approval: [], dryRun: false, budgets: [], ...extra };
}

export function policy(agents: AgentPolicy[], credentialScopes: string[] = []): Policy {
  return { credentialScopes, agents: Object.fromEntries(agents.map((a) => [a.name, a])) };
}
