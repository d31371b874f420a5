// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { operations } from '../schema.js';
import type { OperationCaller, Paginated } from '../caller.js';

/** The `calls` area: 7 operation(s) in `client.calls`. */
export function createCallsArea<O>(caller: OperationCaller<O>) {
  return {
    calls: {
      /**
       * Get the AI recap of a call
       *
       * Reads the recap Dialpad's AI wrote for a call: a summary in the chosen length or style, the purposes of the call, its outcome and the action items agreed. Read-only: the recap is not changed. Needs the `ai_recap` scope.
       *
       * - Access: read (area `calls`)
       * - Scope: `ai_recap`
       * - Rate limit: 12 per 60 s per company; 1 per 5 s per company
       * - Effect: None: reads the AI-written recap of a call.
       * @see https://developers.dialpad.com/reference/callai_recap
       */
      aiRecap(
        id: operations['calls.aiRecap']['parameters']['path']['id'],
        query?: NonNullable<operations['calls.aiRecap']['parameters']['query']>,
        options?: O,
      ): Promise<operations['calls.aiRecap']['responses'][200]['content']['application/json']> {
        return caller.call('calls.aiRecap', { path: { id: id }, query }, options);
      },
      /**
       * Get one call
       *
       * Reads the current state and details of one call, live or finished: who is on it, which numbers, when it started, connected and ended, and links to recordings where the credential may see them. Read-only: the call is not affected.
       *
       * - Access: read (area `calls`)
       * - Scope: none
       * - Rate limit: 10 per 60 s per company
       * - Effect: None: reads one call's details.
       * @see https://developers.dialpad.com/reference/callget_call_info
       */
      get(
        id: operations['calls.get']['parameters']['path']['id'],
        options?: O,
      ): Promise<operations['calls.get']['responses'][200]['content']['application/json']> {
        return caller.call('calls.get', { path: { id: id } }, options);
      },
      /**
       * Hang up a call
       *
       * Ends a call that is in progress, cutting off everyone on it. This cannot be undone.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Ends a live call for everyone on it. [live-call]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/callactionshangup
       */
      hangup(id: operations['calls.hangup']['parameters']['path']['id'], options?: O): Promise<void> {
        return caller.call('calls.hangup', { path: { id: id } }, options);
      },
      /**
       * Make a user's Dialpad app dial a number
       *
       * Tells the Dialpad web or desktop app (or a CTI integration) of one user to dial the given number straight away, so a real outbound call leaves that user's line and the person at the number hears their phone ring. The user needs at least one such app signed in and able to dial on its own; Dialpad mobile apps and desk phones cannot be driven this way. The answer names the device that placed the call.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 5 per 60 s per [object Object]
       * - Effect: Makes the user's Dialpad app place a real outbound phone call; the person called hears it ring. [external]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/usersinitiate_call
       */
      initiate(
        id: operations['calls.initiate']['parameters']['path']['id'],
        body: NonNullable<operations['calls.initiate']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['calls.initiate']['responses'][200]['content']['application/json']> {
        return caller.call('calls.initiate', { path: { id: id }, body }, options);
      },
      /**
       * List finished calls
       *
       * Reads the company's call history, most recently started call first, one page at a time. Only calls that are already over are included; calls still in progress never appear. Filters narrow the list by start time and by the user or group involved. Read-only: nothing changes. Needs a company-admin key and the `calls:list` scope.
       *
       * - Access: read (area `calls`)
       * - Scope: `calls:list`
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's concluded calls, newest first.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/calllist
       */
      list(
        query?: NonNullable<operations['calls.list']['parameters']['query']>,
        options?: O,
      ): Paginated<
        NonNullable<operations['calls.list']['responses'][200]['content']['application/json']['items']>[number],
        operations['calls.list']['responses'][200]['content']['application/json']
      > {
        return caller.paginate('calls.list', { query }, options);
      },
      /**
       * Ring a user's devices to start an outbound call
       *
       * Starts a real outbound call for a user by ringing their Dialpad devices (all of them, or just the one named in `device_id`); when the user picks up, Dialpad dials the given number and that person's phone rings. Any active device counts: web, desktop or mobile app, a CTI integration or a desk phone. With `is_consult`, a call the user is already on is put on hold and a second call is started. The answer carries the id of the new call.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 5 per 60 s per company
       * - Effect: Rings the user's devices to start a real outbound call to a phone number. [external]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/callcall
       */
      ring(
        body: NonNullable<operations['calls.ring']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['calls.ring']['responses'][200]['content']['application/json']> {
        return caller.call('calls.ring', { body }, options);
      },
      /**
       * Transfer a live call
       *
       * Moves a call that is in progress to somewhere else: a phone number, another ongoing call, a user, office, department or call center, or a particular operator of a group. The far party is handed over and the new destination starts ringing (or the call is held, parked, or sent to voicemail, as `transfer_state` says).
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Moves a live call to another person, number or group; their phone rings. [external, live-call]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/calltransfer_call
       */
      transfer(
        id: operations['calls.transfer']['parameters']['path']['id'],
        body: NonNullable<operations['calls.transfer']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['calls.transfer']['responses'][200]['content']['application/json']> {
        return caller.call('calls.transfer', { path: { id: id }, body }, options);
      },
    },
  };
}

export type CallsArea<O> = ReturnType<typeof createCallsArea<O>>;
