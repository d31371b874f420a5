import type { components } from '../../generated/schema.js';

/** A call entered a subscribed state: the call object, `state` naming the state. */
export type CallEvent = components['schemas']['CallEvent'];
/** A text message was sent, received or changed status. `text` only with a message_content_export scope. */
export type SmsEvent = components['schemas']['SmsEvent'];
/** A contact was created, updated or deleted. */
export type ContactEvent = components['schemas']['ContactEvent'];

export type EventKind = 'call' | 'sms' | 'contact';

/**
 * A verified event. Dialpad's payloads carry no type field, so the kind is worked out from the
 * payload's shape (see `classifyEvent`) and put beside it: switch on `kind`, then `data` is typed.
 */
export type DialpadEvent =
  | { readonly kind: 'call'; readonly data: CallEvent }
  | { readonly kind: 'sms'; readonly data: SmsEvent }
  | { readonly kind: 'contact'; readonly data: ContactEvent };

export type EventData<K extends EventKind> = Extract<DialpadEvent, { kind: K }>['data'];

/** The guard area an agent must be able to read to receive each kind of event. */
export const eventAreas = { call: 'calls', sms: 'messages', contact: 'contacts' } as const satisfies Record<EventKind, string>;

const CONTACT_EVENTS = new Set(['Created', 'Updated', 'Deleted']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Which kind of event a payload is, by its shape:
 * - contact: `event` is Created, Updated or Deleted and `contact` is an object;
 * - call: it has a `call_id`;
 * - sms: it has a `direction` and a `from_number` or `to_number`.
 * Anything else is not one of ours (undefined).
 */
export function classifyEvent(payload: Record<string, unknown>): EventKind | undefined {
  if (typeof payload.event === 'string' && CONTACT_EVENTS.has(payload.event) && isObject(payload.contact)) return 'contact';
  if (payload.call_id !== undefined && payload.call_id !== null) return 'call';
  if (typeof payload.direction === 'string' && ('from_number' in payload || 'to_number' in payload)) return 'sms';
  return undefined;
}
