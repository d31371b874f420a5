import type { Policy } from './types.js';

/** What an agent may see of pushed events: areas it may read, and SMS text only with the scope. */
export interface EventAccess {
  calls: boolean;
  messages: boolean;
  contacts: boolean;
  /** SMS text may be shown: the agent reads messages and the credential holds message_content_export(:all). */
  smsText: boolean;
}

/** Fail closed: an unknown, disabled or expired agent sees nothing. */
export function eventAccessFor(policy: Policy, agent: string, now: Date = new Date()): EventAccess {
  const entry = Object.hasOwn(policy.agents, agent) ? policy.agents[agent] : undefined;
  const none: EventAccess = { calls: false, messages: false, contacts: false, smsText: false };
  if (!entry || !entry.enabled || (entry.expires && entry.expires.getTime() <= now.getTime())) return none;
  const reads = (area: 'calls' | 'messages' | 'contacts') => entry.grants[area] === 'read' || entry.grants[area] === 'write';
  const messages = reads('messages');
  return {
    calls: reads('calls'),
    messages,
    contacts: reads('contacts'),
    smsText: messages && policy.credentialScopes.some((scope) => scope === 'message_content_export' || scope === 'message_content_export:all'),
  };
}
