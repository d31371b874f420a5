// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { operations } from '../schema.js';
import type { OperationCaller, Paginated } from '../caller.js';

/** The `messages` area: 2 operation(s) in `client.messages`, `client.sms`. */
export function createMessagesArea<O>(caller: OperationCaller<O>) {
  return {
    messages: {
      /**
       * Schedule a message for later
       *
       * Stores a message (SMS, or MMS when `media` is given) to be sent automatically at a future moment, at least ten minutes from now, to up to 50 phone numbers or to a Dialpad channel. Nothing is sent yet; when the time comes the recipients receive it like any message the user sends, and the company is billed for it then.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Schedules a real SMS to be sent later from a user's number. [external]
       * @see https://developers.dialpad.com/reference/schedulescreate
       */
      schedule(
        body: NonNullable<operations['messages.schedule']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['messages.schedule']['responses'][200]['content']['application/json']> {
        return caller.call('messages.schedule', { body }, options);
      },
    },
    sms: {
      /**
       * Send an SMS or MMS message
       *
       * Sends a text message right away, from a user (or from an office, department or call center the user acts for), either to up to 10 phone numbers or to a Dialpad channel. Attaching `media` turns it into an MMS. This reaches real phones: the recipients get the message and the company is billed for it; it cannot be recalled. The whole request, media included, must stay under 1 MB or it is refused with 413.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: 100 per 60 s per company (tier 0); 800 per 60 s per company (tier 1)
       * - Effect: Sends a real SMS (or a message to a Dialpad channel) from a user's number; it cannot be unsent. [external]
       * - Webhook event: `sms`
       * @see https://developers.dialpad.com/reference/smssend
       */
      send(
        body: NonNullable<operations['sms.send']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['sms.send']['responses'][200]['content']['application/json']> {
        return caller.call('sms.send', { body }, options);
      },
    },
  };
}

export type MessagesArea<O> = ReturnType<typeof createMessagesArea<O>>;
