export type { CallEvent, SmsEvent, ContactEvent, DialpadEvent, EventKind, EventData } from './types.js';
export { classifyEvent, eventAreas } from './types.js';
export { EventVerificationError, EventStreamError, type EventVerificationReason } from './errors.js';
export { verifyDialpadEvent, type VerifyOptions, type EventSecret } from './verify.js';
export type { EventAudience } from './access.js';
export {
  createEventReceiver,
  type EventReceiver,
  type EventReceiverOptions,
  type EventHandlers,
  type EventHandler,
  type EventContext,
  type ReceiveOutcome,
  type DropReason,
} from './receiver.js';
export { connectEventStream, type EventStream, type EventStreamOptions, type BackoffOptions } from './stream.js';
export {
  ensureSubscriptions,
  type EnsureSubscriptionsOptions,
  type EnsureSubscriptionsReport,
  type SubscriptionSpec,
  type SubscriptionResult,
  type EndpointSpec,
  type EventsClient,
} from './subscriptions.js';
