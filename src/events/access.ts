import { eventAccessFor } from '../guard/event-access.js';
import type { Policy } from '../guard/types.js';
import { eventAreas, type DialpadEvent } from './types.js';

/** Whose eyes the events are for. Leave both out for the application itself (no filtering). */
export interface EventAudience {
  /** The agent receiving the events: it gets only the areas its grant lets it read. */
  agent?: string;
  /** The loaded policy the agent's grant is read from; required with `agent`. */
  policy?: Policy;
}

/** Returns the event as the audience may see it, or undefined when it may not see it at all. */
export type EventGate = (event: DialpadEvent) => DialpadEvent | undefined;

export function createEventGate({ agent, policy }: EventAudience): EventGate {
  if (agent === undefined && policy === undefined) return (event) => event;
  if (agent === undefined || policy === undefined) {
    throw new TypeError('give both `agent` and `policy` to filter events for an agent (or neither, for the application itself)');
  }
  return (event) => {
    // Asked per event: grants expire and agents get disabled while a receiver runs.
    const access = eventAccessFor(policy, agent);
    if (!access[eventAreas[event.kind]]) return undefined;
    if (event.kind === 'sms' && !access.smsText && 'text' in event.data) {
      const { text: _withheld, ...rest } = event.data;
      return { kind: 'sms', data: rest };
    }
    return event;
  };
}
