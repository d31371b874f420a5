// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `messages` area: 13 operation(s) in `client.fax`, `client.messages`, `client.sms`. */
export function createMessagesArea<O>(caller: OperationCaller<O>) {
  return {
    fax: {
      /**
       * Send a fax
       *
       * Sends a fax to one phone number, from a user (`user_id`) or from a fax-capable number of the user or of a group they belong to (`from_number`; a group's number also needs `user_id`). The recipient's fax machine receives it and the company may be billed for the pages; it cannot be recalled. `fax_status` in the answer tells how far it got; subscribe to fax events to follow it. Dialpad's description lists no field for the document itself.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: Sends a real fax from a user's or group's number to a fax machine; it cannot be recalled. [external]
       * - Webhook event: `fax`
       * @see https://developers.dialpad.com/reference/faxsend
       */
      send(body: T.FaxSendBody, options?: O): Promise<T.FaxSendResult> {
        return caller.call('fax.send', { body }, options);
      },
    },
    messages: {
      /**
       * Cancel a scheduled message
       *
       * Cancels a scheduled message before it goes out: it will never be sent, and it cannot be brought back (schedule it again instead). Give `user_id` in the body to cancel one of another user's schedules.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Cancels a scheduled message for good; it will never be sent. [irreversible]
       * @see https://developers.dialpad.com/reference/schedulesdelete
       */
      deleteScheduled(
        id: T.MessagesDeleteScheduledPath['id'],
        body?: T.MessagesDeleteScheduledBody,
        options?: O,
      ): Promise<T.MessagesDeleteScheduledResult> {
        return caller.call('messages.deleteScheduled', { path: { id }, body }, options);
      },
      /**
       * Get one bulk message and its delivery
       *
       * Returns a single bulk message by id with, for each recipient, whether a send was attempted, how it was delivered (internal, SMS or MMS) and the carrier's delivery status or error. This is how to follow a `messages.sendBulk` batch. Nothing changes.
       *
       * - Access: read (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one bulk message and each recipient's delivery.
       * @see https://developers.dialpad.com/reference/bulk_messagesget
       */
      getBulk(
        id: T.MessagesGetBulkPath['id'],
        query?: T.MessagesGetBulkQuery,
        options?: O,
      ): Promise<T.MessagesGetBulkResult> {
        return caller.call('messages.getBulk', { path: { id }, query }, options);
      },
      /**
       * Get one scheduled message
       *
       * Returns a single scheduled message by id: its text, recipients, sender number, when it goes out and whether it is still waiting, was cancelled or has been sent. Nothing changes. Give `user_id` to look among another user's schedules.
       *
       * - Access: read (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one scheduled message.
       * @see https://developers.dialpad.com/reference/schedulesget
       */
      getScheduled(
        id: T.MessagesGetScheduledPath['id'],
        query?: T.MessagesGetScheduledQuery,
        options?: O,
      ): Promise<T.MessagesGetScheduledResult> {
        return caller.call('messages.getScheduled', { path: { id }, query }, options);
      },
      /**
       * List bulk messages
       *
       * Returns, one page at a time, the bulk messages a user (the authenticated user unless `user_id` is given) has sent, each with its recipients and their delivery state. Nothing changes. Pages hold 20 unless `limit` says otherwise (at most 100); pass the answer's `cursor` back while `has_more` is true.
       *
       * - Access: read (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a user's bulk messages.
       * @see https://developers.dialpad.com/reference/bulk_messageslist
       */
      listBulk(query?: T.MessagesListBulkQuery, options?: O): Promise<T.MessagesListBulkResult> {
        return caller.call('messages.listBulk', { query }, options);
      },
      /**
       * List numbers opted out of (or back into) SMS
       *
       * Returns, one page at a time, the outside phone numbers that have opted out of text messages from the company (`opt_out_state=opted_out`) or opted back in (`opted_back_in`), with when it happened and, for opt-outs, whether it covers the whole company or one A2P campaign. Nothing changes. Needs a company admin API key; the path id must be the key's own company.
       *
       * - Access: read (area `messages`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: None: reads which outside numbers opted out of (or back into) the company's SMS.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/companysms_opt_out
       */
      listOptOuts(
        id: T.MessagesListOptOutsPath['id'],
        query: T.MessagesListOptOutsQuery,
        options?: O,
      ): Paginated<T.MessagesListOptOutsItem, T.MessagesListOptOutsResult> {
        return caller.paginate('messages.listOptOuts', { path: { id }, query }, options);
      },
      /**
       * List scheduled messages still waiting
       *
       * Returns, one page at a time, the scheduled messages of a user (the authenticated user unless `user_id` is given) that are still waiting to go out; cancelled and already sent ones are left out. Nothing changes. Pages hold 20 schedules unless `limit` says otherwise (at most 100); pass the answer's `cursor` back while `has_more` is true.
       *
       * - Access: read (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a user's scheduled messages that are still waiting.
       * @see https://developers.dialpad.com/reference/scheduleslist
       */
      listScheduled(query?: T.MessagesListScheduledQuery, options?: O): Promise<T.MessagesListScheduledResult> {
        return caller.call('messages.listScheduled', { query }, options);
      },
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
      schedule(body: T.MessagesScheduleBody, options?: O): Promise<T.MessagesScheduleResult> {
        return caller.call('messages.schedule', { body }, options);
      },
      /**
       * Send one text to many numbers
       *
       * Sends the same SMS (or MMS, with `media`) from one of the user's own A2P-registered numbers to up to 50 phone numbers. Dialpad records the batch and answers at once; the messages then go out in the background, after the usual spam checks, so each recipient's delivery shows up later through `messages.getBulk`. Real people receive the messages and the company is billed for them; they cannot be recalled.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Sends one real SMS or MMS from a user's number to up to 50 people; it cannot be unsent. [external]
       * - Webhook event: `sms`
       * @see https://developers.dialpad.com/reference/bulk_messagessend
       */
      sendBulk(body: T.MessagesSendBulkBody, options?: O): Promise<T.MessagesSendBulkResult> {
        return caller.call('messages.sendBulk', { body }, options);
      },
      /**
       * Send a scheduled message right away
       *
       * Sends a waiting scheduled message now instead of at its set time, then removes the schedule. The recipients receive the message at once, the company is billed for it, and it cannot be recalled. Give `user_id` in the body to act on one of another user's schedules.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Sends a scheduled real SMS at once instead of at its set time; it cannot be unsent. [external]
       * - Webhook event: `sms`
       * @see https://developers.dialpad.com/reference/schedulessend_now
       */
      sendScheduledNow(
        id: T.MessagesSendScheduledNowPath['id'],
        body?: T.MessagesSendScheduledNowBody,
        options?: O,
      ): Promise<T.MessagesSendScheduledNowResult> {
        return caller.call('messages.sendScheduledNow', { path: { id }, body }, options);
      },
      /**
       * Change a bulk message's text or attachment
       *
       * Changes the text and/or the attachment recorded for a bulk message; only the fields you pass change. This sends nothing: messages already delivered stay as the recipients received them. Give `user_id` to act on another user's bulk message.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes the recorded text or attachment of a bulk message; nothing is sent.
       * @see https://developers.dialpad.com/reference/bulk_messagesupdate
       */
      updateBulk(
        id: T.MessagesUpdateBulkPath['id'],
        body: T.MessagesUpdateBulkBody,
        options?: O,
      ): Promise<T.MessagesUpdateBulkResult> {
        return caller.call('messages.updateBulk', { path: { id }, body }, options);
      },
      /**
       * Change a scheduled message
       *
       * Changes a message that is still waiting to be sent: its text, attachment, recipients (phone numbers or a channel), sender number, send time or time zone. Only the fields you pass change; the rest stay as they were. Nothing is sent now; the recipients get the new version when its time comes.
       *
       * - Access: write (area `messages`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes what a scheduled message says, who gets it, from which number, or when it goes out.
       * @see https://developers.dialpad.com/reference/schedulesupdate
       */
      updateScheduled(
        id: T.MessagesUpdateScheduledPath['id'],
        body: T.MessagesUpdateScheduledBody,
        options?: O,
      ): Promise<T.MessagesUpdateScheduledResult> {
        return caller.call('messages.updateScheduled', { path: { id }, body }, options);
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
      send(body: T.SmsSendBody, options?: O): Promise<T.SmsSendResult> {
        return caller.call('sms.send', { body }, options);
      },
    },
  };
}

export type MessagesArea<O> = ReturnType<typeof createMessagesArea<O>>;
