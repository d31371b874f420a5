import { DialpadError } from '../errors.js';

/** Why an event was refused. Stable codes: safe to log, to count and to answer with. */
export type EventVerificationReason =
  /** The body is over the size limit. */
  | 'too_large'
  /** Neither a compact JWT nor (for a receiver without a secret) a JSON object; truncated or empty. */
  | 'malformed'
  /** The token's `alg` is not HS256 (`none`, RS256, HS384, HS512, ...). */
  | 'algorithm'
  /** The signature does not match: wrong secret, or any byte of the token altered. */
  | 'bad_signature'
  /** `exp` has passed, or the event is older than `maxAgeSeconds`. */
  | 'expired'
  /** `nbf` (or the event's own time) lies in the future. */
  | 'not_yet_valid'
  /** `maxAgeSeconds` was asked for but the event carries no `iat` nor `event_timestamp`. */
  | 'no_timestamp'
  /** The verified payload is not a JSON object. */
  | 'not_json'
  /** The payload nests deeper than `maxDepth`. */
  | 'too_deep'
  /** Plain JSON arrived where a secret is configured: unsigned events are refused. */
  | 'unsigned'
  /** Authentic, but neither a call, an SMS nor a contact event. */
  | 'unknown_event';

const ADVICE: Record<EventVerificationReason, string> = {
  too_large: 'The body is larger than the receiver accepts; raise maxBodyBytes only if real events are this big.',
  malformed: 'The body is not a compact JWT (or JSON, for a receiver without a secret); it may have been cut short.',
  algorithm: 'Only HS256 tokens are accepted, as Dialpad signs them; a token with another algorithm is not from Dialpad.',
  bad_signature: 'The signature does not match the webhook secret: the event was altered or not signed by Dialpad with this secret.',
  expired: 'The event is older than allowed; a replay, or a clock out of step.',
  not_yet_valid: 'The event claims a time in the future; check the clocks.',
  no_timestamp: 'An age limit is set but the event carries no time to check it against; drop maxAgeSeconds for such events.',
  not_json: 'The signed payload is not a JSON object, so it cannot be a Dialpad event.',
  too_deep: 'The payload nests deeper than any Dialpad event does.',
  unsigned: 'A secret is configured, so unsigned events are refused; set the same secret on the webhook (webhooks.update).',
  unknown_event: 'The event is authentic but not a call, SMS or contact event; it is not delivered.',
};

/**
 * An event failed verification. The message names the reason only: it never contains the secret
 * nor any part of the body, so it is safe to log.
 */
export class EventVerificationError extends DialpadError {
  readonly reason: EventVerificationReason;

  constructor(reason: EventVerificationReason) {
    super(`event refused: ${reason}`, { retryable: false, advice: ADVICE[reason] });
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** The websocket event stream gave up reconnecting. */
export class EventStreamError extends DialpadError {
  readonly attempts: number;

  constructor(attempts: number, lastFailure: string) {
    // The URL is left out on purpose: a Dialpad websocket URL carries an access token.
    super(`the event stream stopped after ${attempts} failed connection attempts (last: ${lastFailure})`, {
      retryable: true,
      advice: 'Check the network and that the websocket still exists; its URL expires after about an hour, so pass `url` as a function that fetches a fresh one (websockets.get).',
    });
    this.attempts = attempts;
  }
}
