// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `calls` area: 20 operation(s) in `client.calls`. */
export function createCallsArea<O>(caller: OperationCaller<O>) {
  return {
    calls: {
      /**
       * Bring another party into a live call
       *
       * Dials one more party into a call that is in progress, turning it into a conference: either a phone number, or a user, office, department or call center (which must have a primary number). The new party's phone really rings. The answer carries the id of the call leg that was started.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Dials another phone number, user or group into a live call; their phone rings and they join the conversation. [external]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/callparticipantsadd
       */
      addParticipant(
        id: T.CallsAddParticipantPath['id'],
        body: T.CallsAddParticipantBody,
        options?: O,
      ): Promise<T.CallsAddParticipantResult> {
        return caller.call('calls.addParticipant', { path: { id }, body }, options);
      },
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
      aiRecap(id: T.CallsAiRecapPath['id'], query?: T.CallsAiRecapQuery, options?: O): Promise<T.CallsAiRecapResult> {
        return caller.call('calls.aiRecap', { path: { id }, query }, options);
      },
      /**
       * Assign an operator to a queued call-center call
       *
       * Reserves a call that is waiting in a call center's queue for a named operator: once assigned, only assigned operators can be offered the call. Works only on call-center calls, and takes one operator per request. The answer reports, per operator, whether it worked, and who is assigned now.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 12 per 60 s per company; 1 per 5 s per company
       * - Effect: Reserves a call waiting in a call center's queue for the named operator; only assigned operators are offered it. [live-call]
       * @see https://developers.dialpad.com/reference/callassign
       */
      assign(id: T.CallsAssignPath['id'], body: T.CallsAssignBody, options?: O): Promise<T.CallsAssignResult> {
        return caller.call('calls.assign', { path: { id }, body }, options);
      },
      /**
       * Queue a callback to a phone number in a call center
       *
       * Puts a request to call a person back into a call center's queue, where it waits like an inbound call; when an operator becomes free, Dialpad calls the number and the person's phone rings. The call center's business hours, holidays and queue settings apply. International numbers are refused, and so is a second callback for the same number and call center. The answer gives the request's place in the queue.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 5 per 60 s per [object Object]; 100 per 60 s per [object Object]; 1000 per 60 s per company
       * - Effect: Queues a callback in a call center; when an operator is free, Dialpad calls the person back and their phone rings. [external]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/callcallback
       */
      enqueueCallback(body: T.CallsEnqueueCallbackBody, options?: O): Promise<T.CallsEnqueueCallbackResult> {
        return caller.call('calls.enqueueCallback', { body }, options);
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
      get(id: T.CallsGetPath['id'], options?: O): Promise<T.CallsGetResult> {
        return caller.call('calls.get', { path: { id } }, options);
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
      hangup(id: T.CallsHangupPath['id'], options?: O): Promise<void> {
        return caller.call('calls.hangup', { path: { id } }, options);
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
      initiate(id: T.CallsInitiatePath['id'], body: T.CallsInitiateBody, options?: O): Promise<T.CallsInitiateResult> {
        return caller.call('calls.initiate', { path: { id }, body }, options);
      },
      /**
       * Place an outbound call through a group's IVR
       *
       * Dials a phone number on behalf of an office, department or call center and, when the person answers, plays them that group's outbound IVR workflow. A real phone rings. Pass the number to call and the group; optionally the caller id shown and free text carried into call events. The answer carries the new call's id.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 10 per 60 s per [object Object]
       * - Effect: Places a real outbound call on behalf of an office, department or call center and plays its IVR workflow to the person who answers. [external]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/callinitiate_ivr_call
       */
      initiateIvr(body: T.CallsInitiateIvrBody, options?: O): Promise<T.CallsInitiateIvrResult> {
        return caller.call('calls.initiateIvr', { body }, options);
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
      list(query?: T.CallsListQuery, options?: O): Paginated<T.CallsListItem, T.CallsListResult> {
        return caller.paginate('calls.list', { query }, options);
      },
      /**
       * List the operators assigned to a queued call
       *
       * Reads which operators a call waiting in a call center's queue is currently reserved for. Works only on call-center calls. Read-only: the queue and the assignments are not changed.
       *
       * - Access: read (area `calls`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: None: reads which operators a queued call-center call is assigned to.
       * @see https://developers.dialpad.com/reference/callassigned
       */
      listAssigned(id: T.CallsListAssignedPath['id'], options?: O): Promise<T.CallsListAssignedResult> {
        return caller.call('calls.listAssigned', { path: { id } }, options);
      },
      /**
       * List the company's call labels
       *
       * Reads the labels defined for the company, the ones that can be put on calls. Read-only: nothing changes. Not paged; `limit` caps how many labels come back.
       *
       * - Access: read (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's call labels.
       * @see https://developers.dialpad.com/reference/calllabellist
       */
      listLabels(query?: T.CallsListLabelsQuery, options?: O): Promise<T.CallsListLabelsResult> {
        return caller.call('calls.listLabels', { query }, options);
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
      ring(body: T.CallsRingBody, options?: O): Promise<T.CallsRingResult> {
        return caller.call('calls.ring', { body }, options);
      },
      /**
       * Set the labels of a call
       *
       * Replaces the labels on a call with the given list (an empty list removes them all). Labels are tags people use to sort calls in Dialpad's history and reports; the call itself is not affected. The answer is the call with its new labels.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: Replaces the labels on a call in Dialpad's call history; the call itself is not affected.
       * @see https://developers.dialpad.com/reference/callput_call_labels
       */
      setLabels(
        id: T.CallsSetLabelsPath['id'],
        body: T.CallsSetLabelsBody,
        options?: O,
      ): Promise<T.CallsSetLabelsResult> {
        return caller.call('calls.setLabels', { path: { id }, body }, options);
      },
      /**
       * Start or stop recording a user's current call
       *
       * Switches recording on or off for the call a user is on right now. By default the people on the call hear an announcement that recording started or stopped; on a group call you can choose the user's own recording, the group's, or both. The answer is the call's state and whether it is now being recorded.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Starts or stops recording the call a user is on right now; by default everyone on it hears an announcement. [live-call]
       * @see https://developers.dialpad.com/reference/usersupdate_active_call
       */
      toggleRecording(
        id: T.CallsToggleRecordingPath['id'],
        body: T.CallsToggleRecordingBody,
        options?: O,
      ): Promise<T.CallsToggleRecordingResult> {
        return caller.call('calls.toggleRecording', { path: { id }, body }, options);
      },
      /**
       * Turn Voice Intelligence on or off for a user's current call
       *
       * Switches Dialpad's Voice Intelligence (live transcription and AI moments) on or off for the call a user is on right now, optionally choosing the language and region it listens for. The answer is the call's state and its Voice Intelligence settings now.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Switches Voice Intelligence (live transcription and AI moments) on or off for the call a user is on right now. [live-call]
       * @see https://developers.dialpad.com/reference/userstoggle_call_vi
       */
      toggleVi(id: T.CallsToggleViPath['id'], body: T.CallsToggleViBody, options?: O): Promise<T.CallsToggleViResult> {
        return caller.call('calls.toggleVi', { path: { id }, body }, options);
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
      transfer(id: T.CallsTransferPath['id'], body: T.CallsTransferBody, options?: O): Promise<T.CallsTransferResult> {
        return caller.call('calls.transfer', { path: { id }, body }, options);
      },
      /**
       * Remove one operator's assignment from a queued call
       *
       * Takes one named operator off the reservation of a call waiting in a call center's queue; they are no longer offered it unless no assignment remains. Works only on call-center calls, one operator per request. The answer reports the outcome and who is still assigned.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 12 per 60 s per company; 1 per 5 s per company
       * - Effect: Takes one operator off the reservation of a queued call-center call. [live-call]
       * @see https://developers.dialpad.com/reference/callunassign
       */
      unassign(id: T.CallsUnassignPath['id'], body: T.CallsUnassignBody, options?: O): Promise<T.CallsUnassignResult> {
        return caller.call('calls.unassign', { path: { id }, body }, options);
      },
      /**
       * Remove every operator assignment from a queued call
       *
       * Clears all operator reservations from a call waiting in a call center's queue, so any available operator can be offered it again. Works only on call-center calls. No body.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: 12 per 60 s per company; 1 per 5 s per company
       * - Effect: Clears every operator reservation from a queued call-center call; any available operator may be offered it again. [live-call]
       * @see https://developers.dialpad.com/reference/callunassignall
       */
      unassignAll(id: T.CallsUnassignAllPath['id'], options?: O): Promise<T.CallsUnassignAllResult> {
        return caller.call('calls.unassignAll', { path: { id } }, options);
      },
      /**
       * Take a parked call off park
       *
       * Picks up a call parked on an office's main line and connects it to the given user, whose devices ring. Pass the user who takes the call. The answer carries the id of the call that results.
       *
       * - Access: write (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a call parked on an office's main line off park and connects it to a user, whose devices ring. [live-call]
       * - Webhook event: `call`
       * @see https://developers.dialpad.com/reference/callunpark
       */
      unpark(id: T.CallsUnparkPath['id'], body: T.CallsUnparkBody, options?: O): Promise<T.CallsUnparkResult> {
        return caller.call('calls.unpark', { path: { id }, body }, options);
      },
      /**
       * Check whether a callback could be queued
       *
       * Runs the same checks as queueing a callback (hours, queue settings, number, duplicates) without queueing anything and without calling anyone, so problems show up early. Nothing changes.
       *
       * - Access: read (area `calls`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: checks whether a callback could be queued, without queueing it or calling anyone.
       * @see https://developers.dialpad.com/reference/callvalidate_callback
       */
      validateCallback(body: T.CallsValidateCallbackBody, options?: O): Promise<T.CallsValidateCallbackResult> {
        return caller.call('calls.validateCallback', { body }, options);
      },
    },
  };
}

export type CallsArea<O> = ReturnType<typeof createCallsArea<O>>;
