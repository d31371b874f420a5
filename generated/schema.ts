// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
export interface paths {
  '/api/v2/users/{id}/initiate_call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make a user's Dialpad app dial a number
     * @description Tells the Dialpad web or desktop app (or a CTI integration) of one user to dial the given number straight away, so a real outbound call leaves that user's line and the person at the number hears their phone ring. The user needs at least one such app signed in and able to dial on its own; Dialpad mobile apps and desk phones cannot be driven this way. The answer names the device that placed the call.
     */
    post: operations['calls.initiate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List finished calls
     * @description Reads the company's call history, most recently started call first, one page at a time. Only calls that are already over are included; calls still in progress never appear. Filters narrow the list by start time and by the user or group involved. Read-only: nothing changes. Needs a company-admin key and the `calls:list` scope.
     */
    get: operations['calls.list'];
    put?: never;
    /**
     * Ring a user's devices to start an outbound call
     * @description Starts a real outbound call for a user by ringing their Dialpad devices (all of them, or just the one named in `device_id`); when the user picks up, Dialpad dials the given number and that person's phone rings. Any active device counts: web, desktop or mobile app, a CTI integration or a desk phone. With `is_consult`, a call the user is already on is put on hold and a second call is started. The answer carries the id of the new call.
     */
    post: operations['calls.ring'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one call
     * @description Reads the current state and details of one call, live or finished: who is on it, which numbers, when it started, connected and ended, and links to recordings where the credential may see them. Read-only: the call is not affected.
     */
    get: operations['calls.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Transfer a live call
     * @description Moves a call that is in progress to somewhere else: a phone number, another ongoing call, a user, office, department or call center, or a particular operator of a group. The far party is handed over and the new destination starts ringing (or the call is held, parked, or sent to voicemail, as `transfer_state` says).
     */
    post: operations['calls.transfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/actions/hangup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Hang up a call
     * @description Ends a call that is in progress, cutting off everyone on it. This cannot be undone.
     */
    put: operations['calls.hangup'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/ai_recap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the AI recap of a call
     * @description Reads the recap Dialpad's AI wrote for a call: a summary in the chosen length or style, the purposes of the call, its outcome and the action items agreed. Read-only: the recap is not changed. Needs the `ai_recap` scope.
     */
    get: operations['calls.aiRecap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/participants/add': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bring another party into a live call
     * @description Dials one more party into a call that is in progress, turning it into a conference: either a phone number, or a user, office, department or call center (which must have a primary number). The new party's phone really rings. The answer carries the id of the call leg that was started.
     */
    post: operations['calls.addParticipant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign an operator to a queued call-center call
     * @description Reserves a call that is waiting in a call center's queue for a named operator: once assigned, only assigned operators can be offered the call. Works only on call-center calls, and takes one operator per request. The answer reports, per operator, whether it worked, and who is assigned now.
     */
    post: operations['calls.assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/assigned': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the operators assigned to a queued call
     * @description Reads which operators a call waiting in a call center's queue is currently reserved for. Works only on call-center calls. Read-only: the queue and the assignments are not changed.
     */
    get: operations['calls.listAssigned'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/initiate_ivr_call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Place an outbound call through a group's IVR
     * @description Dials a phone number on behalf of an office, department or call center and, when the person answers, plays them that group's outbound IVR workflow. A real phone rings. Pass the number to call and the group; optionally the caller id shown and free text carried into call events. The answer carries the new call's id.
     */
    post: operations['calls.initiateIvr'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/unassign/all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove every operator assignment from a queued call
     * @description Clears all operator reservations from a call waiting in a call center's queue, so any available operator can be offered it again. Works only on call-center calls. No body.
     */
    post: operations['calls.unassignAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/unassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove one operator's assignment from a queued call
     * @description Takes one named operator off the reservation of a call waiting in a call center's queue; they are no longer offered it unless no assignment remains. Works only on call-center calls, one operator per request. The answer reports the outcome and who is still assigned.
     */
    post: operations['calls.unassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/unpark': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a parked call off park
     * @description Picks up a call parked on an office's main line and connects it to the given user, whose devices ring. Pass the user who takes the call. The answer carries the id of the call that results.
     */
    post: operations['calls.unpark'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/call/{id}/labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set the labels of a call
     * @description Replaces the labels on a call with the given list (an empty list removes them all). Labels are tags people use to sort calls in Dialpad's history and reports; the call itself is not affected. The answer is the call with its new labels.
     */
    put: operations['calls.setLabels'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/calllabels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the company's call labels
     * @description Reads the labels defined for the company, the ones that can be put on calls. Read-only: nothing changes. Not paged; `limit` caps how many labels come back.
     */
    get: operations['calls.listLabels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Queue a callback to a phone number in a call center
     * @description Puts a request to call a person back into a call center's queue, where it waits like an inbound call; when an operator becomes free, Dialpad calls the number and the person's phone rings. The call center's business hours, holidays and queue settings apply. International numbers are refused, and so is a second callback for the same number and call center. The answer gives the request's place in the queue.
     */
    post: operations['calls.enqueueCallback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callback/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check whether a callback could be queued
     * @description Runs the same checks as queueing a callback (hours, queue settings, number, duplicates) without queueing anything and without calling anyone, so problems show up early. Nothing changes.
     */
    post: operations['calls.validateCallback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}/activecall': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Start or stop recording a user's current call
     * @description Switches recording on or off for the call a user is on right now. By default the people on the call hear an announcement that recording started or stopped; on a group call you can choose the user's own recording, the group's, or both. The answer is the call's state and whether it is now being recorded.
     */
    patch: operations['calls.toggleRecording'];
    trace?: never;
  };
  '/api/v2/users/{id}/togglevi': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Turn Voice Intelligence on or off for a user's current call
     * @description Switches Dialpad's Voice Intelligence (live transcription and AI moments) on or off for the call a user is on right now, optionally choosing the language and region it listens for. The answer is the call's state and its Voice Intelligence settings now.
     */
    patch: operations['calls.toggleVi'];
    trace?: never;
  };
  '/api/v2/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an SMS or MMS message
     * @description Sends a text message right away, from a user (or from an office, department or call center the user acts for), either to up to 10 phone numbers or to a Dialpad channel. Attaching `media` turns it into an MMS. This reaches real phones: the recipients get the message and the company is billed for it; it cannot be recalled. The whole request, media included, must stay under 1 MB or it is refused with 413.
     */
    post: operations['sms.send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/message/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List scheduled messages still waiting
     * @description Returns, one page at a time, the scheduled messages of a user (the authenticated user unless `user_id` is given) that are still waiting to go out; cancelled and already sent ones are left out. Nothing changes. Pages hold 20 schedules unless `limit` says otherwise (at most 100); pass the answer's `cursor` back while `has_more` is true.
     */
    get: operations['messages.listScheduled'];
    put?: never;
    /**
     * Schedule a message for later
     * @description Stores a message (SMS, or MMS when `media` is given) to be sent automatically at a future moment, at least ten minutes from now, to up to 50 phone numbers or to a Dialpad channel. Nothing is sent yet; when the time comes the recipients receive it like any message the user sends, and the company is billed for it then.
     */
    post: operations['messages.schedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/message/schedule/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one scheduled message
     * @description Returns a single scheduled message by id: its text, recipients, sender number, when it goes out and whether it is still waiting, was cancelled or has been sent. Nothing changes. Give `user_id` to look among another user's schedules.
     */
    get: operations['messages.getScheduled'];
    put?: never;
    post?: never;
    /**
     * Cancel a scheduled message
     * @description Cancels a scheduled message before it goes out: it will never be sent, and it cannot be brought back (schedule it again instead). Give `user_id` in the body to cancel one of another user's schedules.
     */
    delete: operations['messages.deleteScheduled'];
    options?: never;
    head?: never;
    /**
     * Change a scheduled message
     * @description Changes a message that is still waiting to be sent: its text, attachment, recipients (phone numbers or a channel), sender number, send time or time zone. Only the fields you pass change; the rest stay as they were. Nothing is sent now; the recipients get the new version when its time comes.
     */
    patch: operations['messages.updateScheduled'];
    trace?: never;
  };
  '/api/v2/message/schedule/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a scheduled message right away
     * @description Sends a waiting scheduled message now instead of at its set time, then removes the schedule. The recipients receive the message at once, the company is billed for it, and it cannot be recalled. Give `user_id` in the body to act on one of another user's schedules.
     */
    post: operations['messages.sendScheduledNow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/message/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List bulk messages
     * @description Returns, one page at a time, the bulk messages a user (the authenticated user unless `user_id` is given) has sent, each with its recipients and their delivery state. Nothing changes. Pages hold 20 unless `limit` says otherwise (at most 100); pass the answer's `cursor` back while `has_more` is true.
     */
    get: operations['messages.listBulk'];
    put?: never;
    /**
     * Send one text to many numbers
     * @description Sends the same SMS (or MMS, with `media`) from one of the user's own A2P-registered numbers to up to 50 phone numbers. Dialpad records the batch and answers at once; the messages then go out in the background, after the usual spam checks, so each recipient's delivery shows up later through `messages.getBulk`. Real people receive the messages and the company is billed for them; they cannot be recalled.
     */
    post: operations['messages.sendBulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/message/bulk/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one bulk message and its delivery
     * @description Returns a single bulk message by id with, for each recipient, whether a send was attempted, how it was delivered (internal, SMS or MMS) and the carrier's delivery status or error. This is how to follow a `messages.sendBulk` batch. Nothing changes.
     */
    get: operations['messages.getBulk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a bulk message's text or attachment
     * @description Changes the text and/or the attachment recorded for a bulk message; only the fields you pass change. This sends nothing: messages already delivered stay as the recipients received them. Give `user_id` to act on another user's bulk message.
     */
    patch: operations['messages.updateBulk'];
    trace?: never;
  };
  '/api/v2/fax': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a fax
     * @description Sends a fax to one phone number, from a user (`user_id`) or from a fax-capable number of the user or of a group they belong to (`from_number`; a group's number also needs `user_id`). The recipient's fax machine receives it and the company may be billed for the pages; it cannot be recalled. `fax_status` in the answer tells how far it got; subscribe to fax events to follow it. Dialpad's description lists no field for the document itself.
     */
    post: operations['fax.send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/company/{id}/smsoptout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List numbers opted out of (or back into) SMS
     * @description Returns, one page at a time, the outside phone numbers that have opted out of text messages from the company (`opt_out_state=opted_out`) or opted back in (`opted_back_in`), with when it happened and, for opt-outs, whether it covers the whole company or one A2P campaign. Nothing changes. Needs a company admin API key; the path id must be the key's own company.
     */
    get: operations['messages.listOptOuts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List users
     * @description Reads the company's users one page at a time, optionally narrowed by state, admin status, email address or phone number. Read-only: nothing changes.
     */
    get: operations['users.list'];
    put?: never;
    /**
     * Create a user
     * @description Adds a new person to the company, in the given office, with the given email address. This allocates a seat of the chosen license (`talk` unless said otherwise), which the company pays for, and with `auto_assign` also takes a phone number from the company's pool.
     */
    post: operations['users.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user
     * @description Reads one user's profile, settings and current status. Read-only.
     */
    get: operations['users.get'];
    put?: never;
    post?: never;
    /**
     * Delete a user
     * @description Removes the person from the company for good: they can no longer sign in, make or take calls or send messages, and they stop occupying a license seat. This cannot be undone; the answer is the user as it was, now in state `deleted`.
     */
    delete: operations['users.delete'];
    options?: never;
    head?: never;
    /**
     * Update a user
     * @description Changes only the fields sent. This can rename the person, change their emails, extension, forwarding numbers and number order, grant or remove admin rights, move them to another office, suspend or re-activate them, or switch their license, which changes what the company is billed (and, for a support license, may release paid numbers unless `keep_paid_numbers` stays true).
     */
    patch: operations['users.update'];
    trace?: never;
  };
  '/api/v2/users/{id}/screenpop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a screen pop on a user's device
     * @description Makes the user's Dialpad app open the given web address (or custom app link) on their screen, typically a customer record during a call. Something visibly happens on the person's device. Needs the `screen_pop` OAuth scope.
     */
    post: operations['users.screenPop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}/caller_id': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user's caller ID options
     * @description Reads which number the user's outgoing calls currently show (`caller_id`) and the numbers they could show instead: their own numbers, their office's main line, and the numbers of the groups they belong to. Read-only: nothing changes.
     */
    get: operations['users.getCallerId'];
    put?: never;
    /**
     * Set a user's caller ID
     * @description Chooses the number that people called by this user see: one of the user's own numbers, a number of their office or of a group they belong to, or `blocked` to hide it. Every call the user places afterwards presents that number. The answer is the user's caller ID as it now stands.
     */
    post: operations['users.setCallerId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{parent_id}/deskphones/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one of a user's desk phones
     * @description Reads one desk phone registered to the user: its model, MAC address, SIP settings and whether it rings for the user's calls. Read-only: nothing changes.
     */
    get: operations['users.getDeskphone'];
    put?: never;
    post?: never;
    /**
     * Remove a desk phone from a user
     * @description Unregisters a desk phone from the user for good: the handset stops ringing for the user's calls and can no longer place calls as them until it is provisioned again. The answer has no body.
     */
    delete: operations['users.deleteDeskphone'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{parent_id}/deskphones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a user's desk phones
     * @description Reads every desk phone registered to the user, all at once (this list is not paged). Read-only: nothing changes.
     */
    get: operations['users.listDeskphones'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}/togglednd': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Turn a user's do-not-disturb on or off
     * @description Switches do-not-disturb on or off for the user, either everywhere or, with `group_id` and `group_type`, only for the calls of one office, department or call center. While it is on, those calls no longer ring the user.
     */
    patch: operations['users.toggleDnd'];
    trace?: never;
  };
  '/api/v2/users/{id}/e911': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user's E911 address
     * @description Reads the street address registered for the user's emergency (E911) calls, the one emergency services are sent to. Read-only: nothing changes.
     */
    get: operations['users.getE911'];
    /**
     * Set a user's E911 address
     * @description Replaces the street address registered for the user's emergency calls: from then on, emergency services are sent there when the user dials 911. With `use_validated_option`, Dialpad stores the corrected form of the address its validation service proposes.
     */
    put: operations['users.updateE911'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}/personas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a user's personas
     * @description Reads the personas the user may call as: identities (such as a call center or a shared line) whose name and number the person called sees instead of the user's own. All are returned at once (this list is not paged). Read-only: nothing changes.
     */
    get: operations['users.listPersonas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}/move_office': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Move a user to another office
     * @description Transfers the user to a different office of the company (paid accounts only; the destination office needs a free license). When the destination is an international office, the user's phone numbers are taken away and a new one is assigned (internal 803 numbers stay); the old numbers do not come back by themselves. The answer is the user after the move.
     */
    patch: operations['users.moveOffice'];
    trace?: never;
  };
  '/api/v2/users/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set a user's status message
     * @description Sets the short status text shown next to the user's name in Dialpad (for instance "Out until 2 pm"), optionally with an `expiration` after which it clears itself. Colleagues see the new text at once.
     */
    patch: operations['users.updateStatus'];
    trace?: never;
  };
  '/api/v2/userdevices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user device
     * @description Reads one of the Dialpad devices a user is signed in on (desktop or mobile app, browser, desk phone, integration): its kind, app or firmware version and when it last checked in. Read-only: nothing changes.
     */
    get: operations['users.getDevice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/userdevices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a user's devices
     * @description Reads, one page at a time, the Dialpad devices a user is signed in on (apps, browsers, desk phones, integrations). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['users.listDevices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List contacts
     * @description Returns one page of the company's shared address book, or of one user's local contacts when `owner_id` is given. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['contacts.list'];
    /**
     * Create or update a contact by your own id
     * @description Writes an entry of the company's shared address book keyed by an id of yours (`uid`, made part of the id Dialpad gives the contact): the first call with a `uid` creates the contact, later calls with the same `uid` replace its fields. Useful to mirror a CRM without keeping Dialpad's ids. Every user of the company sees the entry in Dialpad apps (caller names, search).
     */
    put: operations['contacts.upsert'];
    /**
     * Create a contact
     * @description Adds a new entry to an address book. Without `owner_id` the entry goes into the company's shared address book, where every user of the company can see it; with `owner_id` it becomes a local contact that only that user sees. The new entry shows up in Dialpad apps (caller names, search).
     */
    post: operations['contacts.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a contact
     * @description Reads one contact by its id. Only shared and local contacts can be read this way. Read-only: nothing changes.
     */
    get: operations['contacts.get'];
    put?: never;
    post?: never;
    /**
     * Delete a contact
     * @description Removes a contact from its address book for good: it disappears from search and caller names in every Dialpad app, and there is no way to undo it. The answer carries the contact as it was just before deletion.
     */
    delete: operations['contacts.delete'];
    options?: never;
    head?: never;
    /**
     * Update a contact
     * @description Changes the fields sent in the body of an existing contact and leaves the others as they are. The change is visible to everyone who can see the contact, in every Dialpad app.
     */
    patch: operations['contacts.update'];
    trace?: never;
  };
  '/api/v2/offices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List offices
     * @description Returns one page of the offices the credential can see, with their main-line numbers, opening hours, routing and settings. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['offices.list'];
    put?: never;
    /**
     * Create a secondary office
     * @description Opens a new office under the company's primary office, with its own billing set-up, country, time zone, emergency address, opening hours and call routing. This costs money: the new office gets a billing plan of its own, charged in `currency` every `plan_period` (by invoice when `invoiced` is true, or on one invoice with the rest of the company when `unified_billing` is true). The emergency address is required for offices in the US, Canada, Australia, France, the United Kingdom and New Zealand. Answers with the new office and its plan.
     */
    post: operations['offices.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{id}/operators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an office's operators
     * @description Reads the users and rooms that are operators of the office's main line, the ones calls to the office's main number can ring. Users come with their full profile and status. Read-only: nothing changes.
     */
    get: operations['offices.listOperators'];
    put?: never;
    /**
     * Add an operator to an office
     * @description Makes a user or a room an operator of the office's main line: from now on, calls to the office's main number can ring them, following the office's routing. The role decides whether they also administer the office. Nothing else about the user or room changes.
     */
    post: operations['offices.addOperator'];
    /**
     * Remove an operator from an office
     * @description Takes a user or a room off the office's main line: calls to the office's main number stop ringing them. The user or room itself, its numbers and its licenses stay as they are, and adding it back is one call. Answers with the user or room that was removed.
     */
    delete: operations['offices.removeOperator'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an office
     * @description Reads one office: its main-line numbers, opening hours, routing, emergency address and office-level settings. Read-only: nothing changes.
     */
    get: operations['offices.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an office's opening hours
     * @description Changes when the office takes calls: whether opening hours apply at all (`hours_on`) and the open spans of each weekday. From then on, calls to the office's main line outside those hours follow its closed routing. Only the fields sent change. Answers with the office and its billing plan as they now stand.
     */
    patch: operations['offices.update'];
    trace?: never;
  };
  '/api/v2/offices/primary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the company's primary office
     * @description Reads the main office of the company the credential belongs to, in the same form as getting an office by id. Useful to find the office to use when none is known yet. Read-only: nothing changes.
     */
    get: operations['offices.getPrimary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{office_id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an office's billing plan
     * @description Reads the office's billing plan: how many lines of each kind (user, contact-center, room, fax, extra-number, toll-free, conference) it is allotted, the remaining balance in US dollars, the next billing date and the place-of-primary-use address. Read-only: nothing changes.
     */
    get: operations['offices.getPlan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{office_id}/available_licenses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count an office's unused licenses
     * @description Reads how many licenses of each kind the office still has free, that is paid for but not yet taken by a user, room, fax line or extra number. Check it before adding users or numbers, which take one. Read-only: nothing changes.
     */
    get: operations['offices.listAvailableLicenses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{id}/e911': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an office's emergency address
     * @description Reads the street address registered for the office for emergency (E911) calls: where emergency services are sent when someone calls them from the office. Read-only: nothing changes.
     */
    get: operations['offices.getE911'];
    /**
     * Set an office's emergency address
     * @description Replaces the office's emergency (E911) address, the place emergency services are sent to for calls from the office; with `update_all` every user of the office gets the same address. A wrong address can send help to the wrong place, so pass the real street address. Set `use_validated_option` to store the form of the address Dialpad's address check suggests instead of the text as sent.
     */
    put: operations['offices.updateE911'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{id}/offdutystatuses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an office's off-duty reasons
     * @description Reads the off-duty reasons the office offers its call-center operators (such as `Lunch` or `Training`), the values an operator's duty status reason can take. Read-only: nothing changes.
     */
    get: operations['offices.listOffDutyStatuses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List departments
     * @description Returns one page of the company's departments, optionally only those of one office or those whose name contains a piece of text, with their numbers, hours, hold queue and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['departments.list'];
    put?: never;
    /**
     * Create a department
     * @description Creates a department in an office, with its hours, hold queue, routing and voice intelligence settings. It has no operators and no phone number yet: add operators, and assign a number, with their own calls. Needs a company admin API key. Answers with the new department.
     */
    post: operations['departments.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/departments/{id}/operators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a department's operators
     * @description Reads the users and rooms that are operators of the department, the ones its calls can ring. Users come with their full profile and status. Read-only: nothing changes.
     */
    get: operations['departments.listOperators'];
    put?: never;
    /**
     * Add an operator to a department
     * @description Makes a user or a room an operator of the department: from now on, calls to the department's numbers can ring them, following the department's routing. The role decides whether they also administer the department. Nothing else about the user or room changes.
     */
    post: operations['departments.addOperator'];
    /**
     * Remove an operator from a department
     * @description Takes a user or a room off the department: its calls stop ringing them. The user or room itself, its numbers and its licenses stay as they are, and adding it back is one call. Answers with the user or room that was removed.
     */
    delete: operations['departments.removeOperator'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a department
     * @description Reads one department: its numbers, opening hours, hold queue, routing and voice intelligence settings. Read-only: nothing changes.
     */
    get: operations['departments.get'];
    put?: never;
    post?: never;
    /**
     * Delete a department
     * @description Deletes a department for good, with its hours, routing and list of operators: calls can no longer be routed to it, and menus or routing that sent calls there lose that step. The operators themselves are not touched. Cannot be undone. Needs a company admin API key. Answers with the department as it was.
     */
    delete: operations['departments.delete'];
    options?: never;
    head?: never;
    /**
     * Change a department
     * @description Changes a department's name, description, hours, ring time, recording, hold queue, routing or voice intelligence settings; only the fields sent change. New routing and hours apply to the next call. Needs a company admin API key. Answers with the department as it now stands.
     */
    patch: operations['departments.update'];
    trace?: never;
  };
  '/api/v2/offices/{office_id}/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an office's departments
     * @description Returns one page of the departments of one office, with their numbers, hours, hold queue and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['departments.listByOffice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callcenters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List call centers
     * @description Returns one page of the company's call centers, optionally only those of one office or those whose name contains a piece of text, with their numbers, hours, hold queue, alerts and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['callcenters.list'];
    put?: never;
    /**
     * Create a call center
     * @description Creates a call center in an office, with its hours, hold queue, service-level alerts, recording and wrap-up settings, routing and voice intelligence. It has no agents and no phone number yet: add operators, and assign a number, with their own calls. Needs a company admin API key. Answers with the new call center.
     */
    post: operations['callcenters.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callcenters/{id}/operators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a call center's operators
     * @description Reads the users (agents, supervisors, admins) and rooms that are operators of the call center, with each user's full profile and duty status. Read-only: nothing changes.
     */
    get: operations['callcenters.listOperators'];
    put?: never;
    /**
     * Add an operator to a call center
     * @description Makes a user an operator (agent), supervisor or admin of the call center: from now on calls to the call center can ring them, in line with their skill level and the routing. This can cost money: if the user has no call center license yet, one of the kind given in `license_type` is taken from the company's pool and assigned to them, and if none is free the request fails and nothing changes. When the license switch moves the user to a support license, `keep_paid_numbers` decides whether they keep their phone numbers (which then need extra number licenses).
     */
    post: operations['callcenters.addOperator'];
    /**
     * Remove an operator from a call center
     * @description Takes a user off the call center: its queued calls stop reaching them. Their call center license stays assigned to them (nothing is released or changed on the bill), as do their numbers, and adding them back is one call. Answers with the user that was removed.
     */
    delete: operations['callcenters.removeOperator'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callcenters/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a call center's live status
     * @description Reads the call center's state at this moment: whether it is open, how many operators are on duty and free, how many callers are waiting and how long the longest has waited. Read-only: nothing changes.
     */
    get: operations['callcenters.status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callcenters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a call center
     * @description Reads one call center: its numbers, hours, hold queue, service-level alerts, recording and wrap-up settings, routing and voice intelligence. Read-only: nothing changes.
     */
    get: operations['callcenters.get'];
    put?: never;
    post?: never;
    /**
     * Delete a call center
     * @description Deletes a call center for good, with its queue, hours, routing and list of operators: calls can no longer be routed to it, and menus or routing that sent calls there lose that step. The agents themselves, and their licenses, are not touched. Cannot be undone. Needs a company admin API key. Answers with the call center as it was.
     */
    delete: operations['callcenters.delete'];
    options?: never;
    head?: never;
    /**
     * Change a call center
     * @description Changes a call center's name, description, hours, ring time, hold queue, alerts, recording and wrap-up settings, routing or voice intelligence; only the fields sent change. Callers already waiting and the next calls follow the new settings. Needs a company admin API key. Answers with the call center as it now stands.
     */
    patch: operations['callcenters.update'];
    trace?: never;
  };
  '/api/v2/callcenters/operators/{id}/dutystatus': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an operator's duty status
     * @description Reads whether a call-center operator is on duty, their current status (available, busy, in wrap-up, ...), the reason they gave and since when. Read-only: nothing changes.
     */
    get: operations['callcenters.getDutyStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Put an operator on or off duty
     * @description Puts a user on duty or off duty in every call center they belong to, with an optional reason (one of the office's off-duty reasons). Off duty, no queued call rings them until they are put back on duty; on duty, calls start reaching them. Answers with their duty status as it now stands.
     */
    patch: operations['callcenters.updateDutyStatus'];
    trace?: never;
  };
  '/api/v2/callcenters/{call_center_id}/operators/{user_id}/skill': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an operator's skill level
     * @description Reads the skill level (0 to 100) an operator has in one call center, the value skill-based (`mostskilled`) routing uses to pick who rings first. Read-only: nothing changes.
     */
    get: operations['callcenters.getSkillLevel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set an operator's skill level
     * @description Sets the skill level (0 to 100) of an operator in one call center. Where the call center rings its most skilled operators first, this changes who gets the next calls. Answers with the skill level now set.
     */
    patch: operations['callcenters.updateSkillLevel'];
    trace?: never;
  };
  '/api/v2/offices/{office_id}/callcenters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an office's call centers
     * @description Returns one page of the call centers of one office, with their numbers, hours, hold queue, alerts and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['callcenters.listByOffice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/agent-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an agent group
     * @description Reads one agent group (a named set of call-center agents in an office): its name, description and when it was created and last changed. Needs the `agent_groups:read` OAuth scope. Read-only: nothing changes.
     */
    get: operations['callcenters.getAgentGroup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/dispositions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List dispositions
     * @description Returns one page of the disposition sets (the wrap-up codes agents pick after a call) assigned to one target, such as a call center or an office, named by `target_id` and `target_type`. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['dispositions.list'];
    put?: never;
    /**
     * Create a disposition set
     * @description Creates a set of dispositions (wrap-up codes, optionally with sub-codes, each for inbound, outbound or all calls) in an office. Assign it to call centers afterwards by changing it with `action: add_target`; until then agents do not see it. Answers with the new set.
     */
    post: operations['dispositions.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/dispositions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a disposition set
     * @description Reads one disposition set: its wrap-up codes and sub-codes, the calls each applies to, and the targets (such as call centers) it is assigned to. Read-only: nothing changes.
     */
    get: operations['dispositions.get'];
    put?: never;
    post?: never;
    /**
     * Delete a disposition set
     * @description Deletes a disposition set for good: agents of the call centers it was assigned to no longer see its codes after their calls. Codes already recorded on past calls are not touched. Cannot be undone. Dialpad answers with an empty body.
     */
    delete: operations['dispositions.delete'];
    options?: never;
    head?: never;
    /**
     * Change a disposition set
     * @description Renames a disposition set, replaces its codes, or assigns it to or takes it off one target (`action` with `target_id` and `target_type`); one target per call. Agents of a call center it is added to start seeing its codes after their calls, and stop when it is taken off. Answers with the set as it now stands.
     */
    patch: operations['dispositions.update'];
    trace?: never;
  };
  '/api/v2/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the company's webhooks
     * @description Returns, one page at a time, every webhook registered for the company, with its URL and signing settings. Read-only: nothing changes.
     */
    get: operations['webhooks.list'];
    put?: never;
    /**
     * Register a webhook URL
     * @description Registers an HTTPS URL of yours as a destination for Dialpad events and returns the new webhook with its generated id. Registering alone sends nothing: events start arriving at the URL only once an event subscription (call, SMS, contact, ...) names this webhook's id as its `endpoint_id`, and one webhook can serve many subscriptions. If you give a `secret`, every event is delivered as a JWT signed with HS256 using that secret, which lets your receiver prove the event came from Dialpad; without one, events arrive as plain, unsigned JSON. Setting a secret is strongly advised.
     */
    post: operations['webhooks.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one webhook
     * @description Returns a single webhook (its URL and signing settings) by id. Read-only: nothing changes.
     */
    get: operations['webhooks.get'];
    put?: never;
    post?: never;
    /**
     * Remove a webhook
     * @description Removes a webhook, so Dialpad no longer delivers events to its URL; subscriptions that relied on it stop reaching your receiver. Answers with the webhook as it was just before removal.
     */
    delete: operations['webhooks.delete'];
    options?: never;
    head?: never;
    /**
     * Change a webhook's URL or secret
     * @description Changes where a webhook delivers, its signing secret, or both. From then on, every subscription that points at this webhook sends its events to the new URL and/or signs them with the new secret, so your receiver must be ready for the change before you make it.
     */
    patch: operations['webhooks.update'];
    trace?: never;
  };
  '/api/v2/websockets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the company's websockets
     * @description Returns, one page at a time, every websocket endpoint of the company, each with a connection URL and its signing settings. Nothing changes.
     */
    get: operations['websockets.list'];
    put?: never;
    /**
     * Create a websocket event endpoint
     * @description Creates a websocket endpoint for the company and returns it with its generated id and a `websocket_url` to connect to. Like a webhook, it receives nothing until an event subscription names its id as `endpoint_id`; one websocket can serve many subscriptions. The URL stops working after about an hour: fetch the websocket again (websockets.get) for a fresh URL instead of creating another one. With a `secret`, events are sent as HS256-signed JWTs so you can check they came from Dialpad; without one, they are plain JSON.
     */
    post: operations['websockets.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/websockets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one websocket (and a fresh URL)
     * @description Returns a single websocket endpoint by id, including a newly issued `websocket_url`. Because connection URLs expire after about an hour, this is how to reconnect: call it again for a new URL rather than creating a new websocket. No settings change.
     */
    get: operations['websockets.get'];
    put?: never;
    post?: never;
    /**
     * Remove a websocket
     * @description Removes a websocket endpoint, so Dialpad stops pushing events through it and subscriptions that used it no longer reach your consumer. Answers with the websocket as it was just before removal.
     */
    delete: operations['websockets.delete'];
    options?: never;
    head?: never;
    /**
     * Change a websocket's signing secret
     * @description Replaces the secret used to sign the events sent over this websocket. Events delivered afterwards are signed with the new secret, so your consumer must verify with it from then on.
     */
    patch: operations['websockets.update'];
    trace?: never;
  };
  '/api/v2/subscriptions/call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List call event subscriptions
     * @description Returns, one page at a time, the company's call event subscriptions, or only those scoped to one target when `target_type` and `target_id` are given. Nothing changes. Subscriptions made through Dialpad's older, deprecated event APIs may not appear here.
     */
    get: operations['subscriptions.listCall'];
    put?: never;
    /**
     * Subscribe a webhook or websocket to call events
     * @description Starts pushing call events to a webhook or websocket (named by `endpoint_id`). Each time a matching call reaches one of the listed `call_states` (ringing, connected, hangup, recording, ...), Dialpad sends an event there; `target_type` and `target_id` narrow it to calls to or from one user, office, call center and so on, otherwise the whole company is covered. Recording links appear in call events only if the credential holds the `recordings_export` OAuth scope.
     */
    post: operations['subscriptions.createCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/subscriptions/call/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one call event subscription
     * @description Returns a single call event subscription by id: which call states it covers, its scope, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
     */
    get: operations['subscriptions.getCall'];
    put?: never;
    post?: never;
    /**
     * Remove a call event subscription
     * @description Removes a call event subscription: Dialpad stops sending those call events. The webhook or websocket it used is kept. Answers with the subscription as it was just before removal.
     */
    delete: operations['subscriptions.deleteCall'];
    options?: never;
    head?: never;
    /**
     * Change a call event subscription
     * @description Changes which call states, which target or which endpoint a call event subscription uses, or switches it on or off. From then on Dialpad sends (or stops sending) call events accordingly; setting `enabled` to false pauses delivery without removing the subscription.
     */
    patch: operations['subscriptions.updateCall'];
    trace?: never;
  };
  '/api/v2/subscriptions/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List SMS event subscriptions
     * @description Returns, one page at a time, the company's SMS event subscriptions, or only those scoped to one target when `target_type` and `target_id` are given. Nothing changes. Subscriptions made through Dialpad's older, deprecated event APIs may not appear here.
     */
    get: operations['subscriptions.listSms'];
    put?: never;
    /**
     * Subscribe a webhook or websocket to SMS events
     * @description Starts pushing SMS events to a webhook or websocket (named by `endpoint_id`) for text messages in the chosen `direction` (`inbound`, `outbound`, or `all`). `target_type` and `target_id` narrow it to messages to or from one target, otherwise the whole company is covered; `include_internal` adds messages between two users of the same company and `status` adds an event for each delivery-status change. The message text itself is included only when the credential holds the `message_content_export` OAuth scope (for a subscription scoped to a target) or `message_content_export:all` (for a company-wide one); without it, events carry everything but the text.
     */
    post: operations['subscriptions.createSms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/subscriptions/sms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one SMS event subscription
     * @description Returns a single SMS event subscription by id: its direction, scope, options, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
     */
    get: operations['subscriptions.getSms'];
    put?: never;
    post?: never;
    /**
     * Remove an SMS event subscription
     * @description Removes an SMS event subscription: Dialpad stops sending those SMS events. The webhook or websocket it used is kept. Answers with the subscription as it was just before removal.
     */
    delete: operations['subscriptions.deleteSms'];
    options?: never;
    head?: never;
    /**
     * Change an SMS event subscription
     * @description Changes the direction, scope, options or endpoint of an SMS event subscription, or switches it on or off. From then on Dialpad sends (or stops sending) SMS events accordingly; setting `enabled` to false pauses delivery without removing the subscription.
     */
    patch: operations['subscriptions.updateSms'];
    trace?: never;
  };
  '/api/v2/subscriptions/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List contact event subscriptions
     * @description Returns, one page at a time, the company's contact event subscriptions. Nothing changes. Needs a company admin API key. Subscriptions made through Dialpad's older, deprecated event APIs may not appear here.
     */
    get: operations['subscriptions.listContact'];
    put?: never;
    /**
     * Subscribe a webhook or websocket to contact events
     * @description Starts pushing contact events to a webhook or websocket (named by `endpoint_id`) whenever contacts of the chosen `contact_type` are created, changed or deleted: `shared` for the company's shared address book, `local` for users' own contacts. Needs a company admin API key.
     */
    post: operations['subscriptions.createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/subscriptions/contact/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one contact event subscription
     * @description Returns a single contact event subscription by id: the contact type it covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key.
     */
    get: operations['subscriptions.getContact'];
    put?: never;
    post?: never;
    /**
     * Remove a contact event subscription
     * @description Removes a contact event subscription: Dialpad stops sending those contact events. The webhook or websocket it used is kept. Needs a company admin API key. Answers with the subscription as it was just before removal.
     */
    delete: operations['subscriptions.deleteContact'];
    options?: never;
    head?: never;
    /**
     * Change a contact event subscription
     * @description Changes the contact type or endpoint of a contact event subscription, or switches it on or off; `contact_type` must always be sent. From then on Dialpad sends (or stops sending) contact events accordingly. Needs a company admin API key.
     */
    patch: operations['subscriptions.updateContact'];
    trace?: never;
  };
  '/api/v2/subscriptions/agent_status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List agent status event subscriptions
     * @description Returns, one page at a time, the company's agent status event subscriptions: which agent type each one covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key.
     */
    get: operations['subscriptions.listAgentStatus'];
    put?: never;
    /**
     * Subscribe a webhook or websocket to agent status events
     * @description Starts pushing agent status events to a webhook or websocket (named by `endpoint_id`): each time a call center agent's availability changes (available, busy, on a call, off duty, ...), Dialpad sends an event there. Only call center agents are covered, so `agent_type` must be `callcenter`. Needs a company admin API key.
     */
    post: operations['subscriptions.createAgentStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/subscriptions/agent_status/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one agent status event subscription
     * @description Returns a single agent status event subscription by id: the agent type it covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key.
     */
    get: operations['subscriptions.getAgentStatus'];
    put?: never;
    post?: never;
    /**
     * Remove an agent status event subscription
     * @description Removes an agent status event subscription: Dialpad stops sending those agent status events. The webhook or websocket it used is kept. Needs a company admin API key. Answers with the subscription as it was just before removal.
     */
    delete: operations['subscriptions.deleteAgentStatus'];
    options?: never;
    head?: never;
    /**
     * Change an agent status event subscription
     * @description Moves an agent status event subscription to another webhook or websocket, or switches it on or off. From then on Dialpad sends (or stops sending) agent status events accordingly; setting `enabled` to false pauses delivery without removing the subscription. Needs a company admin API key.
     */
    patch: operations['subscriptions.updateAgentStatus'];
    trace?: never;
  };
  '/api/v2/subscriptions/changelog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List change log event subscriptions
     * @description Returns, one page at a time, the company's change log event subscriptions: whether each one is on and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key holding the `change_log` OAuth scope.
     */
    get: operations['subscriptions.listChangelog'];
    put?: never;
    /**
     * Subscribe a webhook or websocket to change log events
     * @description Starts pushing change log events to a webhook or websocket (named by `endpoint_id`): each time someone changes the company's configuration (users, offices, departments, call centers, numbers and so on), Dialpad sends an event saying who changed what. Needs a company admin API key holding the `change_log` OAuth scope.
     */
    post: operations['subscriptions.createChangelog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/subscriptions/changelog/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one change log event subscription
     * @description Returns a single change log event subscription by id: whether it is on and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key holding the `change_log` OAuth scope.
     */
    get: operations['subscriptions.getChangelog'];
    put?: never;
    post?: never;
    /**
     * Remove a change log event subscription
     * @description Removes a change log event subscription: Dialpad stops sending change log events to its endpoint. The webhook or websocket it used is kept. Needs a company admin API key holding the `change_log` OAuth scope. Answers with the subscription as it was just before removal.
     */
    delete: operations['subscriptions.deleteChangelog'];
    options?: never;
    head?: never;
    /**
     * Change a change log event subscription
     * @description Moves a change log event subscription to another webhook or websocket, or switches it on or off. From then on Dialpad sends (or stops sending) change log events accordingly; setting `enabled` to false pauses delivery without removing the subscription. Needs a company admin API key holding the `change_log` OAuth scope.
     */
    patch: operations['subscriptions.updateChangelog'];
    trace?: never;
  };
  '/api/v2/subscriptions/channel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List channel event subscriptions
     * @description Returns, one page at a time, the company's channel event subscriptions: the channel and message direction each one covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
     */
    get: operations['subscriptions.listChannel'];
    put?: never;
    /**
     * Subscribe a webhook or websocket to channel events
     * @description Starts pushing channel events to a webhook or websocket (named by `endpoint_id`) for messages posted in one Dialpad channel: `target_id` must be the channel's id, and `direction` chooses inbound, outbound or `all` messages. All three are needed.
     */
    post: operations['subscriptions.createChannel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/subscriptions/channel/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one channel event subscription
     * @description Returns a single channel event subscription by id: its channel, message direction, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
     */
    get: operations['subscriptions.getChannel'];
    put?: never;
    post?: never;
    /**
     * Remove a channel event subscription
     * @description Removes a channel event subscription: Dialpad stops sending events for that channel's messages. The webhook or websocket it used, and the channel itself, are kept. Answers with the subscription as it was just before removal.
     */
    delete: operations['subscriptions.deleteChannel'];
    options?: never;
    head?: never;
    /**
     * Change a channel event subscription
     * @description Changes the channel, message direction or endpoint of a channel event subscription, or switches it on or off. From then on Dialpad sends (or stops sending) channel events accordingly; setting `enabled` to false pauses delivery without removing the subscription.
     */
    patch: operations['subscriptions.updateChannel'];
    trace?: never;
  };
  '/api/v2/subscriptions/fax': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List fax event subscriptions
     * @description Returns, one page at a time, the company's fax event subscriptions, or only those scoped to one target when `target_type` and `target_id` are given. Nothing changes. Needs the `fax_message` OAuth scope.
     */
    get: operations['subscriptions.listFax'];
    put?: never;
    /**
     * Subscribe a webhook or websocket to fax events
     * @description Starts pushing fax events to a webhook or websocket (named by `endpoint_id`) for faxes in the chosen `direction` (`inbound`, `outbound`, or `all`). `target_type` and `target_id` narrow it to faxes to or from one user, office, department or call center, otherwise the whole company is covered; `status` adds an event for each status change of a fax. Needs the `fax_message` OAuth scope.
     */
    post: operations['subscriptions.createFax'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/subscriptions/fax/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one fax event subscription
     * @description Returns a single fax event subscription by id: its direction, scope, options, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs the `fax_message` OAuth scope.
     */
    get: operations['subscriptions.getFax'];
    put?: never;
    post?: never;
    /**
     * Remove a fax event subscription
     * @description Removes a fax event subscription: Dialpad stops sending those fax events. The webhook or websocket it used is kept. Needs the `fax_message` OAuth scope. Answers with the subscription as it was just before removal.
     */
    delete: operations['subscriptions.deleteFax'];
    options?: never;
    head?: never;
    /**
     * Change a fax event subscription
     * @description Changes the direction, scope, options or endpoint of a fax event subscription, or switches it on or off. From then on Dialpad sends (or stops sending) fax events accordingly; setting `enabled` to false pauses delivery without removing the subscription. Needs the `fax_message` OAuth scope.
     */
    patch: operations['subscriptions.updateFax'];
    trace?: never;
  };
  '/api/v2/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a statistics report
     * @description Starts building a statistics report in the background and answers at once with a `request_id`; poll `GET /api/v2/stats/{id}` with it until the report is `complete`, then download the file from `download_url`. The report covers the whole company unless it is narrowed to one office (`office_id`) or one target (`target_id` with `target_type`, which wins over `office_id`). Nothing in the company changes; the call queues a report job on Dialpad's side (`already_started` tells whether that job was already running) and is tightly rate-limited.
     */
    post: operations['stats.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/stats/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a statistics report
     * @description Reads how far a report started with `stats.create` has got: `processing` while it is being built, then `complete` with a link to the file, or `failed`. Read-only: nothing changes.
     */
    get: operations['stats.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/wfm/metrics/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get workforce-management activity metrics
     * @description Returns one page of workforce-management metrics per agent, activity and time interval between `start` and `end` (UTC): schedule adherence, time on task, conversations opened, closed and on hold. Narrow it to some agents with `ids` or `emails` (comma-separated). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['stats.wfmActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/wfm/metrics/agent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get workforce-management agent metrics
     * @description Returns one page of workforce-management performance metrics per agent and time interval between `start` and `end` (UTC): occupancy, utilisation, adherence, availability, time in each Dialpad status and conversations closed. Narrow it to some agents with `ids` or `emails` (comma-separated). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['stats.wfmAgents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/digital/sessionsdata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List digital sessions
     * @description Returns one page of the digital (chat, messaging, email) sessions that started or ended between `start_date` and `end_date` — a period shorter than 7 days — optionally only those of one office, department or call center (`target_id` with `target_type`): who handled each, how long it queued and lasted, its outcome and satisfaction scores. Needs the `digital_sessions` scope. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['stats.digitalSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/schedulereports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List scheduled reports
     * @description Returns one page of the company's scheduled reports: the daily, weekly or monthly call logs, statistics, recordings or voicemail reports Dialpad pushes to a webhook or websocket. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['reports.list'];
    put?: never;
    /**
     * Schedule a report
     * @description Sets up a report Dialpad builds on a schedule (daily, weekly or monthly, at an hour and day you choose) and pushes to a webhook or websocket you registered (`endpoint_id`): call logs, daily or per-user statistics, recordings or voicemails, for the company or for one target (`target_id` with `target_type`). From then on the company's data leaves Dialpad on that schedule until the report is disabled or deleted.
     */
    post: operations['reports.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/schedulereports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a scheduled report
     * @description Reads one scheduled report by its id: what it contains, when it runs, for which target, and the webhook or websocket it is pushed to. Read-only: nothing changes.
     */
    get: operations['reports.get'];
    put?: never;
    post?: never;
    /**
     * Delete a scheduled report
     * @description Deletes a scheduled report for good: Dialpad stops building and pushing it, and it cannot be brought back. The answer carries the report as it was just before deletion.
     */
    delete: operations['reports.delete'];
    options?: never;
    head?: never;
    /**
     * Update a scheduled report
     * @description Changes a scheduled report: what it contains, when it runs, for which target, where it is pushed, or whether it is enabled. Dialpad's description requires the same fields as when creating one, so send the whole report. The next runs follow the new settings.
     */
    patch: operations['reports.update'];
    trace?: never;
  };
  '/api/v2/numbers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the company's phone numbers
     * @description Returns one page of the company's phone numbers with what each is assigned to, optionally only those with one assignment status (`available`, `user`, `office`, ...). Read-only: nothing changes. Needs a company admin API key. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['numbers.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/numbers/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a phone number
     * @description Reads one of the company's phone numbers: its type, area code, office, and what it is assigned to (if anything). Read-only: nothing changes. Needs a company admin API key.
     */
    get: operations['numbers.get'];
    put?: never;
    post?: never;
    /**
     * Unassign a number, or release it
     * @description Takes a phone number away from whatever it is assigned to: callers of that number no longer reach the user, office or group that had it. The number goes back to the company's reserved pool when the company has one; otherwise — or always, with `release=true` — Dialpad releases it and the company no longer owns it, so it may not be possible to get it back.
     */
    delete: operations['numbers.unassign'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/numbers/{number}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign a specific number to a target
     * @description Points one of the company's phone numbers at a target — a user, office, department, call center, room, call router, channel, coaching group or team — so calls and texts to that number reach the target from now on. If the number was assigned to something else it is reassigned, and its previous holder stops receiving its calls. Pass the number (E.164) in the path and the target as `target_type` and `target_id`; `primary` (true unless said otherwise) makes it the target's main number.
     */
    post: operations['numbers.assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/numbers/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a target a number from the pool or an area code
     * @description Gives a target (user, office, department, call center, room, call router, channel, coaching group or team) a phone number Dialpad picks: a specific `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in the given `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. Name the target with `target_type` and `target_id`; `primary` (true unless said otherwise) makes it the target's main number.
     */
    post: operations['numbers.autoAssign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/numbers/swap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace a target's primary number
     * @description Gives a target (user, office, group, room, ...) a different primary number and takes the old one away, so callers of the old number no longer reach it. `swap_details.type` chooses the new number: `provided_number` takes the given `number` from the company's reserved pool (the company needs the reserved-pool feature); `area_code` takes an available number in that area code; `auto` (the default) takes one from the reserved pool, or else from the target office's area code. A number from outside the pool is a new number for the company and may need a paid number license.
     */
    post: operations['numbers.swap'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/numbers/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set a phone number's do-not-call and do-not-text tags
     * @description Marks a phone number (given as `phone`, E.164) as one the company must not call (`do_not_call`) or must not text (`do_not_text`), or clears those marks; calls or texts to it are then blocked or allowed accordingly. Needs a company admin API key.
     */
    patch: operations['numbers.updateTags'];
    trace?: never;
  };
  '/api/v2/numbers/format': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Convert a phone number between local and E.164 form
     * @description Rewrites a phone number string: a local number (such as `(415) 555-0123`) into E.164, or an E.164 number into its local form, and returns both with the country and area code. Only computes: nothing is stored or changed. Pass `number`, and `country_code` (ISO 3166-1 alpha-2, like `US`) when the number is in local form.
     */
    post: operations['numbers.format'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}/assign_number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a user a phone number
     * @description Adds a phone number to a user, so calls and texts to it reach them: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the user's main number.
     */
    post: operations['numbers.assignToUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/users/{id}/unassign_number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a phone number away from a user
     * @description Removes the given `number` from a user: calls and texts to it no longer reach them. The number goes back to the company's reserved pool when there is one; otherwise Dialpad releases it and the company no longer owns it.
     */
    post: operations['numbers.unassignFromUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{id}/assign_number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give an office a main-line number
     * @description Adds a phone number to an office's main line, so calls to it follow the office's routing: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the office's main number.
     */
    post: operations['numbers.assignToOffice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{id}/unassign_number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a number off an office's main line
     * @description Removes the given `number` from an office's main line: callers of it no longer reach the office. The number goes back to the company's reserved pool when there is one; otherwise Dialpad releases it and the company no longer owns it.
     */
    post: operations['numbers.unassignFromOffice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/rooms/{id}/assign_number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a room phone a number
     * @description Adds a phone number to a conference room, so calls to it ring the room's phones: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the room's main number.
     */
    post: operations['numbers.assignToRoom'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/rooms/{id}/unassign_number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a phone number away from a room
     * @description Removes the given `number` from a conference room: calls to it no longer ring the room. The number goes back to the company's reserved pool when there is one; otherwise Dialpad releases it and the company no longer owns it.
     */
    post: operations['numbers.unassignFromRoom'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callrouters/{id}/assign_number': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a call router a phone number
     * @description Adds a phone number to an API call router, so inbound calls to it are routed by the router's routing URL: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the router's main number.
     */
    post: operations['numbers.assignToCallRouter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/faxline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a user or department a fax line
     * @description Adds a fax number to a user or a department, so faxes sent to it reach them. `line` says where the number comes from: a reserved `number` from the company's pool, a search in an `area_code` (the office's area code when none is given), or a toll-free number. A number from outside the pool is a new number for the company and may need a paid number license. Needs a company admin API key.
     */
    post: operations['numbers.assignFaxLine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/blockednumbers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List blocked numbers
     * @description Returns one page of the numbers blocked through the API. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['blockedNumbers.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/blockednumbers/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a blocked number
     * @description Reads one number from the company's block list; a number that is not blocked is not found. Read-only: nothing changes.
     */
    get: operations['blockedNumbers.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/blockednumbers/add': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Block phone numbers company-wide
     * @description Adds phone numbers (E.164) to the company's block list, so they are blocked for everyone in the company and can no longer reach it. Answers with no body.
     */
    post: operations['blockedNumbers.add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/blockednumbers/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Unblock phone numbers company-wide
     * @description Takes phone numbers (E.164) off the company's block list, so they can reach the company again. Answers with no body.
     */
    post: operations['blockedNumbers.remove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/recordingsharelink': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a share link to a recording
     * @description Makes a link through which a call recording, an admin recording or a voicemail can be played or downloaded, visible to the people the privacy setting allows (the recording's owner, admins, the whole company, or anyone with the link). Anyone the link reaches can then hear what was said. Pass the recording's id and type.
     */
    post: operations['recordings.createShareLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/recordingsharelink/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a recording share link
     * @description Reads one recording share link: its address, what it points to, who made it and who may open it. Read-only: the link is not changed.
     */
    get: operations['recordings.getShareLink'];
    /**
     * Change who can open a recording share link
     * @description Changes the privacy of a recording share link: the recording's owner only, admins, the whole company, or anyone with the link. Widening it lets more people hear the recording; narrowing it cuts off those no longer allowed.
     */
    put: operations['recordings.updateShareLink'];
    post?: never;
    /**
     * Delete a recording share link
     * @description Removes a recording share link for good: its address stops working for everyone who has it. The recording itself is kept. The answer is the link as it was.
     */
    delete: operations['recordings.deleteShareLink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callreviewsharelink': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a share link to a call review
     * @description Makes a link to the review page of a call (its recording, transcript and AI moments), open to the whole company or to anyone with the link. Anyone it reaches can then see and hear what was said. Pass the call's id.
     */
    post: operations['recordings.createReviewLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callreviewsharelink/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a call review share link
     * @description Reads one call review share link: its address, the call it points to and who may open it. Read-only: the link is not changed.
     */
    get: operations['recordings.getReviewLink'];
    /**
     * Change who can open a call review share link
     * @description Changes the privacy of a call review share link between the whole company and anyone with the link. Making it public lets people outside the company see the call review.
     */
    put: operations['recordings.updateReviewLink'];
    post?: never;
    /**
     * Delete a call review share link
     * @description Removes a call review share link for good: its address stops working for everyone who has it. The call and its recording are kept. The answer is the link as it was.
     */
    delete: operations['recordings.deleteReviewLink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/transcripts/{call_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the transcript of a call
     * @description Reads what Dialpad's AI transcribed on a call, line by line with the speaker and the time, together with the moments it detected (for example a price question). Read-only: nothing changes.
     */
    get: operations['recordings.getTranscript'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/transcripts/{call_id}/url': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the address of a call's transcript
     * @description Reads the address of the page in Dialpad where a call's transcript can be viewed (by someone allowed to see it). Read-only: nothing changes.
     */
    get: operations['recordings.getTranscriptUrl'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callrouters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List call routers
     * @description Returns one page of the company's API call routers, optionally only one office's, with their routing URL, fallback target and numbers. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['callRouters.list'];
    put?: never;
    /**
     * Create a call router
     * @description Creates an API call router in an office. For every inbound call to a number of the router, Dialpad asks your `routing_url` where the call should go; when the router is disabled or the URL fails, the call goes to the default target (`default_target_type` and `default_target_id`). The router receives calls only once a number is assigned to it. Give a `secret` of at least 32 characters to have Dialpad sign its routing requests.
     */
    post: operations['callRouters.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/callrouters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a call router
     * @description Reads one API call router: its routing URL, fallback target, office, numbers and whether it is enabled. Read-only: nothing changes.
     */
    get: operations['callRouters.get'];
    put?: never;
    post?: never;
    /**
     * Delete a call router
     * @description Deletes an API call router for good: inbound calls to its numbers are no longer routed through your routing URL. Answers with no body.
     */
    delete: operations['callRouters.delete'];
    options?: never;
    head?: never;
    /**
     * Update a call router
     * @description Changes an API call router — its name, routing URL, fallback target, office, signing secret, or whether it is enabled — which changes where inbound calls to its numbers go. A router disables itself after more than 10 routing errors within an hour; enabling it again does not clear that count, `reset_error_count` does. Dialpad accepts one update per router every five minutes. Pass only the fields to change.
     */
    patch: operations['callRouters.update'];
    trace?: never;
  };
  '/api/v2/customivrs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a target's custom IVR prompts
     * @description Returns one page of a target's custom IVR prompts, grouped by IVR slot (greeting, hold music, menu, ...), with which prompt each slot plays. Read-only: nothing changes. Name the target with `target_type` and `target_id`; pass the returned `cursor` to get the next page.
     */
    get: operations['customIvrs.list'];
    put?: never;
    /**
     * Upload a custom IVR prompt for a target
     * @description Uploads an MP3 recording (Base64 in `file`) as a new custom prompt for one IVR slot (`ivr_type`) of a user, office, department, call center or coaching team. Callers of the target hear it when it is the slot's selected prompt. `name` (up to 100 characters) and `description` (up to 256) label it.
     */
    post: operations['customIvrs.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/customivrs/{ivr_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Rename a custom IVR prompt
     * @description Changes the name or description of an existing custom IVR prompt. The recording and where it plays stay as they are. Pass only the fields to change.
     */
    patch: operations['customIvrs.update'];
    trace?: never;
  };
  '/api/v2/customivrs/{target_type}/{target_id}/{ivr_type}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a target's custom IVR prompt
     * @description Takes a custom IVR prompt (`ivr_id` in the body) off one of a target's IVR slots — the greeting, hold music, menu, voicemail and so on, named by `ivr_type` — and deletes the recording for good; callers of that target no longer hear it. Answers with the deleted prompt.
     */
    delete: operations['customIvrs.delete'];
    options?: never;
    head?: never;
    /**
     * Choose which custom prompt a target plays
     * @description Makes an existing custom IVR prompt (`ivr_id`) the one a target plays in one of its IVR slots (`ivr_type`: greeting, hold music, menu, voicemail, ...); callers of the target hear it from now on instead of the previous one. For a call center's automatic-recording notice, `select_option` limits the choice to inbound or outbound calls (both otherwise). Answers with every prompt of that slot and which one is selected.
     */
    patch: operations['customIvrs.assign'];
    trace?: never;
  };
  '/api/v2/rooms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a room
     * @description Reads one room (a shared phone line for a meeting room or common area): its name, office, numbers and state. Read-only: nothing changes.
     */
    get: operations['rooms.get'];
    put?: never;
    post?: never;
    /**
     * Delete a room
     * @description Removes the room for good: its line stops taking and placing calls and its desk phones are detached. This cannot be undone. The answer is the room as it was.
     */
    delete: operations['rooms.delete'];
    options?: never;
    head?: never;
    /**
     * Update a room
     * @description Renames the room or changes its list of phone numbers. Sending `phone_numbers` reorders them, and any number left out of the list is taken away from the room (callers of that number no longer reach it). Fields left out stay as they are.
     */
    patch: operations['rooms.update'];
    trace?: never;
  };
  '/api/v2/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List rooms
     * @description Reads the company's rooms one page at a time, optionally only those of one office. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['rooms.list'];
    put?: never;
    /**
     * Create a room
     * @description Adds a room (a shared phone line for a meeting room or common area) to an office. A room can occupy a paid room license. It has no phone number until one is assigned to it.
     */
    post: operations['rooms.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/rooms/international_pin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get a PIN for international calls from rooms
     * @description Issues a short-lived PIN that unlocks international calls from room phones, for companies that protect those calls with a PIN. Whoever holds the PIN can dial abroad from a room until it expires; `customer_ref` tags the usage report with who asked for it. Needs a company admin API key.
     */
    post: operations['rooms.assignInternationalPin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/rooms/{parent_id}/deskphones/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one of a room's desk phones
     * @description Reads one desk phone registered to the room: its model, MAC address, SIP settings and whether it rings for the room's calls. Read-only: nothing changes.
     */
    get: operations['rooms.getDeskphone'];
    put?: never;
    post?: never;
    /**
     * Remove a desk phone from a room
     * @description Unregisters a desk phone from the room for good: the handset stops ringing for the room's calls and can no longer place calls from its line until it is provisioned again. The answer has no body.
     */
    delete: operations['rooms.deleteDeskphone'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/rooms/{parent_id}/deskphones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a room's desk phones
     * @description Reads every desk phone registered to the room, all at once (this list is not paged). Read-only: nothing changes.
     */
    get: operations['rooms.listDeskphones'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/channels/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a channel
     * @description Reads one channel's id and name. Read-only: nothing changes.
     */
    get: operations['channels.get'];
    put?: never;
    post?: never;
    /**
     * Delete a channel
     * @description Removes the channel for good, with its conversation: its members lose it from their Dialpad apps. This cannot be undone. The answer has no body.
     */
    delete: operations['channels.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List channels
     * @description Reads the company's channels one page at a time, optionally only those in one state. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['channels.list'];
    put?: never;
    /**
     * Create a channel
     * @description Opens a new channel in the company, public (anyone in the company can find and join it) or private (invitation only). With a company-level key, `user_id` names the user who owns it; with a user-level key, the key's user does.
     */
    post: operations['channels.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/channels/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a channel's members
     * @description Reads the users in a channel one page at a time. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['channels.listMembers'];
    put?: never;
    /**
     * Add a user to a channel
     * @description Makes a user a member of the channel: it appears in their Dialpad apps and they can read and post in it. The answer is the new member.
     */
    post: operations['channels.addMember'];
    /**
     * Remove a user from a channel
     * @description Takes a user out of the channel: it leaves their Dialpad apps and they no longer see new posts. They can be added again later. The answer has no body.
     */
    delete: operations['channels.removeMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/meetings/{scheduled_conference_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a scheduled meeting
     * @description Reads one scheduled Dialpad meeting: title, time, recurrence, dial-in number, PINs, link and participants. Read-only: nothing changes. Needs the `conference:all` scope.
     */
    get: operations['meetings.get'];
    /**
     * Update a scheduled meeting
     * @description Changes a scheduled Dialpad meeting (or one instance of a recurring one, with `instance_id`): its title, time, recurrence, participants and whether Dialpad calls the participants when it starts. The participants' calendars see the new details. Needs the `conference:all` scope.
     */
    put: operations['meetings.update'];
    post?: never;
    /**
     * Delete a scheduled meeting
     * @description Cancels a scheduled Dialpad meeting for good, or only one occurrence of a recurring meeting when `instance_timestamp` is given. The meeting disappears from the participants' plans and cannot be restored. The answer is the meeting as it was. Needs the `conference:all` scope.
     */
    delete: operations['meetings.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a user's scheduled meetings
     * @description Reads, one page at a time, the Dialpad meetings a user has scheduled from a given start time (and up to an end time, if given). Read-only: nothing changes. The meetings come in `data` (not `items`); pass the returned `cursor` to get the next page. Needs the `conference:all` scope.
     */
    get: operations['meetings.list'];
    put?: never;
    /**
     * Schedule a meeting
     * @description Schedules a Dialpad meeting for a user: one-off or recurring, with a title, start and end, participants and, with `call_out`, Dialpad calling the participants when it starts. The answer carries the meeting link, dial-in number and PINs to share. Needs the `conference:all` scope.
     */
    post: operations['meetings.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/conference/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List meeting rooms
     * @description Reads the company's Dialpad Meetings rooms (the standing rooms people join by link or dial-in number) one page at a time. Read-only: nothing changes. Pass the returned `cursor` to get the next page. Needs the `conference:read` scope.
     */
    get: operations['meetings.listRooms'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/conference/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List past meetings of a meeting room
     * @description Reads summaries of the meetings held in a Dialpad Meetings room, one page at a time: who hosted and took part, when, and links to recordings and transcripts. Read-only: nothing changes. Pass the returned `cursor` to get the next page. Needs the `conference:read` scope.
     */
    get: operations['meetings.listSummaries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/coachingteams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List coaching teams
     * @description Returns one page of the company's coaching teams, whatever office they belong to. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['coaching.listTeams'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/coachingteams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a coaching team
     * @description Reads one coaching team by its id: its name, office, state and whether its trainees may listen in on calls. Read-only: nothing changes.
     */
    get: operations['coaching.getTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/coachingteams/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the members of a coaching team
     * @description Returns one page of the people in a coaching team, each with their role in it (`coach` or `trainee`) and their user details. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['coaching.listTeamMembers'];
    put?: never;
    /**
     * Add a member to a coaching team
     * @description Puts a user into a coaching team as a `coach` or a `trainee`. A coach can then follow (and, depending on the team's settings, listen in on) the trainees' calls; a trainee's calls become part of the team's coaching. Pass the user's id as `member_id` and the role.
     */
    post: operations['coaching.addTeamMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/offices/{office_id}/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the coaching teams of an office
     * @description Returns one page of the coaching teams that belong to one office. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['coaching.listTeamsByOffice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List scorecards
     * @description Returns one page of the scorecards calls are graded with, optionally only those of one office, call center or coaching team (`target_id` with `target_type`) or in one state (`active`, `draft`, `archived`). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['scorecards.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/scorecards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a scorecard
     * @description Reads one scorecard by its id, with its questions and the kind of answer each expects. Read-only: nothing changes.
     */
    get: operations['scorecards.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/scorecards/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a scorecards export
     * @description Starts building a scorecards report in the background and answers at once with a `request_id`; poll `GET /api/v2/scorecards/export/{id}` with it until it is `complete`, then download the file from `download_url`. Choose the report with `scorecards_type`; it covers the whole company unless narrowed to one target (`target_id` with `target_type`), some scorecards, one grader or a period. With `send_to` Dialpad also emails the results to that address. Nothing in the company changes.
     */
    post: operations['scorecards.export'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/scorecards/export/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a scorecards export
     * @description Reads how far an export started with `scorecards.export` has got: `processing` while it is being built, then `complete` with a link to the file, or `failed` with the reason. Read-only: nothing changes.
     */
    get: operations['scorecards.getExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/accesscontrolpolicies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List access-control policies
     * @description Returns one page of the company's custom access-control policies, each with the permissions it grants and the level (company, office or call center) it applies at. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['accessPolicies.list'];
    put?: never;
    /**
     * Create an access-control policy
     * @description Creates a custom access-control policy: a named set of admin permissions (`permission_sets`) that applies at company, office or call-center level (`target_type`). Nobody holds it until it is assigned to users. Needs a company admin API key; `owner_id` is the company admin the policy belongs to.
     */
    post: operations['accessPolicies.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/accesscontrolpolicies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an access-control policy
     * @description Reads one custom access-control policy by its id: its permissions, level and state. Read-only: nothing changes.
     */
    get: operations['accessPolicies.get'];
    put?: never;
    post?: never;
    /**
     * Delete an access-control policy
     * @description Marks a custom access-control policy deleted and takes it away from every user who held it: they lose its permissions at once, and those assignments are gone for good. Needs a company admin API key. The answer carries the policy in its deleted state.
     */
    delete: operations['accessPolicies.delete'];
    options?: never;
    head?: never;
    /**
     * Update an access-control policy
     * @description Changes the fields sent of a custom access-control policy and leaves the others as they are; the users who hold it gain or lose permissions at once. Sending `state: active` brings back a deleted policy (without its former assignments). Needs a company admin API key; `user_id` names the company admin making the change.
     */
    patch: operations['accessPolicies.update'];
    trace?: never;
  };
  '/api/v2/accesscontrolpolicies/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign an access-control policy to a user
     * @description Gives a user the permissions of a custom access-control policy, for the whole company or for one office or call center (`target_type` with `target_id`, which a company-level policy does not need). The user can use those admin permissions at once. Needs a company admin API key.
     */
    post: operations['accessPolicies.assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/accesscontrolpolicies/{id}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the users holding an access-control policy
     * @description Returns one page of the users a custom access-control policy is assigned to, each with the company, offices or call centers at which they hold it. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
     */
    get: operations['accessPolicies.listAssignments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/accesscontrolpolicies/{id}/unassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take an access-control policy away from a user
     * @description Removes a user's hold on a custom access-control policy at one target (`target_type` with `target_id`), or at all of them with `unassign_all`; the user loses those permissions at once. Needs a company admin API key.
     */
    post: operations['accessPolicies.unassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/company': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the company
     * @description Reads the company the key belongs to: name, domain, country, pricing tier, state, number of offices and its AI settings. Needs a company admin API key. Read-only: nothing changes.
     */
    get: operations['company.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/company/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update the company's settings
     * @description Turns company-wide settings on or off; today that is Dialpad's call AI (`has_callai`), which changes whether calls across the whole company are transcribed and analysed. The setting goes in the query string; there is no body. Needs a company admin API key.
     */
    put: operations['company.updateSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/app/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the settings of the key's OAuth app
     * @description Reads the settings of the OAuth app the key or token belongs to, for one target (`target_type` with `target_id`) or, without them, for the whole company: whether the app is on, whether it is the preferred screen-pop service, and its settings (standard logging switches plus any the app defines). Read-only: nothing changes.
     */
    get: operations['company.getAppSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth2/authorize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Start the OAuth authorization flow
     * @description The address an app sends a person's browser to, so the person can sign in to Dialpad and approve the app. Dialpad then redirects the browser to `redirect_uri` with a one-time `code` (and the `state` given). Once approved, the app holds a grant to act for that person until it is revoked; no API data changes otherwise.
     */
    get: operations['oauth.authorize'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth2/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get or renew an access token
     * @description Trades either the one-time code from the authorize redirect (with the PKCE verifier) or a refresh token for a fresh access token, and a new refresh token when `offline_access` was granted. A code works only once; a refresh token that has been traded in is replaced by the new one. The app's client id and secret go in the body or in a Basic authorization header.
     */
    post: operations['oauth.token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth2/deauthorize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke the app's tokens
     * @description Withdraws the OAuth app's tokens for the person who granted them, so the app loses the access it was given; it must go through the authorize flow again to regain it. Cannot be undone.
     */
    post: operations['oauth.deauthorize'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  callEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A call entered a subscribed state
     * @description Sent for each call that enters one of the states a call event subscription lists, scoped to the subscription's target. Answer 200 quickly and do the work afterwards.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/jwt': string;
          'application/json': components['schemas']['CallEvent'];
        };
      };
      responses: {
        /** @description The event was received. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  smsEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A text message was sent, received or changed status
     * @description Sent for each text message matching an SMS event subscription (direction, target), and for each delivery-status change when the subscription asks for them. The text is included only with a message_content_export scope. Answer 200 quickly.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/jwt': string;
          'application/json': components['schemas']['SmsEvent'];
        };
      };
      responses: {
        /** @description The event was received. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  contactEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A contact was created, changed or deleted
     * @description Sent when a shared or local contact (as the contact event subscription chose) is created, updated or deleted, with the contact itself. Answer 200 quickly.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/jwt': string;
          'application/json': components['schemas']['ContactEvent'];
        };
      };
      responses: {
        /** @description The event was received. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /** @description What a user's Dialpad app should dial, and as whom. */
    InitiateCallRequest: {
      /** @description The number to dial, in E.164 form. */
      phone_number?: string;
      /** @description The number the called person sees, in E.164 form, or `blocked` to hide it. It may be the user's own number, the number of the group in `group_id`, or a number the company has reserved. */
      outbound_caller_id?: string;
      /**
       * Format: int64
       * @description Id of the office, department or call center on whose behalf the call is made.
       */
      group_id?: number | string;
      /**
       * @description What kind of group `group_id` is.
       * @enum {string}
       */
      group_type?: 'callcenter' | 'department' | 'office';
      /** @description Free text attached to the call and repeated in every call event about it. */
      custom_data?: string;
    };
    /** @description One of a user's Dialpad devices (an app, a desk phone, an integration). */
    CallDevice: {
      /** @description Id of the device. */
      id?: string | null;
      /**
       * @description What sort of device or app it is.
       * @enum {string|null}
       */
      type?:
        | 'android'
        | 'ata'
        | 'audiocodes'
        | 'c2t'
        | 'ciscompp'
        | 'dect'
        | 'dpmroom'
        | 'grandstream'
        | 'harness'
        | 'iframe_cti_extension'
        | 'iframe_cti_v2'
        | 'iframe_front'
        | 'iframe_hubspot'
        | 'iframe_ms_teams'
        | 'iframe_open_cti'
        | 'iframe_salesforce'
        | 'iframe_service_titan'
        | 'iframe_zendesk'
        | 'iframe_zoho'
        | 'ipad'
        | 'iphone'
        | 'mini'
        | 'mitel'
        | 'msteams'
        | 'native'
        | 'obi'
        | 'packaged_app'
        | 'polyandroid'
        | 'polycom'
        | 'proxy'
        | 'public_api'
        | 'salesforce'
        | 'sip'
        | 'tickiot'
        | 'web'
        | 'yealink'
        | null;
      /** @description The device's name, on one line. */
      display_name?: string | null;
      /**
       * Format: int64
       * @description Id of the user the device belongs to.
       */
      user_id?: string | null;
      /** @description The phone number tied to the device. */
      phone_number?: string | null;
      /** @description Version of the Dialpad app, or of the phone's firmware. */
      app_version?: string | null;
      /**
       * Format: date-time
       * @description When the device was first added.
       */
      date_created?: string | null;
      /**
       * Format: date-time
       * @description When the device last checked in with Dialpad (about hourly). Always empty for iPhone, iPad and Android apps.
       */
      date_registered?: string | null;
      /**
       * Format: date-time
       * @description When the device's details last changed.
       */
      date_updated?: string | null;
    };
    /** @description The result of asking a user's app to dial. */
    InitiatedCall: {
      /** @description The device that is placing the call. */
      device?: components['schemas']['CallDevice'] | null;
    };
    /** @description The body of every non-2xx answer. `error.code` repeats the HTTP status; `reason` is a stable machine-readable word; `uuid` identifies the failure for Dialpad support (sent with 5xx answers). */
    Error: {
      error: {
        /** @description The HTTP status of the answer. */
        code: number;
        /** @description What went wrong, in words. */
        message: string;
        /** @description A short machine-readable word for the failure, such as `invalid_argument`. */
        reason?: string;
        /** @description Dialpad's identifier of this request, to quote when asking for help. */
        request_id?: string;
        /**
         * Format: uuid
         * @description Identifier of a server-side failure (sent with 503 answers).
         */
        uuid?: string;
      };
    };
    /** @description A party on a call (a contact, a user, or a group such as an office). */
    CallContact: {
      /** @description Id of the party. */
      id?: string | null;
      /** @description Display name of the party, on one line. */
      name?: string | null;
      /** @description The party's main phone number. */
      phone?: string | null;
      /** @description The party's main email address. */
      email?: string | null;
      /** @description What kind of party this is (for example `user`, `office`, `local`, `shared`). */
      type?: string | null;
    };
    /** @description One recording made of a call. */
    CallRecordingDetails: {
      /** @description Id of the recording. */
      id?: string | null;
      /**
       * @description What was recorded.
       * @enum {string|null}
       */
      recording_type?: 'admincallrecording' | 'callrecording' | 'voicemail' | null;
      /**
       * Format: int64
       * @description When the recording began, in milliseconds since the Unix epoch.
       */
      start_time?: string | null;
      /**
       * Format: int64
       * @description Length of the recording in milliseconds.
       */
      duration?: string | null;
      /** @description Where the recording can be fetched. */
      url?: string | null;
    };
    /** @description One step in the routing of a call. */
    CallRoutingBreadcrumb: {
      /**
       * @description Whether a call router or an external routing API took this step.
       * @enum {string|null}
       */
      breadcrumb_type?: 'callrouter' | 'external_api' | null;
      /**
       * Format: int64
       * @description When the step was taken, in milliseconds since the Unix epoch.
       */
      date?: string | null;
      /**
       * Format: int64
       * @description Id of the target the call was routed to.
       */
      target_id?: string | null;
      /** @description Kind of the target the call was routed to. */
      target_type?: string | null;
      /** @description The routing URL Dialpad consulted for this step. */
      url?: string | null;
      /** @description The HTTP request Dialpad sent to the routing URL. */
      request?: Record<string, never> | null;
      /** @description The HTTP answer Dialpad received from the routing URL. */
      response?: Record<string, never> | null;
    };
    /** @description A phone call as Dialpad records it. Times are in milliseconds since the Unix epoch (UTC); durations are in milliseconds. */
    Call: {
      /**
       * Format: int64
       * @description Dialpad's id of the call.
       */
      call_id?: string | null;
      /**
       * Format: int64
       * @description Id of the parent call this call leg belongs to.
       */
      master_call_id?: string | null;
      /**
       * Format: int64
       * @description Id of the call leg through which an inbound call first entered Dialpad.
       */
      entry_point_call_id?: string | null;
      /**
       * Format: int64
       * @description Id of the operator's leg of the call.
       */
      operator_call_id?: string | null;
      /** @description Whether the call came in (`inbound`) or went out (`outbound`). */
      direction?: string | null;
      /**
       * @description Where the call is in its life: for example `calling`, `ringing`, `connected`, `hold`, `hangup`. The values are the call states Dialpad lists for call event subscriptions; `all` is only meaningful as a subscription filter and is not expected on a call.
       * @enum {string|null}
       */
      state?:
        | 'admin'
        | 'admin_recording'
        | 'ai_playbook'
        | 'all'
        | 'barge'
        | 'blocked'
        | 'call_transcription'
        | 'calling'
        | 'connected'
        | 'csat'
        | 'dispositions'
        | 'hangup'
        | 'hold'
        | 'merged'
        | 'missed'
        | 'monitor'
        | 'parked'
        | 'pcsat'
        | 'postcall'
        | 'preanswer'
        | 'queued'
        | 'recap_action_items'
        | 'recap_outcome'
        | 'recap_purposes'
        | 'recap_summary'
        | 'recording'
        | 'ringing'
        | 'takeover'
        | 'transcription'
        | 'voicemail'
        | 'voicemail_uploaded'
        | null;
      /**
       * Format: int64
       * @description When the call came into existence in Dialpad, before anyone was connected.
       */
      date_started?: string | null;
      /**
       * Format: int64
       * @description When Dialpad first saw an inbound call ring a main line, department or person.
       */
      date_rang?: string | null;
      /**
       * Format: int64
       * @description When the two sides were connected.
       */
      date_connected?: string | null;
      /**
       * Format: int64
       * @description When the call was hung up.
       */
      date_ended?: string | null;
      /**
       * Format: int64
       * @description When the event this record describes took place.
       */
      event_timestamp?: string | null;
      /**
       * Format: double
       * @description Length of the call in milliseconds, not counting ringing.
       */
      duration?: number | null;
      /**
       * Format: double
       * @description Length of the call in milliseconds, ringing included.
       */
      total_duration?: number | null;
      /** @description The number on the call that is outside the company. */
      external_number?: string | null;
      /** @description The company's own number on the call. */
      internal_number?: string | null;
      /** @description The main line, department or call center the call went through, written as kind and id (for example `Office:5100000000000001`). */
      group_id?: string | null;
      /** @description The contact (the person or business outside Dialpad) on the call. */
      contact?: components['schemas']['CallContact'] | null;
      /** @description The Dialpad user or group that placed or received the call. */
      target?: components['schemas']['CallContact'] | null;
      /** @description For an inbound call, what the caller first dialled. */
      entry_point_target?: components['schemas']['CallContact'] | null;
      /** @description The caller id a Dialpad user presented on an outbound call. */
      proxy_target?: components['schemas']['CallContact'] | null;
      /** @description True if the call was transferred. */
      is_transferred?: boolean | null;
      /** @description True if the call was recorded. */
      was_recorded?: boolean | null;
      /** @description The free text attached to the call when it was started or transferred. */
      custom_data?: string | null;
      /** @description Labels put on the call. */
      labels?: string[] | null;
      /** @description The recordings (call, admin or voicemail) made of this call. */
      recording_details?: components['schemas']['CallRecordingDetails'][] | null;
      /** @description Share links to the call's recordings. */
      call_recording_share_links?: string[] | null;
      /** @description Share links to recordings an admin made of the call. */
      admin_call_recording_share_links?: string[] | null;
      /** @description Share link to the voicemail left on this call. */
      voicemail_share_link?: string | null;
      /** @description Links to screen recordings made during the call. */
      screen_recording_urls?: string[] | null;
      /** @description The transcript of the call, as text. */
      transcription_text?: string | null;
      /**
       * Format: double
       * @description Mean Opinion Score, an estimate of the audio quality of the call.
       */
      mos_score?: number | null;
      /** @description The customer-satisfaction score given after the call. */
      csat_score?: string | null;
      /** @description Links to recorded customer-satisfaction answers for the call. */
      csat_recording_urls?: string[] | null;
      /** @description Transcripts of the customer-satisfaction answers for the call. */
      csat_transcriptions?: string[] | null;
      /** @description The routing decisions taken for the call, in order, including calls to external routers. */
      routing_breadcrumbs?: components['schemas']['CallRoutingBreadcrumb'][] | null;
    };
    /** @description One page of finished calls, newest first. */
    CallList: {
      /** @description The calls on this page. */
      items?: components['schemas']['Call'][] | null;
      /** @description Pass this as `cursor` to get the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description Whose devices to ring, and what to dial once the user answers. */
    RingCallRequest: {
      /**
       * Format: int64
       * @description Id of the user who makes the call.
       */
      user_id: number | string;
      /** @description The number to dial, in E.164 form. */
      phone_number: string;
      /** @description Ring only this device of the user; left out, all the user's devices ring. */
      device_id?: string;
      /** @description The number the called person sees, in E.164 form, or `blocked` to hide it. It may be the user's own number, the number of the group in `group_id`, or a number the company has reserved. */
      outbound_caller_id?: string;
      /**
       * Format: int64
       * @description Id of the office, department or call center on whose behalf the call is made.
       */
      group_id?: number | string;
      /**
       * @description What kind of group `group_id` is.
       * @enum {string}
       */
      group_type?: 'callcenter' | 'department' | 'office';
      /**
       * @description Start a second call alongside one the user is already on; the existing call is put on hold.
       * @default false
       */
      is_consult?: boolean;
      /** @description Free text attached to the call and repeated in every call event about it. */
      custom_data?: string;
    };
    /** @description The call started by ringing a user's devices. */
    RingingCall: {
      /**
       * Format: int64
       * @description Id of the new call.
       */
      call_id?: string | null;
    };
    /** @description Transfer to one particular operator of a group. */
    CallTransferToAgent: {
      /**
       * Format: int64
       * @description Id of the operator who should receive the call.
       */
      operator_id: number | string;
      /**
       * Format: int64
       * @description Id of the group (office, department or call center) the operator belongs to.
       */
      target_id: number | string;
    };
    /** @description Transfer into another call that is in progress. */
    CallTransferToCall: {
      /**
       * Format: int64
       * @description Id of the ongoing call to join this one to.
       */
      call_id: number | string;
    };
    /** @description Transfer to a phone number. */
    CallTransferToNumber: {
      /** @description The number to transfer to, in E.164 form. */
      number: string;
    };
    /** @description Transfer to a user, office, department or call center. */
    CallTransferToTarget: {
      /**
       * Format: int64
       * @description Id of the user or group that should receive the call.
       */
      target_id: number | string;
      /**
       * @description What kind of thing `target_id` is.
       * @enum {string}
       */
      target_type: 'callcenter' | 'department' | 'office' | 'user';
    };
    /** @description Where a live call should go, and in what state it should arrive. */
    TransferCallRequest: {
      /** @description The destination; exactly one of the four forms. */
      to?:
        | components['schemas']['CallTransferToAgent']
        | components['schemas']['CallTransferToCall']
        | components['schemas']['CallTransferToNumber']
        | components['schemas']['CallTransferToTarget'];
      /**
       * @description How the call arrives at its destination: on hold, parked, ringing (`preanswer`) or straight to voicemail.
       * @enum {string}
       */
      transfer_state?: 'hold' | 'parked' | 'preanswer' | 'voicemail';
      /** @description Free text attached to the call and repeated in every call event about it. */
      custom_data?: string;
    };
    /** @description Where a transferred call went. */
    TransferredCall: {
      /**
       * Format: int64
       * @description Id of the transferred call.
       */
      call_id?: string | null;
      /** @description The number the call now goes to. */
      transferred_to_number?: string | null;
      /**
       * @description The state the call arrived in at its destination.
       * @enum {string|null}
       */
      transferred_to_state?: 'hold' | 'parked' | 'preanswer' | 'voicemail' | null;
    };
    /** @description The summary part of an AI recap. */
    CallAiRecapSummary: {
      /** @description Id of the summary. */
      id?: string | null;
      /** @description The summary text. */
      content?: string | null;
      /** @description The form the text is written in. */
      format?: string | null;
      /** @description True if a person has changed the text. */
      edited?: boolean | null;
      /** @description Short key of the target the item belongs to. */
      target_short_key?: string | null;
    };
    /** @description One purpose of a call, from its AI recap. */
    CallAiRecapPurpose: {
      /** @description Id of the purpose. */
      id?: string | null;
      /** @description The category the purpose falls in. */
      category?: string | null;
      /** @description The purpose, in words. */
      content?: string | null;
      /** @description The form the text is written in. */
      format?: string | null;
      /** @description True if a person has changed the text. */
      edited?: boolean | null;
      /** @description Short key of the target the item belongs to. */
      target_short_key?: string | null;
    };
    /** @description The outcome of a call, from its AI recap. */
    CallAiRecapDisposition: {
      /** @description Id of the disposition. */
      id?: string | null;
      /** @description The outcome, in words. */
      content?: string | null;
      /** @description The form the text is written in. */
      format?: string | null;
      /** @description True if a person has changed the text. */
      edited?: boolean | null;
      /** @description Short key of the target the item belongs to. */
      target_short_key?: string | null;
    };
    /** @description One follow-up from a call, from its AI recap. */
    CallAiRecapActionItem: {
      /** @description Id of the action item. */
      id?: string | null;
      /** @description What is to be done. */
      content?: string | null;
      /** @description The form the text is written in. */
      format?: string | null;
      /** @description True if a person has changed the text. */
      edited?: boolean | null;
      /** @description Short key of the target the item belongs to. */
      target_short_key?: string | null;
    };
    /** @description The recap Dialpad's AI wrote for one call. */
    CallAiRecap: {
      /** @description Id of the call the recap is about (a string here, unlike elsewhere). */
      call_id?: string | null;
      /** @description The language model that wrote the recap. */
      source?: string | null;
      /** @description True if the call was between people of the same company. */
      is_internal_call?: boolean | null;
      /**
       * Format: int64
       * @description When the recap was written, in milliseconds since the Unix epoch.
       */
      date_created?: string | null;
      /**
       * Format: int64
       * @description When the recap last changed, in milliseconds since the Unix epoch.
       */
      date_modified?: string | null;
      /** @description The summary, in the form asked for with `summary_format`. */
      summary?: components['schemas']['CallAiRecapSummary'] | null;
      /** @description What the call was about. */
      purposes?: components['schemas']['CallAiRecapPurpose'][] | null;
      /** @description How the call ended up (its outcome). */
      disposition?: components['schemas']['CallAiRecapDisposition'] | null;
      /** @description Follow-ups agreed on the call. */
      action_items?: components['schemas']['CallAiRecapActionItem'][] | null;
    };
    /** @description Who to bring into the call. */
    CallAddParticipantRequest: {
      /** @description The party to add: a phone number, or a user or group that has a primary number. Exactly one of the two forms. */
      participant: components['schemas']['CallTransferToNumber'] | components['schemas']['CallTransferToTarget'];
    };
    /** @description The operator to assign to, or unassign from, a queued call-center call. */
    CallOperatorsRequest: {
      /** @description Id of the operator (one per request). Only assigned operators are offered the call. */
      operator_ids?: (number | string)[];
    };
    /** @description What happened to one operator named in an assign or unassign request. */
    CallOperatorAssignmentResult: {
      /**
       * Format: int64
       * @description Id of the operator.
       */
      id?: string | null;
      /**
       * @description Whether it worked for this operator.
       * @enum {string|null}
       */
      status?: 'error' | 'success' | null;
      /**
       * Format: int64
       * @description A numeric status code for this operator's outcome.
       */
      code?: string | null;
      /** @description A human-readable explanation of the outcome. */
      message?: string | null;
    };
    /** @description The operators a queued call is assigned to. */
    CallAssignedOperatorsState: {
      /**
       * Format: int64
       * @description How many operators are assigned.
       */
      count?: string | null;
      /** @description Ids of the assigned operators. */
      operator_ids?: string[] | null;
    };
    /** @description The result of assigning or unassigning operators on a queued call. */
    CallOperatorAssignment: {
      /**
       * Format: int64
       * @description Id of the call.
       */
      call_id?: string | null;
      /**
       * @description Whether the request as a whole worked.
       * @enum {string|null}
       */
      status?: 'error' | 'success' | null;
      /** @description The outcome for each operator named in the request. */
      operators?: components['schemas']['CallOperatorAssignmentResult'][] | null;
      /** @description The operators the call is assigned to after the change. */
      assigned_operators?: components['schemas']['CallAssignedOperatorsState'] | null;
    };
    /** @description The operators a queued call-center call is currently assigned to. */
    CallAssignedOperators: {
      /**
       * Format: int64
       * @description Id of the call.
       */
      call_id: string | null;
      /**
       * Format: int64
       * @description How many operators are assigned.
       */
      count?: string | null;
      /** @description Ids of the assigned operators. */
      operator_ids?: string[] | null;
    };
    /** @description What number to call, on behalf of which group, and how it shows to the person called. */
    CallInitiateIvrRequest: {
      /** @description The number to dial, in E.164 form. */
      phone_number: string;
      /**
       * Format: int64
       * @description Id of the office, department or call center whose IVR workflow places the call.
       */
      target_id: number | string;
      /**
       * @description What kind of group `target_id` is.
       * @enum {string}
       */
      target_type: 'callcenter' | 'department' | 'office';
      /** @description The number the called person sees, in E.164 form, or `blocked` to hide it. */
      outbound_caller_id?: string;
      /** @description Free text attached to the call and repeated in every call event about it. */
      custom_data?: string;
    };
    /** @description The call placed through a group's IVR workflow. */
    CallIvrInitiated: {
      /**
       * Format: int64
       * @description Id of the new call.
       */
      call_id: string | null;
    };
    /** @description The operators whose assignment to a queued call was removed. */
    CallUnassignedOperators: {
      /**
       * Format: int64
       * @description Id of the call.
       */
      call_id: string | null;
      /**
       * Format: int64
       * @description How many operators were unassigned.
       */
      count?: string | null;
      /** @description Ids of the operators that were unassigned. */
      operator_ids?: string[] | null;
    };
    /** @description Who takes the parked call. */
    CallUnparkRequest: {
      /**
       * Format: int64
       * @description Id of the user the parked call is connected to.
       */
      user_id: number | string;
    };
    /** @description The labels a call should carry. */
    CallSetLabelsRequest: {
      /** @description The complete list of labels for the call; it replaces the labels already there. */
      labels?: string[];
    };
    /** @description The labels a company has defined for its calls. */
    CallLabelList: {
      /** @description The label names. */
      labels?: string[] | null;
    };
    /** @description Which number to call back, and which call center's operators should do it. */
    CallCallbackRequest: {
      /**
       * Format: int64
       * @description Id of the call center whose queue takes the callback.
       */
      call_center_id?: number | string;
      /** @description The number to call back, in E.164 form (domestic numbers only). */
      phone_number?: string;
    };
    /** @description Where a queued callback request stands. */
    CallCallbackQueued: {
      /**
       * Format: int64
       * @description The request's place in the call center's queue; 1 is the next to be served.
       */
      position?: string | null;
    };
    /** @description The outcome of checking a callback request without queueing it. */
    CallCallbackValidation: {
      /** @description True if the callback would have been queued. */
      success?: boolean | null;
    };
    /** @description Whether a user's current call should be recorded, and how. */
    CallToggleRecordingRequest: {
      /** @description True to start recording, false to stop. */
      is_recording?: boolean;
      /**
       * @description Announce to the people on the call that recording started or stopped.
       * @default true
       */
      play_message?: boolean;
      /**
       * @description On a group call (call center, department, ...): record the user's own leg (`user`), the group's call (`group`), or both (`all`). Ignored on other calls.
       * @default user
       * @enum {string}
       */
      recording_type?: 'all' | 'group' | 'user';
    };
    /** @description A user's current call and whether it is being recorded. */
    CallActiveRecording: {
      /**
       * Format: int64
       * @description Id of the call.
       */
      id?: string | null;
      /** @description The state the call is in (for example `connected`). */
      call_state?: string | null;
      /** @description True if the call is being recorded now. */
      is_recording?: boolean | null;
    };
    /** @description Whether Voice Intelligence should run on a user's current call, and in which locale. */
    CallToggleViRequest: {
      /** @description True to switch Voice Intelligence on, false to switch it off. */
      enable_vi?: boolean;
      /**
       * @description Language and region Voice Intelligence listens for (language first, then region).
       * @enum {string}
       */
      vi_locale?:
        | 'en-au'
        | 'en-ca'
        | 'en-de'
        | 'en-fr'
        | 'en-gb'
        | 'en-it'
        | 'en-jp'
        | 'en-mx'
        | 'en-nl'
        | 'en-nz'
        | 'en-pt'
        | 'en-us'
        | 'es-au'
        | 'es-ca'
        | 'es-de'
        | 'es-es'
        | 'es-fr'
        | 'es-gb'
        | 'es-it'
        | 'es-jp'
        | 'es-mx'
        | 'es-nl'
        | 'es-nz'
        | 'es-pt'
        | 'es-us'
        | 'fr-au'
        | 'fr-ca'
        | 'fr-de'
        | 'fr-es'
        | 'fr-fr'
        | 'fr-gb'
        | 'fr-it'
        | 'fr-jp'
        | 'fr-mx'
        | 'fr-nl'
        | 'fr-nz'
        | 'fr-pt'
        | 'fr-us';
    };
    /** @description A user's current call and its Voice Intelligence settings. */
    CallViState: {
      /**
       * Format: int64
       * @description Id of the call.
       */
      id?: string | null;
      /** @description The state the call is in (for example `connected`). */
      call_state?: string | null;
      /** @description True if Voice Intelligence is on for the call. */
      enable_vi?: boolean | null;
      /** @description The locale Voice Intelligence uses. */
      vi_locale?: string | null;
    };
    /** @description What to send and who sends it. Give either `to_numbers` or `channel_hashtag` as the destination, and a sender through `user_id`, `sender_group_id` or `from_number`. */
    SendSmsRequest: {
      /** @description Hashtag of the Dialpad channel to post the message to (one line). */
      channel_hashtag?: string;
      /** @description Number to send from; it must belong to a user or a user group. When set, it wins over `user_id` and `sender_group_id`. */
      from_number?: string;
      /**
       * @description When true, numbers in `to_numbers` that are not E.164 are read as belonging to the sending user's country.
       * @default false
       */
      infer_country_code?: boolean;
      /**
       * Format: byte
       * @description A base64-encoded attachment (at most 500 KiB before encoding); makes the message an MMS.
       */
      media?: string;
      /**
       * Format: int64
       * @description Id of the office, department or call center on whose behalf the user sends.
       */
      sender_group_id?: number | string;
      /**
       * @description What kind of group `sender_group_id` names.
       * @enum {string}
       */
      sender_group_type?: 'callcenter' | 'department' | 'office';
      /**
       * @description The message body.
       * @default
       */
      text?: string;
      /** @description Between one and 10 recipient numbers in E.164 form. */
      to_numbers?: string[];
      /**
       * Format: int64
       * @description Id of the user the message is sent as.
       */
      user_id?: number | string;
    };
    /**
     * SMS message
     * @description One SMS or MMS message as Dialpad recorded it.
     */
    Sms: {
      /** @description Id of the contact the message went to, when it matches one. */
      contact_id?: string | null;
      /**
       * Format: date-time
       * @description When the message was created.
       */
      created_date?: string | null;
      /**
       * @description Kind of device or integration the message came from (`public_api` for this API).
       * @enum {string|null}
       */
      device_type?:
        | 'android'
        | 'ata'
        | 'audiocodes'
        | 'c2t'
        | 'ciscompp'
        | 'dect'
        | 'dpmroom'
        | 'grandstream'
        | 'harness'
        | 'iframe_cti_extension'
        | 'iframe_cti_v2'
        | 'iframe_front'
        | 'iframe_hubspot'
        | 'iframe_ms_teams'
        | 'iframe_open_cti'
        | 'iframe_salesforce'
        | 'iframe_service_titan'
        | 'iframe_zendesk'
        | 'iframe_zoho'
        | 'ipad'
        | 'iphone'
        | 'mini'
        | 'mitel'
        | 'msteams'
        | 'native'
        | 'obi'
        | 'packaged_app'
        | 'polyandroid'
        | 'polycom'
        | 'proxy'
        | 'public_api'
        | 'salesforce'
        | 'sip'
        | 'tickiot'
        | 'web'
        | 'yealink'
        | null;
      /**
       * @description Whether the message was received or sent.
       * @enum {string|null}
       */
      direction?: 'inbound' | 'outbound' | null;
      /** @description The number the message was sent from. */
      from_number?: string | null;
      /**
       * Format: int64
       * @description The message's id.
       */
      id?: string | null;
      /**
       * @description How delivery finally ended, once it has.
       * @enum {string|null}
       */
      message_delivery_result?:
        | 'accepted'
        | 'internal_error'
        | 'invalid_destination'
        | 'invalid_source'
        | 'no_route'
        | 'not_supported'
        | 'rejected'
        | 'rejected_spam'
        | 'time_out'
        | null;
      /**
       * @description Where the message stands now.
       * @enum {string|null}
       */
      message_status?: 'failed' | 'pending' | 'success' | null;
      /**
       * Format: int64
       * @description Id of the user, group or channel the message belongs to.
       */
      target_id?: string | null;
      /**
       * @description What kind of thing `target_id` names.
       * @enum {string|null}
       */
      target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /** @description The message body. */
      text?: string | null;
      /** @description The recipient numbers (at most 10), in E.164 form. */
      to_numbers?: string[] | null;
      /**
       * Format: int64
       * @description Id of the user who sent the message.
       */
      user_id?: string | null;
    };
    /**
     * Scheduled message
     * @description A message waiting to be sent (or already sent, or cancelled) at a set time.
     */
    MessageSchedule: {
      /** @description Hashtag of the channel, for a channel message. */
      channel_hashtag?: string | null;
      /**
       * Format: int64
       * @description When the schedule was made, as Unix seconds.
       */
      created_date?: string | null;
      /** @description The number the message goes out from. */
      from_number?: string | null;
      /**
       * Format: byte
       * @description The base64-encoded attachment, for an MMS.
       */
      media?: string | null;
      /** @description The schedule's id. */
      schedule_id?: string | null;
      /**
       * Format: int64
       * @description When the message goes out, as Unix seconds.
       */
      scheduled_time?: string | null;
      /**
       * @description Whether the schedule is still waiting, was cancelled, or has been sent.
       * @enum {string|null}
       */
      status?: 'active' | 'deleted' | 'sent' | null;
      /** @description The message body. */
      text?: string | null;
      /**
       * @description Time zone name of the schedule.
       * @default US/Pacific
       */
      timezone?: string | null;
      /** @description The recipient numbers, in E.164 form. */
      to_numbers?: string[] | null;
      /**
       * Format: int64
       * @description Id of the user who made the schedule.
       */
      user_id?: string | null;
    };
    /** @description One page of scheduled messages that are still waiting to be sent. */
    MessageScheduleList: {
      /** @description The schedules on this page. */
      schedules?: components['schemas']['MessageSchedule'][] | null;
      /** @description Pass as `cursor` to get the next page. */
      cursor?: string | null;
      /**
       * @description True when there are more pages after this one.
       * @default false
       */
      has_more?: boolean | null;
    };
    /**
     * Scheduled message to create
     * @description The message and the moment to send it. Give either `to_numbers` or `channel_hashtag` as the destination.
     */
    CreateMessageScheduleRequest: {
      /** @description Hashtag of the Dialpad channel the message is meant for (one line). */
      channel_hashtag?: string;
      /** @description One of the sending user's own numbers, to send from. */
      from_number?: string;
      /**
       * @description Treat it as a bulk send (at most 50 recipients), which is delivered and rate-limited differently.
       * @default false
       */
      is_bulk?: boolean;
      /**
       * Format: byte
       * @description A base64-encoded image or video (at most 500 KiB before encoding); makes it an MMS.
       */
      media?: string;
      /**
       * Format: int64
       * @description When to send, as Unix seconds; at least ten minutes in the future.
       */
      start_date?: number | string;
      /** @description The message body. */
      text?: string;
      /**
       * @description Time zone name for the schedule, such as `America/Los_Angeles`.
       * @default US/Pacific
       */
      timezone?: string;
      /** @description Up to 50 recipient numbers in E.164 form. */
      to_numbers?: string[];
      /**
       * Format: int64
       * @description Id of the user the message is sent as; the authenticated user when left out.
       */
      user_id?: number | string;
    };
    /** Whose scheduled message to cancel */
    MessageScheduleDeleteRequest: {
      /**
       * Format: int64
       * @description Id of the user the schedule belongs to; the authenticated user when left out.
       */
      user_id?: number | string;
    };
    /** Outcome of cancelling or sending a scheduled message */
    MessageScheduleActionResult: {
      /** @description What happened, in words. */
      message?: string | null;
      /** @description Id of the schedule acted on. */
      schedule_id?: string | null;
      /**
       * @description Whether it worked.
       * @default true
       */
      success?: boolean | null;
    };
    /**
     * Changes to a scheduled message
     * @description Only the fields given change; leave out the ones to keep.
     */
    MessageScheduleUpdateRequest: {
      /** @description Hashtag of the Dialpad channel the message is meant for (one line). */
      channel_hashtag?: string;
      /** @description One of the sending user's own numbers, to send from. */
      from_number?: string;
      /**
       * Format: byte
       * @description A base64-encoded image or video (at most 500 KiB before encoding); makes it an MMS.
       */
      media?: string;
      /**
       * Format: int64
       * @description New send time, as Unix seconds.
       */
      start_date?: number | string;
      /** @description The new message body. */
      text?: string;
      /** @description Time zone name for the schedule, such as `America/Los_Angeles`. */
      timezone?: string;
      /** @description The new recipient numbers in E.164 form. */
      to_numbers?: string[];
      /**
       * Format: int64
       * @description Id of the user the schedule belongs to; the authenticated user when left out.
       */
      user_id?: number | string;
    };
    /** Whose scheduled message to send now */
    MessageScheduleSendNowRequest: {
      /**
       * Format: int64
       * @description Id of the user the schedule belongs to; the authenticated user when left out.
       */
      user_id?: number | string;
    };
    /** @description One recipient of a bulk message and how delivery to them went. */
    BulkMessageRecipient: {
      /**
       * @description Whether Dialpad has tried to send to this recipient yet.
       * @default false
       */
      attempted_send?: boolean | null;
      /** @description The carrier's error code when delivery failed (outside numbers only). */
      delivery_error_code?: string | null;
      /** @description The carrier's explanation when delivery failed (outside numbers only). */
      delivery_error_details?: string | null;
      /** @description `internal` between Dialpad users, otherwise `sms` or `mms` through a carrier. */
      delivery_method?: string | null;
      /** @description The carrier's delivery receipt (pending, sent, delivered, failed, undelivered, unknown); outside numbers only. */
      delivery_status?: string | null;
      /**
       * Format: int64
       * @description When `delivery_status` last changed, as Unix seconds (outside numbers only).
       */
      delivery_status_timestamp?: string | null;
      /** @description The recipient's name, when known. */
      display_name?: string | null;
      /** @description Why the send attempt failed, when it did. */
      error_message?: string | null;
      /** @description The recipient's number in E.164 form. */
      phone_number?: string | null;
    };
    /**
     * Bulk message
     * @description One text sent to many numbers at once, with each recipient's delivery.
     */
    BulkMessage: {
      /** @description The batch's id. */
      bulk_message_id?: string | null;
      /**
       * @description True when Dialpad judged the message spam and did not send it.
       * @default false
       */
      classified_spam?: boolean | null;
      /**
       * Format: int64
       * @description When the batch was created, as Unix seconds.
       */
      created_date?: string | null;
      /** @description The number the messages went out from. */
      from_number?: string | null;
      /**
       * Format: byte
       * @description The base64-encoded attachment, for an MMS.
       */
      media?: string | null;
      /**
       * Format: int64
       * @description How many recipients the batch has.
       */
      num_recipients?: string | null;
      /** @description Each recipient and their delivery state. */
      recipients?: components['schemas']['BulkMessageRecipient'][] | null;
      /**
       * @description True when sending to at least one recipient failed.
       * @default false
       */
      sms_has_errors?: boolean | null;
      /**
       * @description Whether the batch is still being sent or is done.
       * @enum {string|null}
       */
      status?: 'complete' | 'pending' | null;
      /** @description The message body. */
      text: string | null;
      /** @description A label for the batch, when one was given. */
      title?: string | null;
      /**
       * Format: int64
       * @description Id of the user who sent the batch.
       */
      user_id?: string | null;
    };
    /** @description One page of bulk messages. */
    BulkMessageList: {
      /** @description The bulk messages on this page. */
      bulk_messages?: components['schemas']['BulkMessage'][] | null;
      /** @description Pass as `cursor` to get the next page. */
      cursor?: string | null;
      /**
       * @description True when there are more pages after this one.
       * @default false
       */
      has_more?: boolean | null;
    };
    /**
     * Bulk message to send
     * @description One text, one sender number, up to 50 recipients.
     */
    BulkMessageSendRequest: {
      /** @description The user's own A2P-registered number to send from. */
      from_number: string;
      /**
       * Format: byte
       * @description A base64-encoded image or video (at most 500 KiB before encoding); makes it an MMS.
       */
      media?: string;
      /** @description The message body. */
      text: string;
      /** @description An optional label for the batch, shown in Dialpad's bulk messages view. */
      title?: string;
      /** @description Up to 50 recipient numbers in E.164 form. */
      to_numbers: string[];
      /**
       * Format: int64
       * @description Id of the user the messages are sent as; the authenticated user when left out.
       */
      user_id?: number | string;
    };
    /** Outcome of sending a bulk message */
    BulkMessageSendResult: {
      /** @description The batch that was created. */
      bulk_message?: components['schemas']['BulkMessage'] | null;
      /** @description What happened, in words. */
      message?: string | null;
      /**
       * @description Whether the batch was created.
       * @default true
       */
      success?: boolean | null;
    };
    /**
     * Changes to a bulk message
     * @description Only the fields given change; leave out the ones to keep.
     */
    BulkMessageUpdateRequest: {
      /**
       * Format: byte
       * @description A new base64-encoded image or video (at most 500 KiB before encoding).
       */
      media?: string;
      /** @description The new message body. */
      text?: string;
      /**
       * Format: int64
       * @description Id of the user who sent the bulk message; the authenticated user when left out.
       */
      user_id?: number | string;
    };
    /** Outcome of changing a bulk message */
    BulkMessageUpdateResult: {
      /** @description The bulk message as it is now. */
      bulk_message?: components['schemas']['BulkMessage'] | null;
      /** @description What happened, in words. */
      message?: string | null;
      /**
       * @description Whether the change was made.
       * @default true
       */
      success?: boolean | null;
    };
    /**
     * Fax to send
     * @description Who sends and to which number. The sender is `user_id`, or `from_number` when it belongs to a user; a number that belongs to a group also needs `user_id`.
     */
    FaxSendRequest: {
      /** @description The number to send from, in E.164 form; it must belong to a user or a group. */
      from_number?: string;
      /**
       * @description When true, a `to_number` not in E.164 form is read as being in the sender's country.
       * @default false
       */
      infer_country_code?: boolean;
      /** @description The recipient's fax number in E.164 form. */
      to_number: string;
      /**
       * Format: int64
       * @description Id of the user who sends the fax.
       */
      user_id?: number | string;
    };
    /** @description Billing details of a fax. */
    FaxTransaction: {
      /** @description Whether the fax is charged for. */
      is_billed?: boolean | null;
      /**
       * Format: int64
       * @description How many pages the fax has.
       */
      num_pages?: string | null;
    };
    /**
     * Fax
     * @description One fax as Dialpad recorded it.
     */
    Fax: {
      /**
       * Format: int64
       * @description Id of the contact on the other end, when it matches one.
       */
      contact_id?: string | null;
      /**
       * Format: date-time
       * @description When the fax was created.
       */
      created_date?: string | null;
      /**
       * @description Whether the fax was received or sent.
       * @enum {string|null}
       */
      direction?: 'inbound' | 'outbound' | null;
      /**
       * @description Where the fax stands now.
       * @enum {string|null}
       */
      fax_status?: 'error' | 'pending' | 'success' | 'suspended' | 'transmitting' | null;
      /** @description Page count and billing. */
      fax_transaction?: components['schemas']['FaxTransaction'] | null;
      /** @description Where the fax document can be fetched, once there is one. */
      fax_url?: string | null;
      /** @description The sender's number in E.164 form. */
      from_number?: string | null;
      /** @description The fax's id. */
      id?: string | null;
      /**
       * Format: int64
       * @description Id of the sending user or group.
       */
      sender_id?: string | null;
      /** @description The recipient's number in E.164 form. */
      to_number?: string | null;
      /**
       * Format: int64
       * @description Id of the user who sent the fax.
       */
      user_id?: string | null;
    };
    /** @description What an opted-out number is opted out of: the whole company, or one A2P campaign. Only present for entries in the `opted_out` state. */
    SmsOptOutScopeInfo: {
      /**
       * @description Whether the opt-out covers the whole company or one A2P campaign.
       * @enum {string|null}
       */
      opt_out_scope_level: 'a2p_campaign' | 'company' | null;
      /**
       * Format: int64
       * @description Dialpad's id of that company or A2P campaign (not the campaign registry's id).
       */
      scope_id: string | null;
    };
    /** @description One outside number and its SMS opt-out state. */
    SmsOptOutEntry: {
      /**
       * Format: int64
       * @description When the number entered this state, in milliseconds since the Unix epoch.
       */
      date?: string | null;
      /** @description The outside number, in E.164 form. */
      external_endpoint: string | null;
      /** @description What the number is opted out of; null or absent unless it is opted out. */
      opt_out_scope_info?: components['schemas']['SmsOptOutScopeInfo'] | null;
      /**
       * @description Whether the number is opted out or opted back in.
       * @enum {string|null}
       */
      opt_out_state: 'opted_back_in' | 'opted_out' | null;
    };
    /** @description One page of SMS opt-out entries. */
    SmsOptOutList: {
      /** @description The entries on this page. */
      items?: components['schemas']['SmsOptOutEntry'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    /** @description The user's membership in one group. */
    UserGroupDetails: {
      /** @description Whether the user is in do-not-disturb mode for this group. */
      do_not_disturb?: boolean | null;
      /**
       * Format: int64
       * @description Id of the group.
       */
      group_id?: string | null;
      /**
       * @description Kind of group.
       * @enum {string|null}
       */
      group_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /**
       * @description The user's role in the group.
       * @enum {string|null}
       */
      role?: 'admin' | 'operator' | 'supervisor' | null;
    };
    /**
     * Voicemail settings
     * @description How the user's voicemail is set up.
     */
    UserVoicemailSettings: {
      /** @description True when the standard greeting is used rather than a custom one. */
      is_default_voicemail?: boolean | null;
      /** @description Display name of the voicemail box. */
      name?: string | null;
      /** @description Whether the user is notified of new voicemail. */
      voicemail_notifications_enabled?: boolean | null;
    };
    /**
     * User
     * @description A person in the company, with their settings and current status.
     */
    User: {
      /** @description Ids of the offices this user administers. */
      admin_office_ids?: string[] | null;
      /**
       * Format: int64
       * @description Id of the user's company.
       */
      company_id?: string | null;
      /** @description Country the user lives in. */
      country?: string | null;
      /**
       * Format: date-time
       * @description When the user activated their account.
       */
      date_active?: string | null;
      /**
       * Format: date-time
       * @description When the user was created.
       */
      date_added?: string | null;
      /**
       * Format: date-time
       * @description When the user first signed in.
       */
      date_first_login?: string | null;
      /** @description The name shown for the user. */
      display_name?: string | null;
      /** @description Whether the user is in do-not-disturb mode right now. */
      do_not_disturb?: boolean | null;
      /** @description Free text explaining the current duty status (one line). */
      duty_status_reason?: string | null;
      /**
       * Format: date-time
       * @description When the current on-duty status began (UTC).
       */
      duty_status_started?: string | null;
      /** @description The user's email addresses, primary first. */
      emails?: string[] | null;
      /** @description The user's extension in the company or office directory. */
      extension?: string | null;
      /** @description Given name (one line). */
      first_name?: string | null;
      /** @description Extra numbers that ring along with the user's Dialpad numbers on incoming calls. */
      forwarding_numbers?: string[] | null;
      /** @description The groups the user belongs to and the role held in each. */
      group_details?: components['schemas']['UserGroupDetails'][] | null;
      /**
       * Format: int64
       * @description The user's id.
       */
      id?: string | null;
      /** @description Address of the user's profile picture. */
      image_url?: string | null;
      /** @description Whether the user may call abroad. */
      international_dialing_enabled?: boolean | null;
      /** @description Whether the user has admin rights. */
      is_admin?: boolean | null;
      /** @description Whether the user is free (not on a call). */
      is_available?: boolean | null;
      /** @description Whether the user is currently working as an operator. */
      is_on_duty?: boolean | null;
      /** @description Whether one of the user's Dialpad devices is active. */
      is_online?: boolean | null;
      /** @description Whether the user administers the whole company. */
      is_super_admin?: boolean | null;
      /** @description Job title (one line). */
      job_title?: string | null;
      /** @description The language the user prefers to speak. */
      language?: string | null;
      /** @description Family name (one line). */
      last_name?: string | null;
      /**
       * @description The kind of license seat the user occupies.
       * @enum {string|null}
       */
      license?:
        | 'admins'
        | 'agents'
        | 'dpde_all'
        | 'dpde_one'
        | 'lite_lines'
        | 'lite_support_agents'
        | 'magenta_lines'
        | 'talk'
        | 'user'
        | null;
      /** @description Where the user says they are (one line). */
      location?: string | null;
      /** @description Whether the user's microphone is muted. */
      muted?: boolean | null;
      /**
       * Format: int64
       * @description Id of the user's office.
       */
      office_id?: string | null;
      /**
       * Format: date-time
       * @description When the operator became available for contact-center calls (UTC).
       */
      on_duty_started?: string | null;
      /**
       * @description The operator's on-duty status.
       * @enum {string|null}
       */
      on_duty_status?:
        'available' | 'busy' | 'occupied' | 'occupied-end' | 'unavailable' | 'wrapup' | 'wrapup-end' | null;
      /** @description Whether the user has finished onboarding. */
      onboarding_completed: boolean | null;
      /** @description The user's phone numbers. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether the operator is busy with a call or a digital session.
       * @enum {string|null}
       */
      session_type?: 'call' | 'digital' | null;
      /**
       * @description The user's account state.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
      /** @description What the user says they are doing (one line). */
      status_message?: string | null;
      /** @description The user's time zone. */
      timezone?: string | null;
      /** @description The user's voicemail settings. */
      voicemail: components['schemas']['UserVoicemailSettings'] | null;
    };
    /**
     * Page of users
     * @description One page of users; pass `cursor` back to get the next page.
     */
    UserList: {
      /** @description The users on this page. */
      items?: components['schemas']['User'][] | null;
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description The new user's details. */
    CreateUserRequest: {
      /**
       * @description When true, a phone number is picked and assigned to the user automatically.
       * @default false
       */
      auto_assign?: boolean;
      /** @description The user's email address (their Dialpad sign-in). */
      email: string;
      /** @description Given name (one line). */
      first_name?: string;
      /** @description Family name (one line). */
      last_name?: string;
      /**
       * @description The license seat to allocate; this decides what the company pays for the user.
       * @default talk
       * @enum {string}
       */
      license?:
        | 'admins'
        | 'agents'
        | 'dpde_all'
        | 'dpde_one'
        | 'lite_lines'
        | 'lite_support_agents'
        | 'magenta_lines'
        | 'talk'
        | 'user';
      /**
       * Format: int64
       * @description Id of the office the user joins.
       */
      office_id: number | string;
    };
    /** @description Presence text set by an integration. Shown as "provider: message", or through a predefined template when `type` is given. */
    UserPresenceStatus: {
      /** @description The status text. */
      message?: string;
      /** @description Name of the integration setting the status. */
      provider?: string;
      /**
       * @description Template to use: `default` shows "provider: message"; `conference` shows that the user is in the named meeting on the provider.
       * @enum {string}
       */
      type?: 'conference' | 'default';
    };
    /** @description The fields to change; fields left out stay as they are. */
    UpdateUserRequest: {
      /** @description Offices the user should administer (replaces the current list). */
      admin_office_ids?: (number | string)[];
      /** @description The user's email addresses, primary first; use it to add, drop or reorder them. */
      emails?: string[];
      /** @description New extension (extensions must first be enabled for the company by Dialpad support). */
      extension?: string;
      /** @description Given name (one line). */
      first_name?: string;
      /** @description Extra numbers to ring along with the user's Dialpad numbers on incoming calls. */
      forwarding_numbers?: string[];
      /** @description Allow or forbid calls abroad. */
      international_dialing_enabled?: boolean;
      /** @description Grant or remove company-wide admin rights. */
      is_super_admin?: boolean;
      /** @description Job title (one line). */
      job_title?: string;
      /**
       * @description When switching to a support license, keep the user's phone numbers (they then need extra number licenses).
       * @default true
       */
      keep_paid_numbers?: boolean;
      /** @description Family name (one line). */
      last_name?: string;
      /**
       * @description Switch the user to this license; changes what the company is billed.
       * @enum {string}
       */
      license?:
        | 'admins'
        | 'agents'
        | 'dpde_all'
        | 'dpde_one'
        | 'lite_lines'
        | 'lite_support_agents'
        | 'magenta_lines'
        | 'talk'
        | 'user';
      /**
       * Format: int64
       * @description Move the user to this office. Needs a paid account and a free license in the target office; for an international office the user must have no numbers assigned first.
       */
      office_id?: number | string;
      /** @description The user's current numbers, to reorder or drop some (new numbers are assigned elsewhere). */
      phone_numbers?: string[];
      /** @description Presence text shown next to the user's status indicator; send `{}` to clear it. */
      presence_status?: components['schemas']['UserPresenceStatus'];
      /**
       * @description Suspend the user, or re-activate a suspended one.
       * @enum {string}
       */
      state?: 'active' | 'suspended';
    };
    /** @description What to open on the user's screen. */
    InitiateScreenPopRequest: {
      /** @description The address to open, with its scheme (`https://...`), or a custom scheme to launch a native app. Addresses carrying a user name and password are refused. */
      screen_pop_uri: string;
    };
    /**
     * User device
     * @description One of a user's Dialpad devices.
     */
    ScreenPopDevice: {
      /** @description Firmware version of the phone, or version of the Dialpad app. */
      app_version?: string | null;
      /**
       * Format: date-time
       * @description When the device was added.
       */
      date_created?: string | null;
      /**
       * Format: date-time
       * @description Last time the device checked in with Dialpad (about hourly; always empty for mobile devices).
       */
      date_registered?: string | null;
      /**
       * Format: date-time
       * @description Last time the device's data changed.
       */
      date_updated?: string | null;
      /** @description The device's name (one line). */
      display_name?: string | null;
      /** @description The device's id. */
      id?: string | null;
      /** @description The number tied to the device. */
      phone_number?: string | null;
      /**
       * @description Kind of device.
       * @enum {string|null}
       */
      type?:
        | 'android'
        | 'ata'
        | 'audiocodes'
        | 'c2t'
        | 'ciscompp'
        | 'dect'
        | 'dpmroom'
        | 'grandstream'
        | 'harness'
        | 'iframe_cti_extension'
        | 'iframe_cti_v2'
        | 'iframe_front'
        | 'iframe_hubspot'
        | 'iframe_ms_teams'
        | 'iframe_open_cti'
        | 'iframe_salesforce'
        | 'iframe_service_titan'
        | 'iframe_zendesk'
        | 'iframe_zoho'
        | 'ipad'
        | 'iphone'
        | 'mini'
        | 'mitel'
        | 'msteams'
        | 'native'
        | 'obi'
        | 'packaged_app'
        | 'polyandroid'
        | 'polycom'
        | 'proxy'
        | 'public_api'
        | 'salesforce'
        | 'sip'
        | 'tickiot'
        | 'web'
        | 'yealink'
        | null;
      /**
       * Format: int64
       * @description Id of the user who owns the device.
       */
      user_id?: string | null;
    };
    /**
     * Screen pop initiation
     * @description Which device the screen pop was sent to.
     */
    ScreenPopResult: {
      /** @description The user's device that received the screen pop. */
      device?: components['schemas']['ScreenPopDevice'] | null;
    };
    /**
     * Group caller ID
     * @description A group the user belongs to, and the number it offers as caller ID.
     */
    UserCallerIdGroup: {
      /** @description The group's number (E.164) the user may present. */
      caller_id?: string | null;
      /** @description The group's name (one line). */
      display_name?: string | null;
    };
    /**
     * Caller ID
     * @description The number a user's outgoing calls show, and the numbers they could show instead.
     */
    UserCallerId: {
      /** @description The number the user's outgoing calls currently show. */
      caller_id?: string | null;
      /** @description Extra numbers that ring along with the user's Dialpad numbers on incoming calls. */
      forwarding_numbers?: string[] | null;
      /** @description The groups the user belongs to, with the number each could lend as caller ID. */
      groups?: components['schemas']['UserCallerIdGroup'][] | null;
      /**
       * Format: int64
       * @description The user's id.
       */
      id: string | null;
      /** @description The main number of the user's office. */
      office_main_line?: string | null;
      /** @description The user's own phone numbers. */
      phone_numbers?: string[] | null;
      /** @description The user's primary phone number. */
      primary_phone?: string | null;
    };
    /** @description The caller ID to present. */
    UserSetCallerIdRequest: {
      /** @description An E.164 number the user may present (their own, their office's or one of their groups'), or `blocked` to hide the caller ID. */
      caller_id: string;
    };
    /**
     * Desk phone
     * @description A physical (or SIP) phone registered to a user or a room.
     */
    Deskphone: {
      /** @description Whether the phone was bought through Dialpad. */
      byod?: boolean | null;
      /** @description The phone's model name (one line). */
      device_model?: string | null;
      /** @description The firmware the phone runs (one line). */
      firmware_version?: string | null;
      /** @description The desk phone's id. */
      id?: string | null;
      /** @description The phone's MAC address (one line). */
      mac_address?: string | null;
      /** @description The name given to the phone (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Id of the user or room the phone belongs to.
       */
      owner_id?: string | null;
      /**
       * @description Whether the phone belongs to a user or a room.
       * @enum {string|null}
       */
      owner_type?: 'room' | 'user' | null;
      /** @description The password the phone needs to place calls (one line). */
      password?: string | null;
      /** @description The number the phone is tied to. */
      phone_number?: string | null;
      /**
       * Format: int64
       * @description The SIP port.
       */
      port?: string | null;
      /** @description The SIP realm the phone registers with. */
      realm?: string | null;
      /** @description Whether the phone rings when its owner gets a call. */
      ring_notification?: boolean | null;
      /**
       * @description The SIP transport protocol.
       * @enum {string|null}
       */
      sip_transport_type?: 'tls' | null;
      /**
       * @description The phone's make or kind.
       * @enum {string|null}
       */
      type?:
        | 'ata'
        | 'audiocodes'
        | 'c2t'
        | 'ciscompp'
        | 'dect'
        | 'grandstream'
        | 'mini'
        | 'mitel'
        | 'obi'
        | 'polyandroid'
        | 'polycom'
        | 'sip'
        | 'tickiot'
        | 'yealink'
        | null;
    };
    /**
     * Desk phones
     * @description Every desk phone of a user or a room (not paged).
     */
    DeskphoneList: {
      /** @description The desk phones. */
      items?: components['schemas']['Deskphone'][] | null;
    };
    /** @description Do-not-disturb on or off, everywhere or for one group. */
    UserToggleDndRequest: {
      /** @description True to turn do-not-disturb on, false to turn it off. */
      do_not_disturb: boolean;
      /**
       * Format: int64
       * @description Only for the calls of this office, department or call center.
       */
      group_id?: number | string;
      /**
       * @description What kind of group `group_id` names.
       * @enum {string}
       */
      group_type?: 'callcenter' | 'department' | 'office';
    };
    /**
     * Do-not-disturb state
     * @description A user's do-not-disturb state, everywhere or for one group.
     */
    UserDndStatus: {
      /** @description Whether do-not-disturb is on. */
      do_not_disturb?: boolean | null;
      /**
       * Format: int64
       * @description The group the state applies to, when it applies to one group.
       */
      group_id?: string | null;
      /**
       * @description What kind of group `group_id` names.
       * @enum {string|null}
       */
      group_type?: 'callcenter' | 'department' | 'office' | null;
      /**
       * Format: int64
       * @description The user's id.
       */
      id?: string | null;
    };
    /** @description The street address emergency services are sent to for calls from the office. */
    OfficeE911Address: {
      /** @description First address line (one line). */
      address?: string | null;
      /** @description Second address line (one line). */
      address2?: string | null;
      /** @description City (one line). */
      city?: string | null;
      /** @description State or province (one line). */
      state?: string | null;
      /** @description Postal code (one line). */
      zip?: string | null;
      /** @description Country. */
      country?: string | null;
    };
    /** @description The new emergency address of the user. */
    UserE911UpdateRequest: {
      /** @description First address line (one line). */
      address: string;
      /**
       * @description Second address line (one line).
       * @default
       */
      address2?: string;
      /** @description City (one line). */
      city: string;
      /** @description Country. */
      country: string;
      /** @description State or province (one line). */
      state: string;
      /** @description Store the corrected address Dialpad's validation service proposes instead of the address as sent. */
      use_validated_option?: boolean;
      /** @description Postal code (one line). */
      zip: string;
    };
    /**
     * Persona
     * @description An identity a user may place calls as; the person called sees its name and number.
     */
    UserPersona: {
      /** @description The number people called from this persona see. */
      caller_id?: string | null;
      /**
       * Format: int64
       * @description The persona's id (the id of the target it stands for).
       */
      id?: string | null;
      /** @description Address of the persona's picture. */
      image_url?: string | null;
      /** @description The persona's name (one line). */
      name?: string | null;
      /** @description The persona's phone numbers. */
      phone_numbers?: string[] | null;
      /** @description What kind of target the persona is (call center, office, ...). */
      type?: string | null;
    };
    /**
     * Personas
     * @description Every persona of a user (not paged).
     */
    UserPersonaList: {
      /** @description The personas. */
      items?: components['schemas']['UserPersona'][] | null;
    };
    /** @description Where to move the user. */
    UserMoveOfficeRequest: {
      /**
       * Format: int64
       * @description Id of the office to move the user to.
       */
      office_id?: number | string;
    };
    /** @description The status text to show, and for how long. */
    UserStatusRequest: {
      /**
       * Format: int64
       * @description When the status clears itself (Dialpad does not state the unit; its example, 3600, reads as seconds); leave out for a status that stays until changed.
       */
      expiration?: number | string;
      /** @description The status text; empty to clear it. */
      status_message?: string;
    };
    /**
     * User status
     * @description The status text a user shows.
     */
    UserStatus: {
      /**
       * Format: int64
       * @description When the status clears itself (see the request's `expiration`); empty when it does not expire.
       */
      expiration?: string | null;
      /**
       * Format: int64
       * @description The user's id.
       */
      id?: string | null;
      /** @description The status text. */
      status_message?: string | null;
    };
    /**
     * Page of user devices
     * @description One page of a user's devices; pass `cursor` back to get the next page.
     */
    UserDeviceList: {
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
      /** @description The devices on this page. */
      items?: components['schemas']['ScreenPopDevice'][] | null;
    };
    /** @description An address-book entry, either shared with the whole company or local to one user. */
    Contact: {
      /** @description Dialpad's id of the contact. */
      id?: string | null;
      /**
       * @description `shared` for the company address book, `local` for a single user's own contact.
       * @enum {string|null}
       */
      type?: 'local' | 'shared' | null;
      /** @description Id of whoever owns the contact (the user for a local contact). */
      owner_id?: string | null;
      /** @description Given name (one line). */
      first_name?: string | null;
      /** @description Family name (one line). */
      last_name?: string | null;
      /** @description The name Dialpad shows for the contact (one line). */
      display_name?: string | null;
      /** @description Organisation the contact works for (one line). */
      company_name?: string | null;
      /** @description The contact's role at their organisation (one line). */
      job_title?: string | null;
      /** @description All email addresses of the contact. */
      emails?: string[] | null;
      /** @description The address shown where there is room for only one. */
      primary_email?: string | null;
      /** @description All phone numbers of the contact, E.164. */
      phones?: string[] | null;
      /** @description The number dialled by default when calling the contact. */
      primary_phone?: string | null;
      /** @description Extension to dial after the number, if any. */
      extension?: string | null;
      /** @description Web sites of, or about, the contact. */
      urls?: string[] | null;
      /**
       * @deprecated
       * @description No longer used.
       */
      trunk_group?: string | null;
    };
    /** @description One page of contacts. */
    ContactList: {
      /** @description The contacts on this page. */
      items?: components['schemas']['Contact'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description A shared contact keyed by an id of yours. */
    UpsertContactRequest: {
      /** @description Your own unique id for the contact; it becomes part of the contact's Dialpad id, and a later call with the same `uid` updates that contact. */
      uid: string;
      /** @description Given name (one line). */
      first_name: string;
      /** @description Family name (one line). */
      last_name: string;
      /** @description Organisation the contact works for (one line). */
      company_name?: string;
      /** @description The contact's role (one line). */
      job_title?: string;
      /** @description Email addresses; the first one becomes the primary address. */
      emails?: string[];
      /** @description Phone numbers in E.164 form; the first one becomes the primary number. */
      phones?: string[];
      /** @description Extension to dial after the number. */
      extension?: string;
      /** @description Web sites of, or about, the contact. */
      urls?: string[];
      /**
       * @deprecated
       * @description No longer used.
       */
      trunk_group?: string;
    };
    /** @description A new contact. */
    CreateContactRequest: {
      /** @description Given name (one line). */
      first_name: string;
      /** @description Family name (one line). */
      last_name: string;
      /** @description Make this a local contact of that user. Leave it out to add the contact to the company's shared address book. */
      owner_id?: string;
      /** @description Organisation the contact works for (one line). */
      company_name?: string;
      /** @description The contact's role (one line). */
      job_title?: string;
      /** @description Email addresses; the first one becomes the primary address. */
      emails?: string[];
      /** @description Phone numbers in E.164 form; the first one becomes the primary number. */
      phones?: string[];
      /** @description Extension to dial after the number. */
      extension?: string;
      /** @description Web sites of, or about, the contact. */
      urls?: string[];
      /**
       * @deprecated
       * @description No longer used.
       */
      trunk_group?: string;
    };
    /** @description The fields of a contact to change; fields left out keep their value. */
    UpdateContactRequest: {
      /** @description Given name (one line). */
      first_name?: string;
      /** @description Family name (one line). */
      last_name?: string;
      /** @description Organisation the contact works for (one line). */
      company_name?: string;
      /** @description The contact's role (one line). */
      job_title?: string;
      /** @description The new email addresses; the first one becomes the primary address. */
      emails?: string[];
      /** @description The new phone numbers (E.164); the first one becomes the primary number. */
      phones?: string[];
      /** @description Extension to dial after the number. */
      extension?: string;
      /** @description The new list of web sites. */
      urls?: string[];
      /**
       * @deprecated
       * @description No longer used.
       */
      trunk_group?: string;
    };
    /** @description Switches that apply to one office. */
    OfficeSettings: {
      /** @description Whether guests may sign in to the office's desk phones. */
      allow_device_guest_login?: boolean | null;
      /** @description Whether users are prevented from hiding their caller ID. */
      block_caller_id_disabled?: boolean | null;
      /** @description Whether groups inside the office (departments, call centers) may record calls. */
      bridged_target_recording_allowed?: boolean | null;
      /** @description Whether users are prevented from setting up desk phones themselves. */
      disable_desk_phone_self_provision?: boolean | null;
      /** @description Whether the built-in voicemail of the office menu is turned off. */
      disable_ivr_voicemail?: boolean | null;
      /** @description Whether recording of users' calls is turned off, as Dialpad documents it (the name suggests it only drops the recording announcement). */
      no_recording_message_on_user_calls?: boolean | null;
      /** @description Whether users are prevented from choosing their caller ID. */
      set_caller_id_disabled?: boolean | null;
    };
    /** @description The routing step a keypad key triggers. */
    OfficeDtmfOptions: {
      /**
       * @description Kind of routing step.
       * @enum {string|null}
       */
      action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for steps that need one.
       */
      action_target_id?: string | null;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string|null}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
    };
    /** @description One key of a keypad menu and what pressing it does. */
    OfficeDtmfMapping: {
      /** @description The key, `0` to `9`. */
      input?: string | null;
      /** @description What happens when the caller presses the key. */
      options?: components['schemas']['OfficeDtmfOptions'] | null;
    };
    /** @description Routing for one state (open or closed) of the office. */
    OfficeRoutingRule: {
      /**
       * @description Where a call goes when no operator takes it.
       * @enum {string|null}
       */
      action:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for actions that need one.
       */
      action_target_id?: string | null;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string|null}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /** @description The keypad menu the caller hears. */
      dtmf?: components['schemas']['OfficeDtmfMapping'][] | null;
      /**
       * @description In what order the operators are rung.
       * @enum {string|null}
       */
      operator_routing?: 'fixedorder' | 'longestidle' | 'mostskilled' | 'random' | 'roundrobin' | 'simultaneous' | null;
      /** @description Whether the operators are rung at all for an incoming call. */
      try_dial_operators: boolean | null;
    };
    /** @description How calls to the office are routed while it is open and while it is closed. */
    OfficeRoutingOptions: {
      /** @description Routing during opening hours. */
      open: components['schemas']['OfficeRoutingRule'] | null;
      /** @description Routing outside opening hours. */
      closed: components['schemas']['OfficeRoutingRule'] | null;
    };
    /** @description An office of the company, with its main line and how calls to it are handled. */
    Office: {
      /**
       * Format: int64
       * @description Id of the office.
       */
      id?: string | null;
      /**
       * Format: int64
       * @description Id of the office again (same value as `id`).
       */
      office_id?: string | null;
      /** @description Name of the office (one line). */
      name?: string | null;
      /** @description Whether this is the company's main office. */
      is_primary_office?: boolean | null;
      /**
       * @description Whether the office is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
      /**
       * @description Whether the office is open right now, taking holidays into account.
       * @enum {string|null}
       */
      availability_status?: 'closed' | 'holiday_closed' | 'holiday_open' | 'open' | null;
      /** @description Country the office is in. */
      country?: string | null;
      /** @description Time zone the opening hours are read in. */
      timezone?: string | null;
      /** @description Main-line numbers of the office, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description What a caller meets first, the keypad menu or ringing operators.
       * @enum {string|null}
       */
      first_action?: 'menu' | 'operators' | null;
      /**
       * @description Where a call goes when nobody is free to take it.
       * @enum {string|null}
       */
      no_operators_action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description How long the main line rings before the no-operators action applies.
       */
      ring_seconds?: string | null;
      /** @description Opening hours on Monday as pairs of `HH:MM` times, each pair one open span (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18). */
      monday_hours?: string[] | null;
      /** @description Opening hours on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[] | null;
      /** @description Opening hours on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[] | null;
      /** @description Opening hours on Thursday, as for `monday_hours`. */
      thursday_hours?: string[] | null;
      /** @description Opening hours on Friday, as for `monday_hours`. */
      friday_hours?: string[] | null;
      /** @description Opening hours on Saturday, as for `monday_hours`. */
      saturday_hours?: string[] | null;
      /** @description Opening hours on Sunday, as for `monday_hours`. */
      sunday_hours?: string[] | null;
      /** @description Addresses that are emailed when a voicemail is left for the office. */
      voicemail_notification_emails?: string[] | null;
      /** @description The emergency (E911) address registered for the office. */
      e911_address?: components['schemas']['OfficeE911Address'] | null;
      /** @description Settings that apply to this office only. */
      office_settings?: components['schemas']['OfficeSettings'] | null;
      /** @description How calls are routed while the office is open and while it is closed. */
      routing_options?: components['schemas']['OfficeRoutingOptions'] | null;
    };
    /** @description One page of offices. */
    OfficeList: {
      /** @description The offices on this page. */
      items?: components['schemas']['Office'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description A postal address to bill. */
    OfficeBillingAddressRequest: {
      /** @description First address line (one line). */
      address_line_1: string;
      /** @description Second address line (one line). */
      address_line_2?: string;
      /** @description City (one line). */
      city: string;
      /** @description Country. */
      country: string;
      /** @description Postal code (one line). */
      postal_code: string;
      /** @description State, province or region (one line). */
      region: string;
    };
    /** @description The person to contact about bills. */
    OfficeBillingContactRequest: {
      /** @description Their name (one line). */
      name: string;
      /** @description Their email address. */
      email: string;
      /** @description Their phone number. */
      phone?: string;
    };
    /** @description A street address for emergency calls. */
    OfficeE911AddressRequest: {
      /** @description First address line (one line). */
      address: string;
      /** @description Second address line (one line). */
      address2?: string;
      /** @description City (one line). */
      city: string;
      /** @description State or province (one line). */
      state: string;
      /** @description Postal code (one line). */
      zip: string;
      /** @description Country. */
      country: string;
    };
    /** @description The routing step a keypad key triggers. */
    OfficeDtmfOptionsRequest: {
      /**
       * @description Kind of routing step.
       * @enum {string}
       */
      action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail';
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for steps that need one.
       */
      action_target_id?: number | string;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
    };
    /** @description One key of a keypad menu and what pressing it does. */
    OfficeDtmfMappingRequest: {
      /** @description The key, `0` to `9`. */
      input?: string;
      /** @description What happens when the caller presses the key. */
      options?: components['schemas']['OfficeDtmfOptionsRequest'];
    };
    /** @description Routing for one state (open or closed) of the office. */
    OfficeRoutingRuleRequest: {
      /**
       * @description Where a call goes when no operator takes it.
       * @enum {string}
       */
      action:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail';
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for actions that need one.
       */
      action_target_id?: number | string;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
      /** @description The keypad menu the caller hears. */
      dtmf?: components['schemas']['OfficeDtmfMappingRequest'][];
      /**
       * @description In what order the operators are rung.
       * @enum {string}
       */
      operator_routing?: 'fixedorder' | 'longestidle' | 'mostskilled' | 'random' | 'roundrobin' | 'simultaneous';
      /** @description Whether the operators are rung at all for an incoming call. */
      try_dial_operators: boolean;
    };
    /** @description How calls to the office are to be routed while it is open and while it is closed. */
    OfficeRoutingOptionsRequest: {
      /** @description Routing during opening hours. */
      open: components['schemas']['OfficeRoutingRuleRequest'];
      /** @description Routing outside opening hours. */
      closed: components['schemas']['OfficeRoutingRuleRequest'];
    };
    /** @description Voice intelligence (Vi) settings to apply. */
    OfficeVoiceIntelligenceRequest: {
      /** @description Whether users may pause and resume Vi during a call (default true). */
      allow_pause?: boolean;
      /** @description Whether Vi starts by itself on each call (default true). */
      auto_start?: boolean;
    };
    /** @description A new secondary office, its billing set-up, emergency address, hours and routing. */
    OfficeCreateRequest: {
      /** @description Name of the office (one line). */
      name: string;
      /** @description Free-text description of the office, up to 256 characters. */
      group_description?: string;
      /**
       * @description Country of the office, as an upper-case ISO 3166 code.
       * @enum {string}
       */
      country:
        | 'AR'
        | 'AT'
        | 'AU'
        | 'BD'
        | 'BE'
        | 'BG'
        | 'BH'
        | 'BR'
        | 'CA'
        | 'CH'
        | 'CI'
        | 'CL'
        | 'CN'
        | 'CO'
        | 'CR'
        | 'CY'
        | 'CZ'
        | 'DE'
        | 'DK'
        | 'DO'
        | 'DP'
        | 'EC'
        | 'EE'
        | 'EG'
        | 'ES'
        | 'FI'
        | 'FR'
        | 'GB'
        | 'GH'
        | 'GR'
        | 'GT'
        | 'HK'
        | 'HR'
        | 'HU'
        | 'ID'
        | 'IE'
        | 'IL'
        | 'IN'
        | 'IS'
        | 'IT'
        | 'JP'
        | 'KE'
        | 'KH'
        | 'KR'
        | 'KZ'
        | 'LK'
        | 'LT'
        | 'LU'
        | 'LV'
        | 'MA'
        | 'MD'
        | 'MM'
        | 'MT'
        | 'MX'
        | 'MY'
        | 'NG'
        | 'NL'
        | 'NO'
        | 'NZ'
        | 'PA'
        | 'PE'
        | 'PH'
        | 'PK'
        | 'PL'
        | 'PR'
        | 'PT'
        | 'PY'
        | 'RO'
        | 'RU'
        | 'SA'
        | 'SE'
        | 'SG'
        | 'SI'
        | 'SK'
        | 'SV'
        | 'TH'
        | 'TR'
        | 'TW'
        | 'UA'
        | 'US'
        | 'UY'
        | 'VE'
        | 'VN'
        | 'ZA';
      /** @description Time zone of the office, as a tz database name (`America/Chicago`). */
      timezone?: string;
      /**
       * @description Currency the office is billed in.
       * @enum {string}
       */
      currency: 'AUD' | 'CAD' | 'EUR' | 'GBP' | 'JPY' | 'NZD' | 'USD';
      /**
       * @description How often the office is billed.
       * @enum {string}
       */
      plan_period: 'monthly' | 'yearly';
      /** @description Whether the primary office's plan is an annual commitment billed monthly. */
      annual_commit_monthly_billing: boolean;
      /** @description Whether the office pays by invoice. */
      invoiced: boolean;
      /** @description Whether the office is billed on one invoice with the rest of the company. */
      unified_billing: boolean;
      /** @description Whether the primary office may place international calls. */
      international_enabled?: boolean;
      /** @description The address the office is billed at. */
      billing_address: components['schemas']['OfficeBillingAddressRequest'];
      /** @description Who to contact about the office's bills. */
      billing_contact?: components['schemas']['OfficeBillingContactRequest'];
      /** @description Whether the billing address and the emergency address are the same. */
      use_same_address?: boolean;
      /** @description Where emergency services are sent for calls from the office. Required for offices in the US, Canada, Australia, France, the United Kingdom and New Zealand. */
      e911_address?: components['schemas']['OfficeE911AddressRequest'];
      /** @description The office's main-line number, E.164. */
      mainline_number?: string;
      /**
       * @description Whether every call of the office is recorded automatically.
       * @default false
       */
      auto_call_recording?: boolean;
      /**
       * @description What a caller meets first, the keypad menu or ringing operators.
       * @enum {string}
       */
      first_action?: 'menu' | 'operators';
      /**
       * @description Where a call goes when nobody is free to take it.
       * @enum {string}
       */
      no_operators_action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail';
      /**
       * Format: int64
       * @description How long the main line rings before the no-operators action applies, 10 to 45 seconds.
       */
      ring_seconds?: number | string;
      /**
       * @description Whether the opening hours below apply; false means the office takes calls around the clock.
       * @default false
       */
      hours_on?: boolean;
      /** @description Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18). Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[];
      /** @description Open spans on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[];
      /** @description Open spans on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[];
      /** @description Open spans on Thursday, as for `monday_hours`. */
      thursday_hours?: string[];
      /** @description Open spans on Friday, as for `monday_hours`. */
      friday_hours?: string[];
      /** @description Open spans on Saturday (closed by default). */
      saturday_hours?: string[];
      /** @description Open spans on Sunday (closed by default). */
      sunday_hours?: string[];
      /** @description How calls are routed while the office is open and while it is closed. */
      routing_options?: components['schemas']['OfficeRoutingOptionsRequest'];
      /** @description Dialpad's live call transcription and assistance (Vi) for the office. */
      voice_intelligence?: components['schemas']['OfficeVoiceIntelligenceRequest'];
    };
    /** @description A postal address used for billing. */
    OfficeBillingAddress: {
      /** @description First address line (one line). */
      address_line_1?: string | null;
      /** @description Second address line (one line). */
      address_line_2?: string | null;
      /** @description City (one line). */
      city?: string | null;
      /** @description Country. */
      country?: string | null;
      /** @description Postal code (one line). */
      postal_code?: string | null;
      /** @description State, province or region (one line). */
      region?: string | null;
    };
    /** @description An office's billing plan: the lines (licenses) of each kind it is allotted, its balance and billing date. */
    OfficePlan: {
      /**
       * Format: int64
       * @description Lines for extra numbers: anything that can be called takes one for each direct number beyond its first.
       */
      additional_number_lines?: string | null;
      /** @description Remaining balance in US dollars, as a decimal number in a string (`'125.5000'`). */
      balance?: string | null;
      /**
       * Format: int64
       * @description Lines for users who can be call-center agents without a number of their own (Pro and Enterprise accounts only).
       */
      contact_center_lines?: string | null;
      /**
       * Format: int64
       * @description Lines for fax numbers, one taken by each fax number assigned to a user or group.
       */
      fax_lines?: string | null;
      /**
       * Format: int64
       * @description When the next billing cycle starts, in milliseconds since the epoch (UTC).
       */
      next_billing_date?: string | null;
      /** @description The place-of-primary-use address the plan is billed for. */
      ppu_address?: components['schemas']['OfficeBillingAddress'] | null;
      /**
       * Format: int64
       * @description Lines for rooms (conference-room phones) with a number of their own.
       */
      room_lines?: string | null;
      /**
       * Format: int64
       * @description Lines for users who can be call-center agents and have a number of their own (Pro and Enterprise accounts only).
       */
      sell_lines?: string | null;
      /**
       * Format: int64
       * @description Lines for users with a number of their own who are not call-center agents.
       */
      talk_lines?: string | null;
      /**
       * Format: int64
       * @description Like `additional_number_lines`, for toll-free numbers.
       */
      tollfree_additional_number_lines?: string | null;
      /**
       * Format: int64
       * @description Like `room_lines`, for rooms whose first number is toll-free.
       */
      tollfree_room_lines?: string | null;
      /**
       * Format: int64
       * @description Like `uberconference_lines`, for toll-free numbers.
       */
      tollfree_uberconference_lines?: string | null;
      /**
       * Format: int64
       * @description Lines for direct numbers of users' conference (UberConference) rooms.
       */
      uberconference_lines?: string | null;
    };
    /** @description An office just created or changed, with its billing plan. */
    OfficeUpdateResult: {
      /** @description The office as it now stands. */
      office?: components['schemas']['Office'] | null;
      /** @description The office's billing plan as it now stands. */
      plan?: components['schemas']['OfficePlan'] | null;
    };
    /** @description A room (a conference-room phone) acting as an operator. */
    OfficeOperatorRoom: {
      /**
       * Format: int64
       * @description Id of the room.
       */
      id?: string | null;
      /** @description Name of the room (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Company the room belongs to.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Office the room belongs to.
       */
      office_id?: string | null;
      /** @description Country the room is in. */
      country?: string | null;
      /** @description Address of the picture shown for the room in the Dialpad app. */
      image_url?: string | null;
      /** @description Whether the room uses no paid license. */
      is_free?: boolean | null;
      /** @description Whether the room is taking calls as an operator right now. */
      is_on_duty?: boolean | null;
      /** @description The room's phone numbers, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether the room is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
    };
    /** @description The operators of an office's main line, users and rooms apart. */
    OfficeOperatorCollection: {
      /** @description Users who are operators. */
      users?: components['schemas']['User'][] | null;
      /** @description Rooms (conference-room phones) that are operators. */
      rooms?: components['schemas']['OfficeOperatorRoom'][] | null;
    };
    /** @description Who to add as an operator of the office, and in which role. */
    OfficeOperatorRequest: {
      /**
       * Format: int64
       * @description Id of the user or room to add.
       */
      operator_id: number | string;
      /**
       * @description Whether `operator_id` is a user or a room.
       * @enum {string}
       */
      operator_type: 'room' | 'user';
      /**
       * @description `operator` takes calls; `admin` also manages the office.
       * @default operator
       * @enum {string}
       */
      role?: 'admin' | 'operator';
    };
    /** @description A user or room now acting as an operator of the office. */
    OfficeOperator: {
      /**
       * Format: int64
       * @description Id of the user or room.
       */
      id?: string | null;
      /** @description Its name (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Company it belongs to.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Office it belongs to.
       */
      office_id?: string | null;
      /** @description Country it is in. */
      country?: string | null;
      /** @description Address of its profile picture. */
      image_url?: string | null;
      /** @description Whether it is taking calls as an operator right now. */
      is_on_duty?: boolean | null;
      /** @description Its phone numbers, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether it is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
    };
    /** @description Which user or room to take off the office's main line. */
    OfficeRemoveOperatorRequest: {
      /**
       * Format: int64
       * @description Id of the user or room to remove.
       */
      operator_id: number | string;
      /**
       * @description Whether `operator_id` is a user or a room.
       * @enum {string}
       */
      operator_type: 'room' | 'user';
    };
    /** @description The opening hours to set on an office. Each day is a list of `HH:MM` times taken in pairs, each pair one open span; a day left out keeps its hours. */
    OfficeUpdateRequest: {
      /** @description Whether the hours below apply; false means the office takes calls around the clock. */
      hours_on?: boolean;
      /** @description Open spans on Monday (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18). Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[];
      /** @description Open spans on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[];
      /** @description Open spans on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[];
      /** @description Open spans on Thursday, as for `monday_hours`. */
      thursday_hours?: string[];
      /** @description Open spans on Friday, as for `monday_hours`. */
      friday_hours?: string[];
      /** @description Open spans on Saturday (closed by default). */
      saturday_hours?: string[];
      /** @description Open spans on Sunday (closed by default). */
      sunday_hours?: string[];
    };
    /** @description How many licenses of each kind an office has paid for and not yet used. */
    OfficeAvailableLicenses: {
      /**
       * Format: int64
       * @description Free lines for extra numbers (each direct number beyond the first takes one).
       */
      additional_number_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for call-center agents without a number of their own.
       */
      contact_center_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for fax numbers.
       */
      fax_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for rooms with a number of their own.
       */
      room_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for call-center agents with a number of their own.
       */
      sell_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for users with a number who are not call-center agents.
       */
      talk_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for extra toll-free numbers.
       */
      tollfree_additional_number_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for rooms whose first number is toll-free.
       */
      tollfree_room_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for toll-free numbers of conference rooms.
       */
      tollfree_uberconference_lines?: string | null;
      /**
       * Format: int64
       * @description Free lines for direct numbers of conference rooms.
       */
      uberconference_lines?: string | null;
    };
    /** @description The office's new emergency address, and whether its users get it too. */
    OfficeE911UpdateRequest: {
      /** @description First address line (one line). */
      address: string;
      /**
       * @description Second address line (one line); empty when left out.
       * @default
       */
      address2?: string;
      /** @description City (one line). */
      city: string;
      /** @description State or province (one line). */
      state: string;
      /** @description Postal code (one line). */
      zip: string;
      /** @description Country. */
      country: string;
      /** @description Whether every user of the office gets this emergency address as well. */
      update_all?: boolean;
      /** @description Whether to store the corrected form of the address that Dialpad's address check proposes. */
      use_validated_option?: boolean;
    };
    /** @description The off-duty reasons an office offers its operators. */
    OfficeOffDutyStatuses: {
      /**
       * Format: int64
       * @description Id of the office.
       */
      id?: string | null;
      /** @description The reasons, as operators see them. */
      off_duty_statuses?: string[] | null;
    };
    /** @description The hold queue of a department. */
    DepartmentHoldQueue: {
      /** @description Whether callers are put on hold when every operator is busy (off unless set). */
      allow_queuing?: boolean | null;
      /**
       * Format: int64
       * @description How many callers the queue holds at most, 1 to 50 (default 50).
       */
      max_hold_count?: string | null;
      /**
       * Format: int64
       * @description Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).
       */
      max_hold_seconds?: string | null;
    };
    /** @description Voice intelligence (Vi) settings of a department. */
    DepartmentVoiceIntelligence: {
      /** @description Whether users may pause and resume Vi during a call (default true). */
      allow_pause?: boolean | null;
      /** @description Whether Vi starts by itself on each call (default true). */
      auto_start?: boolean | null;
    };
    /** @description The routing step a keypad key triggers. */
    DepartmentDtmfOptions: {
      /**
       * @description Kind of routing step.
       * @enum {string|null}
       */
      action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for steps that need one.
       */
      action_target_id?: string | null;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string|null}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
    };
    /** @description One key of a keypad menu and what pressing it does. */
    DepartmentDtmfMapping: {
      /** @description The key, `0` to `9`. */
      input?: string | null;
      /** @description What happens when the caller presses the key. */
      options?: components['schemas']['DepartmentDtmfOptions'] | null;
    };
    /** @description Routing for one state (open or closed) of the department. */
    DepartmentRoutingRule: {
      /**
       * @description Where a call goes when no operator takes it.
       * @enum {string|null}
       */
      action:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for actions that need one.
       */
      action_target_id?: string | null;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string|null}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /** @description The keypad menu the caller hears. */
      dtmf?: components['schemas']['DepartmentDtmfMapping'][] | null;
      /**
       * @description In what order the operators are rung.
       * @enum {string|null}
       */
      operator_routing?: 'fixedorder' | 'longestidle' | 'mostskilled' | 'random' | 'roundrobin' | 'simultaneous' | null;
      /** @description Whether the operators are rung at all for an incoming call. */
      try_dial_operators: boolean | null;
    };
    /** @description How calls to the department are routed while it is open and while it is closed. */
    DepartmentRoutingOptions: {
      /** @description Routing during opening hours. */
      open: components['schemas']['DepartmentRoutingRule'] | null;
      /** @description Routing outside opening hours. */
      closed: components['schemas']['DepartmentRoutingRule'] | null;
    };
    /** @description A department (a group of operators with its own numbers and hours) of an office. */
    Department: {
      /**
       * Format: int64
       * @description Id of the department.
       */
      id?: string | null;
      /** @description Name of the department (one line). */
      name?: string | null;
      /** @description Free-text description of the department. */
      group_description?: string | null;
      /**
       * Format: int64
       * @description Office the department belongs to.
       */
      office_id?: string | null;
      /**
       * @description Whether the department is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
      /**
       * @description Whether the department is open right now, taking holidays into account.
       * @enum {string|null}
       */
      availability_status?: 'closed' | 'holiday_closed' | 'holiday_open' | 'open' | null;
      /** @description Country the department is in. */
      country?: string | null;
      /** @description Time zone the opening hours are read in. */
      timezone?: string | null;
      /** @description Numbers that reach the department, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description What a caller meets first, the keypad menu or ringing operators.
       * @enum {string|null}
       */
      first_action?: 'menu' | 'operators' | null;
      /**
       * @description Where a call goes when no operator is free to take it.
       * @enum {string|null}
       */
      no_operators_action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description How long the department's line rings before the no-operators action applies.
       */
      ring_seconds?: string | null;
      /** @description Whether every call of the department is recorded automatically (off unless set). */
      auto_call_recording?: boolean | null;
      /** @description Whether the opening hours below apply. When false (the default) the department takes calls around the clock. */
      hours_on?: boolean | null;
      /** @description Opening hours on Monday as pairs of `HH:MM` times, each pair one open span (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18); used when `hours_on` is true. Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[] | null;
      /** @description Opening hours on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[] | null;
      /** @description Opening hours on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[] | null;
      /** @description Opening hours on Thursday, as for `monday_hours`. */
      thursday_hours?: string[] | null;
      /** @description Opening hours on Friday, as for `monday_hours`. */
      friday_hours?: string[] | null;
      /** @description Opening hours on Saturday, as for `monday_hours` (closed by default). */
      saturday_hours?: string[] | null;
      /** @description Opening hours on Sunday, as for `monday_hours` (closed by default). */
      sunday_hours?: string[] | null;
      /** @description Addresses that are emailed when a voicemail is left for the department. */
      voicemail_notification_emails?: string[] | null;
      /** @description Whether and how callers wait in a queue when every operator is busy. */
      hold_queue?: components['schemas']['DepartmentHoldQueue'] | null;
      /** @description Dialpad's live call transcription and assistance (Vi) for the department. */
      voice_intelligence?: components['schemas']['DepartmentVoiceIntelligence'] | null;
      /** @description How calls are routed while the department is open and while it is closed. */
      routing_options?: components['schemas']['DepartmentRoutingOptions'] | null;
    };
    /** @description One page of departments. */
    DepartmentList: {
      /** @description The departments on this page. */
      items?: components['schemas']['Department'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description The hold queue to set on a department. */
    DepartmentHoldQueueRequest: {
      /** @description Whether callers are put on hold when every operator is busy (off unless set). */
      allow_queuing?: boolean;
      /**
       * Format: int64
       * @description How many callers the queue holds at most, 1 to 50 (default 50).
       */
      max_hold_count?: number | string;
      /**
       * Format: int64
       * @description Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).
       */
      max_hold_seconds?: number | string;
    };
    /** @description The routing step a keypad key triggers. */
    DepartmentDtmfOptionsRequest: {
      /**
       * @description Kind of routing step.
       * @enum {string}
       */
      action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail';
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for steps that need one.
       */
      action_target_id?: number | string;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
    };
    /** @description One key of a keypad menu and what pressing it does. */
    DepartmentDtmfMappingRequest: {
      /** @description The key, `0` to `9`. */
      input?: string;
      /** @description What happens when the caller presses the key. */
      options?: components['schemas']['DepartmentDtmfOptionsRequest'];
    };
    /** @description Routing for one state (open or closed) of the department. */
    DepartmentRoutingRuleRequest: {
      /**
       * @description Where a call goes when no operator takes it.
       * @enum {string}
       */
      action:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail';
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for actions that need one.
       */
      action_target_id?: number | string;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
      /** @description The keypad menu the caller hears. */
      dtmf?: components['schemas']['DepartmentDtmfMappingRequest'][];
      /**
       * @description In what order the operators are rung.
       * @enum {string}
       */
      operator_routing?: 'fixedorder' | 'longestidle' | 'mostskilled' | 'random' | 'roundrobin' | 'simultaneous';
      /** @description Whether the operators are rung at all for an incoming call. */
      try_dial_operators: boolean;
    };
    /** @description How calls to the department are to be routed while it is open and while it is closed. */
    DepartmentRoutingOptionsRequest: {
      /** @description Routing during opening hours. */
      open: components['schemas']['DepartmentRoutingRuleRequest'];
      /** @description Routing outside opening hours. */
      closed: components['schemas']['DepartmentRoutingRuleRequest'];
    };
    /** @description Voice intelligence (Vi) settings to apply. */
    DepartmentVoiceIntelligenceRequest: {
      /** @description Whether users may pause and resume Vi during a call (default true). */
      allow_pause?: boolean;
      /** @description Whether Vi starts by itself on each call (default true). */
      auto_start?: boolean;
    };
    /** @description A new department, with the office it belongs to, its name and optionally its hours, hold queue and routing. */
    DepartmentCreateRequest: {
      /** @description Name of the department (one line, up to 100 characters). */
      name: string;
      /**
       * Format: int64
       * @description Office the department belongs to.
       */
      office_id: number | string;
      /** @description Free-text description of the department, up to 256 characters. */
      group_description?: string;
      /** @description Whether every call of the department is recorded automatically (off unless set). */
      auto_call_recording?: boolean;
      /**
       * Format: int64
       * @description How long the department's line rings before the no-operators action applies, 10 to 45 seconds (default 30).
       */
      ring_seconds?: number | string;
      /** @description Whether the opening hours below apply; false (Dialpad's default) means the department takes calls around the clock. */
      hours_on?: boolean;
      /** @description Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[];
      /** @description Open spans on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[];
      /** @description Open spans on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[];
      /** @description Open spans on Thursday, as for `monday_hours`. */
      thursday_hours?: string[];
      /** @description Open spans on Friday, as for `monday_hours`. */
      friday_hours?: string[];
      /** @description Open spans on Saturday (closed by default). */
      saturday_hours?: string[];
      /** @description Open spans on Sunday (closed by default). */
      sunday_hours?: string[];
      /** @description Whether and how callers wait in a queue when every operator is busy. */
      hold_queue?: components['schemas']['DepartmentHoldQueueRequest'];
      /** @description How calls are routed while the department is open and while it is closed. */
      routing_options?: components['schemas']['DepartmentRoutingOptionsRequest'];
      /** @description Dialpad's live call transcription and assistance (Vi) for the department. */
      voice_intelligence?: components['schemas']['DepartmentVoiceIntelligenceRequest'];
    };
    /** @description A room (a conference-room phone) acting as an operator. */
    DepartmentOperatorRoom: {
      /**
       * Format: int64
       * @description Id of the room.
       */
      id?: string | null;
      /** @description Name of the room (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Company the room belongs to.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Office the room belongs to.
       */
      office_id?: string | null;
      /** @description Country the room is in. */
      country?: string | null;
      /** @description Address of the picture shown for the room in the Dialpad app. */
      image_url?: string | null;
      /** @description Whether the room uses no paid license. */
      is_free?: boolean | null;
      /** @description Whether the room is taking calls as an operator right now. */
      is_on_duty?: boolean | null;
      /** @description The room's phone numbers, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether the room is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
    };
    /** @description The operators of a department, users and rooms apart. */
    DepartmentOperatorCollection: {
      /** @description Users who are operators. */
      users?: components['schemas']['User'][] | null;
      /** @description Rooms (conference-room phones) that are operators. */
      rooms?: components['schemas']['DepartmentOperatorRoom'][] | null;
    };
    /** @description Who to add as an operator of the department, and in which role. */
    DepartmentOperatorRequest: {
      /**
       * Format: int64
       * @description Id of the user or room to add.
       */
      operator_id: number | string;
      /**
       * @description Whether `operator_id` is a user or a room.
       * @enum {string}
       */
      operator_type: 'room' | 'user';
      /**
       * @description `operator` takes calls; `admin` also manages the department.
       * @default operator
       * @enum {string}
       */
      role?: 'admin' | 'operator';
    };
    /** @description A user or room now acting as an operator of the department. */
    DepartmentOperator: {
      /**
       * Format: int64
       * @description Id of the user or room.
       */
      id?: string | null;
      /** @description Its name (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Company it belongs to.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Office it belongs to.
       */
      office_id?: string | null;
      /** @description Country it is in. */
      country?: string | null;
      /** @description Address of its profile picture. */
      image_url?: string | null;
      /** @description Whether it is taking calls as an operator right now. */
      is_on_duty?: boolean | null;
      /** @description Its phone numbers, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether it is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
    };
    /** @description Which user or room to take off the department. */
    DepartmentRemoveOperatorRequest: {
      /**
       * Format: int64
       * @description Id of the user or room to remove.
       */
      operator_id: number | string;
      /**
       * @description Whether `operator_id` is a user or a room.
       * @enum {string}
       */
      operator_type: 'room' | 'user';
    };
    /** @description The department settings to change; a field left out keeps its value. */
    DepartmentUpdateRequest: {
      /** @description Name of the department (one line, up to 100 characters). */
      name?: string;
      /** @description Free-text description of the department, up to 256 characters. */
      group_description?: string;
      /** @description Whether every call of the department is recorded automatically (off unless set). */
      auto_call_recording?: boolean;
      /**
       * Format: int64
       * @description How long the department's line rings before the no-operators action applies, 10 to 45 seconds (default 30).
       */
      ring_seconds?: number | string;
      /** @description Whether the opening hours below apply; false (Dialpad's default) means the department takes calls around the clock. */
      hours_on?: boolean;
      /** @description Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[];
      /** @description Open spans on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[];
      /** @description Open spans on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[];
      /** @description Open spans on Thursday, as for `monday_hours`. */
      thursday_hours?: string[];
      /** @description Open spans on Friday, as for `monday_hours`. */
      friday_hours?: string[];
      /** @description Open spans on Saturday (closed by default). */
      saturday_hours?: string[];
      /** @description Open spans on Sunday (closed by default). */
      sunday_hours?: string[];
      /** @description Whether and how callers wait in a queue when every operator is busy. */
      hold_queue?: components['schemas']['DepartmentHoldQueueRequest'];
      /** @description How calls are routed while the department is open and while it is closed. */
      routing_options?: components['schemas']['DepartmentRoutingOptionsRequest'];
      /** @description Dialpad's live call transcription and assistance (Vi) for the department. */
      voice_intelligence?: components['schemas']['DepartmentVoiceIntelligenceRequest'];
    };
    /** @description Automatic recording of the call center's calls. The recordings are visible only to the call center's admins. */
    CallCenterAutoCallRecording: {
      /** @description Whether agents may pause and resume the recording during a call (default false). */
      allow_pause_recording?: boolean | null;
      /** @description Whether incoming calls are recorded (default false). */
      call_recording_inbound?: boolean | null;
      /** @description Whether outgoing calls are recorded (default false). */
      call_recording_outbound?: boolean | null;
    };
    /** @description Less common call center settings. */
    CallCenterAdvancedSettings: {
      /** @description Which of the call center's calls are recorded automatically. */
      auto_call_recording?: components['schemas']['CallCenterAutoCallRecording'] | null;
      /**
       * Format: int64
       * @description Seconds an agent gets after a call before the next one rings (default 0).
       */
      max_wrap_up_seconds?: string | null;
    };
    /** @description When supervisors are alerted about the service level. */
    CallCenterAlerts: {
      /**
       * Format: int64
       * @description Alert when the share of calls answered in time falls below this percentage (default 95).
       */
      cc_service_level?: string | null;
      /**
       * Format: int64
       * @description The time, in seconds, within which a call counts as answered in time (default 60).
       */
      cc_service_level_seconds?: string | null;
    };
    /** @description The hold queue of a call center. */
    CallCenterHoldQueue: {
      /** @description Whether a waiting caller may ask to be called back instead (default false). */
      allow_queue_callback?: boolean | null;
      /** @description Whether callers hear how long they are likely to wait (default true). */
      announce_estimated_wait_time?: boolean | null;
      /** @description Whether callers hear their place in the queue (default true; not offered when the longest wait is under 2 minutes). */
      announce_position?: boolean | null;
      /**
       * Format: int64
       * @description Seconds between hold announcements (default 120).
       */
      announcement_interval_seconds?: string | null;
      /**
       * Format: int64
       * @description The longest estimated wait, in minutes, that is announced (default 30).
       */
      estimated_wait_time_max?: string | null;
      /**
       * Format: int64
       * @description How many callers the queue holds at most, 1 to 1000 (default 50).
       */
      max_hold_count?: string | null;
      /**
       * Format: int64
       * @description Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).
       */
      max_hold_seconds?: string | null;
      /** @description Key (`0`-`9`, `*` or `#`) a caller presses to ask for a callback (default `9`). */
      queue_callback_dtmf?: string | null;
      /**
       * Format: int64
       * @description Callback is offered once more than this many calls are waiting (default 5).
       */
      queue_callback_threshold?: string | null;
      /** @description Key (`0`-`9`, `*` or `#`) a caller presses to leave the queue for voicemail (default `*`). */
      queue_escape_dtmf?: string | null;
      /** @description Whether callers already waiting stay in the queue when the call center closes (default false). */
      stay_in_queue_after_closing?: boolean | null;
      /** @description Whether callers are queued even when no agent is available at all (default false). */
      unattended_queue?: boolean | null;
    };
    /** @description Voice intelligence (Vi) settings of a call center. */
    CallCenterVoiceIntelligence: {
      /** @description Whether users may pause and resume Vi during a call (default true). */
      allow_pause?: boolean | null;
      /** @description Whether Vi starts by itself on each call (default true). */
      auto_start?: boolean | null;
    };
    /** @description The routing step a keypad key triggers. */
    CallCenterDtmfOptions: {
      /**
       * @description Kind of routing step.
       * @enum {string|null}
       */
      action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for steps that need one.
       */
      action_target_id?: string | null;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string|null}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
    };
    /** @description One key of a keypad menu and what pressing it does. */
    CallCenterDtmfMapping: {
      /** @description The key, `0` to `9`. */
      input?: string | null;
      /** @description What happens when the caller presses the key. */
      options?: components['schemas']['CallCenterDtmfOptions'] | null;
    };
    /** @description Routing for one state (open or closed) of the call center. */
    CallCenterRoutingRule: {
      /**
       * @description Where a call goes when no operator takes it.
       * @enum {string|null}
       */
      action:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for actions that need one.
       */
      action_target_id?: string | null;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string|null}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /** @description The keypad menu the caller hears. */
      dtmf?: components['schemas']['CallCenterDtmfMapping'][] | null;
      /**
       * @description In what order the operators are rung.
       * @enum {string|null}
       */
      operator_routing?: 'fixedorder' | 'longestidle' | 'mostskilled' | 'random' | 'roundrobin' | 'simultaneous' | null;
      /** @description Whether the operators are rung at all for an incoming call. */
      try_dial_operators: boolean | null;
    };
    /** @description How calls to the call center are routed while it is open and while it is closed. */
    CallCenterRoutingOptions: {
      /** @description Routing during opening hours. */
      open: components['schemas']['CallCenterRoutingRule'] | null;
      /** @description Routing outside opening hours. */
      closed: components['schemas']['CallCenterRoutingRule'] | null;
    };
    /** @description A call center (a queue of agents with its own numbers, hours and service targets). */
    CallCenter: {
      /**
       * Format: int64
       * @description Id of the call center.
       */
      id?: string | null;
      /** @description Name of the call center (one line). */
      name?: string | null;
      /** @description Free-text description of the call center. */
      group_description?: string | null;
      /**
       * Format: int64
       * @description Office the call center belongs to.
       */
      office_id?: string | null;
      /**
       * @description Whether the call center is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
      /**
       * @description Whether the call center is open right now, taking holidays into account.
       * @enum {string|null}
       */
      availability_status?: 'closed' | 'holiday_closed' | 'holiday_open' | 'open' | null;
      /** @description Country the call center is in. */
      country?: string | null;
      /** @description Time zone the opening hours are read in. */
      timezone?: string | null;
      /** @description Numbers that reach the call center, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description What a caller meets first, the keypad menu or ringing operators.
       * @enum {string|null}
       */
      first_action?: 'menu' | 'operators' | null;
      /**
       * @description Where a call goes when no operator is free to take it.
       * @enum {string|null}
       */
      no_operators_action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail'
        | null;
      /**
       * Format: int64
       * @description How long the call center's line rings before the no-operators action applies.
       */
      ring_seconds?: string | null;
      /** @description Whether the opening hours below apply. When false (the default) the call center takes calls around the clock. */
      hours_on?: boolean | null;
      /** @description Opening hours on Monday as pairs of `HH:MM` times, each pair one open span (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18); used when `hours_on` is true. Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[] | null;
      /** @description Opening hours on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[] | null;
      /** @description Opening hours on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[] | null;
      /** @description Opening hours on Thursday, as for `monday_hours`. */
      thursday_hours?: string[] | null;
      /** @description Opening hours on Friday, as for `monday_hours`. */
      friday_hours?: string[] | null;
      /** @description Opening hours on Saturday, as for `monday_hours` (closed by default). */
      saturday_hours?: string[] | null;
      /** @description Opening hours on Sunday, as for `monday_hours` (closed by default). */
      sunday_hours?: string[] | null;
      /** @description Addresses that are emailed when a voicemail is left for the call center. */
      voicemail_notification_emails?: string[] | null;
      /** @description Recording and after-call wrap-up settings. */
      advanced_settings?: components['schemas']['CallCenterAdvancedSettings'] | null;
      /** @description The service-level target below which supervisors are alerted. */
      alerts?: components['schemas']['CallCenterAlerts'] | null;
      /** @description How callers wait in the queue when every operator is busy. */
      hold_queue?: components['schemas']['CallCenterHoldQueue'] | null;
      /** @description Dialpad's live call transcription and assistance (Vi) for the call center. */
      voice_intelligence?: components['schemas']['CallCenterVoiceIntelligence'] | null;
      /** @description How calls are routed while the call center is open and while it is closed. */
      routing_options?: components['schemas']['CallCenterRoutingOptions'] | null;
    };
    /** @description One page of call centers. */
    CallCenterList: {
      /** @description The call centers on this page. */
      items?: components['schemas']['CallCenter'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description Automatic recording of the call center's calls; the recordings are visible only to the call center's admins. */
    CallCenterAutoCallRecordingRequest: {
      /** @description Whether agents may pause and resume the recording during a call (default false). */
      allow_pause_recording?: boolean;
      /** @description Whether incoming calls are recorded (default false). */
      call_recording_inbound?: boolean;
      /** @description Whether outgoing calls are recorded (default false). */
      call_recording_outbound?: boolean;
    };
    /** @description Recording and wrap-up settings to apply to a call center. */
    CallCenterAdvancedSettingsRequest: {
      /** @description Which of the call center's calls to record automatically. */
      auto_call_recording?: components['schemas']['CallCenterAutoCallRecordingRequest'];
      /**
       * Format: int64
       * @description Seconds an agent gets after a call before the next one rings (default 0).
       */
      max_wrap_up_seconds?: number | string;
    };
    /** @description When to alert supervisors about the service level. */
    CallCenterAlertsRequest: {
      /**
       * Format: int64
       * @description Alert when the share of calls answered in time falls below this percentage (default 95).
       */
      cc_service_level?: number | string;
      /**
       * Format: int64
       * @description The time, in seconds, within which a call counts as answered in time (default 60).
       */
      cc_service_level_seconds?: number | string;
    };
    /** @description The hold queue to set on a call center. */
    CallCenterHoldQueueRequest: {
      /** @description Whether a waiting caller may ask to be called back instead (default false). */
      allow_queue_callback?: boolean;
      /** @description Whether callers hear how long they are likely to wait (default true). */
      announce_estimated_wait_time?: boolean;
      /** @description Whether callers hear their place in the queue (default true; not offered when the longest wait is under 2 minutes). */
      announce_position?: boolean;
      /**
       * Format: int64
       * @description Seconds between hold announcements (default 120).
       */
      announcement_interval_seconds?: number | string;
      /**
       * Format: int64
       * @description The longest estimated wait, in minutes, that is announced (default 30).
       */
      estimated_wait_time_max?: number | string;
      /**
       * Format: int64
       * @description How many callers the queue holds at most, 1 to 1000 (default 50).
       */
      max_hold_count?: number | string;
      /**
       * Format: int64
       * @description Longest time a caller waits in the queue, 30 to 18000 seconds (default 900).
       */
      max_hold_seconds?: number | string;
      /** @description Key (`0`-`9`, `*` or `#`) a caller presses to ask for a callback (default `9`). */
      queue_callback_dtmf?: string;
      /**
       * Format: int64
       * @description Callback is offered once more than this many calls are waiting (default 5).
       */
      queue_callback_threshold?: number | string;
      /** @description Key (`0`-`9`, `*` or `#`) a caller presses to leave the queue for voicemail (default `*`). */
      queue_escape_dtmf?: string;
      /** @description Whether callers already waiting stay in the queue when the call center closes (default false). */
      stay_in_queue_after_closing?: boolean;
      /** @description Whether callers are queued even when no agent is available at all (default false). */
      unattended_queue?: boolean;
    };
    /** @description The routing step a keypad key triggers. */
    CallCenterDtmfOptionsRequest: {
      /**
       * @description Kind of routing step.
       * @enum {string}
       */
      action?:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail';
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for steps that need one.
       */
      action_target_id?: number | string;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
    };
    /** @description One key of a keypad menu and what pressing it does. */
    CallCenterDtmfMappingRequest: {
      /** @description The key, `0` to `9`. */
      input?: string;
      /** @description What happens when the caller presses the key. */
      options?: components['schemas']['CallCenterDtmfOptionsRequest'];
    };
    /** @description Routing for one state (open or closed) of the call center. */
    CallCenterRoutingRuleRequest: {
      /**
       * @description Where a call goes when no operator takes it.
       * @enum {string}
       */
      action:
        | 'ai_agent'
        | 'bridge_target'
        | 'call_service_target'
        | 'company_directory'
        | 'department'
        | 'directory'
        | 'disabled'
        | 'extension'
        | 'google_dialogflow'
        | 'last_name_company_directory'
        | 'last_name_directory'
        | 'menu'
        | 'message'
        | 'operator'
        | 'person'
        | 'scripted_ivr'
        | 'voicemail';
      /**
       * Format: int64
       * @description Id of the target the call is sent to, for actions that need one.
       */
      action_target_id?: number | string;
      /**
       * @description Kind of target `action_target_id` names.
       * @enum {string}
       */
      action_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'contact'
        | 'contactgroup'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
      /** @description The keypad menu the caller hears. */
      dtmf?: components['schemas']['CallCenterDtmfMappingRequest'][];
      /**
       * @description In what order the operators are rung.
       * @enum {string}
       */
      operator_routing?: 'fixedorder' | 'longestidle' | 'mostskilled' | 'random' | 'roundrobin' | 'simultaneous';
      /** @description Whether the operators are rung at all for an incoming call. */
      try_dial_operators: boolean;
    };
    /** @description How calls to the call center are to be routed while it is open and while it is closed. */
    CallCenterRoutingOptionsRequest: {
      /** @description Routing during opening hours. */
      open: components['schemas']['CallCenterRoutingRuleRequest'];
      /** @description Routing outside opening hours. */
      closed: components['schemas']['CallCenterRoutingRuleRequest'];
    };
    /** @description Voice intelligence (Vi) settings to apply. */
    CallCenterVoiceIntelligenceRequest: {
      /** @description Whether users may pause and resume Vi during a call (default true). */
      allow_pause?: boolean;
      /** @description Whether Vi starts by itself on each call (default true). */
      auto_start?: boolean;
    };
    /** @description A new call center, with the office it belongs to, its name and optionally its hours, queue, alerts and routing. */
    CallCenterCreateRequest: {
      /** @description Name of the call center (one line, up to 100 characters). */
      name: string;
      /**
       * Format: int64
       * @description Office the call center belongs to.
       */
      office_id: number | string;
      /** @description Free-text description of the call center, up to 256 characters. */
      group_description?: string;
      /**
       * Format: int64
       * @description How long the call center's line rings before the no-operators action applies, 10 to 45 seconds (default 30).
       */
      ring_seconds?: number | string;
      /** @description Whether the opening hours below apply; false (Dialpad's default) means the call center takes calls around the clock. */
      hours_on?: boolean;
      /** @description Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[];
      /** @description Open spans on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[];
      /** @description Open spans on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[];
      /** @description Open spans on Thursday, as for `monday_hours`. */
      thursday_hours?: string[];
      /** @description Open spans on Friday, as for `monday_hours`. */
      friday_hours?: string[];
      /** @description Open spans on Saturday (closed by default). */
      saturday_hours?: string[];
      /** @description Open spans on Sunday (closed by default). */
      sunday_hours?: string[];
      /** @description Recording and after-call wrap-up settings. */
      advanced_settings?: components['schemas']['CallCenterAdvancedSettingsRequest'];
      /** @description The service-level target below which supervisors are alerted. */
      alerts?: components['schemas']['CallCenterAlertsRequest'];
      /** @description How callers wait in the queue when every operator is busy. */
      hold_queue?: components['schemas']['CallCenterHoldQueueRequest'];
      /** @description How calls are routed while the call center is open and while it is closed. */
      routing_options?: components['schemas']['CallCenterRoutingOptionsRequest'];
      /** @description Dialpad's live call transcription and assistance (Vi) for the call center. */
      voice_intelligence?: components['schemas']['CallCenterVoiceIntelligenceRequest'];
    };
    /** @description A room (a conference-room phone) acting as an operator. */
    CallCenterOperatorRoom: {
      /**
       * Format: int64
       * @description Id of the room.
       */
      id?: string | null;
      /** @description Name of the room (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Company the room belongs to.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Office the room belongs to.
       */
      office_id?: string | null;
      /** @description Country the room is in. */
      country?: string | null;
      /** @description Address of the picture shown for the room in the Dialpad app. */
      image_url?: string | null;
      /** @description Whether the room uses no paid license. */
      is_free?: boolean | null;
      /** @description Whether the room is taking calls as an operator right now. */
      is_on_duty?: boolean | null;
      /** @description The room's phone numbers, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether the room is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
    };
    /** @description The operators of a call center, users and rooms apart. */
    CallCenterOperatorCollection: {
      /** @description Users who are operators. */
      users?: components['schemas']['User'][] | null;
      /** @description Rooms (conference-room phones) that are operators. */
      rooms?: components['schemas']['CallCenterOperatorRoom'][] | null;
    };
    /** @description Which user to add to the call center, in which role, and which license to use if one is needed. */
    CallCenterOperatorRequest: {
      /**
       * Format: int64
       * @description Id of the user to add.
       */
      user_id: number | string;
      /**
       * @description The user's role in the call center; `supervisor` and `admin` carry more rights over it than `operator`.
       * @default operator
       * @enum {string}
       */
      role?: 'admin' | 'operator' | 'supervisor';
      /**
       * Format: int64
       * @description The user's skill for this call center, from 1 to 100 (default 100); used when operators are rung by skill (`mostskilled` routing).
       * @default 100
       */
      skill_level?: number | string;
      /**
       * @description Kind of call center license to assign if the user does not already have one.
       * @default agents
       * @enum {string}
       */
      license_type?: 'agents' | 'lite_support_agents';
      /**
       * @description When the user is moved to a support license, whether they keep their phone numbers (each then needs an extra number license).
       * @default true
       */
      keep_paid_numbers?: boolean;
    };
    /** @description A user or room now acting as an operator of the call center. */
    CallCenterOperator: {
      /**
       * Format: int64
       * @description Id of the user or room.
       */
      id?: string | null;
      /** @description Its name (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Company it belongs to.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Office it belongs to.
       */
      office_id?: string | null;
      /** @description Country it is in. */
      country?: string | null;
      /** @description Address of its profile picture. */
      image_url?: string | null;
      /** @description Whether it is taking calls as an operator right now. */
      is_on_duty?: boolean | null;
      /** @description Its phone numbers, E.164. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether it is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
    };
    /** @description Which user to take off the call center. */
    CallCenterRemoveOperatorRequest: {
      /**
       * Format: int64
       * @description Id of the user to remove.
       */
      user_id: number | string;
    };
    /** @description Whether a call center is open. */
    CallCenterAvailability: {
      /** @description `open`, `closed`, `holiday_open` or `holiday_closed` (a plain string in Dialpad's description, not an enum). */
      status: string | null;
      /** @description A label for the state, such as the name of the holiday in force (one line). */
      name?: string | null;
    };
    /** @description The live state of a call center. */
    CallCenterStatus: {
      /** @description Whether the call center is open right now. */
      availability: components['schemas']['CallCenterAvailability'] | null;
      /**
       * Format: int64
       * @description Operators free to take a call right now.
       */
      capacity: string | null;
      /**
       * Format: int64
       * @description Operators on duty right now.
       */
      on_duty_operators: string | null;
      /**
       * Format: int64
       * @description Callers waiting on hold.
       */
      pending: string | null;
      /**
       * Format: int64
       * @description Seconds the longest-waiting caller has been in the queue.
       */
      longest_call_wait_time: string | null;
    };
    /** @description The call center settings to change; a field left out keeps its value. */
    CallCenterUpdateRequest: {
      /** @description Name of the call center (one line, up to 100 characters). */
      name?: string;
      /** @description Free-text description of the call center, up to 256 characters. */
      group_description?: string;
      /**
       * Format: int64
       * @description How long the call center's line rings before the no-operators action applies, 10 to 45 seconds (default 30).
       */
      ring_seconds?: number | string;
      /** @description Whether the opening hours below apply; false (Dialpad's default) means the call center takes calls around the clock. */
      hours_on?: boolean;
      /** @description Open spans on Monday as pairs of `HH:MM` times (`["08:00", "12:00", "14:00", "18:00"]` is 8 to 12 and 14 to 18), used when `hours_on` is true. Dialpad's default is 08:00 to 18:00. */
      monday_hours?: string[];
      /** @description Open spans on Tuesday, as for `monday_hours`. */
      tuesday_hours?: string[];
      /** @description Open spans on Wednesday, as for `monday_hours`. */
      wednesday_hours?: string[];
      /** @description Open spans on Thursday, as for `monday_hours`. */
      thursday_hours?: string[];
      /** @description Open spans on Friday, as for `monday_hours`. */
      friday_hours?: string[];
      /** @description Open spans on Saturday (closed by default). */
      saturday_hours?: string[];
      /** @description Open spans on Sunday (closed by default). */
      sunday_hours?: string[];
      /** @description Recording and after-call wrap-up settings. */
      advanced_settings?: components['schemas']['CallCenterAdvancedSettingsRequest'];
      /** @description The service-level target below which supervisors are alerted. */
      alerts?: components['schemas']['CallCenterAlertsRequest'];
      /** @description How callers wait in the queue when every operator is busy. */
      hold_queue?: components['schemas']['CallCenterHoldQueueRequest'];
      /** @description How calls are routed while the call center is open and while it is closed. */
      routing_options?: components['schemas']['CallCenterRoutingOptionsRequest'];
      /** @description Dialpad's live call transcription and assistance (Vi) for the call center. */
      voice_intelligence?: components['schemas']['CallCenterVoiceIntelligenceRequest'];
    };
    /** @description Whether a call-center operator is on duty, and their current status. */
    CallCenterDutyStatus: {
      /**
       * Format: int64
       * @description Id of the operator (a user).
       */
      user_id?: string | null;
      /** @description Whether the operator is on duty. */
      on_duty?: boolean | null;
      /**
       * @description What the operator is doing right now, as the queue sees it.
       * @enum {string|null}
       */
      on_duty_status?:
        'available' | 'busy' | 'occupied' | 'occupied-end' | 'unavailable' | 'wrapup' | 'wrapup-end' | null;
      /**
       * Format: int64
       * @description When the operator last became available for call-center calls, in milliseconds since the epoch (UTC).
       */
      on_duty_started?: string | null;
      /** @description The reason given for the current status (one line), such as an off-duty reason. */
      duty_status_reason?: string | null;
      /**
       * Format: int64
       * @description When the current status began, in milliseconds since the epoch (UTC).
       */
      duty_status_started?: string | null;
      /**
       * @description While occupied, whether with a call or a digital (messaging) session.
       * @enum {string|null}
       */
      session_type?: 'call' | 'digital' | null;
    };
    /** @description On duty or off duty, and why. */
    CallCenterDutyStatusUpdateRequest: {
      /** @description True to put the operator on duty, false to take them off duty. */
      on_duty: boolean;
      /** @description The reason (one line), typically one of the office's off-duty reasons. */
      duty_status_reason?: string;
    };
    /** @description An operator's skill level in one call center. */
    CallCenterSkillLevel: {
      /**
       * Format: int64
       * @description Id of the call center.
       */
      call_center_id?: string | null;
      /**
       * Format: int64
       * @description Id of the operator (a user).
       */
      user_id?: string | null;
      /**
       * Format: int64
       * @description The skill level, 0 to 100.
       */
      skill_level?: string | null;
    };
    /** @description The skill level to give an operator in the call center. */
    CallCenterSkillLevelUpdateRequest: {
      /**
       * Format: int64
       * @description The new skill level, a whole number from 0 to 100.
       */
      skill_level: number | string;
    };
    /** @description An agent group, a named set of call-center agents in an office. */
    AgentGroup: {
      /** @description Id of the agent group (a string, not a number). */
      id: string | null;
      /** @description Name of the agent group, unique in the company. */
      name: string | null;
      /** @description Free-text description of the agent group. */
      group_description?: string | null;
      /** @description Office the agent group belongs to (a string here). */
      office_id: string | null;
      /**
       * Format: int64
       * @description When the agent group was created, in milliseconds since the epoch.
       */
      created_at: string | null;
      /**
       * Format: int64
       * @description When the agent group was last changed, in milliseconds since the epoch.
       */
      updated_at?: string | null;
    };
    /** @description A sub-code under a disposition code. */
    DispositionSubDisposition: {
      /** @description The sub-code (one line). */
      name?: string | null;
      /** @description Which calls it applies to (`everything`, `inbound` or `outbound`; a free string in Dialpad's description). */
      usage?: string | null;
    };
    /** @description One top-level code of a disposition set, with its sub-codes. */
    DispositionFormatted: {
      /** @description The code (one line). */
      name?: string | null;
      /**
       * @description Which calls the code applies to.
       * @enum {string|null}
       */
      usage?: 'everything' | 'inbound' | 'outbound' | null;
      /** @description Its sub-codes. */
      dispositions?: components['schemas']['DispositionSubDisposition'][] | null;
    };
    /** @description A disposition set, the wrap-up codes agents pick after a call (optionally with sub-codes), and the targets it is assigned to. */
    Disposition: {
      /**
       * Format: int64
       * @description Id of the disposition set.
       */
      id?: string | null;
      /** @description Name of the disposition set (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Office the set belongs to.
       */
      office_id?: string | null;
      /**
       * Format: date-time
       * @description When the set was last changed.
       */
      date_modified?: string | null;
      /** @description The codes as a tree. Each key is a code; its value holds `~usage` (`everything`, `inbound` or `outbound`, the calls it applies to) and, keyed by name, its sub-codes in the same form. */
      dispositions?: Record<string, never> | null;
      /** @description The same codes as a list, each with its sub-codes. */
      formatted_dispositions?: components['schemas']['DispositionFormatted'][] | null;
      /** @description The targets (such as call centers) the set is assigned to; Dialpad does not describe their fields. */
      targets?: Record<string, never>[] | null;
    };
    /** @description One page of disposition sets. */
    DispositionList: {
      /** @description The disposition sets on this page. */
      items?: components['schemas']['Disposition'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description A new disposition set for an office. */
    DispositionCreateRequest: {
      /** @description Name of the disposition set (one line). */
      name: string;
      /**
       * Format: int64
       * @description Office the set belongs to.
       */
      office_id: number | string;
      /** @description The codes as a tree. Each key is a code; its value holds `~usage` (`everything`, `inbound` or `outbound`) and, keyed by name, its sub-codes in the same form. */
      dispositions?: Record<string, never>;
    };
    /** @description What to change in a disposition set: its name, its codes, or (with `action`) one target it is assigned to. */
    DispositionUpdateRequest: {
      /** @description New name of the set (one line). */
      name?: string;
      /** @description The new codes, in the same tree form as when creating a set. */
      dispositions?: Record<string, never>;
      /**
       * @description Assign the set to the target named by `target_id` and `target_type`, or take it off.
       * @enum {string}
       */
      action?: 'add_target' | 'remove_target';
      /**
       * Format: int64
       * @description Id of the target to assign the set to or take it off.
       */
      target_id?: number | string;
      /**
       * @description What kind of target `target_id` names.
       * @enum {string}
       */
      target_type?: 'callcenter' | 'coachinggroup' | 'coachingteam' | 'unknown';
    };
    /** @description How events sent to an endpoint are signed. */
    WebhookSignature: {
      /** @description Hashing algorithm used for the signature, e.g. `HS256`. */
      algo?: string | null;
      /** @description The shared secret the payload is signed with (one line). */
      secret?: string | null;
      /** @description Kind of signed token the event is wrapped in, e.g. `jwt`. */
      type?: string | null;
    };
    /** @description An HTTPS URL of yours that Dialpad posts events to. */
    Webhook: {
      /**
       * Format: int64
       * @description The webhook's id; give it as `endpoint_id` when creating subscriptions.
       */
      id?: string | null;
      /** @description The URL events are posted to. */
      hook_url?: string | null;
      /** @description Signing settings; null when no secret was set and events go unsigned. */
      signature?: components['schemas']['WebhookSignature'] | null;
    };
    /** @description One page of webhooks. */
    WebhookList: {
      /** @description The webhooks on this page. */
      items?: components['schemas']['Webhook'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    CreateWebhookRequest: {
      /** @description The URL Dialpad should post events to. */
      hook_url: string;
      /** @description Optional one-line secret; when set, events are sent as JWTs signed with it (HS256). */
      secret?: string;
    };
    UpdateWebhookRequest: {
      /** @description New URL to post events to. */
      hook_url?: string;
      /** @description New one-line signing secret. */
      secret?: string;
    };
    /** @description A websocket endpoint through which Dialpad pushes events to a connected client. */
    Websocket: {
      /**
       * Format: int64
       * @description The websocket's id; give it as `endpoint_id` when creating subscriptions.
       */
      id?: string | null;
      /** @description Address to connect to in order to receive events; it expires after about an hour, fetch the websocket again for a new one. */
      websocket_url?: string | null;
      /** @description Signing settings; null when no secret was set and events go unsigned. */
      signature?: components['schemas']['WebhookSignature'] | null;
    };
    /** @description One page of websockets. */
    WebsocketList: {
      /** @description The websockets on this page. */
      items?: components['schemas']['Websocket'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    CreateWebsocketRequest: {
      /** @description Optional one-line secret; when set, events are sent as JWTs signed with it (HS256). */
      secret?: string;
    };
    UpdateWebsocketRequest: {
      /** @description New one-line signing secret. */
      secret?: string;
    };
    /**
     * @description The kind of Dialpad entity an event subscription is narrowed to.
     * @enum {string}
     */
    SubscriptionTargetType:
      | 'callcenter'
      | 'callrouter'
      | 'channel'
      | 'coachinggroup'
      | 'coachingteam'
      | 'department'
      | 'office'
      | 'room'
      | 'staffgroup'
      | 'unknown'
      | 'user';
    /**
     * @description A call state (or call-related happening) that triggers a call event; `all` stands for every state.
     * @enum {string}
     */
    CallSubscriptionState:
      | 'admin'
      | 'admin_recording'
      | 'ai_playbook'
      | 'all'
      | 'barge'
      | 'blocked'
      | 'call_transcription'
      | 'calling'
      | 'connected'
      | 'csat'
      | 'dispositions'
      | 'hangup'
      | 'hold'
      | 'merged'
      | 'missed'
      | 'monitor'
      | 'parked'
      | 'pcsat'
      | 'postcall'
      | 'preanswer'
      | 'queued'
      | 'recap_action_items'
      | 'recap_outcome'
      | 'recap_purposes'
      | 'recap_summary'
      | 'recording'
      | 'ringing'
      | 'takeover'
      | 'transcription'
      | 'voicemail'
      | 'voicemail_uploaded';
    /** @description A rule that sends call events to a webhook or websocket. */
    CallSubscription: {
      /**
       * Format: int64
       * @description The subscription's id.
       */
      id?: string | null;
      /** @description Call states that trigger an event. */
      call_states?: components['schemas']['CallSubscriptionState'][] | null;
      /**
       * @description Whether events are currently being sent.
       * @default true
       */
      enabled?: boolean | null;
      /** @description Whether only group calls (e.g. to a call center or department) trigger events. */
      group_calls_only?: boolean | null;
      /** @description Kind of entity the subscription is narrowed to; null for the whole company. */
      target_type?: components['schemas']['SubscriptionTargetType'] | null;
      /**
       * Format: int64
       * @description Id of the entity the subscription is narrowed to.
       */
      target_id?: string | null;
      /** @description The webhook events are posted to, when the endpoint is a webhook. */
      webhook?: components['schemas']['Webhook'] | null;
      /** @description The websocket events are pushed through, when the endpoint is a websocket. */
      websocket?: components['schemas']['Websocket'] | null;
    };
    /** @description One page of call event subscriptions. */
    CallSubscriptionList: {
      /** @description The subscriptions on this page. */
      items?: components['schemas']['CallSubscription'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    CreateCallSubscriptionRequest: {
      /**
       * Format: int64
       * @description Id of the webhook or websocket that should receive the events.
       */
      endpoint_id?: number | string;
      /** @description Call states that should trigger an event. */
      call_states?: components['schemas']['CallSubscriptionState'][];
      /**
       * @description Whether to start sending events right away.
       * @default true
       */
      enabled?: boolean;
      /** @description Send events for group calls only. */
      group_calls_only?: boolean;
      target_type?: components['schemas']['SubscriptionTargetType'];
      /**
       * Format: int64
       * @description Id of the entity to narrow the subscription to (with `target_type`).
       */
      target_id?: number | string;
    };
    UpdateCallSubscriptionRequest: {
      /**
       * Format: int64
       * @description Id of a webhook or websocket to move the subscription to.
       */
      endpoint_id?: number | string;
      /** @description The new set of call states that trigger an event. */
      call_states?: components['schemas']['CallSubscriptionState'][];
      /**
       * @description Turn event delivery on or off.
       * @default true
       */
      enabled?: boolean;
      /** @description Send events for group calls only. */
      group_calls_only?: boolean;
      target_type?: components['schemas']['SubscriptionTargetType'];
      /**
       * Format: int64
       * @description Id of the entity to narrow the subscription to (with `target_type`).
       */
      target_id?: number | string;
    };
    /**
     * @description Which text messages produce SMS events, by direction.
     * @enum {string}
     */
    SmsSubscriptionDirection: 'all' | 'inbound' | 'outbound';
    /** @description A rule that sends SMS events to a webhook or websocket. */
    SmsSubscription: {
      /**
       * Format: int64
       * @description The subscription's id.
       */
      id?: string | null;
      /** @description Which messages trigger events, by direction. */
      direction?: components['schemas']['SmsSubscriptionDirection'] | null;
      /**
       * @description Whether events are currently being sent.
       * @default true
       */
      enabled?: boolean | null;
      /**
       * @description Whether messages between two users of the same company also trigger events.
       * @default false
       */
      include_internal?: boolean | null;
      /**
       * @description Whether each delivery-status change of a message also triggers an event.
       * @default false
       */
      status?: boolean | null;
      /** @description Kind of entity the subscription is narrowed to; null for the whole company. */
      target_type?: components['schemas']['SubscriptionTargetType'] | null;
      /**
       * Format: int64
       * @description Id of the entity the subscription is narrowed to.
       */
      target_id?: string | null;
      /** @description The webhook events are posted to, when the endpoint is a webhook. */
      webhook?: components['schemas']['Webhook'] | null;
      /** @description The websocket events are pushed through, when the endpoint is a websocket. */
      websocket?: components['schemas']['Websocket'] | null;
    };
    /** @description One page of SMS event subscriptions. */
    SmsSubscriptionList: {
      /** @description The subscriptions on this page. */
      items?: components['schemas']['SmsSubscription'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    CreateSmsSubscriptionRequest: {
      /**
       * Format: int64
       * @description Id of the webhook or websocket that should receive the events.
       */
      endpoint_id?: number | string;
      direction: components['schemas']['SmsSubscriptionDirection'];
      /**
       * @description Whether to start sending events right away.
       * @default true
       */
      enabled?: boolean;
      /**
       * @description Also send events for messages between two users of the same company.
       * @default false
       */
      include_internal?: boolean;
      /**
       * @description Also send an event for each delivery-status change of a message.
       * @default false
       */
      status?: boolean;
      target_type?: components['schemas']['SubscriptionTargetType'];
      /**
       * Format: int64
       * @description Id of the entity to narrow the subscription to (with `target_type`).
       */
      target_id?: number | string;
    };
    UpdateSmsSubscriptionRequest: {
      /**
       * Format: int64
       * @description Id of a webhook or websocket to move the subscription to.
       */
      endpoint_id?: number | string;
      direction?: components['schemas']['SmsSubscriptionDirection'];
      /**
       * @description Turn event delivery on or off.
       * @default true
       */
      enabled?: boolean;
      /**
       * @description Also send events for messages between two users of the same company.
       * @default false
       */
      include_internal?: boolean;
      /**
       * @description Also send an event for each delivery-status change of a message.
       * @default false
       */
      status?: boolean;
      target_type?: components['schemas']['SubscriptionTargetType'];
      /**
       * Format: int64
       * @description Id of the entity to narrow the subscription to (with `target_type`).
       */
      target_id?: number | string;
    };
    /**
     * @description Which contacts produce contact events: `shared` (the company's shared address book) or `local` (users' own contacts).
     * @enum {string}
     */
    ContactSubscriptionType: 'local' | 'shared';
    /** @description A rule that sends contact events to a webhook or websocket. */
    ContactSubscription: {
      /**
       * Format: int64
       * @description The subscription's id.
       */
      id?: string | null;
      /** @description Which contacts trigger events. */
      contact_type?: components['schemas']['ContactSubscriptionType'] | null;
      /**
       * @description Whether events are currently being sent.
       * @default true
       */
      enabled?: boolean | null;
      /** @description The webhook events are posted to, when the endpoint is a webhook. */
      webhook?: components['schemas']['Webhook'] | null;
      /** @description The websocket events are pushed through, when the endpoint is a websocket. */
      websocket?: components['schemas']['Websocket'] | null;
    };
    /** @description One page of contact event subscriptions. */
    ContactSubscriptionList: {
      /** @description The subscriptions on this page. */
      items?: components['schemas']['ContactSubscription'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    CreateContactSubscriptionRequest: {
      /**
       * Format: int64
       * @description Id of the webhook or websocket that should receive the events.
       */
      endpoint_id?: number | string;
      contact_type: components['schemas']['ContactSubscriptionType'];
      /**
       * @description Whether to start sending events right away.
       * @default true
       */
      enabled?: boolean;
    };
    UpdateContactSubscriptionRequest: {
      /**
       * Format: int64
       * @description Id of a webhook or websocket to move the subscription to.
       */
      endpoint_id?: number | string;
      contact_type: components['schemas']['ContactSubscriptionType'];
      /**
       * @description Turn event delivery on or off.
       * @default true
       */
      enabled?: boolean;
    };
    /**
     * @description Which agents produce agent status events; only call center agents are supported.
     * @enum {string}
     */
    AgentStatusSubscriptionAgentType: 'callcenter';
    /** @description A rule that sends call center agents' status changes to a webhook or websocket. */
    AgentStatusSubscription: {
      /**
       * Format: int64
       * @description The subscription's id.
       */
      id?: string | null;
      /** @description Which agents trigger events. */
      agent_type: components['schemas']['AgentStatusSubscriptionAgentType'] | null;
      /**
       * @description Whether events are currently being sent.
       * @default true
       */
      enabled?: boolean | null;
      /** @description The webhook events are posted to, when the endpoint is a webhook. */
      webhook?: components['schemas']['Webhook'] | null;
      /** @description The websocket events are pushed through, when the endpoint is a websocket. */
      websocket?: components['schemas']['Websocket'] | null;
    };
    /** @description One page of agent status event subscriptions. */
    AgentStatusSubscriptionList: {
      /** @description The subscriptions on this page. */
      items?: components['schemas']['AgentStatusSubscription'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    AgentStatusSubscriptionCreateRequest: {
      /**
       * Format: int64
       * @description Id of the webhook or websocket that should receive the events.
       */
      endpoint_id?: number | string;
      agent_type: components['schemas']['AgentStatusSubscriptionAgentType'];
      /**
       * @description Whether to start sending events right away.
       * @default true
       */
      enabled?: boolean;
    };
    AgentStatusSubscriptionUpdateRequest: {
      /**
       * Format: int64
       * @description Id of a webhook or websocket to move the subscription to.
       */
      endpoint_id?: number | string;
      /**
       * @description Which agents trigger events; only `callcenter` is supported.
       * @default callcenter
       * @enum {string}
       */
      agent_type?: 'callcenter';
      /**
       * @description Turn event delivery on or off.
       * @default true
       */
      enabled?: boolean;
    };
    /** @description A rule that sends the company's change log events to a webhook or websocket. */
    ChangelogSubscription: {
      /**
       * Format: int64
       * @description The subscription's id.
       */
      id?: string | null;
      /**
       * @description Whether events are currently being sent.
       * @default true
       */
      enabled?: boolean | null;
      /** @description The webhook events are posted to, when the endpoint is a webhook. */
      webhook?: components['schemas']['Webhook'] | null;
      /** @description The websocket events are pushed through, when the endpoint is a websocket. */
      websocket?: components['schemas']['Websocket'] | null;
    };
    /** @description One page of change log event subscriptions. */
    ChangelogSubscriptionList: {
      /** @description The subscriptions on this page. */
      items?: components['schemas']['ChangelogSubscription'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    ChangelogSubscriptionCreateRequest: {
      /**
       * Format: int64
       * @description Id of the webhook or websocket that should receive the events.
       */
      endpoint_id?: number | string;
      /**
       * @description Whether to start sending events right away.
       * @default true
       */
      enabled?: boolean;
    };
    ChangelogSubscriptionUpdateRequest: {
      /**
       * Format: int64
       * @description Id of a webhook or websocket to move the subscription to.
       */
      endpoint_id?: number | string;
      /**
       * @description Turn event delivery on or off.
       * @default true
       */
      enabled?: boolean;
    };
    /**
     * @description Which channel messages produce channel events, by direction.
     * @enum {string}
     */
    ChannelSubscriptionDirection: 'all' | 'inbound' | 'outbound';
    /** @description A rule that sends the messages of one Dialpad channel to a webhook or websocket. */
    ChannelSubscription: {
      /**
       * Format: int64
       * @description The subscription's id.
       */
      id: string | null;
      /** @description Which messages trigger events, by direction. */
      direction: components['schemas']['ChannelSubscriptionDirection'] | null;
      /**
       * @description Whether events are currently being sent.
       * @default true
       */
      enabled?: boolean | null;
      /**
       * Format: int64
       * @description Id of the channel whose messages are sent.
       */
      target_id: string | null;
      /** @description The webhook events are posted to, when the endpoint is a webhook. */
      webhook: components['schemas']['Webhook'] | null;
      /** @description The websocket events are pushed through, when the endpoint is a websocket. */
      websocket: components['schemas']['Websocket'] | null;
    };
    /** @description One page of channel event subscriptions. */
    ChannelSubscriptionList: {
      /** @description The subscriptions on this page. */
      items: components['schemas']['ChannelSubscription'][] | null;
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      cursor: string | null;
    };
    ChannelSubscriptionCreateRequest: {
      /**
       * Format: int64
       * @description Id of the webhook or websocket that should receive the events.
       */
      endpoint_id: number | string;
      direction: components['schemas']['ChannelSubscriptionDirection'];
      /**
       * @description Whether to start sending events right away.
       * @default true
       */
      enabled?: boolean;
      /**
       * Format: int64
       * @description Id of the Dialpad channel whose messages should be sent.
       */
      target_id: number | string;
    };
    ChannelSubscriptionUpdateRequest: {
      /**
       * Format: int64
       * @description Id of a webhook or websocket to move the subscription to.
       */
      endpoint_id?: number | string;
      direction?: components['schemas']['ChannelSubscriptionDirection'];
      /** @description Turn event delivery on or off. */
      enabled?: boolean;
      /**
       * Format: int64
       * @description Id of another channel to follow instead.
       */
      target_id?: number | string;
    };
    /**
     * @description Which faxes produce fax events, by direction.
     * @enum {string}
     */
    FaxSubscriptionDirection: 'all' | 'inbound' | 'outbound';
    /**
     * @description The kind of Dialpad entity a fax event subscription can be narrowed to.
     * @enum {string}
     */
    FaxSubscriptionTargetType: 'callcenter' | 'department' | 'office' | 'unknown' | 'user';
    /** @description A rule that sends fax events to a webhook or websocket. */
    FaxSubscription: {
      /**
       * Format: int64
       * @description The subscription's id.
       */
      id?: string | null;
      /** @description Which faxes trigger events, by direction. */
      direction?: components['schemas']['FaxSubscriptionDirection'] | null;
      /**
       * @description Whether events are currently being sent.
       * @default true
       */
      enabled?: boolean | null;
      /**
       * @description Whether each status change of a fax also triggers an event.
       * @default false
       */
      status?: boolean | null;
      /** @description Kind of entity the subscription is narrowed to; null for the whole company. */
      target_type?: components['schemas']['FaxSubscriptionTargetType'] | null;
      /**
       * Format: int64
       * @description Id of the entity the subscription is narrowed to.
       */
      target_id?: string | null;
      /** @description The webhook events are posted to, when the endpoint is a webhook. */
      webhook?: components['schemas']['Webhook'] | null;
      /** @description The websocket events are pushed through, when the endpoint is a websocket. */
      websocket?: components['schemas']['Websocket'] | null;
    };
    /** @description One page of fax event subscriptions. */
    FaxSubscriptionList: {
      /** @description The subscriptions on this page. */
      items?: components['schemas']['FaxSubscription'][] | null;
      /** @description Pass as `cursor` to get the next page; absent or null on the last page. */
      cursor?: string | null;
    };
    FaxSubscriptionCreateRequest: {
      /**
       * Format: int64
       * @description Id of the webhook or websocket that should receive the events.
       */
      endpoint_id?: number | string;
      direction: components['schemas']['FaxSubscriptionDirection'];
      /**
       * @description Whether to start sending events right away.
       * @default true
       */
      enabled?: boolean;
      /**
       * @description Also send an event for each status change of a fax.
       * @default false
       */
      status?: boolean;
      target_type?: components['schemas']['FaxSubscriptionTargetType'];
      /**
       * Format: int64
       * @description Id of the entity to narrow the subscription to (with `target_type`).
       */
      target_id?: number | string;
    };
    FaxSubscriptionUpdateRequest: {
      /**
       * Format: int64
       * @description Id of a webhook or websocket to move the subscription to.
       */
      endpoint_id?: number | string;
      direction?: components['schemas']['FaxSubscriptionDirection'];
      /** @description Turn event delivery on or off. */
      enabled?: boolean;
      /** @description Also send an event for each status change of a fax. */
      status?: boolean;
      target_type?: components['schemas']['FaxSubscriptionTargetType'];
      /**
       * Format: int64
       * @description Id of the entity to narrow the subscription to (with `target_type`).
       */
      target_id?: number | string;
    };
    /** @description What the report should contain and which period and scope it covers. */
    CreateStatsRequest: {
      /**
       * @description Which kind of activity to report on. `csat` and `dispositions` need `target_id` and `target_type`.
       * @enum {string}
       */
      stat_type: 'calls' | 'csat' | 'dispositions' | 'onduty' | 'recordings' | 'screenshare' | 'texts' | 'voicemails';
      /**
       * @description `stats` for totals, `records` for one row per record. `csat` and `dispositions` only come as `records`.
       * @enum {string}
       */
      export_type: 'records' | 'stats';
      /**
       * @description For `calls` only: one row per user per day (`user`, the default), totals per day (`date`), or per department and call center (`group`, for an office only).
       * @enum {string}
       */
      group_by?: 'date' | 'group' | 'user';
      /**
       * Format: int64
       * @description First day of the period, counted in days back from today (used with `days_ago_end`).
       * @default 1
       */
      days_ago_start?: number | string;
      /**
       * Format: int64
       * @description Last day of the period, counted in days back from today (used with `days_ago_start`).
       * @default 30
       */
      days_ago_end?: number | string;
      /** @description Report on today only; `days_ago_start` and `days_ago_end` are then ignored. */
      is_today?: boolean;
      /**
       * Format: int64
       * @description Limit the report to this office (ignored when a target is given).
       */
      office_id?: number | string;
      /**
       * Format: int64
       * @description Limit the report to this target (give `target_type` too).
       */
      target_id?: number | string;
      /**
       * @description Kind of target `target_id` names.
       * @enum {string}
       */
      target_type?:
        | 'callcenter'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
      /** @description Report on the trainees of the coaching group given as the target. */
      coaching_group?: boolean;
      /** @description Report on the trainees of the coaching team given as the target. */
      coaching_team?: boolean;
      /**
       * @description Time zone (tz database name, such as `Europe/Paris`) the days are counted in.
       * @default UTC
       */
      timezone?: string;
    };
    /** @description A statistics report that was started. */
    StatsJob: {
      /** @description Id of the report job; pass it to `stats.get`. */
      request_id?: string | null;
      /** @description Whether the job had already begun processing when the answer was sent. */
      already_started?: boolean | null;
    };
    /** @description The progress of a statistics report and, when done, where its file is. */
    StatsResult: {
      /**
       * @description Where the job is.
       * @enum {string|null}
       */
      status?: 'complete' | 'failed' | 'processing' | null;
      /** @description Address of the finished report file. */
      download_url?: string | null;
      /** @description Format of the report file, such as `csv`. */
      file_type?: string | null;
    };
    /** @description The activity a row of metrics is about. */
    WfmActivityType: {
      /** @description The activity's name. */
      name?: string | null;
      /** @description Whether the activity is a `task` or a `break`. */
      type?: string | null;
    };
    /** @description The period a row of metrics covers. */
    WfmTimeInterval: {
      /**
       * Format: date-time
       * @description Start of the period (included).
       */
      start?: string | null;
      /**
       * Format: date-time
       * @description End of the period (excluded).
       */
      end?: string | null;
    };
    /** @description Time spent in one state, as a share of the period and in seconds. */
    WfmStatusTime: {
      /**
       * Format: double
       * @description Share of the period, between 0 and 1.
       */
      percentage?: number | null;
      /**
       * Format: int64
       * @description Seconds spent in the state.
       */
      seconds?: string | null;
    };
    /** @description An agent's metrics for one activity over one interval. */
    WfmActivityMetrics: {
      /** @description The activity. */
      activity?: components['schemas']['WfmActivityType'] | null;
      /** @description The period covered. */
      interval?: components['schemas']['WfmTimeInterval'] | null;
      /**
       * Format: double
       * @description How closely the agent kept to their schedule, in percent.
       */
      adherence_score?: number | null;
      /**
       * Format: double
       * @description Average minutes per conversation.
       */
      average_conversation_time?: number | null;
      /**
       * Format: double
       * @description Average minutes per interaction.
       */
      average_interaction_time?: number | null;
      /**
       * Format: int64
       * @description Conversations closed in the period.
       */
      conversations_closed?: string | null;
      /**
       * Format: double
       * @description Conversations closed per hour.
       */
      conversations_closed_per_hour?: number | null;
      /**
       * Format: int64
       * @description Conversations commented on in the period.
       */
      conversations_commented_on?: string | null;
      /**
       * Format: int64
       * @description Conversations put on hold in the period.
       */
      conversations_on_hold?: string | null;
      /**
       * Format: int64
       * @description Conversations opened in the period.
       */
      conversations_opened?: string | null;
      /**
       * Format: double
       * @description Hours scheduled for this activity.
       */
      scheduled_hours?: number | null;
      /** @description Time the agent kept to their schedule. */
      time_in_adherence?: components['schemas']['WfmStatusTime'] | null;
      /** @description Time covered by an adherence exception. */
      time_in_exception?: components['schemas']['WfmStatusTime'] | null;
      /**
       * Format: double
       * @description Share of the time spent on task, between 0 and 1.
       */
      time_on_task?: number | null;
      /** @description Time the agent did not keep to their schedule. */
      time_out_of_adherence?: components['schemas']['WfmStatusTime'] | null;
      /**
       * Format: int64
       * @description How many times the agent was seen working on the wrong task.
       */
      wrong_task_snapshots?: string | null;
    };
    /** @description One page of activity metrics. */
    WfmActivityMetricsList: {
      /** @description The rows on this page. */
      items: components['schemas']['WfmActivityMetrics'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description The agent a row of metrics is about. */
    WfmAgentInfo: {
      /** @description The agent's display name. */
      name?: string | null;
      /** @description The agent's email address. */
      email?: string | null;
    };
    /** @description An occupancy figure, as a share and as seconds lost. */
    WfmOccupancy: {
      /**
       * Format: double
       * @description The occupancy, between 0 and 1.
       */
      percentage?: number | null;
      /**
       * Format: int64
       * @description Seconds lost.
       */
      seconds_lost?: string | null;
    };
    /** @description Time spent in each Dialpad status. */
    WfmTimeInStatus: {
      /** @description Time available. */
      available?: components['schemas']['WfmStatusTime'] | null;
      /** @description Time busy. */
      busy?: components['schemas']['WfmStatusTime'] | null;
      /** @description Time occupied. */
      occupied?: components['schemas']['WfmStatusTime'] | null;
      /** @description Time unavailable. */
      unavailable?: components['schemas']['WfmStatusTime'] | null;
      /** @description Time in wrap-up. */
      wrapup?: components['schemas']['WfmStatusTime'] | null;
    };
    /** @description An agent's performance metrics over one interval. */
    WfmAgentMetrics: {
      /** @description The agent. */
      agent?: components['schemas']['WfmAgentInfo'] | null;
      /** @description The period covered. */
      interval?: components['schemas']['WfmTimeInterval'] | null;
      /** @description The agent's actual occupancy. */
      actual_occupancy?: components['schemas']['WfmOccupancy'] | null;
      /** @description The agent's planned occupancy. */
      planned_occupancy?: components['schemas']['WfmOccupancy'] | null;
      /** @description How available the agent was in Dialpad. */
      dialpad_availability?: components['schemas']['WfmOccupancy'] | null;
      /** @description Time spent in each Dialpad status. */
      dialpad_time_in_status?: components['schemas']['WfmTimeInStatus'] | null;
      /**
       * Format: double
       * @description How closely the agent kept to their schedule, in percent.
       */
      adherence_score?: number | null;
      /**
       * Format: double
       * @description Conversations closed per hour.
       */
      conversations_closed_per_hour?: number | null;
      /**
       * Format: double
       * @description Conversations closed per hour of service.
       */
      conversations_closed_per_service_hour?: number | null;
      /**
       * Format: double
       * @description The agent's occupancy, between 0 and 1.
       */
      occupancy?: number | null;
      /**
       * Format: double
       * @description Hours the agent was scheduled for.
       */
      scheduled_hours?: number | null;
      /** @description Time the agent kept to their schedule. */
      time_in_adherence?: components['schemas']['WfmStatusTime'] | null;
      /** @description Time covered by an adherence exception. */
      time_in_exception?: components['schemas']['WfmStatusTime'] | null;
      /**
       * Format: double
       * @description Share of the time spent on task, between 0 and 1.
       */
      time_on_task?: number | null;
      /** @description Time the agent did not keep to their schedule. */
      time_out_of_adherence?: components['schemas']['WfmStatusTime'] | null;
      /**
       * Format: int64
       * @description Conversations the agent closed in the period.
       */
      total_conversations_closed?: string | null;
      /**
       * Format: double
       * @description The agent's utilisation, between 0 and 1.
       */
      utilisation?: number | null;
    };
    /** @description One page of agent metrics. */
    WfmAgentMetricsList: {
      /** @description The rows on this page. */
      items: components['schemas']['WfmAgentMetrics'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description Who a customer is, as a digital session knows them. */
    DigitalSessionContact: {
      /** @description A unique id for this identity. */
      id?: string | null;
      /** @description Their name. */
      name?: string | null;
      /** @description Their email address. */
      email?: string | null;
      /** @description Their phone number. */
      phone?: string | null;
    };
    /** @description Something a session belongs to, by id and name. */
    DigitalSessionNamed: {
      /** @description Its id. */
      id?: string | null;
      /** @description Its name. */
      name?: string | null;
    };
    /** @description The office, department or call center a session was for. */
    DigitalSessionTarget: {
      /** @description The target's id. */
      id?: string | null;
      /** @description The target's name. */
      name?: string | null;
      /** @description The kind of target. */
      type?: string | null;
    };
    /** @description The agent in a session. */
    DigitalSessionUser: {
      /** @description The user's id. */
      id?: string | null;
      /** @description The user's display name. */
      display_name?: string | null;
      /** @description The user's main email address. */
      primary_email?: string | null;
    };
    /** @description One digital session (a chat, message thread or email handled by a bot or an agent). */
    DigitalSession: {
      /** @description The session's unique id. */
      session_id: string | null;
      /** @description Id of the customer session (one or more sessions) this session is part of. */
      customer_session_id: string | null;
      /** @description The channel the session took place on. */
      session_channel?: string | null;
      /** @description The company's account on that channel. */
      session_account?: components['schemas']['DigitalSessionContact'] | null;
      /** @description The kind of chat. */
      chat_type?: string | null;
      /** @description Whether the session was inbound or outbound. */
      direction?: string | null;
      /** @description When the session began. */
      created_at?: string | null;
      /** @description When the session ended. */
      ended_at?: string | null;
      /**
       * Format: double
       * @description How long the session lasted, in milliseconds.
       */
      duration?: number | null;
      /** @description Milliseconds spent waiting in a queue. */
      queue_time?: string | null;
      /** @description Milliseconds the customer session spent with a bot. */
      bot_time?: string | null;
      /** @description Seconds the agent spent wrapping up. */
      wrap_up_time?: string | null;
      /** @description What became of the customer in the queue, if they were queued. */
      queued_status?: string | null;
      /** @description Why the session ended. */
      cause?: string | null;
      /** @description Whether a person handled the session: always for agent sessions, and for bot sessions only when the customer was passed to an agent. */
      agent_handled?: boolean | null;
      /** @description Whether the agent passed the session to another agent. */
      agent_transfer?: boolean | null;
      /**
       * Format: int64
       * @description How many messages the agent sent.
       */
      agent_message_count?: string | null;
      /** @description Ids of the agent groups of the agents involved. */
      agent_group_id?: string[] | null;
      /** @description Names of the agent groups of the agents involved. */
      agent_group_name?: string[] | null;
      /** @description The skill the session was routed by. */
      skill?: string | null;
      /** @description Disposition tags given to the session. */
      disposition?: string[] | null;
      /** @description Subject line, for email sessions. */
      email_subject?: string | null;
      /**
       * Format: double
       * @description The satisfaction score the customer gave.
       */
      customer_csat_score?: number | null;
      /**
       * Format: double
       * @description The satisfaction score Dialpad's AI estimated.
       */
      aicsat_score?: number | null;
      /** @description Where the satisfaction survey is. */
      survey_status?: string | null;
      /** @description The customer. */
      customer?: components['schemas']['DigitalSessionContact'] | null;
      /** @description Who the customer is on this channel. */
      customer_channel_info?: components['schemas']['DigitalSessionContact'] | null;
      /** @description The office of the target. */
      office?: components['schemas']['DigitalSessionNamed'] | null;
      /** @description The office, department or call center the session was for. */
      target?: components['schemas']['DigitalSessionTarget'] | null;
      /** @description The agent. */
      user?: components['schemas']['DigitalSessionUser'] | null;
    };
    /** @description One page of digital sessions. */
    DigitalSessionList: {
      /** @description The sessions on this page. */
      items?: components['schemas']['DigitalSession'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description A report Dialpad builds on a schedule and pushes to a webhook or websocket. */
    ScheduledReport: {
      /**
       * Format: int64
       * @description The scheduled report's id.
       */
      id?: string | null;
      /** @description The report's name (one line). */
      name?: string | null;
      /**
       * @description What the report contains.
       * @enum {string|null}
       */
      report_type: 'call_logs' | 'daily_statistics' | 'recordings' | 'user_statistics' | 'voicemails' | null;
      /** @description How often it runs (`daily`, `weekly` or `monthly`). */
      frequency?: string | null;
      /**
       * Format: int64
       * @description Hour of the day it runs, 0 to 23, in its time zone.
       */
      at?: string | null;
      /**
       * Format: int64
       * @description Day it runs on — 0 for daily reports, 0–6 (day of the week) for weekly, 0–30 (day of the month) for monthly.
       */
      on_day?: string | null;
      /** @description Time zone (tz database name) the hour and day are in. */
      timezone?: string | null;
      /**
       * @description Whether the report runs.
       * @default true
       */
      enabled?: boolean | null;
      /**
       * @description Whether the report covers the trainees of the coaching group given as the target.
       * @default false
       */
      coaching_group?: boolean | null;
      /**
       * Format: int64
       * @description Id of the target the report covers.
       */
      target_id?: string | null;
      /**
       * @description Kind of target `target_id` names.
       * @enum {string|null}
       */
      target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'company'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /** @description The webhook the report is pushed to, when it goes to one. */
      webhook?: components['schemas']['Webhook'] | null;
      /** @description The websocket the report is pushed to, when it goes to one. */
      websocket?: components['schemas']['Websocket'] | null;
    };
    /** @description One page of scheduled reports. */
    ScheduledReportList: {
      /** @description The scheduled reports on this page. */
      items?: components['schemas']['ScheduledReport'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description What a scheduled report contains, when it runs and where it is pushed. */
    ScheduledReportRequest: {
      /** @description The report's name (one line). */
      name: string;
      /**
       * @description What the report contains.
       * @enum {string}
       */
      report_type: 'call_logs' | 'daily_statistics' | 'recordings' | 'user_statistics' | 'voicemails';
      /**
       * @description How often it runs.
       * @enum {string}
       */
      frequency: 'daily' | 'monthly' | 'weekly';
      /**
       * Format: int64
       * @description Hour of the day it runs, 0 to 23 (10 is 10:00), in `timezone`.
       */
      at: number | string;
      /**
       * Format: int64
       * @description Day it runs on — 0 for daily reports, 0–6 (day of the week) for weekly, 0–30 (day of the month) for monthly.
       */
      on_day: number | string;
      /** @description Time zone (tz database name, such as `Europe/Paris`) the hour and day are in. */
      timezone?: string;
      /**
       * Format: int64
       * @description Id of the webhook or websocket the report is pushed to.
       */
      endpoint_id: number | string;
      /**
       * @description Whether the report runs.
       * @default true
       */
      enabled?: boolean;
      /**
       * Format: int64
       * @description Limit the report to this target (give `target_type` too).
       */
      target_id?: number | string;
      /**
       * @description Kind of target `target_id` names.
       * @enum {string}
       */
      target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
      /**
       * @description Report on the trainees of the coaching group given as the target.
       * @default false
       */
      coaching_group?: boolean;
    };
    /** @description One of the company's phone numbers and what it is assigned to. */
    Number: {
      /** @description The number's area code. */
      area_code?: string | null;
      /**
       * Format: int64
       * @description Id of the company that holds the number.
       */
      company_id?: string | null;
      /** @description True when the number has been ported out of Dialpad. */
      deleted?: boolean | null;
      /** @description The number, in E.164 form. */
      number?: string | null;
      /**
       * Format: int64
       * @description Id of the office the number belongs to.
       */
      office_id?: string | null;
      /**
       * @description What the number is assigned to now (`available` when nothing).
       * @enum {string|null}
       */
      status?:
        | 'available'
        | 'call_center'
        | 'call_router'
        | 'department'
        | 'dynamic_caller'
        | 'office'
        | 'pending'
        | 'porting'
        | 'room'
        | 'user'
        | null;
      /**
       * Format: int64
       * @description Id of the target the number is assigned to.
       */
      target_id?: string | null;
      /**
       * @description What kind of thing `target_id` is.
       * @enum {string|null}
       */
      target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /**
       * @description The kind of number.
       * @enum {string|null}
       */
      type?: 'free' | 'local' | 'mobile' | 'softbank' | 'tollfree' | null;
    };
    /** @description One page of phone numbers. */
    NumberList: {
      /** @description The numbers on this page. */
      items?: components['schemas']['Number'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description The target a specific number should be assigned to. */
    NumberAssignTargetRequest: {
      /**
       * @description Make this the target's primary number.
       * @default true
       */
      primary?: boolean;
      /**
       * Format: int64
       * @description Id of the target that gets the number.
       */
      target_id: number | string;
      /**
       * @description What kind of thing `target_id` is.
       * @enum {string}
       */
      target_type:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
    };
    /** @description The target that should get a number, and where the number may come from. */
    NumberAutoAssignRequest: {
      /** @description Area code to find a new number in, when the company's reserved pool has none. */
      area_code?: string;
      /** @description A specific number to assign, in E.164 form. */
      number?: string;
      /**
       * @description Make this the target's primary number.
       * @default true
       */
      primary?: boolean;
      /**
       * Format: int64
       * @description Id of the target that gets the number.
       */
      target_id: number | string;
      /**
       * @description What kind of thing `target_id` is.
       * @enum {string}
       */
      target_type:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
    };
    /**
     * Swap for a number in an area code
     * @description Take an available number in the given area code (`type` is `area_code`).
     */
    NumberSwapAreaCode: {
      /** @description Area code to find the new number in. */
      area_code?: string;
      /** @description The kind of swap, `area_code`. */
      type: string;
    };
    /**
     * Swap for a number Dialpad picks
     * @description Take a number from the reserved pool, or else one in the target office's area code (`type` is `auto`).
     */
    NumberSwapAuto: {
      /** @description The kind of swap, `auto`. */
      type: string;
    };
    /**
     * Swap for a given number
     * @description Take the given number from the company's reserved pool (`type` is `provided_number`).
     */
    NumberSwapProvidedNumber: {
      /** @description The new number, in E.164 form; it must be in the company's reserved pool. */
      number?: string;
      /** @description The kind of swap, `provided_number`. */
      type: string;
    };
    /** @description The target whose primary number is swapped. */
    NumberSwapTarget: {
      /**
       * Format: int64
       * @description Id of the target.
       */
      target_id: number | string;
      /**
       * @description What kind of thing `target_id` is.
       * @enum {string}
       */
      target_type:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
    };
    /** @description Whose primary number to replace, and how to choose the new one. */
    NumberSwapRequest: {
      /** @description How the new number is chosen, by `type`: `provided_number`, `area_code` or `auto` (the default when left out). */
      swap_details?:
        | components['schemas']['NumberSwapAreaCode']
        | components['schemas']['NumberSwapAuto']
        | components['schemas']['NumberSwapProvidedNumber'];
      /** @description The target whose primary number is replaced. */
      target: components['schemas']['NumberSwapTarget'];
    };
    /** @description The number to tag and the tags to set. */
    NumberTagsUpdateRequest: {
      /** @description Block calls to this number. */
      do_not_call?: boolean;
      /** @description Block texts to this number. */
      do_not_text?: boolean;
      /** @description The phone number, in E.164 form (`+14155551234`). */
      phone: string;
    };
    /** @description A phone number's do-not-call and do-not-text tags. */
    NumberTags: {
      /** @description Whether calls to this number are blocked. */
      do_not_call?: boolean | null;
      /** @description Whether texts to this number are blocked. */
      do_not_text?: boolean | null;
      /** @description The phone number, in E.164 form. */
      phone?: string | null;
    };
    /** @description A phone number written both ways. */
    NumberFormatResult: {
      /** @description The first part of the local form, such as `(415)`. */
      area_code?: string | null;
      /** @description The number's country, ISO 3166-1 alpha-2 (`US`). */
      country_code?: string | null;
      /** @description The number in E.164 form, such as `+14155550123`. */
      e164_number?: string | null;
      /** @description The number in local form, such as `(415) 555-0123`. */
      local_number?: string | null;
    };
    /** @description Which number to give: a specific `number`, or (when none is given) one from the company's reserved pool, or else a new one in `area_code`. */
    NumberAssignRequest: {
      /** @description Area code to find a new number in, when the company's reserved pool has none. */
      area_code?: string;
      /** @description A specific number to assign, in E.164 form. */
      number?: string;
      /**
       * @description Make this the primary number.
       * @default true
       */
      primary?: boolean;
    };
    /** @description The number to take away. */
    NumberUnassignRequest: {
      /** @description The number to unassign, in E.164 form. */
      number: string;
    };
    /**
     * A reserved number
     * @description Use a given number from the company's reserved pool.
     */
    FaxLineReserved: {
      /** @description The reserved number, in E.164 form. */
      number: string;
      /** @description The kind of line. */
      type: string;
    };
    /**
     * A number in an area code
     * @description Find an available number in an area code.
     */
    FaxLineSearch: {
      /** @description Area code to search; the office's area code is used when it is empty. */
      area_code: string;
      /** @description The kind of line. */
      type: string;
    };
    /**
     * A toll-free number
     * @description Use a toll-free number.
     */
    FaxLineTollfree: {
      /** @description The kind of line. */
      type: string;
    };
    /** @description The user or department that gets the fax line. */
    FaxLineTarget: {
      /**
       * Format: int64
       * @description Id of the user or department.
       */
      target_id: number | string;
      /**
       * @description Whether `target_id` is a user or a department.
       * @enum {string}
       */
      target_type: 'department' | 'user';
    };
    /** @description Who gets the fax line and where its number comes from. */
    FaxLineRequest: {
      /** @description Where the number comes from (by `type`) — a reserved number, an area-code search, or toll-free. */
      line:
        | components['schemas']['FaxLineReserved']
        | components['schemas']['FaxLineSearch']
        | components['schemas']['FaxLineTollfree'];
      /** @description The user or department that gets the fax line. */
      target: components['schemas']['FaxLineTarget'];
    };
    /** @description A fax number and what it is assigned to. */
    FaxLine: {
      /** @description The number's area code. */
      area_code?: string | null;
      /**
       * Format: int64
       * @description Id of the company that holds the number.
       */
      company_id?: string | null;
      /** @description The fax number, in E.164 form. */
      number: string | null;
      /**
       * Format: int64
       * @description Id of the office the number belongs to.
       */
      office_id?: string | null;
      /**
       * Format: int64
       * @description Id of the user or department the fax line is assigned to.
       */
      target_id?: string | null;
      /**
       * @description What kind of thing `target_id` is.
       * @enum {string|null}
       */
      target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
    };
    /** @description A number on the company's block list. */
    BlockedNumber: {
      /** @description The blocked number, in E.164 form. */
      number?: string | null;
    };
    /** @description One page of blocked numbers. */
    BlockedNumberList: {
      /** @description The blocked numbers on this page. */
      items?: components['schemas']['BlockedNumber'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description The numbers to block. */
    BlockedNumberAddRequest: {
      /** @description Numbers to block, in E.164 form. */
      numbers?: string[];
    };
    /** @description The numbers to unblock. */
    BlockedNumberRemoveRequest: {
      /** @description Numbers to unblock, in E.164 form. */
      numbers?: string[];
    };
    /** @description Which recording to share, and with whom. */
    RecordingShareLinkCreateRequest: {
      /** @description Id of the recording or voicemail to share. */
      recording_id: string;
      /**
       * @description What `recording_id` is.
       * @enum {string}
       */
      recording_type: 'admincallrecording' | 'callrecording' | 'voicemail';
      /**
       * @description Who may open the link: the recording's owner, admins, everyone in the company, or anyone with the link (`public`).
       * @default owner
       * @enum {string}
       */
      privacy?: 'admin' | 'company' | 'owner' | 'public';
    };
    /** @description A link through which a recording or voicemail can be played or downloaded. */
    RecordingShareLink: {
      /** @description Id of the share link. */
      id?: string | null;
      /** @description The address where the recording can be played or downloaded. */
      access_link?: string | null;
      /**
       * Format: int64
       * @description Id of the call the recording belongs to.
       */
      call_id?: string | null;
      /**
       * Format: int64
       * @description Id of the user (or other target) who made the link.
       */
      created_by_id?: string | null;
      /**
       * Format: date-time
       * @description When the link was made.
       */
      date_added?: string | null;
      /** @description Id of the recording or voicemail the link shares. */
      item_id?: string | null;
      /**
       * @description Who may open the link.
       * @enum {string|null}
       */
      privacy?: 'admin' | 'company' | 'owner' | 'public' | null;
      /**
       * @description What the link shares.
       * @enum {string|null}
       */
      type?: 'admincallrecording' | 'callrecording' | 'voicemail' | null;
    };
    /** @description The new privacy of a recording share link. */
    RecordingShareLinkUpdateRequest: {
      /**
       * @description Who may open the link: the recording's owner, admins, everyone in the company, or anyone with the link (`public`).
       * @enum {string}
       */
      privacy: 'admin' | 'company' | 'owner' | 'public';
    };
    /** @description Which call's review to share, and with whom. */
    ReviewLinkCreateRequest: {
      /**
       * Format: int64
       * @description Id of the call whose review page the link opens.
       */
      call_id?: number | string;
      /**
       * @description Who may open the link: everyone in the company, or anyone with the link (`public`).
       * @default company
       * @enum {string}
       */
      privacy?: 'company' | 'public';
    };
    /** @description A link to the review page of a call. */
    ReviewLink: {
      /** @description Id of the call review share link. */
      id?: string | null;
      /** @description The address of the call's review page. */
      access_link?: string | null;
      /**
       * Format: int64
       * @description Id of the call.
       */
      call_id?: string | null;
      /**
       * @description Who may open the link.
       * @enum {string|null}
       */
      privacy?: 'company' | 'public' | null;
    };
    /** @description The new privacy of a call review share link. */
    ReviewLinkUpdateRequest: {
      /**
       * @description Who may open the link: everyone in the company, or anyone with the link (`public`).
       * @enum {string}
       */
      privacy: 'company' | 'public';
    };
    /** @description One line of a transcript, or one moment detected on the call. */
    TranscriptLine: {
      /**
       * @description What this line is — spoken text (`transcript`) or one kind of detected moment or question.
       * @enum {string|null}
       */
      type?: 'ai_question' | 'custom_moment' | 'moment' | 'real_time_moment' | 'transcript' | null;
      /** @description The words spoken, or the name of the moment. */
      content?: string | null;
      /** @description The name of the person speaking. */
      name?: string | null;
      /** @description Id of the contact speaking, when it was someone outside the company. */
      contact_id?: string | null;
      /**
       * Format: int64
       * @description Id of the user speaking, when it was someone of the company.
       */
      user_id?: string | null;
      /**
       * Format: date-time
       * @description When the line was spoken.
       */
      time?: string | null;
    };
    /** @description The AI transcript of a call, with the moments detected in it. */
    Transcript: {
      /**
       * Format: int64
       * @description Id of the call.
       */
      call_id?: string | null;
      /** @description The lines of the transcript and the moments, in order. */
      lines?: components['schemas']['TranscriptLine'][] | null;
    };
    /** @description Where a call's transcript can be viewed. */
    TranscriptUrl: {
      /**
       * Format: int64
       * @description Id of the call.
       */
      call_id?: string | null;
      /** @description The address of the transcript page. */
      url?: string | null;
    };
    /** @description An API call router — your web service decides where each inbound call to its numbers goes. */
    CallRouter: {
      /**
       * Format: int64
       * @description Id of the fallback target, which gets calls while the router is disabled or its URL fails.
       */
      default_target_id?: string | null;
      /**
       * @description What kind of thing `default_target_id` is.
       * @enum {string|null}
       */
      default_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user'
        | null;
      /** @description When false, the routing URL is skipped and every call goes to the fallback target. */
      enabled?: boolean | null;
      /**
       * Format: int64
       * @description Id of the call router.
       */
      id?: string | null;
      /** @description Display name of the router (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Id of the office the router belongs to.
       */
      office_id?: string | null;
      /** @description Numbers whose inbound calls go through the router, E.164. */
      phone_numbers?: string[] | null;
      /** @description Your URL that Dialpad asks where each call should go. */
      routing_url?: string | null;
      /** @description How Dialpad signs its routing requests (as JWTs). */
      signature?: components['schemas']['WebhookSignature'] | null;
    };
    /** @description One page of call routers. */
    CallRouterList: {
      /** @description The call routers on this page. */
      items?: components['schemas']['CallRouter'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description A new API call router. */
    CallRouterCreateRequest: {
      /**
       * Format: int64
       * @description Id of the fallback target, which gets calls while the router is disabled or its URL fails.
       */
      default_target_id: number | string;
      /**
       * @description What kind of thing `default_target_id` is.
       * @enum {string}
       */
      default_target_type:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
      /** @description When false, the routing URL is skipped and every call goes to the fallback target. */
      enabled?: boolean;
      /** @description Display name of the router (one line). */
      name: string;
      /**
       * Format: int64
       * @description Id of the office the router belongs to.
       */
      office_id: number | string;
      /** @description Your URL that Dialpad asks where each call should go. */
      routing_url: string;
      /** @description Secret (at least 32 characters, one line) that Dialpad signs its routing requests with. */
      secret?: string;
    };
    /** @description The fields of a call router to change. */
    CallRouterUpdateRequest: {
      /**
       * Format: int64
       * @description Id of the fallback target, which gets calls while the router is disabled or its URL fails.
       */
      default_target_id?: number | string;
      /**
       * @description What kind of thing `default_target_id` is.
       * @enum {string}
       */
      default_target_type?:
        | 'callcenter'
        | 'callrouter'
        | 'channel'
        | 'coachinggroup'
        | 'coachingteam'
        | 'department'
        | 'office'
        | 'room'
        | 'staffgroup'
        | 'unknown'
        | 'user';
      /** @description When false, the routing URL is skipped and every call goes to the fallback target. */
      enabled?: boolean;
      /** @description Display name of the router (one line). */
      name?: string;
      /**
       * Format: int64
       * @description Id of the office the router belongs to.
       */
      office_id?: number | string;
      /** @description Set the router's routing-error count back to zero. The router disables itself when more than 10 errors happen within an hour, and enabling it again does not reset the count. */
      reset_error_count?: boolean;
      /** @description Your URL that Dialpad asks where each call should go. */
      routing_url?: string;
      /** @description Secret (at least 32 characters, one line) that Dialpad signs its routing requests with. */
      secret?: string;
    };
    /** @description One custom IVR prompt. */
    CustomIvrDetails: {
      /**
       * Format: int64
       * @description When the prompt was added, in milliseconds since the epoch.
       */
      date_added?: string | null;
      /** @description Description of the prompt (one line). */
      description?: string | null;
      /**
       * Format: int64
       * @description Id of the prompt.
       */
      id?: string | null;
      /** @description Name of the prompt (one line). */
      name?: string | null;
      /** @description Whether this is the prompt its slot plays. */
      selected?: boolean | null;
      /** @description The prompt's text, when it has no MP3 recording. */
      text?: string | null;
    };
    /** @description One IVR slot of a target and its custom prompts. */
    CustomIvr: {
      /**
       * @description The IVR slot.
       * @enum {string|null}
       */
      ivr_type?:
        | 'ASK_FIRST_OPERATOR_NOT_AVAILABLE'
        | 'AUTO_RECORDING'
        | 'CALLAI_AUTO_RECORDING'
        | 'CG_AUTO_RECORDING'
        | 'CLOSED'
        | 'CLOSED_DEPARTMENT_INTRO'
        | 'CLOSED_MENU'
        | 'CLOSED_MENU_OPTION'
        | 'CSAT_INTRO'
        | 'CSAT_OUTRO'
        | 'CSAT_PREAMBLE'
        | 'CSAT_QUESTION'
        | 'DEPARTMENT_INTRO'
        | 'GREETING'
        | 'HOLD_AGENT_READY'
        | 'HOLD_APPREC'
        | 'HOLD_CALLBACK_ACCEPT'
        | 'HOLD_CALLBACK_ACCEPTED'
        | 'HOLD_CALLBACK_CONFIRM'
        | 'HOLD_CALLBACK_CONFIRM_NUMBER'
        | 'HOLD_CALLBACK_DIFFERENT_NUMBER'
        | 'HOLD_CALLBACK_DIRECT'
        | 'HOLD_CALLBACK_FULFILLED'
        | 'HOLD_CALLBACK_INVALID_NUMBER'
        | 'HOLD_CALLBACK_KEYPAD'
        | 'HOLD_CALLBACK_REJECT'
        | 'HOLD_CALLBACK_REJECTED'
        | 'HOLD_CALLBACK_REQUEST'
        | 'HOLD_CALLBACK_REQUESTED'
        | 'HOLD_CALLBACK_SAME_NUMBER'
        | 'HOLD_CALLBACK_TRY_AGAIN'
        | 'HOLD_CALLBACK_UNDIALABLE'
        | 'HOLD_ESCAPE_VM_EIGHT'
        | 'HOLD_ESCAPE_VM_FIVE'
        | 'HOLD_ESCAPE_VM_FOUR'
        | 'HOLD_ESCAPE_VM_NINE'
        | 'HOLD_ESCAPE_VM_ONE'
        | 'HOLD_ESCAPE_VM_POUND'
        | 'HOLD_ESCAPE_VM_SEVEN'
        | 'HOLD_ESCAPE_VM_SIX'
        | 'HOLD_ESCAPE_VM_STAR'
        | 'HOLD_ESCAPE_VM_TEN'
        | 'HOLD_ESCAPE_VM_THREE'
        | 'HOLD_ESCAPE_VM_TWO'
        | 'HOLD_ESCAPE_VM_ZERO'
        | 'HOLD_INTERRUPT'
        | 'HOLD_INTRO'
        | 'HOLD_MUSIC'
        | 'HOLD_POSITION_EIGHT'
        | 'HOLD_POSITION_FIVE'
        | 'HOLD_POSITION_FOUR'
        | 'HOLD_POSITION_MORE'
        | 'HOLD_POSITION_NINE'
        | 'HOLD_POSITION_ONE'
        | 'HOLD_POSITION_SEVEN'
        | 'HOLD_POSITION_SIX'
        | 'HOLD_POSITION_TEN'
        | 'HOLD_POSITION_THREE'
        | 'HOLD_POSITION_TWO'
        | 'HOLD_POSITION_ZERO'
        | 'HOLD_WAIT'
        | 'MENU'
        | 'MENU_OPTION'
        | 'NEXT_TARGET'
        | 'VM_DROP_MESSAGE'
        | 'VM_UNAVAILABLE'
        | 'VM_UNAVAILABLE_CLOSED'
        | null;
      /** @description The slot's custom prompts. */
      ivrs?: components['schemas']['CustomIvrDetails'][] | null;
    };
    /** @description One page of a target's IVR slots and their custom prompts. */
    CustomIvrList: {
      /** @description The IVR slots on this page. */
      items?: components['schemas']['CustomIvr'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /**
     * @description An IVR slot of a target — what the prompt is played for (greeting, hold music, menu, voicemail, ...).
     * @enum {string}
     */
    CustomIvrType:
      | 'ASK_FIRST_OPERATOR_NOT_AVAILABLE'
      | 'AUTO_RECORDING'
      | 'CALLAI_AUTO_RECORDING'
      | 'CG_AUTO_RECORDING'
      | 'CLOSED'
      | 'CLOSED_DEPARTMENT_INTRO'
      | 'CLOSED_MENU'
      | 'CLOSED_MENU_OPTION'
      | 'CSAT_INTRO'
      | 'CSAT_OUTRO'
      | 'CSAT_PREAMBLE'
      | 'CSAT_QUESTION'
      | 'DEPARTMENT_INTRO'
      | 'GREETING'
      | 'HOLD_AGENT_READY'
      | 'HOLD_APPREC'
      | 'HOLD_CALLBACK_ACCEPT'
      | 'HOLD_CALLBACK_ACCEPTED'
      | 'HOLD_CALLBACK_CONFIRM'
      | 'HOLD_CALLBACK_CONFIRM_NUMBER'
      | 'HOLD_CALLBACK_DIFFERENT_NUMBER'
      | 'HOLD_CALLBACK_DIRECT'
      | 'HOLD_CALLBACK_FULFILLED'
      | 'HOLD_CALLBACK_INVALID_NUMBER'
      | 'HOLD_CALLBACK_KEYPAD'
      | 'HOLD_CALLBACK_REJECT'
      | 'HOLD_CALLBACK_REJECTED'
      | 'HOLD_CALLBACK_REQUEST'
      | 'HOLD_CALLBACK_REQUESTED'
      | 'HOLD_CALLBACK_SAME_NUMBER'
      | 'HOLD_CALLBACK_TRY_AGAIN'
      | 'HOLD_CALLBACK_UNDIALABLE'
      | 'HOLD_ESCAPE_VM_EIGHT'
      | 'HOLD_ESCAPE_VM_FIVE'
      | 'HOLD_ESCAPE_VM_FOUR'
      | 'HOLD_ESCAPE_VM_NINE'
      | 'HOLD_ESCAPE_VM_ONE'
      | 'HOLD_ESCAPE_VM_POUND'
      | 'HOLD_ESCAPE_VM_SEVEN'
      | 'HOLD_ESCAPE_VM_SIX'
      | 'HOLD_ESCAPE_VM_STAR'
      | 'HOLD_ESCAPE_VM_TEN'
      | 'HOLD_ESCAPE_VM_THREE'
      | 'HOLD_ESCAPE_VM_TWO'
      | 'HOLD_ESCAPE_VM_ZERO'
      | 'HOLD_INTERRUPT'
      | 'HOLD_INTRO'
      | 'HOLD_MUSIC'
      | 'HOLD_POSITION_EIGHT'
      | 'HOLD_POSITION_FIVE'
      | 'HOLD_POSITION_FOUR'
      | 'HOLD_POSITION_MORE'
      | 'HOLD_POSITION_NINE'
      | 'HOLD_POSITION_ONE'
      | 'HOLD_POSITION_SEVEN'
      | 'HOLD_POSITION_SIX'
      | 'HOLD_POSITION_TEN'
      | 'HOLD_POSITION_THREE'
      | 'HOLD_POSITION_TWO'
      | 'HOLD_POSITION_ZERO'
      | 'HOLD_WAIT'
      | 'MENU'
      | 'MENU_OPTION'
      | 'NEXT_TARGET'
      | 'VM_DROP_MESSAGE'
      | 'VM_UNAVAILABLE'
      | 'VM_UNAVAILABLE_CLOSED';
    /** @description A new custom prompt and the target slot it is for. */
    CustomIvrCreateRequest: {
      /** @description Description of the prompt (one line, up to 256 characters). */
      description?: string;
      /**
       * Format: byte
       * @description The MP3 recording, Base64-encoded.
       */
      file: string;
      /** @description The IVR slot the prompt is for. */
      ivr_type: components['schemas']['CustomIvrType'];
      /** @description Name of the prompt (one line, up to 100 characters). */
      name?: string;
      /**
       * Format: int64
       * @description Id of the target the prompt is for.
       */
      target_id: number | string;
      /**
       * @description What kind of thing `target_id` is.
       * @enum {string}
       */
      target_type: 'callcenter' | 'coachingteam' | 'department' | 'office' | 'user';
    };
    /** @description The labels of a custom prompt to change. */
    CustomIvrUpdateRequest: {
      /** @description Description of the prompt (one line). */
      description?: string;
      /** @description Name of the prompt (one line). */
      name?: string;
    };
    /** @description Which custom prompt is meant. */
    CustomIvrSelectRequest: {
      /**
       * Format: int64
       * @description Id of the custom prompt.
       */
      ivr_id: number | string;
      /**
       * @description For a call center's automatic-recording notice only, inbound or outbound calls (both when left out).
       * @enum {string}
       */
      select_option?: 'inbound' | 'outbound';
    };
    /**
     * Room
     * @description A room of the company (a shared phone line for a meeting room or common area).
     */
    Room: {
      /**
       * Format: int64
       * @description Id of the room's company.
       */
      company_id?: string | null;
      /** @description Country the room is in. */
      country?: string | null;
      /**
       * Format: int64
       * @description The room's id.
       */
      id?: string | null;
      /** @description Address of the picture shown for the room in Dialpad apps. */
      image_url?: string | null;
      /** @description True when the room does not occupy a license the company pays for. */
      is_free?: boolean | null;
      /** @description Whether the room is currently taking calls as an operator. */
      is_on_duty?: boolean | null;
      /** @description The room's name (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Id of the room's office.
       */
      office_id?: string | null;
      /** @description The room's phone numbers. */
      phone_numbers?: string[] | null;
      /**
       * @description Whether the room is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
    };
    /** @description The fields to change; fields left out stay as they are. */
    RoomUpdateRequest: {
      /** @description New name (one line). */
      name?: string;
      /** @description The room's numbers in the wanted order; a current number left out is taken away from the room. */
      phone_numbers?: string[];
    };
    /**
     * Page of rooms
     * @description One page of rooms; pass `cursor` back to get the next page.
     */
    RoomList: {
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
      /** @description The rooms on this page. */
      items?: components['schemas']['Room'][] | null;
    };
    /** @description The new room. */
    RoomCreateRequest: {
      /** @description The room's name (one line). */
      name: string;
      /**
       * Format: int64
       * @description Id of the office the room belongs to.
       */
      office_id: number | string;
    };
    /** @description Who the PIN is for. */
    RoomInternationalPinRequest: {
      /** @description A label printed in the usage summary, usually naming who asked for the PIN (one line). */
      customer_ref?: string;
    };
    /**
     * International-call PIN
     * @description A PIN that unlocks international calls from room phones until it expires.
     */
    RoomInternationalPin: {
      /** @description The label given when the PIN was requested (one line). */
      customer_ref?: string | null;
      /**
       * Format: date-time
       * @description When the PIN stops working.
       */
      expires_on?: string | null;
      /** @description The PIN to enter before dialing abroad. */
      pin?: string | null;
    };
    /**
     * Channel
     * @description A Dialpad channel (a group conversation).
     */
    Channel: {
      /**
       * Format: int64
       * @description The channel's id.
       */
      id?: string | null;
      /** @description The channel's name (one line). */
      name: string | null;
    };
    /**
     * Page of channels
     * @description One page of channels; pass `cursor` back to get the next page.
     */
    ChannelList: {
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
      /** @description The channels on this page. */
      items?: components['schemas']['Channel'][] | null;
    };
    /** @description The new channel. */
    ChannelCreateRequest: {
      /** @description What the channel is for. */
      description: string;
      /** @description The channel's name (one line). */
      name: string;
      /**
       * @description Whether anyone in the company can join (`public`) or only those invited (`private`).
       * @enum {string}
       */
      privacy_type: 'private' | 'public';
      /**
       * Format: int64
       * @description The user who owns the channel (company-level keys only).
       */
      user_id?: number | string;
    };
    /**
     * Channel member
     * @description A user in a channel.
     */
    ChannelMember: {
      /**
       * Format: int64
       * @description The user's id.
       */
      id?: string | null;
      /** @description The user's name (one line). */
      name?: string | null;
    };
    /**
     * Page of channel members
     * @description One page of a channel's members; pass `cursor` back to get the next page.
     */
    ChannelMemberList: {
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
      /** @description The members on this page. */
      items?: components['schemas']['ChannelMember'][] | null;
    };
    /** @description The user to add. */
    ChannelMemberAddRequest: {
      /**
       * Format: int64
       * @description Id of the user to add.
       */
      user_id: number | string;
    };
    /** @description The user to remove. */
    ChannelMemberRemoveRequest: {
      /**
       * Format: int64
       * @description Id of the user to remove.
       */
      user_id: number | string;
    };
    /**
     * Meeting participant
     * @description A person invited to or taking part in a meeting.
     */
    MeetingParticipant: {
      /** @description How the participant joined. */
      call_in_method?: string | null;
      /** @description The participant's name. */
      display_name?: string | null;
      /** @description The participant's email address, where there is one. */
      email?: string | null;
      /** @description Whether the participant organizes the meeting. */
      is_organizer?: boolean | null;
      /** @description The participant's name. */
      name?: string | null;
      /** @description The number the participant dialed in from, where they did. */
      phone?: string | null;
      /** @description The number the participant dialed in from, where they did. */
      phone_number?: string | null;
      /**
       * Format: int64
       * @description How long the participant spoke, in milliseconds.
       */
      talk_time?: string | null;
    };
    /**
     * Scheduled meeting
     * @description A scheduled Dialpad meeting (or one occurrence of a recurring one).
     */
    Meeting: {
      /** @description Whether Dialpad calls the participants when the meeting starts. */
      call_out?: boolean | null;
      /** @description The number to dial to join by phone. */
      dial_in_number?: string | null;
      /**
       * Format: int64
       * @description How long the meeting lasts. Dialpad documents milliseconds here and seconds in requests; its own example (3600 for an hour) reads as seconds.
       */
      duration?: string | null;
      /**
       * Format: date-time
       * @description When the meeting ends.
       */
      end_datetime?: string | null;
      /** @description The scheduled meeting's id. */
      id?: string | null;
      /** @description The id of this occurrence of the meeting. */
      instance_id?: string | null;
      /** @description Whether the meeting is moderated. */
      is_moderated?: boolean | null;
      /**
       * @description What kind of meeting it is (in the organizer's personal room, a unique room, a large meeting, ...).
       * @enum {string|null}
       */
      meeting_type?: 'CUSTOM_UNIQUE_MEETING' | 'LARGE_MEETING' | 'PERSONAL' | 'UNIQUE_MEETING' | null;
      /** @description The link to join the meeting. */
      meeting_url?: string | null;
      /** @description The PIN the organizer enters when dialing in. */
      organizer_pin?: string | null;
      /** @description The PIN participants enter when dialing in. */
      participant_pin?: string | null;
      /** @description The people invited to (or who took part in) the meeting. */
      participants_info?: components['schemas']['MeetingParticipant'][] | null;
      /** @description How the meeting repeats (an iCalendar RRULE). */
      recurrence?: string | null;
      /**
       * Format: date-time
       * @description When the repetitions stop.
       */
      recurrence_end_date?: string | null;
      /**
       * Format: date-time
       * @description When the meeting starts.
       */
      start_datetime?: string | null;
      /**
       * @description The meeting's time zone (a tz database name).
       * @default UTC
       */
      timezone?: string | null;
      /** @description The meeting's title. */
      title?: string | null;
    };
    /** @description A person to invite to a meeting. */
    MeetingParticipantInput: {
      /** @description How the participant joins. */
      call_in_method?: string;
      /** @description The participant's name. */
      display_name?: string;
      /** @description The participant's email address (the invitation goes there). */
      email?: string;
      /** @description Whether the participant organizes the meeting. */
      is_organizer?: boolean;
      /** @description The participant's name. */
      name?: string;
      /** @description The participant's phone number. */
      phone?: string;
      /** @description The participant's phone number. */
      phone_number?: string;
      /**
       * Format: int64
       * @description Speaking time in milliseconds (only meaningful in answers).
       */
      talk_time?: number | string;
    };
    /** @description The meeting's new details. */
    MeetingUpdateRequest: {
      /** @description Have Dialpad call the participants when the meeting starts. */
      call_out?: boolean;
      /**
       * Format: int64
       * @description Length of the meeting in seconds.
       */
      duration?: number | string;
      /**
       * Format: int64
       * @description When the meeting ends, in seconds since the epoch (UTC).
       */
      end_datetime: number | string;
      /** @description Change only this occurrence of a recurring meeting. */
      instance_id?: string;
      /** @description The people to invite. */
      participants_info?: components['schemas']['MeetingParticipantInput'][];
      /** @description How the meeting repeats (an iCalendar RRULE such as `RRULE:FREQ=WEEKLY`). */
      recurrence?: string;
      /**
       * Format: int64
       * @description When the meeting starts, in seconds since the epoch (UTC).
       */
      start_datetime: number | string;
      /** @description The meeting's title. */
      title: string;
      /**
       * Format: int64
       * @description The Dialpad user who organizes the meeting.
       */
      user_id: number | string;
    };
    /**
     * Page of scheduled meetings
     * @description One page of a user's meetings, in `data`; pass `cursor` back to get the next page.
     */
    MeetingList: {
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
      /** @description The meetings on this page. */
      data?: components['schemas']['Meeting'][] | null;
    };
    /** @description The meeting to schedule. */
    MeetingCreateRequest: {
      /** @description Have Dialpad call the participants when the meeting starts. */
      call_out?: boolean;
      /**
       * Format: int64
       * @description Length of the meeting in seconds.
       */
      duration?: number | string;
      /**
       * Format: int64
       * @description When the meeting ends, in seconds since the epoch (UTC).
       */
      end_datetime: number | string;
      /**
       * @description What kind of meeting to schedule.
       * @enum {string}
       */
      meeting_type: 'CUSTOM_UNIQUE_MEETING' | 'LARGE_MEETING' | 'PERSONAL' | 'UNIQUE_MEETING';
      /** @description The people to invite. */
      participants_info?: components['schemas']['MeetingParticipantInput'][];
      /** @description How the meeting repeats (an iCalendar RRULE such as `RRULE:FREQ=WEEKLY`). */
      recurrence?: string;
      /**
       * Format: int64
       * @description When the meeting starts, in seconds since the epoch (UTC).
       */
      start_datetime: number | string;
      /** @description The meeting's title. */
      title: string;
      /**
       * Format: int64
       * @description The Dialpad user who organizes the meeting.
       */
      user_id: number | string;
    };
    /**
     * Meeting room
     * @description A standing Dialpad Meetings room, joined by link or dial-in number.
     */
    MeetingRoom: {
      /** @description The company that owns the room. */
      company_name?: string | null;
      /** @description The room's name. */
      display_name?: string | null;
      /** @description Email address of the room's owner. */
      email?: string | null;
      /** @description The meeting room's id. */
      id?: string | null;
      /** @description The room's dial-in number (E.164). */
      number?: string | null;
      /** @description The link to join the room. */
      path?: string | null;
    };
    /**
     * Page of meeting rooms
     * @description One page of meeting rooms; pass `cursor` back to get the next page.
     */
    MeetingRoomList: {
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
      /** @description The meeting rooms on this page. */
      items?: components['schemas']['MeetingRoom'][] | null;
    };
    /**
     * Meeting recording
     * @description An audio recording of a meeting.
     */
    MeetingRecording: {
      /** @description Size of the recording, for people to read (`14.3MB`). */
      size?: string | null;
      /** @description Link to the audio recording. */
      url?: string | null;
    };
    /**
     * Meeting video recording
     * @description A video recording of a meeting.
     */
    MeetingVideoRecording: {
      /** @description Link to the video recording. */
      url?: string | null;
    };
    /**
     * Meeting summary
     * @description A meeting that took place in a meeting room.
     */
    MeetingSummary: {
      /**
       * Format: int64
       * @description How long the meeting lasted, in milliseconds.
       */
      duration_ms?: string | null;
      /**
       * Format: date-time
       * @description When the meeting ended.
       */
      end_time?: string | null;
      /** @description Who hosted the meeting. */
      host_name?: string | null;
      /** @description The meeting's id. */
      id?: string | null;
      /** @description The people who took part. */
      participants?: components['schemas']['MeetingParticipant'][] | null;
      /** @description Audio recordings of the meeting. */
      recordings?: components['schemas']['MeetingRecording'][] | null;
      /** @description The meeting room it took place in. */
      room_id?: string | null;
      /**
       * Format: date-time
       * @description When the first participant joined.
       */
      start_time?: string | null;
      /** @description The meeting's name. */
      title?: string | null;
      /** @description Link to the meeting's transcript. */
      transcript_url?: string | null;
      /** @description Video recordings of the meeting. */
      video_recordings?: components['schemas']['MeetingVideoRecording'][] | null;
    };
    /**
     * Page of meeting summaries
     * @description One page of past meetings; pass `cursor` back to get the next page.
     */
    MeetingSummaryList: {
      /** @description Token for the next page; absent on the last page. */
      cursor?: string | null;
      /** @description The meetings on this page. */
      items?: components['schemas']['MeetingSummary'][] | null;
    };
    /** @description A coaching team of an office, whose coaches follow the calls of its trainees. */
    CoachingTeam: {
      /**
       * Format: int64
       * @description The team's id.
       */
      id?: string | null;
      /** @description The team's name (one line). */
      name?: string | null;
      /**
       * Format: int64
       * @description Id of the company.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Id of the office the team belongs to.
       */
      office_id?: string | null;
      /** @description Country the team is in. */
      country?: string | null;
      /**
       * @description Whether the team is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
      /** @description Whether the team's trainees may listen in on calls. */
      allow_trainee_eavesdrop?: boolean | null;
      /** @description The team's own phone numbers, if any. */
      phone_numbers?: string[] | null;
      /**
       * Format: int64
       * @description How many seconds the team's line rings before voicemail (or whatever else is set to happen).
       */
      ring_seconds?: string | null;
      /** @description What the team is for. */
      team_description?: string | null;
    };
    /** @description One page of coaching teams. */
    CoachingTeamList: {
      /** @description The teams on this page. */
      items?: components['schemas']['CoachingTeam'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description A user in a coaching team, with their role in it. */
    CoachingTeamMember: {
      /**
       * Format: int64
       * @description The user's id.
       */
      id: string | null;
      /**
       * @description The user's role in the team.
       * @enum {string|null}
       */
      role: 'coach' | 'trainee' | null;
      /** @description Ids of the offices this user administers. */
      admin_office_ids?: string[] | null;
      /**
       * Format: int64
       * @description Id of the user's company.
       */
      company_id?: string | null;
      /**
       * Format: int64
       * @description Id of the user's office.
       */
      office_id?: string | null;
      /** @description Country the user lives in. */
      country?: string | null;
      /**
       * Format: date-time
       * @description When the user activated their account.
       */
      date_active?: string | null;
      /**
       * Format: date-time
       * @description When the user was created.
       */
      date_added?: string | null;
      /**
       * Format: date-time
       * @description When the user first signed in.
       */
      date_first_login?: string | null;
      /** @description Whether the user is in do-not-disturb mode right now. */
      do_not_disturb?: boolean | null;
      /** @description The user's email addresses. */
      emails?: string[] | null;
      /** @description The user's extension. */
      extension?: string | null;
      /** @description Given name (one line). */
      first_name?: string | null;
      /** @description Family name (one line). */
      last_name?: string | null;
      /** @description Extra numbers that ring along with the user's Dialpad numbers. */
      forwarding_numbers?: string[] | null;
      /** @description Address of the user's profile picture. */
      image_url?: string | null;
      /** @description Whether the user has admin rights. */
      is_admin?: boolean | null;
      /** @description Whether the user is free (not on a call). */
      is_available?: boolean | null;
      /** @description Whether the user is currently working as an operator. */
      is_on_duty?: boolean | null;
      /** @description Whether one of the user's Dialpad devices is active. */
      is_online?: boolean | null;
      /** @description Whether the user administers the whole company. */
      is_super_admin?: boolean | null;
      /** @description Job title (one line). */
      job_title?: string | null;
      /** @description The language the user prefers. */
      language?: string | null;
      /**
       * @description The kind of license seat the user occupies.
       * @enum {string|null}
       */
      license?:
        | 'admins'
        | 'agents'
        | 'dpde_all'
        | 'dpde_one'
        | 'lite_lines'
        | 'lite_support_agents'
        | 'magenta_lines'
        | 'talk'
        | 'user'
        | null;
      /** @description Where the user says they are (one line). */
      location?: string | null;
      /** @description Whether the user's microphone is muted. */
      muted?: boolean | null;
      /** @description The user's phone numbers. */
      phone_numbers?: string[] | null;
      /**
       * @description The user's account state.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
      /** @description What the user says they are doing (one line). */
      status_message?: string | null;
      /** @description The user's time zone. */
      timezone?: string | null;
    };
    /** @description One page of coaching team members. */
    CoachingTeamMemberList: {
      /** @description The members on this page. */
      items?: components['schemas']['CoachingTeamMember'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description Who joins the team, and as what. */
    CoachingTeamAddMemberRequest: {
      /** @description Id of the user to add. */
      member_id: string;
      /**
       * @description Whether the user coaches or is coached.
       * @enum {string}
       */
      role: 'coach' | 'trainee';
    };
    /** @description One question of a scorecard. */
    ScorecardQuestion: {
      /**
       * Format: int64
       * @description The question's id.
       */
      id: string | null;
      /** @description The question as the grader reads it. */
      text: string | null;
      /**
       * @description The kind of answer the question takes.
       * @enum {string|null}
       */
      type:
        | 'likertAgreement'
        | 'likertFrequency'
        | 'likertImportance'
        | 'likertLikelihood'
        | 'likertQuality'
        | 'multipleChoice'
        | 'yesNo'
        | null;
      /** @description The answers to choose from, for questions that have a set of them. */
      options?: Record<string, never> | null;
    };
    /** @description A scorecard that calls are graded with. */
    Scorecard: {
      /**
       * Format: int64
       * @description The scorecard's id.
       */
      id: string | null;
      /** @description The scorecard's name (one line). */
      name: string | null;
      /**
       * @description Whether the scorecard is in use, being written, or retired.
       * @enum {string|null}
       */
      state?: 'active' | 'archived' | 'draft' | null;
      /** @description Categories the scorecard is filed under. */
      category?: string[] | null;
      /** @description Whether any of its questions is answered by Dialpad's AI. */
      has_ai_question?: boolean | null;
      /**
       * Format: date-time
       * @description When the scorecard was created.
       */
      date_created?: string | null;
      /**
       * Format: date-time
       * @description When the scorecard was last changed.
       */
      date_modified?: string | null;
      /** @description The questions a grader answers. */
      questions?: components['schemas']['ScorecardQuestion'][] | null;
    };
    /** @description One page of scorecards. */
    ScorecardList: {
      /** @description The scorecards on this page. */
      items?: components['schemas']['Scorecard'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description Which scorecards report to build, for which scope and period. */
    ScorecardExportRequest: {
      /**
       * @description Which report to build.
       * @enum {string}
       */
      scorecards_type:
        | 'scorecard_export_agent_leaderboard'
        | 'scorecard_export_calls'
        | 'scorecard_export_calls_questions'
        | 'scorecard_export_leaderboard'
        | 'scorecard_export_teamgroup_leaderboard';
      /**
       * Format: int64
       * @description Limit the report to this target (give `target_type` too).
       */
      target_id?: number | string;
      /**
       * @description Kind of target `target_id` names.
       * @enum {string}
       */
      target_type?: 'callcenter' | 'coachingteam' | 'office' | 'unknown' | 'user';
      /** @description Limit the report to these scorecards. */
      scorecard_ids?: (number | string)[];
      /**
       * Format: int64
       * @description Limit the report to the grading done by this user.
       */
      scorecard_grader_id?: number | string;
      /**
       * Format: int64
       * @description First day of the period, counted in days back from today (used with `days_ago_end`).
       * @default 1
       */
      days_ago_start?: number | string;
      /**
       * Format: int64
       * @description Last day of the period, counted in days back from today (used with `days_ago_start`).
       * @default 30
       */
      days_ago_end?: number | string;
      /**
       * Format: int64
       * @description First day, in days back from today, of the period in which the calls were graded.
       */
      graded_days_ago_start?: number | string;
      /**
       * Format: int64
       * @description Last day, in days back from today, of the period in which the calls were graded.
       */
      graded_days_ago_end?: number | string;
      /** @description An email address Dialpad also sends the results to. */
      send_to?: string;
      /**
       * @description Time zone (tz database name, such as `Europe/Paris`) the days are counted in.
       * @default UTC
       */
      timezone?: string;
    };
    /** @description A scorecards export that was started. */
    ScorecardExportJob: {
      /** @description Id of the export; pass it to `scorecards.getExport`. */
      request_id?: string | null;
      /**
       * @description Where the export is.
       * @enum {string|null}
       */
      status?: 'complete' | 'failed' | 'processing' | null;
    };
    /** @description The progress of a scorecards export and, when done, where its file is. */
    ScorecardExport: {
      /**
       * @description Where the export is.
       * @enum {string|null}
       */
      status?: 'complete' | 'failed' | 'processing' | null;
      /** @description Why the export is in this state (for example, why it failed). */
      reason?: string | null;
      /** @description Address of the finished report file. */
      download_url?: string | null;
      /** @description Format of the report file, such as `csv`. */
      file_type?: string | null;
    };
    /** @description A custom access-control policy, a named set of admin permissions. */
    AccessPolicy: {
      /**
       * Format: int64
       * @description The policy's id.
       */
      id: string | null;
      /** @description The policy's name (one line). */
      name: string | null;
      /** @description What the policy is for (one line). */
      description?: string | null;
      /**
       * Format: int64
       * @description Id of the company the policy belongs to.
       */
      company_id: string | null;
      /**
       * Format: int64
       * @description Id of the company admin who owns the policy.
       */
      owner_id: string | null;
      /** @description The permissions the policy grants. */
      permission_sets:
        | (
            | 'agent_settings_read'
            | 'agent_settings_write'
            | 'agents_admins_manage_agents_settings_read'
            | 'agents_admins_manage_agents_settings_write'
            | 'agents_admins_skill_level_read'
            | 'agents_admins_skill_level_write'
            | 'auto_call_recording_and_transcription_settings_read'
            | 'auto_call_recording_and_transcription_settings_write'
            | 'business_hours_read'
            | 'business_hours_write'
            | 'call_blocking_spam_prevention_settings_read'
            | 'call_blocking_spam_prevention_settings_write'
            | 'call_dispositions_settings_read'
            | 'call_dispositions_settings_write'
            | 'call_routing_hours_settings_read'
            | 'call_routing_hours_settings_write'
            | 'cc_call_settings_read'
            | 'cc_call_settings_write'
            | 'chrome_extension_compliance_settings_read'
            | 'chrome_extension_compliance_settings_write'
            | 'csat_surveys_read'
            | 'csat_surveys_write'
            | 'dashboard_and_alerts_read'
            | 'dashboard_and_alerts_write'
            | 'dialpad_ai_settings_read'
            | 'dialpad_ai_settings_write'
            | 'holiday_hours_settings_read'
            | 'holiday_hours_settings_write'
            | 'integrations_settings_read'
            | 'integrations_settings_write'
            | 'name_language_description_settings_read'
            | 'name_language_description_settings_write'
            | 'number_settings_read'
            | 'number_settings_write'
            | 'supervisor_settings_read'
            | 'supervisor_settings_write'
          )[]
        | null;
      /**
       * @description Whether the policy is in force or deleted.
       * @enum {string|null}
       */
      state: 'active' | 'deleted' | null;
      /**
       * @description The level its permissions apply at.
       * @enum {string|null}
       */
      target_type?: 'callcenter' | 'company' | 'office' | null;
      /**
       * Format: date-time
       * @description When the policy was created.
       */
      date_created?: string | null;
      /**
       * Format: date-time
       * @description When the policy was last changed.
       */
      date_updated?: string | null;
    };
    /** @description One page of access-control policies. */
    AccessPolicyList: {
      /** @description The policies on this page. */
      items?: components['schemas']['AccessPolicy'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /**
     * @description A permission a policy can be created or updated with (write permissions only; each includes reading).
     * @enum {string}
     */
    AccessPolicyGrantablePermission:
      | 'agent_settings_write'
      | 'agents_admins_manage_agents_settings_write'
      | 'agents_admins_skill_level_write'
      | 'auto_call_recording_and_transcription_settings_write'
      | 'business_hours_write'
      | 'call_blocking_spam_prevention_settings_write'
      | 'call_dispositions_settings_write'
      | 'call_routing_hours_settings_write'
      | 'cc_call_settings_write'
      | 'chrome_extension_compliance_settings_write'
      | 'csat_surveys_write'
      | 'dashboard_and_alerts_write'
      | 'dialpad_ai_settings_write'
      | 'holiday_hours_settings_write'
      | 'integrations_settings_write'
      | 'name_language_description_settings_write'
      | 'number_settings_write'
      | 'supervisor_settings_write';
    /** @description A new custom access-control policy. */
    AccessPolicyCreateRequest: {
      /** @description The policy's name (one line, at most 50 characters). */
      name: string;
      /** @description What the policy is for (one line, at most 200 characters). */
      description?: string;
      /**
       * Format: int64
       * @description Id of the company admin who owns the policy.
       */
      owner_id: number | string;
      /** @description The permissions the policy grants. */
      permission_sets: components['schemas']['AccessPolicyGrantablePermission'][];
      /**
       * @description The level its permissions apply at.
       * @default company
       * @enum {string}
       */
      target_type?: 'callcenter' | 'company' | 'office';
    };
    /** @description The fields of a policy to change; fields left out keep their value. */
    AccessPolicyUpdateRequest: {
      /**
       * Format: int64
       * @description Id of the company admin making the change.
       */
      user_id?: number | string;
      /** @description The new name (one line). */
      name?: string;
      /** @description The new description (one line). */
      description?: string;
      /** @description The new set of permissions, replacing the old one. */
      permission_sets?: components['schemas']['AccessPolicyGrantablePermission'][];
      /**
       * @description Send `active` to bring back a deleted policy.
       * @enum {string}
       */
      state?: 'active';
    };
    /** @description Who gets the policy, and where. */
    AccessPolicyAssignRequest: {
      /**
       * Format: int64
       * @description Id of the user who gets the policy.
       */
      user_id: number | string;
      /**
       * @description The level at which the user holds the policy.
       * @default company
       * @enum {string}
       */
      target_type?: 'callcenter' | 'company' | 'office';
      /**
       * Format: int64
       * @description Id of the office or call center; not needed for the company level.
       */
      target_id?: number | string;
    };
    /** @description Where a user holds a policy. */
    AccessPolicyTarget: {
      /**
       * Format: int64
       * @description Id of the company, office or call center.
       */
      target_id: string | null;
      /**
       * @description Kind of target `target_id` names.
       * @default company
       * @enum {string|null}
       */
      target_type?: 'callcenter' | 'company' | 'office' | null;
    };
    /** @description A user who holds a policy, and at which targets. */
    AccessPolicyAssignment: {
      /** @description The user. */
      user?: components['schemas']['User'] | null;
      /** @description The company, offices or call centers at which the user holds the policy. */
      policy_targets?: components['schemas']['AccessPolicyTarget'][] | null;
    };
    /** @description One page of policy assignments. */
    AccessPolicyAssignmentList: {
      /** @description The assignments on this page. */
      items?: components['schemas']['AccessPolicyAssignment'][] | null;
      /** @description Pass as `cursor` to fetch the next page; absent on the last page. */
      cursor?: string | null;
    };
    /** @description Whose hold on the policy to remove, and where. */
    AccessPolicyUnassignRequest: {
      /**
       * Format: int64
       * @description Id of the user who loses the policy.
       */
      user_id: number | string;
      /**
       * @description The level of the assignment to remove.
       * @default company
       * @enum {string}
       */
      target_type?: 'callcenter' | 'company' | 'office';
      /**
       * Format: int64
       * @description Id of the office or call center; not needed for the company level or with `unassign_all`.
       */
      target_id?: number | string;
      /**
       * @description Remove the user's hold on the policy at every target.
       * @default false
       */
      unassign_all?: boolean;
    };
    /** @description Company-wide switches. */
    CompanySettings: {
      /** @description Whether Dialpad's call AI is on for the company. */
      has_callai?: boolean | null;
      /** @description Whether the company lets its data be used to train Dialpad's AI. */
      allow_ai_training?: boolean | null;
    };
    /** @description The company an API key belongs to. */
    Company: {
      /**
       * Format: int64
       * @description The company's id.
       */
      id?: string | null;
      /** @description The company's name (one line). */
      name?: string | null;
      /** @description The domain of its users' email addresses (one line). */
      domain?: string | null;
      /** @description The company's main country. */
      country?: string | null;
      /**
       * @description The company's pricing tier.
       * @enum {string|null}
       */
      account_type?: 'enterprise' | 'free' | 'pro' | 'standard' | null;
      /** @description Email address of the company's administrator. */
      admin_email?: string | null;
      /**
       * Format: int64
       * @description How many offices the company has.
       */
      office_count?: string | null;
      /**
       * @description Whether the company's account is enabled.
       * @enum {string|null}
       */
      state?: 'active' | 'cancelled' | 'deleted' | 'pending' | 'suspended' | null;
      /** @description Company-wide switches. */
      settings?: components['schemas']['CompanySettings'] | null;
    };
    /** @description The settings of an OAuth app, for a target or for the company. */
    AppSettings: {
      /**
       * @description Whether the app is on for the target.
       * @default false
       */
      enabled?: boolean | null;
      /**
       * @description Whether the app is the preferred service for screen pops.
       * @default false
       */
      is_preferred_service?: boolean | null;
      /** @description Setting names and their values: the standard ones (`call_logging_enabled`, `call_recording_logging_enabled`, `voicemail_logging_enabled`, `sms_logging_enabled`) and whatever else the app defines. */
      settings?: Record<string, never> | null;
    };
    /**
     * Authorization code grant
     * @description Redeems the one-time code from the authorize redirect.
     */
    OAuthAuthorizationCodeGrant: {
      /** @description The app's client id (here or in a Basic authorization header). */
      client_id?: string;
      /** @description The app's client secret (here or in a Basic authorization header). */
      client_secret?: string;
      /** @description The code Dialpad added to the redirect back to the app. */
      code: string;
      /** @description The PKCE verifier matching the `code_challenge` sent to the authorize endpoint, when PKCE was used. */
      code_verifier?: string;
      /**
       * @description Always `authorization_code` for this grant. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      grant_type: 'authorization_code';
    };
    /**
     * Refresh token grant
     * @description Trades a refresh token for a new access token and a new refresh token.
     */
    OAuthRefreshTokenGrant: {
      /** @description The app's client id (here or in a Basic authorization header). */
      client_id?: string;
      /** @description The app's client secret (here or in a Basic authorization header). */
      client_secret?: string;
      /**
       * @description Always `refresh_token` for this grant. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      grant_type: 'refresh_token';
      /** @description The refresh token being traded in. */
      refresh_token: string;
    };
    /** @description One of the two grants the token endpoint accepts, told apart by `grant_type`. */
    OAuthTokenRequest:
      components['schemas']['OAuthAuthorizationCodeGrant'] | components['schemas']['OAuthRefreshTokenGrant'];
    /**
     * Token response
     * @description The tokens issued to the app.
     */
    OAuthTokenResponse: {
      /** @description The token to send in the `Authorization` header (as a bearer token) on API calls. */
      access_token?: string | null;
      /**
       * Format: int64
       * @description How many seconds the access token stays valid.
       */
      expires_in?: number | null;
      /** @description The OpenID Connect identity token, when OpenID Connect is in use. */
      id_token?: string | null;
      /** @description Token to get the next pair with once the access token expires. */
      refresh_token?: string | null;
      /** @description Kind of access token issued (such as `Bearer`). */
      token_type?: string | null;
    };
    /**
     * @description What a call event subscription delivers each time a call enters one of the subscribed states: the call object, as the call APIs describe it, with `state` naming the state the call just entered and `event_timestamp` saying when. Which fields are filled depends on the state (nothing is connected while a call is ringing); recording links appear only when the credential holds the `recordings_export` scope.
     * @example {
     *       "call_id": "6412000098765432",
     *       "master_call_id": "6412000098765432",
     *       "entry_point_call_id": "6412000098760000",
     *       "direction": "inbound",
     *       "state": "ringing",
     *       "date_started": "1772637600000",
     *       "date_rang": "1772637607000",
     *       "event_timestamp": "1772637607000",
     *       "external_number": "+14155550123",
     *       "internal_number": "+14155551001",
     *       "group_id": "Office:5100000000000001",
     *       "is_transferred": false,
     *       "was_recorded": false,
     *       "contact": {
     *         "id": "5300000000000042",
     *         "name": "Ana Lima",
     *         "phone": "+14155550123",
     *         "email": "ana.lima@example.com",
     *         "type": "shared"
     *       },
     *       "target": {
     *         "id": "5223000012345678",
     *         "name": "Sam Carter",
     *         "phone": "+14155551001",
     *         "email": "sam.carter@example.com",
     *         "type": "user"
     *       }
     *     }
     */
    CallEvent: components['schemas']['Call'];
    /** @description One side of a text message in an SMS event (the Dialpad target, or the outside contact). */
    SmsEventParty: {
      /** @description Id of the user, group or contact. */
      id?: number | string | null;
      /** @description For the target, what kind of Dialpad entity it is (user, department, call center, ...). */
      type?: string | null;
      /** @description Full name, on one line. */
      name?: string | null;
      /** @description The party's number in E.164 form. */
      phone_number?: string | null;
    };
    /**
     * @description What an SMS event subscription delivers when a text message is sent or received (and, for subscriptions with `status`, each time its delivery status changes). The message text is left out unless the credential holds `message_content_export` (subscriptions narrowed to a target) or `message_content_export:all` (company-wide subscriptions).
     * @example {
     *       "id": "4612924117884928",
     *       "created_date": "1772637900000",
     *       "direction": "inbound",
     *       "target": {
     *         "id": 5223000012345678,
     *         "type": "user",
     *         "name": "Sam Carter",
     *         "phone_number": "+14155551001"
     *       },
     *       "contact": {
     *         "id": 5300000000000042,
     *         "name": "Ana Lima",
     *         "phone_number": "+14155550123"
     *       },
     *       "sender_id": null,
     *       "from_number": "+14155550123",
     *       "to_number": [
     *         "+14155551001"
     *       ],
     *       "mms": false,
     *       "is_internal": false,
     *       "message_status": "success",
     *       "message_delivery_result": "accepted",
     *       "text": "Running ten minutes late, see you at 3."
     *     }
     */
    SmsEvent: {
      /**
       * Format: int64
       * @description Dialpad's id of the message.
       */
      id?: string | null;
      /**
       * Format: int64
       * @description When the message was created (sent), in milliseconds since the Unix epoch.
       */
      created_date?: string | null;
      /**
       * @description Whether the message was received or sent.
       * @enum {string|null}
       */
      direction?: 'inbound' | 'outbound' | null;
      /** @description The Dialpad user, department or call center that sent or received the message, whatever the direction. */
      target?: components['schemas']['SmsEventParty'] | null;
      /** @description The outside party that sent or received the message, whatever the direction. */
      contact?: components['schemas']['SmsEventParty'] | null;
      /**
       * Format: int64
       * @description When the target is a group (office, department, call center), the user who actually sent the message; null otherwise.
       */
      sender_id?: string | null;
      /** @description The sender's number in E.164 form. */
      from_number?: string | null;
      /** @description The recipients' numbers in E.164 form. */
      to_number?: string[] | null;
      /** @description True for a multimedia message. */
      mms?: boolean | null;
      /** @description Where the media of a multimedia message can be fetched. */
      mms_url?: string | null;
      /** @description True when both sides are users of the same company. */
      is_internal?: boolean | null;
      /**
       * @description Where the message stands now.
       * @enum {string|null}
       */
      message_status?: 'failed' | 'pending' | 'success' | null;
      /**
       * @description How delivery finally ended, once it has.
       * @enum {string|null}
       */
      message_delivery_result?:
        | 'accepted'
        | 'internal_error'
        | 'invalid_destination'
        | 'invalid_source'
        | 'no_route'
        | 'not_supported'
        | 'rejected'
        | 'rejected_spam'
        | 'time_out'
        | null;
      /** @description The message body; absent without one of the message_content_export scopes. */
      text?: string | null;
    };
    /**
     * @description What a contact event subscription delivers when a shared or local contact is created, changed or deleted: which of the three happened, and the contact as it is now (as it was, for a deletion).
     * @example {
     *       "event": "Updated",
     *       "contact": {
     *         "id": "5300000000000042",
     *         "type": "shared",
     *         "owner_id": "5100000000000001",
     *         "first_name": "Ana",
     *         "last_name": "Lima",
     *         "display_name": "Ana Lima",
     *         "company_name": "Lima Consulting",
     *         "job_title": "Director",
     *         "emails": [
     *           "ana.lima@example.com"
     *         ],
     *         "primary_email": "ana.lima@example.com",
     *         "phones": [
     *           "+14155550123"
     *         ],
     *         "primary_phone": "+14155550123",
     *         "urls": [
     *           "https://lima.example.com"
     *         ]
     *       }
     *     }
     */
    ContactEvent: {
      /**
       * @description What happened to the contact.
       * @enum {string}
       */
      event: 'Created' | 'Updated' | 'Deleted';
      contact: components['schemas']['Contact'];
    };
  };
  responses: {
    /** @description The request was malformed or broke a rule of the API. Fix it; sending it again will not help. */
    BadRequest: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 400,
         *         "message": "A field of the request is missing or has the wrong type.",
         *         "reason": "invalid_argument",
         *         "request_id": "req-0b6c1f2a"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The API key or access token is missing, wrong, revoked or expired. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 401,
         *         "message": "The credential sent is not valid.",
         *         "reason": "unauthenticated",
         *         "request_id": "req-5d1e77c0"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The credential is valid but lacks the permission or OAuth scope this operation needs. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 403,
         *         "message": "The credential may not perform this operation.",
         *         "reason": "permission_denied",
         *         "request_id": "req-91a4be03"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No resource exists at that id, or the credential may not see it. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 404,
         *         "message": "Nothing was found with that id.",
         *         "reason": "not_found",
         *         "request_id": "req-3f0e2d9b"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The request clashes with the current state of a resource (it already exists, or changed meanwhile). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 409,
         *         "message": "A resource with these details already exists.",
         *         "reason": "already_exists",
         *         "request_id": "req-7c22a0f4"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description A rate limit was reached; nothing was done. Wait for the time in Retry-After. */
    TooManyRequests: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 429,
         *         "message": "Too many requests; slow down.",
         *         "reason": "rate_limited",
         *         "request_id": "req-20b8d5e7"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Dialpad could not handle the request right now. Whether anything was done is unknown. */
    ServiceUnavailable: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 503,
         *         "message": "The service is temporarily unavailable.",
         *         "reason": "unavailable",
         *         "uuid": "6f1c2b9e-4d3a-4c8e-9a51-2f7d0e8b3c14"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The request body (media included) is larger than the API accepts. */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": 413,
         *         "message": "The request is larger than 1 MB.",
         *         "reason": "payload_too_large",
         *         "request_id": "req-e4a9c611"
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
    Cursor: string;
    /** @description How many items to return on one page. */
    Limit: number | string;
  };
  requestBodies: never;
  headers: {
    /** @description Dialpad's identifier of this request. */
    RequestId: string;
    /** @description Seconds to wait before trying again. */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  'calls.initiate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the user whose app places the call; `me` stands for the key's own user when a user-level API key is used.
         * @example 5223000012345678
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "phone_number": "+14155550123",
         *       "outbound_caller_id": "+14155551001",
         *       "custom_data": "{\"crm_ticket\": \"T-48213\"}"
         *     }
         */
        'application/json': components['schemas']['InitiateCallRequest'];
      };
    };
    responses: {
      /** @description The user's app has started the call; the device that dials it is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "device": {
           *         "id": "+14155551001-user-5223000012345678-client-native",
           *         "type": "native",
           *         "display_name": "Dialpad desktop",
           *         "user_id": "5223000012345678",
           *         "phone_number": "+14155551001",
           *         "app_version": "2603.1.4",
           *         "date_created": "2025-11-02T09:14:00Z",
           *         "date_registered": "2026-03-04T14:58:21Z",
           *         "date_updated": "2026-02-20T17:03:45Z"
           *       }
           *     }
           */
          'application/json': components['schemas']['InitiatedCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Also return calls whose records were anonymized, for example calls of users who have since been deleted. Left out, such calls are skipped. */
        include_anonymized?: boolean;
        /** @description Keep only calls that started after this moment, in milliseconds since the Unix epoch (UTC). */
        started_after?: number | string;
        /** @description Keep only calls that started before this moment, in milliseconds since the Unix epoch (UTC). */
        started_before?: number | string;
        /** @description Keep only calls of this user, room or group; give its kind in `target_type`. */
        target_id?: number | string;
        /** @description What kind of thing `target_id` is. */
        target_type?:
          | 'callcenter'
          | 'callrouter'
          | 'channel'
          | 'coachinggroup'
          | 'coachingteam'
          | 'department'
          | 'office'
          | 'room'
          | 'staffgroup'
          | 'unknown'
          | 'user';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of finished calls, and a cursor when more pages follow. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "call_id": "6412000098765432",
           *           "master_call_id": "6412000098765432",
           *           "direction": "outbound",
           *           "state": "hangup",
           *           "date_started": "1772637600000",
           *           "date_rang": "1772637607000",
           *           "date_connected": "1772637612000",
           *           "date_ended": "1772637881000",
           *           "event_timestamp": "1772637881000",
           *           "duration": 269000,
           *           "total_duration": 281000,
           *           "external_number": "+14155550123",
           *           "internal_number": "+14155551001",
           *           "group_id": "Office:5100000000000001",
           *           "is_transferred": false,
           *           "was_recorded": false,
           *           "labels": [
           *             "sales"
           *           ],
           *           "contact": {
           *             "id": "5300000000000042",
           *             "name": "Ana Lima",
           *             "phone": "+14155550123",
           *             "email": "ana.lima@example.com",
           *             "type": "shared"
           *           },
           *           "target": {
           *             "id": "5223000012345678",
           *             "name": "Sam Carter",
           *             "phone": "+14155551001",
           *             "email": "sam.carter@example.com",
           *             "type": "user"
           *           }
           *         }
           *       ],
           *       "cursor": "eyJvZmZzZXQiOjEwMH0"
           *     }
           */
          'application/json': components['schemas']['CallList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.ring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5223000012345678,
         *       "phone_number": "+14155550123",
         *       "outbound_caller_id": "+14155551000",
         *       "group_id": 5100000000000001,
         *       "group_type": "office",
         *       "is_consult": false,
         *       "custom_data": "{\"crm_ticket\": \"T-48213\"}"
         *     }
         */
        'application/json': components['schemas']['RingCallRequest'];
      };
    };
    responses: {
      /** @description The user's devices are ringing; the id of the new call is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432"
           *     }
           */
          'application/json': components['schemas']['RingingCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "master_call_id": "6412000098765432",
           *       "entry_point_call_id": "6412000098760000",
           *       "direction": "inbound",
           *       "state": "connected",
           *       "date_started": "1772637600000",
           *       "date_rang": "1772637607000",
           *       "date_connected": "1772637612000",
           *       "event_timestamp": "1772637613000",
           *       "external_number": "+14155550123",
           *       "internal_number": "+14155551001",
           *       "group_id": "Office:5100000000000001",
           *       "is_transferred": false,
           *       "was_recorded": true,
           *       "custom_data": "{\"crm_ticket\": \"T-48213\"}",
           *       "contact": {
           *         "id": "5300000000000042",
           *         "name": "Ana Lima",
           *         "phone": "+14155550123",
           *         "email": "ana.lima@example.com",
           *         "type": "shared"
           *       },
           *       "target": {
           *         "id": "5223000012345678",
           *         "name": "Sam Carter",
           *         "phone": "+14155551001",
           *         "email": "sam.carter@example.com",
           *         "type": "user"
           *       },
           *       "entry_point_target": {
           *         "id": "5100000000000001",
           *         "name": "Example Co. Main Line",
           *         "phone": "+14155551000",
           *         "email": "",
           *         "type": "office"
           *       },
           *       "recording_details": [
           *         {
           *           "id": "7700000000000005",
           *           "recording_type": "callrecording",
           *           "start_time": "1772637612000",
           *           "duration": "1000",
           *           "url": "https://dialpad.com/r/7700000000000005"
           *         }
           *       ],
           *       "routing_breadcrumbs": [
           *         {
           *           "breadcrumb_type": "callrouter",
           *           "date": "1772637601000",
           *           "target_id": "5100000000000001",
           *           "target_type": "office",
           *           "url": "https://router.example.com/dialpad/route"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Call'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.transfer': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call to transfer.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "to": {
         *         "number": "+14155550188"
         *       },
         *       "transfer_state": "preanswer",
         *       "custom_data": "{\"reason\": \"escalation\"}"
         *     }
         */
        'application/json': components['schemas']['TransferCallRequest'];
      };
    };
    responses: {
      /** @description The call has been handed to its new destination. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "transferred_to_number": "+14155550188",
           *       "transferred_to_state": "preanswer"
           *     }
           */
          'application/json': components['schemas']['TransferredCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.hangup': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call to end.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call has been ended. The answer has no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.aiRecap': {
    parameters: {
      query?: {
        /** @description Which form of the summary to return (a short, medium or long text, or bullet points). */
        summary_format?: 'bullet' | 'long' | 'medium' | 'short';
      };
      header?: never;
      path: {
        /**
         * @description Id of the call.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The AI recap of the call. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "source": "dialpad-ai",
           *       "is_internal_call": false,
           *       "date_created": "1772637930000",
           *       "date_modified": "1772637930000",
           *       "summary": {
           *         "id": "8100000000000001",
           *         "content": "Ana asked to move her plan to annual billing; Sam confirmed the discount.",
           *         "format": "short",
           *         "edited": false,
           *         "target_short_key": "user-5223000012345678"
           *       },
           *       "purposes": [
           *         {
           *           "id": "8100000000000002",
           *           "category": "billing",
           *           "content": "Change the billing cycle of the account.",
           *           "format": "text",
           *           "edited": false,
           *           "target_short_key": "user-5223000012345678"
           *         }
           *       ],
           *       "disposition": {
           *         "id": "8100000000000003",
           *         "content": "Resolved",
           *         "format": "text",
           *         "edited": false,
           *         "target_short_key": "user-5223000012345678"
           *       },
           *       "action_items": [
           *         {
           *           "id": "8100000000000004",
           *           "content": "Send Ana the annual billing quote by Friday.",
           *           "format": "text",
           *           "edited": false,
           *           "target_short_key": "user-5223000012345678"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['CallAiRecap'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.addParticipant': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call to add the party to.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "participant": {
         *         "number": "+14155550177"
         *       }
         *     }
         */
        'application/json': components['schemas']['CallAddParticipantRequest'];
      };
    };
    responses: {
      /** @description The new party is being dialled; the id of the call leg is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765501"
           *     }
           */
          'application/json': components['schemas']['RingingCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.assign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the queued call-center call.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "operator_ids": [
         *         5223000012345678
         *       ]
         *     }
         */
        'application/json': components['schemas']['CallOperatorsRequest'];
      };
    };
    responses: {
      /** @description The outcome for the operator, and the call's assigned operators now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "status": "success",
           *       "operators": [
           *         {
           *           "id": "5223000012345678",
           *           "status": "success",
           *           "code": "200",
           *           "message": "Operator assigned."
           *         }
           *       ],
           *       "assigned_operators": {
           *         "count": "1",
           *         "operator_ids": [
           *           "5223000012345678"
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['CallOperatorAssignment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.listAssigned': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the queued call-center call.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The operators the call is assigned to. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "count": "2",
           *       "operator_ids": [
           *         "5223000012345678",
           *         "5223000087654321"
           *       ]
           *     }
           */
          'application/json': components['schemas']['CallAssignedOperators'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.initiateIvr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "phone_number": "+14155550123",
         *       "target_id": 5400000000000007,
         *       "target_type": "callcenter",
         *       "outbound_caller_id": "+14155551002",
         *       "custom_data": "{\"campaign\": \"renewals-q2\"}"
         *     }
         */
        'application/json': components['schemas']['CallInitiateIvrRequest'];
      };
    };
    responses: {
      /** @description The call has been placed; its id is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765610"
           *     }
           */
          'application/json': components['schemas']['CallIvrInitiated'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.unassignAll': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the queued call-center call.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The operators that were unassigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "count": "2",
           *       "operator_ids": [
           *         "5223000012345678",
           *         "5223000087654321"
           *       ]
           *     }
           */
          'application/json': components['schemas']['CallUnassignedOperators'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.unassign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the queued call-center call.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "operator_ids": [
         *         5223000087654321
         *       ]
         *     }
         */
        'application/json': components['schemas']['CallOperatorsRequest'];
      };
    };
    responses: {
      /** @description The outcome for the operator, and the call's assigned operators now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "status": "success",
           *       "operators": [
           *         {
           *           "id": "5223000087654321",
           *           "status": "success",
           *           "code": "200",
           *           "message": "Operator unassigned."
           *         }
           *       ],
           *       "assigned_operators": {
           *         "count": "1",
           *         "operator_ids": [
           *           "5223000012345678"
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['CallOperatorAssignment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.unpark': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the parked call.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5223000012345678
         *     }
         */
        'application/json': components['schemas']['CallUnparkRequest'];
      };
    };
    responses: {
      /** @description The call is being connected to the user; its id is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432"
           *     }
           */
          'application/json': components['schemas']['RingingCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.setLabels': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call to label.
         * @example 6412000098765432
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "labels": [
         *         "sales",
         *         "follow-up"
         *       ]
         *     }
         */
        'application/json': components['schemas']['CallSetLabelsRequest'];
      };
    };
    responses: {
      /** @description The call, carrying its new labels. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "master_call_id": "6412000098765432",
           *       "direction": "outbound",
           *       "state": "hangup",
           *       "date_started": "1772637600000",
           *       "date_connected": "1772637612000",
           *       "date_ended": "1772637881000",
           *       "duration": 269000,
           *       "external_number": "+14155550123",
           *       "internal_number": "+14155551001",
           *       "is_transferred": false,
           *       "was_recorded": false,
           *       "labels": [
           *         "sales",
           *         "follow-up"
           *       ],
           *       "target": {
           *         "id": "5223000012345678",
           *         "name": "Sam Carter",
           *         "phone": "+14155551001",
           *         "email": "sam.carter@example.com",
           *         "type": "user"
           *       }
           *     }
           */
          'application/json': components['schemas']['Call'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.listLabels': {
    parameters: {
      query?: {
        /** @description How many items to return on one page. */
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company's call labels. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "labels": [
           *         "billing",
           *         "follow-up",
           *         "sales",
           *         "support"
           *       ]
           *     }
           */
          'application/json': components['schemas']['CallLabelList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.enqueueCallback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "call_center_id": 5400000000000007,
         *       "phone_number": "+14155550123"
         *     }
         */
        'application/json': components['schemas']['CallCallbackRequest'];
      };
    };
    responses: {
      /** @description The callback is queued; its position in the queue (1 is next) is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "position": "3"
           *     }
           */
          'application/json': components['schemas']['CallCallbackQueued'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.validateCallback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "call_center_id": 5400000000000007,
         *       "phone_number": "+14155550123"
         *     }
         */
        'application/json': components['schemas']['CallCallbackRequest'];
      };
    };
    responses: {
      /** @description Whether the callback would have been queued. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true
           *     }
           */
          'application/json': components['schemas']['CallCallbackValidation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.toggleRecording': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the user whose current call changes (Dialpad also documents `me` for user-level keys, but the reference types this id as an integer).
         * @example 5223000012345678
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "is_recording": true,
         *       "play_message": true,
         *       "recording_type": "user"
         *     }
         */
        'application/json': components['schemas']['CallToggleRecordingRequest'];
      };
    };
    responses: {
      /** @description The call, and whether it is being recorded now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6412000098765432",
           *       "call_state": "connected",
           *       "is_recording": true
           *     }
           */
          'application/json': components['schemas']['CallActiveRecording'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'calls.toggleVi': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the user whose current call changes (Dialpad also documents `me` for user-level keys, but the reference types this id as an integer).
         * @example 5223000012345678
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "enable_vi": true,
         *       "vi_locale": "en-us"
         *     }
         */
        'application/json': components['schemas']['CallToggleViRequest'];
      };
    };
    responses: {
      /** @description The call and its Voice Intelligence state now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6412000098765432",
           *       "call_state": "connected",
           *       "enable_vi": true,
           *       "vi_locale": "en-us"
           *     }
           */
          'application/json': components['schemas']['CallViState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'sms.send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907,
         *       "to_numbers": [
         *         "+14155550123"
         *       ],
         *       "text": "Your technician is on the way and should arrive around 3 pm."
         *     }
         */
        'application/json': components['schemas']['SendSmsRequest'];
      };
    };
    responses: {
      /** @description The message was accepted for delivery; `message_status` tells how far it got. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6512083349827584",
           *       "contact_id": "5766289023197184",
           *       "created_date": "2026-03-04T15:20:00Z",
           *       "device_type": "public_api",
           *       "direction": "outbound",
           *       "from_number": "+14155551001",
           *       "message_status": "pending",
           *       "target_id": "5835806903417907",
           *       "target_type": "user",
           *       "text": "Your technician is on the way and should arrive around 3 pm.",
           *       "to_numbers": [
           *         "+14155550123"
           *       ],
           *       "user_id": "5835806903417907"
           *     }
           */
          'application/json': components['schemas']['Sms'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.listScheduled': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description How many items to return on one page. */
        limit?: components['parameters']['Limit'];
        /**
         * @description Id of the user whose schedules to list; the authenticated user when left out.
         * @example 5835806903417907
         */
        user_id?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of waiting scheduled messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "schedules": [
           *         {
           *           "schedule_id": "sch_4f7a2c9e1b",
           *           "user_id": "5835806903417907",
           *           "from_number": "+14155551001",
           *           "to_numbers": [
           *             "+14155550123",
           *             "+14155550124"
           *           ],
           *           "text": "Reminder, your appointment is tomorrow at 10 am. Reply C to confirm.",
           *           "created_date": "1772636531",
           *           "scheduled_time": "1772637600",
           *           "status": "active",
           *           "timezone": "America/Los_Angeles"
           *         }
           *       ],
           *       "cursor": null,
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['MessageScheduleList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907,
         *       "to_numbers": [
         *         "+14155550123",
         *         "+14155550124"
         *       ],
         *       "text": "Reminder, your appointment is tomorrow at 10 am. Reply C to confirm.",
         *       "start_date": 1772637600,
         *       "timezone": "America/Los_Angeles"
         *     }
         */
        'application/json': components['schemas']['CreateMessageScheduleRequest'];
      };
    };
    responses: {
      /** @description The message is scheduled; the answer describes the stored schedule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "schedule_id": "sch_4f7a2c9e1b",
           *       "user_id": "5835806903417907",
           *       "from_number": "+14155551001",
           *       "to_numbers": [
           *         "+14155550123",
           *         "+14155550124"
           *       ],
           *       "text": "Reminder, your appointment is tomorrow at 10 am. Reply C to confirm.",
           *       "created_date": "1772636531",
           *       "scheduled_time": "1772637600",
           *       "status": "active",
           *       "timezone": "America/Los_Angeles"
           *     }
           */
          'application/json': components['schemas']['MessageSchedule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.getScheduled': {
    parameters: {
      query?: {
        /** @description Id of the user the schedule belongs to; the authenticated user when left out. */
        user_id?: number | string;
      };
      header?: never;
      path: {
        /**
         * @description Id of the schedule, as returned when it was made.
         * @example sch_4f7a2c9e1b
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scheduled message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "schedule_id": "sch_4f7a2c9e1b",
           *       "user_id": "5835806903417907",
           *       "from_number": "+14155551001",
           *       "to_numbers": [
           *         "+14155550123",
           *         "+14155550124"
           *       ],
           *       "text": "Reminder, your appointment is tomorrow at 10 am. Reply C to confirm.",
           *       "created_date": "1772636531",
           *       "scheduled_time": "1772637600",
           *       "status": "active",
           *       "timezone": "America/Los_Angeles"
           *     }
           */
          'application/json': components['schemas']['MessageSchedule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.deleteScheduled': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the schedule to cancel.
         * @example sch_4f7a2c9e1b
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907
         *     }
         */
        'application/json': components['schemas']['MessageScheduleDeleteRequest'];
      };
    };
    responses: {
      /** @description Whether the schedule was cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "message": "Schedule deleted.",
           *       "schedule_id": "sch_4f7a2c9e1b"
           *     }
           */
          'application/json': components['schemas']['MessageScheduleActionResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.updateScheduled': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the schedule to change.
         * @example sch_4f7a2c9e1b
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "text": "Reminder, your appointment is tomorrow at 11 am (new time). Reply C to confirm.",
         *       "start_date": 1772641200
         *     }
         */
        'application/json': components['schemas']['MessageScheduleUpdateRequest'];
      };
    };
    responses: {
      /** @description The scheduled message as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "schedule_id": "sch_4f7a2c9e1b",
           *       "user_id": "5835806903417907",
           *       "from_number": "+14155551001",
           *       "to_numbers": [
           *         "+14155550123",
           *         "+14155550124"
           *       ],
           *       "text": "Reminder, your appointment is tomorrow at 11 am (new time). Reply C to confirm.",
           *       "created_date": "1772636531",
           *       "scheduled_time": "1772641200",
           *       "status": "active",
           *       "timezone": "America/Los_Angeles"
           *     }
           */
          'application/json': components['schemas']['MessageSchedule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.sendScheduledNow': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the schedule to send now.
         * @example sch_4f7a2c9e1b
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907
         *     }
         */
        'application/json': components['schemas']['MessageScheduleSendNowRequest'];
      };
    };
    responses: {
      /** @description Whether the message was sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "message": "Scheduled message sent.",
           *       "schedule_id": "sch_4f7a2c9e1b"
           *     }
           */
          'application/json': components['schemas']['MessageScheduleActionResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.listBulk': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description How many items to return on one page. */
        limit?: components['parameters']['Limit'];
        /**
         * @description Id of the user whose bulk messages to list; the authenticated user when left out.
         * @example 5835806903417907
         */
        user_id?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of bulk messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "bulk_messages": [
           *         {
           *           "bulk_message_id": "blk_8c1d5e3a7f",
           *           "title": "Saturday maintenance notice",
           *           "text": "Our service will be down for maintenance on Saturday from 2 to 4 am. Reply STOP to opt out.",
           *           "from_number": "+14155551001",
           *           "user_id": "5835806903417907",
           *           "created_date": "1772637600",
           *           "num_recipients": "2",
           *           "status": "complete",
           *           "classified_spam": false,
           *           "sms_has_errors": false,
           *           "recipients": [
           *             {
           *               "phone_number": "+14155550123",
           *               "display_name": "Ana Lima",
           *               "attempted_send": true,
           *               "delivery_method": "sms",
           *               "delivery_status": "delivered",
           *               "delivery_status_timestamp": "1772637612"
           *             },
           *             {
           *               "phone_number": "+14155550124",
           *               "display_name": null,
           *               "attempted_send": true,
           *               "delivery_method": "sms",
           *               "delivery_status": "delivered",
           *               "delivery_status_timestamp": "1772637615"
           *             }
           *           ]
           *         }
           *       ],
           *       "cursor": null,
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['BulkMessageList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.sendBulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907,
         *       "from_number": "+14155551001",
         *       "to_numbers": [
         *         "+14155550123",
         *         "+14155550124"
         *       ],
         *       "title": "Saturday maintenance notice",
         *       "text": "Our service will be down for maintenance on Saturday from 2 to 4 am. Reply STOP to opt out."
         *     }
         */
        'application/json': components['schemas']['BulkMessageSendRequest'];
      };
    };
    responses: {
      /** @description The batch was created; its messages are being sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "message": "Bulk message created.",
           *       "bulk_message": {
           *         "bulk_message_id": "blk_8c1d5e3a7f",
           *         "title": "Saturday maintenance notice",
           *         "text": "Our service will be down for maintenance on Saturday from 2 to 4 am. Reply STOP to opt out.",
           *         "from_number": "+14155551001",
           *         "user_id": "5835806903417907",
           *         "created_date": "1772637600",
           *         "num_recipients": "2",
           *         "status": "pending",
           *         "classified_spam": false,
           *         "sms_has_errors": false,
           *         "recipients": [
           *           {
           *             "phone_number": "+14155550123",
           *             "display_name": "Ana Lima",
           *             "attempted_send": false
           *           },
           *           {
           *             "phone_number": "+14155550124",
           *             "display_name": null,
           *             "attempted_send": false
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['BulkMessageSendResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.getBulk': {
    parameters: {
      query?: {
        /** @description Id of the user who sent the bulk message; the authenticated user when left out. */
        user_id?: number | string;
      };
      header?: never;
      path: {
        /**
         * @description Id of the bulk message, as `messages.sendBulk` returned it.
         * @example blk_8c1d5e3a7f
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bulk message. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "bulk_message_id": "blk_8c1d5e3a7f",
           *       "title": "Saturday maintenance notice",
           *       "text": "Our service will be down for maintenance on Saturday from 2 to 4 am. Reply STOP to opt out.",
           *       "from_number": "+14155551001",
           *       "user_id": "5835806903417907",
           *       "created_date": "1772637600",
           *       "num_recipients": "2",
           *       "status": "complete",
           *       "classified_spam": false,
           *       "sms_has_errors": true,
           *       "recipients": [
           *         {
           *           "phone_number": "+14155550123",
           *           "display_name": "Ana Lima",
           *           "attempted_send": true,
           *           "delivery_method": "sms",
           *           "delivery_status": "delivered",
           *           "delivery_status_timestamp": "1772637612"
           *         },
           *         {
           *           "phone_number": "+14155550124",
           *           "display_name": null,
           *           "attempted_send": true,
           *           "delivery_method": "sms",
           *           "delivery_status": "undelivered",
           *           "delivery_status_timestamp": "1772637631",
           *           "delivery_error_code": "30003",
           *           "delivery_error_details": "Unreachable destination handset."
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BulkMessage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.updateBulk': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the bulk message to change.
         * @example blk_8c1d5e3a7f
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "text": "Our service will be down for maintenance on Saturday from 2 to 5 am. Reply STOP to opt out."
         *     }
         */
        'application/json': components['schemas']['BulkMessageUpdateRequest'];
      };
    };
    responses: {
      /** @description The bulk message as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "message": "Bulk message updated.",
           *       "bulk_message": {
           *         "bulk_message_id": "blk_8c1d5e3a7f",
           *         "title": "Saturday maintenance notice",
           *         "text": "Our service will be down for maintenance on Saturday from 2 to 5 am. Reply STOP to opt out.",
           *         "from_number": "+14155551001",
           *         "user_id": "5835806903417907",
           *         "created_date": "1772637600",
           *         "num_recipients": "2",
           *         "status": "pending",
           *         "classified_spam": false,
           *         "sms_has_errors": false
           *       }
           *     }
           */
          'application/json': components['schemas']['BulkMessageUpdateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'fax.send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907,
         *       "from_number": "+14155551001",
         *       "to_number": "+14155550160"
         *     }
         */
        'application/json': components['schemas']['FaxSendRequest'];
      };
    };
    responses: {
      /** @description The fax as Dialpad recorded it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "TVvr5J6Kok",
           *       "contact_id": "5766289023197184",
           *       "created_date": "2026-03-04T15:20:00Z",
           *       "direction": "outbound",
           *       "fax_status": "pending",
           *       "fax_transaction": {
           *         "is_billed": false,
           *         "num_pages": "2"
           *       },
           *       "fax_url": null,
           *       "from_number": "+14155551001",
           *       "to_number": "+14155550160",
           *       "sender_id": "5835806903417907",
           *       "user_id": "5835806903417907"
           *     }
           */
          'application/json': components['schemas']['Fax'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'messages.listOptOuts': {
    parameters: {
      query: {
        /** @description Only entries for this A2P campaign (Dialpad's id for it); requires `opt_out_state=opted_out`. */
        a2p_campaign_id?: number | string;
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description Which entries to list, opted out or opted back in.
         * @example opted_out
         */
        opt_out_state: 'opted_back_in' | 'opted_out';
      };
      header?: never;
      path: {
        /**
         * @description Id of the company the API key belongs to.
         * @example 5100000000000001
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of SMS opt-out entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "external_endpoint": "+14155550123",
           *           "opt_out_state": "opted_out",
           *           "date": "1772637600000",
           *           "opt_out_scope_info": {
           *             "opt_out_scope_level": "company",
           *             "scope_id": "5100000000000001"
           *           }
           *         },
           *         {
           *           "external_endpoint": "+14155550199",
           *           "opt_out_state": "opted_out",
           *           "date": "1772551200000",
           *           "opt_out_scope_info": {
           *             "opt_out_scope_level": "a2p_campaign",
           *             "scope_id": "6200000000000077"
           *           }
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['SmsOptOutList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only users in this state (`all` for every state). */
        state?: 'active' | 'all' | 'cancelled' | 'deleted' | 'pending' | 'suspended';
        /** @description When true, only company admins; when false, only users who are not. */
        company_admin?: boolean;
        /** @description Only the user with this email address. */
        email?: string;
        /** @description Only the user who has this phone number. */
        number?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of users, and a cursor when more pages follow. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5835806903417907",
           *           "company_id": "4508591728425653",
           *           "office_id": "6422934115149452",
           *           "admin_office_ids": [
           *             "6422934115149452"
           *           ],
           *           "country": "us",
           *           "date_active": "2021-06-20T19:18:00Z",
           *           "date_added": "2021-06-20T19:18:00Z",
           *           "date_first_login": "2021-06-20T19:18:00Z",
           *           "display_name": "Avery Chen",
           *           "first_name": "Avery",
           *           "last_name": "Chen",
           *           "emails": [
           *             "avery.chen@example.com"
           *           ],
           *           "forwarding_numbers": [
           *             "+14155550188"
           *           ],
           *           "phone_numbers": [
           *             "+14155551001"
           *           ],
           *           "group_details": [
           *             {
           *               "group_id": "6422934115149452",
           *               "group_type": "office",
           *               "role": "admin",
           *               "do_not_disturb": false
           *             }
           *           ],
           *           "do_not_disturb": false,
           *           "international_dialing_enabled": false,
           *           "is_admin": true,
           *           "is_available": true,
           *           "is_on_duty": false,
           *           "is_online": true,
           *           "is_super_admin": true,
           *           "job_title": "Operations Lead",
           *           "language": "en",
           *           "license": "talk",
           *           "location": "San Francisco",
           *           "muted": false,
           *           "onboarding_completed": true,
           *           "state": "active",
           *           "status_message": "In a meeting",
           *           "timezone": "US/Pacific",
           *           "voicemail": {
           *             "is_default_voicemail": true,
           *             "name": "default",
           *             "voicemail_notifications_enabled": true
           *           }
           *         }
           *       ],
           *       "cursor": "Cg0KC2Rpc3BsYXlfbmFtZRIKQXZlcnkgQ2hlbg"
           *     }
           */
          'application/json': components['schemas']['UserList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "jordan.lee@example.com",
         *       "office_id": 6422934115149452,
         *       "first_name": "Jordan",
         *       "last_name": "Lee",
         *       "license": "talk",
         *       "auto_assign": true
         *     }
         */
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      /** @description The user was created; the answer is the new user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5137304475768569",
           *       "company_id": "4508591728425653",
           *       "office_id": "6422934115149452",
           *       "country": "us",
           *       "date_added": "2026-03-04T15:20:00Z",
           *       "display_name": "Jordan Lee",
           *       "first_name": "Jordan",
           *       "last_name": "Lee",
           *       "emails": [
           *         "jordan.lee@example.com"
           *       ],
           *       "phone_numbers": [
           *         "+14155550123"
           *       ],
           *       "do_not_disturb": false,
           *       "international_dialing_enabled": false,
           *       "is_admin": false,
           *       "is_available": true,
           *       "is_on_duty": false,
           *       "is_online": false,
           *       "is_super_admin": false,
           *       "language": "en",
           *       "license": "talk",
           *       "muted": false,
           *       "onboarding_completed": false,
           *       "state": "active",
           *       "timezone": "US/Pacific",
           *       "voicemail": {
           *         "is_default_voicemail": true,
           *         "name": "default",
           *         "voicemail_notifications_enabled": true
           *       }
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5835806903417907
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5835806903417907",
           *       "company_id": "4508591728425653",
           *       "office_id": "6422934115149452",
           *       "admin_office_ids": [
           *         "6422934115149452"
           *       ],
           *       "country": "us",
           *       "date_active": "2021-06-20T19:18:00Z",
           *       "date_added": "2021-06-20T19:18:00Z",
           *       "date_first_login": "2021-06-20T19:18:00Z",
           *       "display_name": "Avery Chen",
           *       "first_name": "Avery",
           *       "last_name": "Chen",
           *       "emails": [
           *         "avery.chen@example.com"
           *       ],
           *       "forwarding_numbers": [
           *         "+14155550188"
           *       ],
           *       "phone_numbers": [
           *         "+14155551001"
           *       ],
           *       "group_details": [
           *         {
           *           "group_id": "5220648944236254",
           *           "group_type": "callcenter",
           *           "role": "operator",
           *           "do_not_disturb": false
           *         },
           *         {
           *           "group_id": "6422934115149452",
           *           "group_type": "office",
           *           "role": "admin",
           *           "do_not_disturb": false
           *         }
           *       ],
           *       "do_not_disturb": false,
           *       "duty_status_started": "2026-03-04T14:00:00Z",
           *       "international_dialing_enabled": false,
           *       "is_admin": true,
           *       "is_available": true,
           *       "is_on_duty": true,
           *       "is_online": true,
           *       "is_super_admin": true,
           *       "job_title": "Operations Lead",
           *       "language": "en",
           *       "license": "talk",
           *       "location": "San Francisco",
           *       "muted": false,
           *       "on_duty_started": "2026-03-04T14:00:00Z",
           *       "on_duty_status": "available",
           *       "onboarding_completed": true,
           *       "state": "active",
           *       "status_message": "Taking support calls",
           *       "timezone": "US/Pacific",
           *       "voicemail": {
           *         "is_default_voicemail": true,
           *         "name": "default",
           *         "voicemail_notifications_enabled": true
           *       }
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5643742714968973
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user was deleted; the answer is its last state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5643742714968973",
           *       "company_id": "4508591728425653",
           *       "office_id": "5220648944236254",
           *       "country": "us",
           *       "date_added": "2024-09-12T08:30:00Z",
           *       "display_name": "Sam Rivera (deactivated)",
           *       "first_name": "Sam",
           *       "last_name": "Rivera",
           *       "do_not_disturb": true,
           *       "international_dialing_enabled": false,
           *       "is_admin": false,
           *       "is_available": false,
           *       "is_on_duty": false,
           *       "is_online": false,
           *       "is_super_admin": false,
           *       "language": "en",
           *       "license": "agents",
           *       "muted": false,
           *       "onboarding_completed": true,
           *       "state": "deleted",
           *       "status_message": "",
           *       "timezone": "US/Pacific",
           *       "voicemail": {
           *         "is_default_voicemail": true,
           *         "name": "default",
           *         "voicemail_notifications_enabled": false
           *       }
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5835806903417907
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "job_title": "Support Team Lead",
         *       "forwarding_numbers": [
         *         "+14155550188"
         *       ],
         *       "international_dialing_enabled": true
         *     }
         */
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      /** @description The user after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5835806903417907",
           *       "company_id": "4508591728425653",
           *       "office_id": "6422934115149452",
           *       "admin_office_ids": [
           *         "6422934115149452"
           *       ],
           *       "country": "us",
           *       "date_active": "2021-06-20T19:18:00Z",
           *       "date_added": "2021-06-20T19:18:00Z",
           *       "date_first_login": "2021-06-20T19:18:00Z",
           *       "display_name": "Avery Chen",
           *       "first_name": "Avery",
           *       "last_name": "Chen",
           *       "emails": [
           *         "avery.chen@example.com"
           *       ],
           *       "extension": "1042",
           *       "forwarding_numbers": [
           *         "+14155550188"
           *       ],
           *       "phone_numbers": [
           *         "+14155551001"
           *       ],
           *       "do_not_disturb": false,
           *       "international_dialing_enabled": true,
           *       "is_admin": true,
           *       "is_available": true,
           *       "is_on_duty": false,
           *       "is_online": true,
           *       "is_super_admin": true,
           *       "job_title": "Support Team Lead",
           *       "language": "en",
           *       "license": "talk",
           *       "location": "San Francisco",
           *       "muted": false,
           *       "onboarding_completed": true,
           *       "state": "active",
           *       "status_message": "In a meeting",
           *       "timezone": "US/Pacific",
           *       "voicemail": {
           *         "is_default_voicemail": true,
           *         "name": "default",
           *         "voicemail_notifications_enabled": true
           *       }
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.screenPop': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id (Dialpad also documents `me` for user-level keys, but the reference types this id as an integer).
         * @example 5835806903417907
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "screen_pop_uri": "https://crm.example.com/customers/48213"
         *     }
         */
        'application/json': components['schemas']['InitiateScreenPopRequest'];
      };
    };
    responses: {
      /** @description The screen pop was sent; the answer names the device that shows it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "device": {
           *         "id": "ud_7c1e9b04",
           *         "user_id": "5835806903417907",
           *         "type": "native",
           *         "display_name": "Avery's MacBook",
           *         "app_version": "2603.1.0",
           *         "phone_number": "+14155551001",
           *         "date_created": "2025-11-02T09:15:00Z",
           *         "date_registered": "2026-03-04T15:00:00Z",
           *         "date_updated": "2026-03-04T15:00:00Z"
           *       }
           *     }
           */
          'application/json': components['schemas']['ScreenPopResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.getCallerId': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5835806903417907
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's current caller ID and the choices available. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5835806903417907",
           *       "caller_id": "+14155551001",
           *       "primary_phone": "+14155551001",
           *       "phone_numbers": [
           *         "+14155551001"
           *       ],
           *       "forwarding_numbers": [
           *         "+14155550188"
           *       ],
           *       "office_main_line": "+14155550100",
           *       "groups": [
           *         {
           *           "display_name": "Customer Support",
           *           "caller_id": "+14155550120"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['UserCallerId'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.setCallerId': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5835806903417907
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "caller_id": "+14155550120"
         *     }
         */
        'application/json': components['schemas']['UserSetCallerIdRequest'];
      };
    };
    responses: {
      /** @description The user's caller ID after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5835806903417907",
           *       "caller_id": "+14155550120",
           *       "primary_phone": "+14155551001",
           *       "phone_numbers": [
           *         "+14155551001"
           *       ],
           *       "forwarding_numbers": [
           *         "+14155550188"
           *       ],
           *       "office_main_line": "+14155550100",
           *       "groups": [
           *         {
           *           "display_name": "Customer Support",
           *           "caller_id": "+14155550120"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['UserCallerId'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.getDeskphone': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The desk phone's id (as listed by the user's desk phones).
         * @example +14155551001-user-5835806903417907-yealink-hex_71afb3cbf6
         */
        id: string;
        /**
         * @description The user's id.
         * @example 5835806903417907
         */
        parent_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The desk phone. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "+14155551001-user-5835806903417907-yealink-hex_71afb3cbf6",
           *       "name": "Front desk Yealink",
           *       "type": "yealink",
           *       "device_model": "T54W",
           *       "firmware_version": "96.86.0.45",
           *       "mac_address": "805ec0a1b2c3",
           *       "byod": false,
           *       "owner_id": "5835806903417907",
           *       "owner_type": "user",
           *       "phone_number": "+14155551001",
           *       "port": "7060",
           *       "realm": "sip.dialpad.example",
           *       "ring_notification": true,
           *       "sip_transport_type": "tls"
           *     }
           */
          'application/json': components['schemas']['Deskphone'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.deleteDeskphone': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The desk phone's id (as listed by the user's desk phones).
         * @example +14155551001-user-5835806903417907-yealink-hex_71afb3cbf6
         */
        id: string;
        /**
         * @description The user's id.
         * @example 5835806903417907
         */
        parent_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The desk phone was removed. The answer has no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.listDeskphones': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id.
         * @example 5835806903417907
         */
        parent_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's desk phones. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "+14155551001-user-5835806903417907-yealink-hex_71afb3cbf6",
           *           "name": "Front desk Yealink",
           *           "type": "yealink",
           *           "mac_address": "805ec0a1b2c3",
           *           "byod": false,
           *           "owner_id": "5835806903417907",
           *           "owner_type": "user",
           *           "phone_number": "+14155551001",
           *           "port": "7060",
           *           "realm": "sip.dialpad.example",
           *           "ring_notification": true,
           *           "sip_transport_type": "tls"
           *         },
           *         {
           *           "id": "+14155551001-user-5835806903417907-polycom-hex_bc7abbd28f",
           *           "name": "Home office Polycom",
           *           "type": "polycom",
           *           "mac_address": "0004f2d4e5f6",
           *           "byod": true,
           *           "owner_id": "5835806903417907",
           *           "owner_type": "user",
           *           "phone_number": "+14155551001",
           *           "port": "7060",
           *           "realm": "sip.dialpad.example",
           *           "ring_notification": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['DeskphoneList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.toggleDnd': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5835806903417907
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "do_not_disturb": true,
         *       "group_id": 5220648944236254,
         *       "group_type": "callcenter"
         *     }
         */
        'application/json': components['schemas']['UserToggleDndRequest'];
      };
    };
    responses: {
      /** @description The user's do-not-disturb state after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5835806903417907",
           *       "do_not_disturb": true,
           *       "group_id": "5220648944236254",
           *       "group_type": "callcenter"
           *     }
           */
          'application/json': components['schemas']['UserDndStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.getE911': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id.
         * @example 5835806903417907
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's E911 address. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "address": "500 Howard St",
           *       "address2": "Floor 4",
           *       "city": "San Francisco",
           *       "state": "ca",
           *       "zip": "94105",
           *       "country": "us"
           *     }
           */
          'application/json': components['schemas']['OfficeE911Address'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.updateE911': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id.
         * @example 5835806903417907
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "address": "500 Howard St",
         *       "address2": "Floor 4",
         *       "city": "San Francisco",
         *       "state": "ca",
         *       "zip": "94105",
         *       "country": "us",
         *       "use_validated_option": true
         *     }
         */
        'application/json': components['schemas']['UserE911UpdateRequest'];
      };
    };
    responses: {
      /** @description The user's E911 address after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "address": "500 HOWARD ST",
           *       "address2": "FLOOR 4",
           *       "city": "SAN FRANCISCO",
           *       "state": "ca",
           *       "zip": "94105",
           *       "country": "us"
           *     }
           */
          'application/json': components['schemas']['OfficeE911Address'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.listPersonas': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5835806903417907
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's personas. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5220648944236254",
           *           "name": "Customer Support",
           *           "type": "callcenter",
           *           "caller_id": "+14155550120",
           *           "phone_numbers": [
           *             "+14155550120"
           *           ],
           *           "image_url": "https://dialpad.example.com/avatar/callcenter/5220648944236254.png"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['UserPersonaList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.moveOffice': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id, or `me` for the user the credential belongs to (user-level keys and tokens).
         * @example 5835806903417907
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "office_id": 5610884321509376
         *     }
         */
        'application/json': components['schemas']['UserMoveOfficeRequest'];
      };
    };
    responses: {
      /** @description The user, now in the new office. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5835806903417907",
           *       "company_id": "4508591728425653",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "date_added": "2021-06-20T19:18:00Z",
           *       "display_name": "Avery Chen",
           *       "first_name": "Avery",
           *       "last_name": "Chen",
           *       "emails": [
           *         "avery.chen@example.com"
           *       ],
           *       "phone_numbers": [
           *         "+14155551001"
           *       ],
           *       "do_not_disturb": false,
           *       "international_dialing_enabled": false,
           *       "is_admin": true,
           *       "is_available": true,
           *       "is_on_duty": false,
           *       "is_online": true,
           *       "is_super_admin": true,
           *       "language": "en",
           *       "license": "talk",
           *       "muted": false,
           *       "onboarding_completed": true,
           *       "state": "active",
           *       "timezone": "US/Pacific",
           *       "voicemail": {
           *         "is_default_voicemail": true,
           *         "name": "default",
           *         "voicemail_notifications_enabled": true
           *       }
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.updateStatus': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id.
         * @example 5835806903417907
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "status_message": "Out for lunch, back at 1 pm",
         *       "expiration": 3600
         *     }
         */
        'application/json': components['schemas']['UserStatusRequest'];
      };
    };
    responses: {
      /** @description The user's status after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5835806903417907",
           *       "status_message": "Out for lunch, back at 1 pm",
           *       "expiration": "3600"
           *     }
           */
          'application/json': components['schemas']['UserStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.getDevice': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The device's id.
         * @example ud_7c1e9b04
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The device. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "ud_7c1e9b04",
           *       "user_id": "5835806903417907",
           *       "type": "native",
           *       "display_name": "Avery's MacBook",
           *       "app_version": "2603.1.0",
           *       "phone_number": "+14155551001",
           *       "date_created": "2025-11-02T09:15:00Z",
           *       "date_registered": "2026-03-04T15:00:00Z",
           *       "date_updated": "2026-03-04T15:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ScreenPopDevice'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'users.listDevices': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description The user whose devices to list, or `me` for the user the credential belongs to (user-level keys and tokens). */
        user_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the user's devices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "ud_7c1e9b04",
           *           "user_id": "5835806903417907",
           *           "type": "native",
           *           "display_name": "Avery's MacBook",
           *           "app_version": "2603.1.0",
           *           "phone_number": "+14155551001",
           *           "date_created": "2025-11-02T09:15:00Z",
           *           "date_registered": "2026-03-04T15:00:00Z",
           *           "date_updated": "2026-03-04T15:00:00Z"
           *         },
           *         {
           *           "id": "ud_19f4a2d7",
           *           "user_id": "5835806903417907",
           *           "type": "iphone",
           *           "display_name": "Avery's iPhone",
           *           "app_version": "2603.0.2",
           *           "phone_number": "+14155551001",
           *           "date_created": "2025-12-10T18:40:00Z",
           *           "date_updated": "2026-02-27T08:05:00Z"
           *         }
           *       ],
           *       "cursor": "Cg0KC3VzZXJkZXZpY2VzEAI"
           *     }
           */
          'application/json': components['schemas']['UserDeviceList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'contacts.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Set to true to also return the local (per-user) contacts of the company's users; by default only shared contacts are returned. */
        include_local?: boolean;
        /** @description Return the local contacts of this user instead of the shared address book. */
        owner_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of contacts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5837029311651840",
           *           "type": "shared",
           *           "owner_id": "4504711230914560",
           *           "first_name": "Maria",
           *           "last_name": "Okafor",
           *           "display_name": "Maria Okafor",
           *           "company_name": "Harbor Freight Logistics",
           *           "job_title": "Procurement Lead",
           *           "emails": [
           *             "maria.okafor@harborfreight.example"
           *           ],
           *           "primary_email": "maria.okafor@harborfreight.example",
           *           "phones": [
           *             "+14155550123"
           *           ],
           *           "primary_phone": "+14155550123",
           *           "urls": []
           *         },
           *         {
           *           "id": "6192847710457856",
           *           "type": "shared",
           *           "owner_id": "4504711230914560",
           *           "first_name": "Kenji",
           *           "last_name": "Tanaka",
           *           "display_name": "Kenji Tanaka",
           *           "emails": [],
           *           "phones": [
           *             "+12125550148"
           *           ],
           *           "primary_phone": "+12125550148"
           *         }
           *       ],
           *       "cursor": "Cg4KCGNvbnRhY3RzEJ0B"
           *     }
           */
          'application/json': components['schemas']['ContactList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'contacts.upsert': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "uid": "crm-00017342",
         *       "first_name": "Maria",
         *       "last_name": "Okafor",
         *       "company_name": "Harbor Freight Logistics",
         *       "job_title": "Procurement Lead",
         *       "emails": [
         *         "maria.okafor@harborfreight.example"
         *       ],
         *       "phones": [
         *         "+14155550123"
         *       ],
         *       "urls": [
         *         "https://harborfreight.example"
         *       ]
         *     }
         */
        'application/json': components['schemas']['UpsertContactRequest'];
      };
    };
    responses: {
      /** @description The contact as stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "shared_crm-00017342",
           *       "type": "shared",
           *       "owner_id": "4504711230914560",
           *       "first_name": "Maria",
           *       "last_name": "Okafor",
           *       "display_name": "Maria Okafor",
           *       "company_name": "Harbor Freight Logistics",
           *       "job_title": "Procurement Lead",
           *       "emails": [
           *         "maria.okafor@harborfreight.example"
           *       ],
           *       "primary_email": "maria.okafor@harborfreight.example",
           *       "phones": [
           *         "+14155550123"
           *       ],
           *       "primary_phone": "+14155550123",
           *       "urls": [
           *         "https://harborfreight.example"
           *       ]
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'contacts.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "first_name": "Maria",
         *       "last_name": "Okafor",
         *       "company_name": "Harbor Freight Logistics",
         *       "job_title": "Procurement Lead",
         *       "emails": [
         *         "maria.okafor@harborfreight.example"
         *       ],
         *       "phones": [
         *         "+14155550123",
         *         "+14155550187"
         *       ],
         *       "extension": "204",
         *       "urls": [
         *         "https://harborfreight.example"
         *       ]
         *     }
         */
        'application/json': components['schemas']['CreateContactRequest'];
      };
    };
    responses: {
      /** @description The contact as stored, with the id Dialpad gave it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5837029311651840",
           *       "type": "shared",
           *       "owner_id": "4504711230914560",
           *       "first_name": "Maria",
           *       "last_name": "Okafor",
           *       "display_name": "Maria Okafor",
           *       "company_name": "Harbor Freight Logistics",
           *       "job_title": "Procurement Lead",
           *       "emails": [
           *         "maria.okafor@harborfreight.example"
           *       ],
           *       "primary_email": "maria.okafor@harborfreight.example",
           *       "phones": [
           *         "+14155550123",
           *         "+14155550187"
           *       ],
           *       "primary_phone": "+14155550123",
           *       "extension": "204",
           *       "urls": [
           *         "https://harborfreight.example"
           *       ]
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'contacts.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the contact.
         * @example 5837029311651840
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5837029311651840",
           *       "type": "local",
           *       "owner_id": "5121880439717888",
           *       "first_name": "Maria",
           *       "last_name": "Okafor",
           *       "display_name": "Maria Okafor",
           *       "company_name": "Harbor Freight Logistics",
           *       "job_title": "Procurement Lead",
           *       "emails": [
           *         "maria.okafor@harborfreight.example"
           *       ],
           *       "primary_email": "maria.okafor@harborfreight.example",
           *       "phones": [
           *         "+14155550123"
           *       ],
           *       "primary_phone": "+14155550123",
           *       "extension": null,
           *       "urls": []
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'contacts.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the contact to delete.
         * @example 5837029311651840
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact that was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5837029311651840",
           *       "type": "shared",
           *       "owner_id": "4504711230914560",
           *       "first_name": "Maria",
           *       "last_name": "Okafor",
           *       "display_name": "Maria Okafor",
           *       "emails": [
           *         "maria.okafor@harborfreight.example"
           *       ],
           *       "primary_email": "maria.okafor@harborfreight.example",
           *       "phones": [
           *         "+14155550123"
           *       ],
           *       "primary_phone": "+14155550123"
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'contacts.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the contact to change.
         * @example 5837029311651840
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "job_title": "Head of Procurement",
         *       "phones": [
         *         "+14155550123",
         *         "+14155550199"
         *       ]
         *     }
         */
        'application/json': components['schemas']['UpdateContactRequest'];
      };
    };
    responses: {
      /** @description The contact after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5837029311651840",
           *       "type": "shared",
           *       "owner_id": "4504711230914560",
           *       "first_name": "Maria",
           *       "last_name": "Okafor",
           *       "display_name": "Maria Okafor",
           *       "company_name": "Harbor Freight Logistics",
           *       "job_title": "Head of Procurement",
           *       "emails": [
           *         "maria.okafor@harborfreight.example"
           *       ],
           *       "primary_email": "maria.okafor@harborfreight.example",
           *       "phones": [
           *         "+14155550123",
           *         "+14155550199"
           *       ],
           *       "primary_phone": "+14155550123",
           *       "urls": []
           *     }
           */
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Set to true to leave out offices that are not active (pending, suspended, cancelled, deleted). */
        active_only?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of offices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5610884321509376",
           *           "office_id": "5610884321509376",
           *           "name": "Harbor Freight Logistics (San Francisco)",
           *           "is_primary_office": true,
           *           "state": "active",
           *           "availability_status": "open",
           *           "country": "us",
           *           "timezone": "America/Los_Angeles",
           *           "phone_numbers": [
           *             "+14155550100"
           *           ],
           *           "first_action": "operators",
           *           "no_operators_action": "voicemail",
           *           "ring_seconds": "30",
           *           "monday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "tuesday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "wednesday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "thursday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "friday_hours": [
           *             "08:00",
           *             "12:00",
           *             "13:00",
           *             "17:00"
           *           ],
           *           "saturday_hours": [],
           *           "sunday_hours": [],
           *           "voicemail_notification_emails": [
           *             "frontdesk@harborfreight.example"
           *           ],
           *           "e911_address": {
           *             "address": "500 Howard Street",
           *             "address2": "Floor 4",
           *             "city": "San Francisco",
           *             "state": "CA",
           *             "zip": "94105",
           *             "country": "us"
           *           },
           *           "office_settings": {
           *             "allow_device_guest_login": false,
           *             "block_caller_id_disabled": false,
           *             "bridged_target_recording_allowed": true,
           *             "disable_desk_phone_self_provision": false,
           *             "disable_ivr_voicemail": false,
           *             "no_recording_message_on_user_calls": false,
           *             "set_caller_id_disabled": false
           *           },
           *           "routing_options": {
           *             "open": {
           *               "action": "department",
           *               "action_target_id": "6473020185731072",
           *               "action_target_type": "department",
           *               "operator_routing": "simultaneous",
           *               "try_dial_operators": true,
           *               "dtmf": [
           *                 {
           *                   "input": "1",
           *                   "options": {
           *                     "action": "department",
           *                     "action_target_id": "6473020185731072",
           *                     "action_target_type": "department"
           *                   }
           *                 },
           *                 {
           *                   "input": "0",
           *                   "options": {
           *                     "action": "operator"
           *                   }
           *                 }
           *               ]
           *             },
           *             "closed": {
           *               "action": "voicemail",
           *               "operator_routing": "simultaneous",
           *               "try_dial_operators": false,
           *               "dtmf": [
           *                 {
           *                   "input": "1",
           *                   "options": {
           *                     "action": "directory"
           *                   }
           *                 }
           *               ]
           *             }
           *           }
           *         }
           *       ],
           *       "cursor": "Cg0KB29mZmljZXMQlgE"
           *     }
           */
          'application/json': components['schemas']['OfficeList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Harbor Freight Logistics (Austin)",
         *       "group_description": "Warehouse and dispatch team in Texas.",
         *       "country": "US",
         *       "timezone": "America/Chicago",
         *       "currency": "USD",
         *       "plan_period": "monthly",
         *       "annual_commit_monthly_billing": false,
         *       "invoiced": false,
         *       "unified_billing": true,
         *       "international_enabled": false,
         *       "billing_address": {
         *         "address_line_1": "1100 Congress Avenue",
         *         "city": "Austin",
         *         "country": "us",
         *         "postal_code": "78701",
         *         "region": "TX"
         *       },
         *       "billing_contact": {
         *         "name": "Dana Whitfield",
         *         "email": "billing@harborfreight.example",
         *         "phone": "+15125550190"
         *       },
         *       "use_same_address": true,
         *       "e911_address": {
         *         "address": "1100 Congress Avenue",
         *         "city": "Austin",
         *         "state": "TX",
         *         "zip": "78701",
         *         "country": "us"
         *       },
         *       "auto_call_recording": false,
         *       "first_action": "operators",
         *       "no_operators_action": "voicemail",
         *       "ring_seconds": 30,
         *       "hours_on": true,
         *       "monday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "tuesday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "wednesday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "thursday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "friday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "saturday_hours": [],
         *       "sunday_hours": [],
         *       "routing_options": {
         *         "open": {
         *           "action": "voicemail",
         *           "operator_routing": "simultaneous",
         *           "try_dial_operators": true
         *         },
         *         "closed": {
         *           "action": "voicemail",
         *           "try_dial_operators": false
         *         }
         *       },
         *       "voice_intelligence": {
         *         "allow_pause": true,
         *         "auto_start": true
         *       }
         *     }
         */
        'application/json': components['schemas']['OfficeCreateRequest'];
      };
    };
    responses: {
      /** @description The new office and its plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "office": {
           *         "id": "6028143912648704",
           *         "office_id": "6028143912648704",
           *         "name": "Harbor Freight Logistics (Austin)",
           *         "is_primary_office": false,
           *         "state": "active",
           *         "availability_status": "open",
           *         "country": "us",
           *         "timezone": "America/Chicago",
           *         "phone_numbers": [],
           *         "first_action": "operators",
           *         "no_operators_action": "voicemail",
           *         "ring_seconds": "30",
           *         "monday_hours": [
           *           "08:00",
           *           "17:00"
           *         ],
           *         "tuesday_hours": [
           *           "08:00",
           *           "17:00"
           *         ],
           *         "wednesday_hours": [
           *           "08:00",
           *           "17:00"
           *         ],
           *         "thursday_hours": [
           *           "08:00",
           *           "17:00"
           *         ],
           *         "friday_hours": [
           *           "08:00",
           *           "17:00"
           *         ],
           *         "saturday_hours": [],
           *         "sunday_hours": [],
           *         "e911_address": {
           *           "address": "1100 CONGRESS AVE",
           *           "city": "AUSTIN",
           *           "state": "TX",
           *           "zip": "78701",
           *           "country": "us"
           *         },
           *         "routing_options": {
           *           "open": {
           *             "action": "voicemail",
           *             "operator_routing": "simultaneous",
           *             "try_dial_operators": true,
           *             "dtmf": []
           *           },
           *           "closed": {
           *             "action": "voicemail",
           *             "operator_routing": "simultaneous",
           *             "try_dial_operators": false,
           *             "dtmf": []
           *           }
           *         }
           *       },
           *       "plan": {
           *         "additional_number_lines": "0",
           *         "balance": "0.0000",
           *         "contact_center_lines": "0",
           *         "fax_lines": "0",
           *         "next_billing_date": "1775001600000",
           *         "ppu_address": {
           *           "address_line_1": "1100 Congress Avenue",
           *           "city": "Austin",
           *           "country": "us",
           *           "postal_code": "78701",
           *           "region": "TX"
           *         },
           *         "room_lines": "0",
           *         "sell_lines": "0",
           *         "talk_lines": "0",
           *         "tollfree_additional_number_lines": "0",
           *         "tollfree_room_lines": "0",
           *         "tollfree_uberconference_lines": "0",
           *         "uberconference_lines": "0"
           *       }
           *     }
           */
          'application/json': components['schemas']['OfficeUpdateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.listOperators': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The office's operators, users and rooms apart. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "users": [
           *         {
           *           "id": "4922308467408896",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "admin_office_ids": [
           *             "5610884321509376"
           *           ],
           *           "country": "us",
           *           "date_active": "2025-02-11T16:04:00Z",
           *           "date_added": "2025-02-10T09:30:00Z",
           *           "date_first_login": "2025-02-11T16:04:00Z",
           *           "display_name": "Priya Raman",
           *           "first_name": "Priya",
           *           "last_name": "Raman",
           *           "emails": [
           *             "priya.raman@harborfreight.example"
           *           ],
           *           "extension": "2042",
           *           "phone_numbers": [
           *             "+14155550142"
           *           ],
           *           "forwarding_numbers": [],
           *           "group_details": [
           *             {
           *               "do_not_disturb": false,
           *               "group_id": "5610884321509376",
           *               "group_type": "office",
           *               "role": "admin"
           *             }
           *           ],
           *           "image_url": "https://dialpad.example.com/avatar/user/4922308467408896.png",
           *           "do_not_disturb": false,
           *           "international_dialing_enabled": false,
           *           "is_admin": true,
           *           "is_available": true,
           *           "is_on_duty": false,
           *           "is_online": true,
           *           "is_super_admin": false,
           *           "job_title": "Front desk lead",
           *           "language": "en",
           *           "license": "talk",
           *           "location": "San Francisco",
           *           "muted": false,
           *           "onboarding_completed": true,
           *           "state": "active",
           *           "status_message": "At the front desk",
           *           "timezone": "America/Los_Angeles",
           *           "voicemail": {
           *             "is_default_voicemail": true,
           *             "name": "default",
           *             "voicemail_notifications_enabled": true
           *           }
           *         }
           *       ],
           *       "rooms": [
           *         {
           *           "id": "5330628436738048",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "country": "us",
           *           "name": "Lobby phone",
           *           "image_url": "https://dialpad.example.com/avatar/room_contact/5330628436738048.png",
           *           "is_free": false,
           *           "is_on_duty": true,
           *           "phone_numbers": [
           *             "+14155550177"
           *           ],
           *           "state": "active"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['OfficeOperatorCollection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.addOperator': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "operator_id": 4922308467408896,
         *       "operator_type": "user",
         *       "role": "operator"
         *     }
         */
        'application/json': components['schemas']['OfficeOperatorRequest'];
      };
    };
    responses: {
      /** @description The user or room that was added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4922308467408896",
           *       "name": "Priya Raman",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/user/4922308467408896.png",
           *       "is_on_duty": false,
           *       "phone_numbers": [
           *         "+14155550142"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['OfficeOperator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.removeOperator': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "operator_id": 4922308467408896,
         *       "operator_type": "user"
         *     }
         */
        'application/json': components['schemas']['OfficeRemoveOperatorRequest'];
      };
    };
    responses: {
      /** @description The user or room that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4922308467408896",
           *       "name": "Priya Raman",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/user/4922308467408896.png",
           *       "is_on_duty": false,
           *       "phone_numbers": [
           *         "+14155550142"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['OfficeOperator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The office. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5610884321509376",
           *       "office_id": "5610884321509376",
           *       "name": "Harbor Freight Logistics (San Francisco)",
           *       "is_primary_office": true,
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550100"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "monday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "tuesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "wednesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "thursday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "friday_hours": [
           *         "08:00",
           *         "12:00",
           *         "13:00",
           *         "17:00"
           *       ],
           *       "saturday_hours": [],
           *       "sunday_hours": [],
           *       "voicemail_notification_emails": [
           *         "frontdesk@harborfreight.example"
           *       ],
           *       "e911_address": {
           *         "address": "500 Howard Street",
           *         "address2": "Floor 4",
           *         "city": "San Francisco",
           *         "state": "CA",
           *         "zip": "94105",
           *         "country": "us"
           *       },
           *       "office_settings": {
           *         "allow_device_guest_login": false,
           *         "block_caller_id_disabled": false,
           *         "bridged_target_recording_allowed": true,
           *         "disable_desk_phone_self_provision": false,
           *         "disable_ivr_voicemail": false,
           *         "no_recording_message_on_user_calls": false,
           *         "set_caller_id_disabled": false
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "department",
           *           "action_target_id": "6473020185731072",
           *           "action_target_type": "department",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": true,
           *           "dtmf": [
           *             {
           *               "input": "1",
           *               "options": {
           *                 "action": "department",
           *                 "action_target_id": "6473020185731072",
           *                 "action_target_type": "department"
           *               }
           *             },
           *             {
           *               "input": "0",
           *               "options": {
           *                 "action": "operator"
           *               }
           *             }
           *           ]
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": false,
           *           "dtmf": [
           *             {
           *               "input": "1",
           *               "options": {
           *                 "action": "directory"
           *               }
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['Office'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office to change.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "hours_on": true,
         *       "monday_hours": [
         *         "08:00",
         *         "18:00"
         *       ],
         *       "tuesday_hours": [
         *         "08:00",
         *         "18:00"
         *       ],
         *       "wednesday_hours": [
         *         "08:00",
         *         "18:00"
         *       ],
         *       "thursday_hours": [
         *         "08:00",
         *         "18:00"
         *       ],
         *       "friday_hours": [
         *         "08:00",
         *         "12:00",
         *         "13:00",
         *         "17:00"
         *       ],
         *       "saturday_hours": [],
         *       "sunday_hours": []
         *     }
         */
        'application/json': components['schemas']['OfficeUpdateRequest'];
      };
    };
    responses: {
      /** @description The office after the change, with its plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "office": {
           *         "id": "5610884321509376",
           *         "office_id": "5610884321509376",
           *         "name": "Harbor Freight Logistics (San Francisco)",
           *         "is_primary_office": true,
           *         "state": "active",
           *         "availability_status": "open",
           *         "country": "us",
           *         "timezone": "America/Los_Angeles",
           *         "phone_numbers": [
           *           "+14155550100"
           *         ],
           *         "first_action": "operators",
           *         "no_operators_action": "voicemail",
           *         "ring_seconds": "30",
           *         "monday_hours": [
           *           "08:00",
           *           "18:00"
           *         ],
           *         "tuesday_hours": [
           *           "08:00",
           *           "18:00"
           *         ],
           *         "wednesday_hours": [
           *           "08:00",
           *           "18:00"
           *         ],
           *         "thursday_hours": [
           *           "08:00",
           *           "18:00"
           *         ],
           *         "friday_hours": [
           *           "08:00",
           *           "12:00",
           *           "13:00",
           *           "17:00"
           *         ],
           *         "saturday_hours": [],
           *         "sunday_hours": []
           *       },
           *       "plan": {
           *         "additional_number_lines": "2",
           *         "balance": "125.5000",
           *         "contact_center_lines": "4",
           *         "fax_lines": "1",
           *         "next_billing_date": "1775001600000",
           *         "ppu_address": {
           *           "address_line_1": "500 Howard Street",
           *           "address_line_2": "Floor 4",
           *           "city": "San Francisco",
           *           "country": "us",
           *           "postal_code": "94105",
           *           "region": "CA"
           *         },
           *         "room_lines": "3",
           *         "sell_lines": "0",
           *         "talk_lines": "42",
           *         "tollfree_additional_number_lines": "0",
           *         "tollfree_room_lines": "0",
           *         "tollfree_uberconference_lines": "0",
           *         "uberconference_lines": "1"
           *       }
           *     }
           */
          'application/json': components['schemas']['OfficeUpdateResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.getPrimary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The primary office. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5610884321509376",
           *       "office_id": "5610884321509376",
           *       "name": "Harbor Freight Logistics (San Francisco)",
           *       "is_primary_office": true,
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550100"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "monday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "tuesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "wednesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "thursday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "friday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "saturday_hours": [],
           *       "sunday_hours": [],
           *       "e911_address": {
           *         "address": "500 Howard Street",
           *         "address2": "Floor 4",
           *         "city": "San Francisco",
           *         "state": "CA",
           *         "zip": "94105",
           *         "country": "us"
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "operator",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": false,
           *           "dtmf": []
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['Office'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.getPlan': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        office_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The office's plan. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "additional_number_lines": "2",
           *       "balance": "125.5000",
           *       "contact_center_lines": "4",
           *       "fax_lines": "1",
           *       "next_billing_date": "1775001600000",
           *       "ppu_address": {
           *         "address_line_1": "500 Howard Street",
           *         "address_line_2": "Floor 4",
           *         "city": "San Francisco",
           *         "country": "us",
           *         "postal_code": "94105",
           *         "region": "CA"
           *       },
           *       "room_lines": "3",
           *       "sell_lines": "0",
           *       "talk_lines": "42",
           *       "tollfree_additional_number_lines": "0",
           *       "tollfree_room_lines": "0",
           *       "tollfree_uberconference_lines": "0",
           *       "uberconference_lines": "1"
           *     }
           */
          'application/json': components['schemas']['OfficePlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.listAvailableLicenses': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        office_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The free licenses, by kind. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "additional_number_lines": "1",
           *       "contact_center_lines": "2",
           *       "fax_lines": "0",
           *       "room_lines": "1",
           *       "sell_lines": "0",
           *       "talk_lines": "5",
           *       "tollfree_additional_number_lines": "0",
           *       "tollfree_room_lines": "0",
           *       "tollfree_uberconference_lines": "0",
           *       "uberconference_lines": "0"
           *     }
           */
          'application/json': components['schemas']['OfficeAvailableLicenses'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.getE911': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The office's emergency address. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "address": "500 Howard Street",
           *       "address2": "Floor 4",
           *       "city": "San Francisco",
           *       "state": "CA",
           *       "zip": "94105",
           *       "country": "us"
           *     }
           */
          'application/json': components['schemas']['OfficeE911Address'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.updateE911': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "address": "500 Howard Street",
         *       "address2": "Floor 4",
         *       "city": "San Francisco",
         *       "state": "CA",
         *       "zip": "94105",
         *       "country": "us",
         *       "update_all": false,
         *       "use_validated_option": true
         *     }
         */
        'application/json': components['schemas']['OfficeE911UpdateRequest'];
      };
    };
    responses: {
      /** @description The emergency address now registered. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "address": "500 HOWARD ST",
           *       "address2": "FLOOR 4",
           *       "city": "SAN FRANCISCO",
           *       "state": "CA",
           *       "zip": "94105",
           *       "country": "us"
           *     }
           */
          'application/json': components['schemas']['OfficeE911Address'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'offices.listOffDutyStatuses': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The office's off-duty reasons. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5610884321509376",
           *       "off_duty_statuses": [
           *         "Lunch",
           *         "Training",
           *         "Team meeting"
           *       ]
           *     }
           */
          'application/json': components['schemas']['OfficeOffDutyStatuses'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only return departments of this office. */
        office_id?: number | string;
        /** @description Only return departments whose name contains this text (`Sales` matches `Inside Sales` and `Sales EMEA`). */
        name_search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of departments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6473020185731072",
           *           "name": "Sales",
           *           "group_description": "Inbound sales enquiries for North America.",
           *           "office_id": "5610884321509376",
           *           "state": "active",
           *           "availability_status": "open",
           *           "country": "us",
           *           "timezone": "America/Los_Angeles",
           *           "phone_numbers": [
           *             "+14155550110"
           *           ],
           *           "first_action": "operators",
           *           "no_operators_action": "voicemail",
           *           "ring_seconds": "30",
           *           "auto_call_recording": false,
           *           "hours_on": true,
           *           "monday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "tuesday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "wednesday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "thursday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "friday_hours": [
           *             "08:00",
           *             "17:00"
           *           ],
           *           "saturday_hours": [],
           *           "sunday_hours": [],
           *           "voicemail_notification_emails": [
           *             "sales-leads@harborfreight.example"
           *           ],
           *           "hold_queue": {
           *             "allow_queuing": true,
           *             "max_hold_count": "20",
           *             "max_hold_seconds": "600"
           *           },
           *           "voice_intelligence": {
           *             "allow_pause": true,
           *             "auto_start": true
           *           },
           *           "routing_options": {
           *             "open": {
           *               "action": "voicemail",
           *               "operator_routing": "simultaneous",
           *               "try_dial_operators": true,
           *               "dtmf": []
           *             },
           *             "closed": {
           *               "action": "voicemail",
           *               "operator_routing": "simultaneous",
           *               "try_dial_operators": false,
           *               "dtmf": [
           *                 {
           *                   "input": "0",
           *                   "options": {
           *                     "action": "department",
           *                     "action_target_id": "5610884321509376",
           *                     "action_target_type": "office"
           *                   }
           *                 }
           *               ]
           *             }
           *           }
           *         }
           *       ],
           *       "cursor": "Cg8KC2RlcGFydG1lbnRzEEY"
           *     }
           */
          'application/json': components['schemas']['DepartmentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Returns",
         *       "office_id": 5610884321509376,
         *       "group_description": "Returns, exchanges and refunds.",
         *       "auto_call_recording": false,
         *       "ring_seconds": 30,
         *       "hours_on": true,
         *       "monday_hours": [
         *         "09:00",
         *         "17:00"
         *       ],
         *       "tuesday_hours": [
         *         "09:00",
         *         "17:00"
         *       ],
         *       "wednesday_hours": [
         *         "09:00",
         *         "17:00"
         *       ],
         *       "thursday_hours": [
         *         "09:00",
         *         "17:00"
         *       ],
         *       "friday_hours": [
         *         "09:00",
         *         "17:00"
         *       ],
         *       "saturday_hours": [],
         *       "sunday_hours": [],
         *       "hold_queue": {
         *         "allow_queuing": true,
         *         "max_hold_count": 10,
         *         "max_hold_seconds": 300
         *       },
         *       "voice_intelligence": {
         *         "allow_pause": true,
         *         "auto_start": true
         *       },
         *       "routing_options": {
         *         "open": {
         *           "action": "voicemail",
         *           "operator_routing": "longestidle",
         *           "try_dial_operators": true
         *         },
         *         "closed": {
         *           "action": "voicemail",
         *           "try_dial_operators": false
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['DepartmentCreateRequest'];
      };
    };
    responses: {
      /** @description The new department. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5946776151343104",
           *       "name": "Returns",
           *       "group_description": "Returns, exchanges and refunds.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "auto_call_recording": false,
           *       "hours_on": true,
           *       "monday_hours": [
           *         "09:00",
           *         "17:00"
           *       ],
           *       "tuesday_hours": [
           *         "09:00",
           *         "17:00"
           *       ],
           *       "wednesday_hours": [
           *         "09:00",
           *         "17:00"
           *       ],
           *       "thursday_hours": [
           *         "09:00",
           *         "17:00"
           *       ],
           *       "friday_hours": [
           *         "09:00",
           *         "17:00"
           *       ],
           *       "saturday_hours": [],
           *       "sunday_hours": [],
           *       "hold_queue": {
           *         "allow_queuing": true,
           *         "max_hold_count": "10",
           *         "max_hold_seconds": "300"
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": false,
           *           "dtmf": []
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['Department'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.listOperators': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the department.
         * @example 6473020185731072
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The department's operators, users and rooms apart. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "users": [
           *         {
           *           "id": "4922308467408896",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "country": "us",
           *           "date_active": "2025-02-11T16:04:00Z",
           *           "date_added": "2025-02-10T09:30:00Z",
           *           "display_name": "Priya Raman",
           *           "first_name": "Priya",
           *           "last_name": "Raman",
           *           "emails": [
           *             "priya.raman@harborfreight.example"
           *           ],
           *           "extension": "2042",
           *           "phone_numbers": [
           *             "+14155550142"
           *           ],
           *           "group_details": [
           *             {
           *               "do_not_disturb": false,
           *               "group_id": "6473020185731072",
           *               "group_type": "department",
           *               "role": "admin"
           *             }
           *           ],
           *           "do_not_disturb": false,
           *           "is_admin": false,
           *           "is_available": true,
           *           "is_on_duty": true,
           *           "is_online": true,
           *           "is_super_admin": false,
           *           "language": "en",
           *           "license": "talk",
           *           "muted": false,
           *           "onboarding_completed": true,
           *           "state": "active",
           *           "timezone": "America/Los_Angeles",
           *           "voicemail": {
           *             "is_default_voicemail": true,
           *             "name": "default",
           *             "voicemail_notifications_enabled": true
           *           }
           *         }
           *       ],
           *       "rooms": [
           *         {
           *           "id": "5330628436738048",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "country": "us",
           *           "name": "Showroom phone",
           *           "image_url": "https://dialpad.example.com/avatar/room_contact/5330628436738048.png",
           *           "is_free": false,
           *           "is_on_duty": true,
           *           "phone_numbers": [
           *             "+14155550177"
           *           ],
           *           "state": "active"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['DepartmentOperatorCollection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.addOperator': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the department.
         * @example 6473020185731072
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "operator_id": 4922308467408896,
         *       "operator_type": "user",
         *       "role": "admin"
         *     }
         */
        'application/json': components['schemas']['DepartmentOperatorRequest'];
      };
    };
    responses: {
      /** @description The user or room that was added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4922308467408896",
           *       "name": "Priya Raman",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/user/4922308467408896.png",
           *       "is_on_duty": true,
           *       "phone_numbers": [
           *         "+14155550142"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['DepartmentOperator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.removeOperator': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the department.
         * @example 6473020185731072
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "operator_id": 5330628436738048,
         *       "operator_type": "room"
         *     }
         */
        'application/json': components['schemas']['DepartmentRemoveOperatorRequest'];
      };
    };
    responses: {
      /** @description The user or room that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5330628436738048",
           *       "name": "Showroom phone",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/room_contact/5330628436738048.png",
           *       "is_on_duty": false,
           *       "phone_numbers": [
           *         "+14155550177"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['DepartmentOperator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the department.
         * @example 6473020185731072
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The department. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6473020185731072",
           *       "name": "Sales",
           *       "group_description": "Inbound sales enquiries for North America.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550110"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "auto_call_recording": false,
           *       "hours_on": true,
           *       "monday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "tuesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "wednesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "thursday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "friday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "saturday_hours": [],
           *       "sunday_hours": [],
           *       "voicemail_notification_emails": [
           *         "sales-leads@harborfreight.example"
           *       ],
           *       "hold_queue": {
           *         "allow_queuing": true,
           *         "max_hold_count": "20",
           *         "max_hold_seconds": "600"
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": false,
           *           "dtmf": []
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['Department'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the department to delete.
         * @example 6473020185731072
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The department that was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6473020185731072",
           *       "name": "Sales",
           *       "group_description": "Inbound sales enquiries for North America.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550110"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "auto_call_recording": false,
           *       "hours_on": true,
           *       "monday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "tuesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "wednesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "thursday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "friday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "saturday_hours": [],
           *       "sunday_hours": [],
           *       "voicemail_notification_emails": [
           *         "sales-leads@harborfreight.example"
           *       ],
           *       "hold_queue": {
           *         "allow_queuing": true,
           *         "max_hold_count": "20",
           *         "max_hold_seconds": "600"
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": false,
           *           "dtmf": []
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['Department'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the department to change.
         * @example 6473020185731072
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Sales",
         *       "ring_seconds": 25,
         *       "friday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "hold_queue": {
         *         "allow_queuing": true,
         *         "max_hold_count": 20,
         *         "max_hold_seconds": 600
         *       }
         *     }
         */
        'application/json': components['schemas']['DepartmentUpdateRequest'];
      };
    };
    responses: {
      /** @description The department after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6473020185731072",
           *       "name": "Sales",
           *       "group_description": "Inbound sales enquiries for North America.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550110"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "25",
           *       "auto_call_recording": false,
           *       "hours_on": true,
           *       "monday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "tuesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "wednesday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "thursday_hours": [
           *         "08:00",
           *         "18:00"
           *       ],
           *       "friday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "saturday_hours": [],
           *       "sunday_hours": [],
           *       "voicemail_notification_emails": [
           *         "sales-leads@harborfreight.example"
           *       ],
           *       "hold_queue": {
           *         "allow_queuing": true,
           *         "max_hold_count": "20",
           *         "max_hold_seconds": "600"
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "simultaneous",
           *           "try_dial_operators": false,
           *           "dtmf": []
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['Department'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'departments.listByOffice': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        office_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the office's departments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6473020185731072",
           *           "name": "Sales",
           *           "group_description": "Inbound sales enquiries for North America.",
           *           "office_id": "5610884321509376",
           *           "state": "active",
           *           "availability_status": "open",
           *           "country": "us",
           *           "timezone": "America/Los_Angeles",
           *           "phone_numbers": [
           *             "+14155550110"
           *           ],
           *           "first_action": "operators",
           *           "no_operators_action": "voicemail",
           *           "ring_seconds": "30",
           *           "auto_call_recording": false,
           *           "hours_on": true,
           *           "monday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "tuesday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "wednesday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "thursday_hours": [
           *             "08:00",
           *             "18:00"
           *           ],
           *           "friday_hours": [
           *             "08:00",
           *             "17:00"
           *           ],
           *           "saturday_hours": [],
           *           "sunday_hours": [],
           *           "voicemail_notification_emails": [
           *             "sales-leads@harborfreight.example"
           *           ],
           *           "hold_queue": {
           *             "allow_queuing": true,
           *             "max_hold_count": "20",
           *             "max_hold_seconds": "600"
           *           },
           *           "voice_intelligence": {
           *             "allow_pause": true,
           *             "auto_start": true
           *           },
           *           "routing_options": {
           *             "open": {
           *               "action": "voicemail",
           *               "operator_routing": "simultaneous",
           *               "try_dial_operators": true,
           *               "dtmf": []
           *             },
           *             "closed": {
           *               "action": "voicemail",
           *               "operator_routing": "simultaneous",
           *               "try_dial_operators": false,
           *               "dtmf": []
           *             }
           *           }
           *         }
           *       ],
           *       "cursor": "Cg8KC2RlcGFydG1lbnRzEEY"
           *     }
           */
          'application/json': components['schemas']['DepartmentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only return call centers of this office. */
        office_id?: number | string;
        /** @description Only return call centers whose name contains this text (`Support` matches `Tier 1 Support` and `Support EMEA`). */
        name_search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of call centers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5188426204348416",
           *           "name": "Customer Support",
           *           "group_description": "First-line support for shipment tracking questions.",
           *           "office_id": "5610884321509376",
           *           "state": "active",
           *           "availability_status": "open",
           *           "country": "us",
           *           "timezone": "America/Los_Angeles",
           *           "phone_numbers": [
           *             "+14155550120"
           *           ],
           *           "first_action": "operators",
           *           "no_operators_action": "voicemail",
           *           "ring_seconds": "30",
           *           "hours_on": true,
           *           "monday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "tuesday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "wednesday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "thursday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "friday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "saturday_hours": [
           *             "09:00",
           *             "13:00"
           *           ],
           *           "sunday_hours": [],
           *           "voicemail_notification_emails": [
           *             "support-leads@harborfreight.example"
           *           ],
           *           "advanced_settings": {
           *             "auto_call_recording": {
           *               "allow_pause_recording": true,
           *               "call_recording_inbound": true,
           *               "call_recording_outbound": false
           *             },
           *             "max_wrap_up_seconds": "30"
           *           },
           *           "alerts": {
           *             "cc_service_level": "90",
           *             "cc_service_level_seconds": "45"
           *           },
           *           "hold_queue": {
           *             "allow_queue_callback": true,
           *             "announce_estimated_wait_time": true,
           *             "announce_position": true,
           *             "announcement_interval_seconds": "120",
           *             "estimated_wait_time_max": "30",
           *             "max_hold_count": "50",
           *             "max_hold_seconds": "900",
           *             "queue_callback_dtmf": "9",
           *             "queue_callback_threshold": "5",
           *             "queue_escape_dtmf": "*",
           *             "stay_in_queue_after_closing": false,
           *             "unattended_queue": false
           *           },
           *           "voice_intelligence": {
           *             "allow_pause": true,
           *             "auto_start": true
           *           },
           *           "routing_options": {
           *             "open": {
           *               "action": "voicemail",
           *               "operator_routing": "longestidle",
           *               "try_dial_operators": true,
           *               "dtmf": []
           *             },
           *             "closed": {
           *               "action": "voicemail",
           *               "operator_routing": "longestidle",
           *               "try_dial_operators": false,
           *               "dtmf": [
           *                 {
           *                   "input": "1",
           *                   "options": {
           *                     "action": "directory"
           *                   }
           *                 }
           *               ]
           *             }
           *           }
           *         }
           *       ],
           *       "cursor": "Cg8KC2NhbGxjZW50ZXJzEC0"
           *     }
           */
          'application/json': components['schemas']['CallCenterList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Claims",
         *       "office_id": 5610884321509376,
         *       "group_description": "Damaged and lost shipment claims.",
         *       "ring_seconds": 30,
         *       "hours_on": true,
         *       "monday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "tuesday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "wednesday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "thursday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "friday_hours": [
         *         "08:00",
         *         "17:00"
         *       ],
         *       "saturday_hours": [],
         *       "sunday_hours": [],
         *       "advanced_settings": {
         *         "auto_call_recording": {
         *           "allow_pause_recording": false,
         *           "call_recording_inbound": true,
         *           "call_recording_outbound": true
         *         },
         *         "max_wrap_up_seconds": 60
         *       },
         *       "alerts": {
         *         "cc_service_level": 90,
         *         "cc_service_level_seconds": 60
         *       },
         *       "hold_queue": {
         *         "allow_queue_callback": true,
         *         "max_hold_count": 25,
         *         "max_hold_seconds": 600,
         *         "queue_callback_threshold": 3
         *       },
         *       "voice_intelligence": {
         *         "allow_pause": true,
         *         "auto_start": true
         *       },
         *       "routing_options": {
         *         "open": {
         *           "action": "voicemail",
         *           "operator_routing": "longestidle",
         *           "try_dial_operators": true
         *         },
         *         "closed": {
         *           "action": "voicemail",
         *           "try_dial_operators": false
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['CallCenterCreateRequest'];
      };
    };
    responses: {
      /** @description The new call center. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6313729853800448",
           *       "name": "Claims",
           *       "group_description": "Damaged and lost shipment claims.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "hours_on": true,
           *       "monday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "tuesday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "wednesday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "thursday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "friday_hours": [
           *         "08:00",
           *         "17:00"
           *       ],
           *       "saturday_hours": [],
           *       "sunday_hours": [],
           *       "advanced_settings": {
           *         "auto_call_recording": {
           *           "allow_pause_recording": false,
           *           "call_recording_inbound": true,
           *           "call_recording_outbound": true
           *         },
           *         "max_wrap_up_seconds": "60"
           *       },
           *       "alerts": {
           *         "cc_service_level": "90",
           *         "cc_service_level_seconds": "60"
           *       },
           *       "hold_queue": {
           *         "allow_queue_callback": true,
           *         "announce_estimated_wait_time": true,
           *         "announce_position": true,
           *         "announcement_interval_seconds": "120",
           *         "estimated_wait_time_max": "30",
           *         "max_hold_count": "25",
           *         "max_hold_seconds": "600",
           *         "queue_callback_dtmf": "9",
           *         "queue_callback_threshold": "3",
           *         "queue_escape_dtmf": "*",
           *         "stay_in_queue_after_closing": false,
           *         "unattended_queue": false
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": false,
           *           "dtmf": []
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['CallCenter'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.listOperators': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center.
         * @example 5188426204348416
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call center's operators, users and rooms apart. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "users": [
           *         {
           *           "id": "4922308467408896",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "country": "us",
           *           "date_active": "2025-02-11T16:04:00Z",
           *           "date_added": "2025-02-10T09:30:00Z",
           *           "display_name": "Priya Raman",
           *           "first_name": "Priya",
           *           "last_name": "Raman",
           *           "emails": [
           *             "priya.raman@harborfreight.example"
           *           ],
           *           "extension": "2042",
           *           "phone_numbers": [
           *             "+14155550142"
           *           ],
           *           "group_details": [
           *             {
           *               "do_not_disturb": false,
           *               "group_id": "5188426204348416",
           *               "group_type": "callcenter",
           *               "role": "operator"
           *             }
           *           ],
           *           "do_not_disturb": false,
           *           "is_admin": false,
           *           "is_available": true,
           *           "is_on_duty": true,
           *           "is_online": true,
           *           "is_super_admin": false,
           *           "language": "en",
           *           "license": "agents",
           *           "muted": false,
           *           "on_duty_status": "available",
           *           "onboarding_completed": true,
           *           "state": "active",
           *           "timezone": "America/Los_Angeles",
           *           "voicemail": {
           *             "is_default_voicemail": true,
           *             "name": "default",
           *             "voicemail_notifications_enabled": true
           *           }
           *         }
           *       ],
           *       "rooms": []
           *     }
           */
          'application/json': components['schemas']['CallCenterOperatorCollection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.addOperator': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center.
         * @example 5188426204348416
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 4922308467408896,
         *       "role": "operator",
         *       "skill_level": 80,
         *       "license_type": "agents",
         *       "keep_paid_numbers": true
         *     }
         */
        'application/json': components['schemas']['CallCenterOperatorRequest'];
      };
    };
    responses: {
      /** @description The user that was added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4922308467408896",
           *       "name": "Priya Raman",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/user/4922308467408896.png",
           *       "is_on_duty": false,
           *       "phone_numbers": [
           *         "+14155550142"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['CallCenterOperator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.removeOperator': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center.
         * @example 5188426204348416
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 4922308467408896
         *     }
         */
        'application/json': components['schemas']['CallCenterRemoveOperatorRequest'];
      };
    };
    responses: {
      /** @description The user that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4922308467408896",
           *       "name": "Priya Raman",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/user/4922308467408896.png",
           *       "is_on_duty": false,
           *       "phone_numbers": [
           *         "+14155550142"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['CallCenterOperator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.status': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center.
         * @example 5188426204348416
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The live status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "availability": {
           *         "status": "open",
           *         "name": "Open"
           *       },
           *       "capacity": "3",
           *       "on_duty_operators": "7",
           *       "pending": "2",
           *       "longest_call_wait_time": "95"
           *     }
           */
          'application/json': components['schemas']['CallCenterStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center.
         * @example 5188426204348416
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call center. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5188426204348416",
           *       "name": "Customer Support",
           *       "group_description": "First-line support for shipment tracking questions.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550120"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "hours_on": true,
           *       "monday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "tuesday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "wednesday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "thursday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "friday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "saturday_hours": [
           *         "09:00",
           *         "13:00"
           *       ],
           *       "sunday_hours": [],
           *       "voicemail_notification_emails": [
           *         "support-leads@harborfreight.example"
           *       ],
           *       "advanced_settings": {
           *         "auto_call_recording": {
           *           "allow_pause_recording": true,
           *           "call_recording_inbound": true,
           *           "call_recording_outbound": false
           *         },
           *         "max_wrap_up_seconds": "30"
           *       },
           *       "alerts": {
           *         "cc_service_level": "90",
           *         "cc_service_level_seconds": "45"
           *       },
           *       "hold_queue": {
           *         "allow_queue_callback": true,
           *         "announce_estimated_wait_time": true,
           *         "announce_position": true,
           *         "announcement_interval_seconds": "120",
           *         "estimated_wait_time_max": "30",
           *         "max_hold_count": "50",
           *         "max_hold_seconds": "900",
           *         "queue_callback_dtmf": "9",
           *         "queue_callback_threshold": "5",
           *         "queue_escape_dtmf": "*",
           *         "stay_in_queue_after_closing": false,
           *         "unattended_queue": false
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": false,
           *           "dtmf": [
           *             {
           *               "input": "1",
           *               "options": {
           *                 "action": "directory"
           *               }
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['CallCenter'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center to delete.
         * @example 5188426204348416
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call center that was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5188426204348416",
           *       "name": "Customer Support",
           *       "group_description": "First-line support for shipment tracking questions.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550120"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "30",
           *       "hours_on": true,
           *       "monday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "tuesday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "wednesday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "thursday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "friday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "saturday_hours": [
           *         "09:00",
           *         "13:00"
           *       ],
           *       "sunday_hours": [],
           *       "voicemail_notification_emails": [
           *         "support-leads@harborfreight.example"
           *       ],
           *       "advanced_settings": {
           *         "auto_call_recording": {
           *           "allow_pause_recording": true,
           *           "call_recording_inbound": true,
           *           "call_recording_outbound": false
           *         },
           *         "max_wrap_up_seconds": "30"
           *       },
           *       "alerts": {
           *         "cc_service_level": "90",
           *         "cc_service_level_seconds": "45"
           *       },
           *       "hold_queue": {
           *         "allow_queue_callback": true,
           *         "announce_estimated_wait_time": true,
           *         "announce_position": true,
           *         "announcement_interval_seconds": "120",
           *         "estimated_wait_time_max": "30",
           *         "max_hold_count": "50",
           *         "max_hold_seconds": "900",
           *         "queue_callback_dtmf": "9",
           *         "queue_callback_threshold": "5",
           *         "queue_escape_dtmf": "*",
           *         "stay_in_queue_after_closing": false,
           *         "unattended_queue": false
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": false,
           *           "dtmf": [
           *             {
           *               "input": "1",
           *               "options": {
           *                 "action": "directory"
           *               }
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['CallCenter'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center to change.
         * @example 5188426204348416
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "ring_seconds": 25,
         *       "saturday_hours": [
         *         "09:00",
         *         "13:00"
         *       ],
         *       "hold_queue": {
         *         "max_hold_count": 50,
         *         "max_hold_seconds": 900
         *       },
         *       "advanced_settings": {
         *         "max_wrap_up_seconds": 30
         *       }
         *     }
         */
        'application/json': components['schemas']['CallCenterUpdateRequest'];
      };
    };
    responses: {
      /** @description The call center after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5188426204348416",
           *       "name": "Customer Support",
           *       "group_description": "First-line support for shipment tracking questions.",
           *       "office_id": "5610884321509376",
           *       "state": "active",
           *       "availability_status": "open",
           *       "country": "us",
           *       "timezone": "America/Los_Angeles",
           *       "phone_numbers": [
           *         "+14155550120"
           *       ],
           *       "first_action": "operators",
           *       "no_operators_action": "voicemail",
           *       "ring_seconds": "25",
           *       "hours_on": true,
           *       "monday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "tuesday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "wednesday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "thursday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "friday_hours": [
           *         "07:00",
           *         "19:00"
           *       ],
           *       "saturday_hours": [
           *         "09:00",
           *         "13:00"
           *       ],
           *       "sunday_hours": [],
           *       "voicemail_notification_emails": [
           *         "support-leads@harborfreight.example"
           *       ],
           *       "advanced_settings": {
           *         "auto_call_recording": {
           *           "allow_pause_recording": true,
           *           "call_recording_inbound": true,
           *           "call_recording_outbound": false
           *         },
           *         "max_wrap_up_seconds": "30"
           *       },
           *       "alerts": {
           *         "cc_service_level": "90",
           *         "cc_service_level_seconds": "45"
           *       },
           *       "hold_queue": {
           *         "allow_queue_callback": true,
           *         "announce_estimated_wait_time": true,
           *         "announce_position": true,
           *         "announcement_interval_seconds": "120",
           *         "estimated_wait_time_max": "30",
           *         "max_hold_count": "50",
           *         "max_hold_seconds": "900",
           *         "queue_callback_dtmf": "9",
           *         "queue_callback_threshold": "5",
           *         "queue_escape_dtmf": "*",
           *         "stay_in_queue_after_closing": false,
           *         "unattended_queue": false
           *       },
           *       "voice_intelligence": {
           *         "allow_pause": true,
           *         "auto_start": true
           *       },
           *       "routing_options": {
           *         "open": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": true,
           *           "dtmf": []
           *         },
           *         "closed": {
           *           "action": "voicemail",
           *           "operator_routing": "longestidle",
           *           "try_dial_operators": false,
           *           "dtmf": [
           *             {
           *               "input": "1",
           *               "options": {
           *                 "action": "directory"
           *               }
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['CallCenter'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.getDutyStatus': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the operator (a user).
         * @example 4922308467408896
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The operator's duty status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user_id": "4922308467408896",
           *       "on_duty": false,
           *       "on_duty_status": "unavailable",
           *       "duty_status_reason": "Lunch",
           *       "duty_status_started": "1767273000000",
           *       "on_duty_started": "1767258000000"
           *     }
           */
          'application/json': components['schemas']['CallCenterDutyStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.updateDutyStatus': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the operator (a user).
         * @example 4922308467408896
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "on_duty": false,
         *       "duty_status_reason": "Lunch"
         *     }
         */
        'application/json': components['schemas']['CallCenterDutyStatusUpdateRequest'];
      };
    };
    responses: {
      /** @description The operator's duty status after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user_id": "4922308467408896",
           *       "on_duty": false,
           *       "on_duty_status": "unavailable",
           *       "duty_status_reason": "Lunch",
           *       "duty_status_started": "1767273000000",
           *       "on_duty_started": "1767258000000"
           *     }
           */
          'application/json': components['schemas']['CallCenterDutyStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.getSkillLevel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center.
         * @example 5188426204348416
         */
        call_center_id: number | string;
        /**
         * @description Id of the operator (a user).
         * @example 4922308467408896
         */
        user_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The operator's skill level in the call center. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_center_id": "5188426204348416",
           *       "user_id": "4922308467408896",
           *       "skill_level": "80"
           *     }
           */
          'application/json': components['schemas']['CallCenterSkillLevel'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.updateSkillLevel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call center.
         * @example 5188426204348416
         */
        call_center_id: number | string;
        /**
         * @description Id of the operator (a user).
         * @example 4922308467408896
         */
        user_id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "skill_level": 90
         *     }
         */
        'application/json': components['schemas']['CallCenterSkillLevelUpdateRequest'];
      };
    };
    responses: {
      /** @description The operator's skill level after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_center_id": "5188426204348416",
           *       "user_id": "4922308467408896",
           *       "skill_level": "90"
           *     }
           */
          'application/json': components['schemas']['CallCenterSkillLevel'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.listByOffice': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        office_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the office's call centers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5188426204348416",
           *           "name": "Customer Support",
           *           "group_description": "First-line support for shipment tracking questions.",
           *           "office_id": "5610884321509376",
           *           "state": "active",
           *           "availability_status": "open",
           *           "country": "us",
           *           "timezone": "America/Los_Angeles",
           *           "phone_numbers": [
           *             "+14155550120"
           *           ],
           *           "first_action": "operators",
           *           "no_operators_action": "voicemail",
           *           "ring_seconds": "30",
           *           "hours_on": true,
           *           "monday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "tuesday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "wednesday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "thursday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "friday_hours": [
           *             "07:00",
           *             "19:00"
           *           ],
           *           "saturday_hours": [
           *             "09:00",
           *             "13:00"
           *           ],
           *           "sunday_hours": [],
           *           "voicemail_notification_emails": [
           *             "support-leads@harborfreight.example"
           *           ],
           *           "advanced_settings": {
           *             "auto_call_recording": {
           *               "allow_pause_recording": true,
           *               "call_recording_inbound": true,
           *               "call_recording_outbound": false
           *             },
           *             "max_wrap_up_seconds": "30"
           *           },
           *           "alerts": {
           *             "cc_service_level": "90",
           *             "cc_service_level_seconds": "45"
           *           },
           *           "hold_queue": {
           *             "allow_queue_callback": true,
           *             "announce_estimated_wait_time": true,
           *             "announce_position": true,
           *             "announcement_interval_seconds": "120",
           *             "estimated_wait_time_max": "30",
           *             "max_hold_count": "50",
           *             "max_hold_seconds": "900",
           *             "queue_callback_dtmf": "9",
           *             "queue_callback_threshold": "5",
           *             "queue_escape_dtmf": "*",
           *             "stay_in_queue_after_closing": false,
           *             "unattended_queue": false
           *           },
           *           "voice_intelligence": {
           *             "allow_pause": true,
           *             "auto_start": true
           *           },
           *           "routing_options": {
           *             "open": {
           *               "action": "voicemail",
           *               "operator_routing": "longestidle",
           *               "try_dial_operators": true,
           *               "dtmf": []
           *             },
           *             "closed": {
           *               "action": "voicemail",
           *               "operator_routing": "longestidle",
           *               "try_dial_operators": false,
           *               "dtmf": [
           *                 {
           *                   "input": "1",
           *                   "options": {
           *                     "action": "directory"
           *                   }
           *                 }
           *               ]
           *             }
           *           }
           *         }
           *       ],
           *       "cursor": "Cg8KC2NhbGxjZW50ZXJzEC0"
           *     }
           */
          'application/json': components['schemas']['CallCenterList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callcenters.getAgentGroup': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the agent group (a string).
         * @example ag-5761946275201024
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent group. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "ag-5761946275201024",
           *       "name": "Tier 2 escalations",
           *       "group_description": "Senior agents who take escalated support calls.",
           *       "office_id": "5610884321509376",
           *       "created_at": "1754035200000",
           *       "updated_at": "1767225600000"
           *     }
           */
          'application/json': components['schemas']['AgentGroup'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'dispositions.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Id of the call center, office or coaching group or team whose dispositions to list. */
        target_id?: number | string;
        /** @description What kind of target `target_id` names. */
        target_type?: 'callcenter' | 'coachinggroup' | 'coachingteam' | 'office' | 'unknown';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of disposition sets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5207196617719808",
           *           "name": "Support outcomes",
           *           "office_id": "5610884321509376",
           *           "date_modified": "2026-01-14T18:22:05Z",
           *           "dispositions": {
           *             "Resolved": {
           *               "~usage": "everything"
           *             },
           *             "Escalated": {
           *               "~usage": "inbound",
           *               "Billing": {
           *                 "~usage": "inbound"
           *               }
           *             },
           *             "Callback promised": {
           *               "~usage": "outbound"
           *             }
           *           },
           *           "formatted_dispositions": [
           *             {
           *               "name": "Resolved",
           *               "usage": "everything",
           *               "dispositions": []
           *             },
           *             {
           *               "name": "Escalated",
           *               "usage": "inbound",
           *               "dispositions": [
           *                 {
           *                   "name": "Billing",
           *                   "usage": "inbound"
           *                 }
           *               ]
           *             },
           *             {
           *               "name": "Callback promised",
           *               "usage": "outbound",
           *               "dispositions": []
           *             }
           *           ],
           *           "targets": [
           *             {
           *               "target_id": "5188426204348416",
           *               "target_type": "callcenter"
           *             }
           *           ]
           *         }
           *       ],
           *       "cursor": "Cg8KDGRpc3Bvc2l0aW9ucxAU"
           *     }
           */
          'application/json': components['schemas']['DispositionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'dispositions.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Support outcomes",
         *       "office_id": 5610884321509376,
         *       "dispositions": {
         *         "Resolved": {
         *           "~usage": "everything"
         *         },
         *         "Escalated": {
         *           "~usage": "inbound",
         *           "Billing": {
         *             "~usage": "inbound"
         *           }
         *         },
         *         "Callback promised": {
         *           "~usage": "outbound"
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['DispositionCreateRequest'];
      };
    };
    responses: {
      /** @description The new disposition set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5207196617719808",
           *       "name": "Support outcomes",
           *       "office_id": "5610884321509376",
           *       "date_modified": "2026-01-14T18:22:05Z",
           *       "dispositions": {
           *         "Resolved": {
           *           "~usage": "everything"
           *         },
           *         "Escalated": {
           *           "~usage": "inbound",
           *           "Billing": {
           *             "~usage": "inbound"
           *           }
           *         },
           *         "Callback promised": {
           *           "~usage": "outbound"
           *         }
           *       },
           *       "formatted_dispositions": [
           *         {
           *           "name": "Resolved",
           *           "usage": "everything",
           *           "dispositions": []
           *         },
           *         {
           *           "name": "Escalated",
           *           "usage": "inbound",
           *           "dispositions": [
           *             {
           *               "name": "Billing",
           *               "usage": "inbound"
           *             }
           *           ]
           *         },
           *         {
           *           "name": "Callback promised",
           *           "usage": "outbound",
           *           "dispositions": []
           *         }
           *       ],
           *       "targets": []
           *     }
           */
          'application/json': components['schemas']['Disposition'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'dispositions.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the disposition set.
         * @example 5207196617719808
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The disposition set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5207196617719808",
           *       "name": "Support outcomes",
           *       "office_id": "5610884321509376",
           *       "date_modified": "2026-01-14T18:22:05Z",
           *       "dispositions": {
           *         "Resolved": {
           *           "~usage": "everything"
           *         },
           *         "Escalated": {
           *           "~usage": "inbound",
           *           "Billing": {
           *             "~usage": "inbound"
           *           }
           *         },
           *         "Callback promised": {
           *           "~usage": "outbound"
           *         }
           *       },
           *       "formatted_dispositions": [
           *         {
           *           "name": "Resolved",
           *           "usage": "everything",
           *           "dispositions": []
           *         },
           *         {
           *           "name": "Escalated",
           *           "usage": "inbound",
           *           "dispositions": [
           *             {
           *               "name": "Billing",
           *               "usage": "inbound"
           *             }
           *           ]
           *         },
           *         {
           *           "name": "Callback promised",
           *           "usage": "outbound",
           *           "dispositions": []
           *         }
           *       ],
           *       "targets": [
           *         {
           *           "target_id": "5188426204348416",
           *           "target_type": "callcenter"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Disposition'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'dispositions.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the disposition set to delete.
         * @example 5207196617719808
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The disposition set was deleted. There is no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'dispositions.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the disposition set to change.
         * @example 5207196617719808
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "action": "add_target",
         *       "target_id": 5188426204348416,
         *       "target_type": "callcenter"
         *     }
         */
        'application/json': components['schemas']['DispositionUpdateRequest'];
      };
    };
    responses: {
      /** @description The disposition set after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5207196617719808",
           *       "name": "Support outcomes",
           *       "office_id": "5610884321509376",
           *       "date_modified": "2026-01-14T18:22:05Z",
           *       "dispositions": {
           *         "Resolved": {
           *           "~usage": "everything"
           *         },
           *         "Escalated": {
           *           "~usage": "inbound",
           *           "Billing": {
           *             "~usage": "inbound"
           *           }
           *         },
           *         "Callback promised": {
           *           "~usage": "outbound"
           *         }
           *       },
           *       "formatted_dispositions": [
           *         {
           *           "name": "Resolved",
           *           "usage": "everything",
           *           "dispositions": []
           *         },
           *         {
           *           "name": "Escalated",
           *           "usage": "inbound",
           *           "dispositions": [
           *             {
           *               "name": "Billing",
           *               "usage": "inbound"
           *             }
           *           ]
           *         },
           *         {
           *           "name": "Callback promised",
           *           "usage": "outbound",
           *           "dispositions": []
           *         }
           *       ],
           *       "targets": [
           *         {
           *           "target_id": "5188426204348416",
           *           "target_type": "callcenter"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Disposition'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'webhooks.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of webhooks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5747174497632256",
           *           "hook_url": "https://hooks.example.com/dialpad/events",
           *           "signature": {
           *             "algo": "HS256",
           *             "secret": "7f3b9c2e4d1a8f60",
           *             "type": "jwt"
           *           }
           *         },
           *         {
           *           "id": "6310124451053568",
           *           "hook_url": "https://crm.example.org/inbound/dialpad",
           *           "signature": null
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['WebhookList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'webhooks.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "hook_url": "https://hooks.example.com/dialpad/events",
         *       "secret": "7f3b9c2e4d1a8f60"
         *     }
         */
        'application/json': components['schemas']['CreateWebhookRequest'];
      };
    };
    responses: {
      /** @description The webhook that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5747174497632256",
           *       "hook_url": "https://hooks.example.com/dialpad/events",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "7f3b9c2e4d1a8f60",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Webhook'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'webhooks.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the webhook, as returned when it was created.
         * @example 5747174497632256
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5747174497632256",
           *       "hook_url": "https://hooks.example.com/dialpad/events",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "7f3b9c2e4d1a8f60",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Webhook'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'webhooks.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the webhook to remove.
         * @example 5747174497632256
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5747174497632256",
           *       "hook_url": "https://hooks.example.com/dialpad/events",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "7f3b9c2e4d1a8f60",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Webhook'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'webhooks.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the webhook to change.
         * @example 5747174497632256
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "hook_url": "https://hooks.example.com/dialpad/v2/events",
         *       "secret": "c91e0a5d2b7f4e38"
         *     }
         */
        'application/json': components['schemas']['UpdateWebhookRequest'];
      };
    };
    responses: {
      /** @description The webhook as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5747174497632256",
           *       "hook_url": "https://hooks.example.com/dialpad/v2/events",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "c91e0a5d2b7f4e38",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Webhook'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'websockets.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of websockets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "4920537028149248",
           *           "websocket_url": "wss://platform-websockets-5bwy6zprxa-uc.a.run.app/events/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlbmRwb2ludDo0OTIwNTM3MDI4MTQ5MjQ4OioifQ.Jb8vS3kQm0xYt2nR7cWq1uE5aHfLzD9pGs4oKiN6TyA",
           *           "signature": {
           *             "algo": "HS256",
           *             "secret": "2a6d0f9e81b47c35",
           *             "type": "jwt"
           *           }
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['WebsocketList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'websockets.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "secret": "2a6d0f9e81b47c35"
         *     }
         */
        'application/json': components['schemas']['CreateWebsocketRequest'];
      };
    };
    responses: {
      /** @description The websocket that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4920537028149248",
           *       "websocket_url": "wss://platform-websockets-5bwy6zprxa-uc.a.run.app/events/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlbmRwb2ludDo0OTIwNTM3MDI4MTQ5MjQ4OioifQ.Jb8vS3kQm0xYt2nR7cWq1uE5aHfLzD9pGs4oKiN6TyA",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "2a6d0f9e81b47c35",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Websocket'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'websockets.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the websocket, as returned when it was created.
         * @example 4920537028149248
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The websocket, with a current connection URL. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4920537028149248",
           *       "websocket_url": "wss://platform-websockets-5bwy6zprxa-uc.a.run.app/events/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlbmRwb2ludDo0OTIwNTM3MDI4MTQ5MjQ4OioifQ.Jb8vS3kQm0xYt2nR7cWq1uE5aHfLzD9pGs4oKiN6TyA",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "2a6d0f9e81b47c35",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Websocket'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'websockets.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the websocket to remove.
         * @example 4920537028149248
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The websocket that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4920537028149248",
           *       "websocket_url": "wss://platform-websockets-5bwy6zprxa-uc.a.run.app/events/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlbmRwb2ludDo0OTIwNTM3MDI4MTQ5MjQ4OioifQ.Jb8vS3kQm0xYt2nR7cWq1uE5aHfLzD9pGs4oKiN6TyA",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "2a6d0f9e81b47c35",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Websocket'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'websockets.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the websocket to change.
         * @example 4920537028149248
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "secret": "e47b19c3a05d6f82"
         *     }
         */
        'application/json': components['schemas']['UpdateWebsocketRequest'];
      };
    };
    responses: {
      /** @description The websocket as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4920537028149248",
           *       "websocket_url": "wss://platform-websockets-5bwy6zprxa-uc.a.run.app/events/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlbmRwb2ludDo0OTIwNTM3MDI4MTQ5MjQ4OioifQ.Jb8vS3kQm0xYt2nR7cWq1uE5aHfLzD9pGs4oKiN6TyA",
           *       "signature": {
           *         "algo": "HS256",
           *         "secret": "e47b19c3a05d6f82",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['Websocket'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.listCall': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only subscriptions scoped to this kind of target. */
        target_type?: components['schemas']['SubscriptionTargetType'];
        /** @description Only subscriptions scoped to the target with this id. */
        target_id?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of call event subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5196642541928448",
           *           "call_states": [
           *             "ringing",
           *             "connected",
           *             "hangup",
           *             "recording"
           *           ],
           *           "enabled": true,
           *           "group_calls_only": false,
           *           "target_type": "callcenter",
           *           "target_id": "6473939183665152",
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['CallSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.createCall': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 5747174497632256,
         *       "call_states": [
         *         "ringing",
         *         "connected",
         *         "hangup",
         *         "recording"
         *       ],
         *       "enabled": true,
         *       "group_calls_only": false,
         *       "target_type": "callcenter",
         *       "target_id": 6473939183665152
         *     }
         */
        'application/json': components['schemas']['CreateCallSubscriptionRequest'];
      };
    };
    responses: {
      /** @description The call event subscription that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5196642541928448",
           *       "call_states": [
           *         "ringing",
           *         "connected",
           *         "hangup",
           *         "recording"
           *       ],
           *       "enabled": true,
           *       "group_calls_only": false,
           *       "target_type": "callcenter",
           *       "target_id": "6473939183665152",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['CallSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.getCall': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call event subscription.
         * @example 5196642541928448
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call event subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5196642541928448",
           *       "call_states": [
           *         "ringing",
           *         "connected",
           *         "hangup",
           *         "recording"
           *       ],
           *       "enabled": true,
           *       "group_calls_only": false,
           *       "target_type": "callcenter",
           *       "target_id": "6473939183665152",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['CallSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.deleteCall': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call event subscription to remove.
         * @example 5196642541928448
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call event subscription that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5196642541928448",
           *       "call_states": [
           *         "ringing",
           *         "connected",
           *         "hangup",
           *         "recording"
           *       ],
           *       "enabled": true,
           *       "group_calls_only": false,
           *       "target_type": "callcenter",
           *       "target_id": "6473939183665152",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['CallSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.updateCall': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call event subscription to change.
         * @example 5196642541928448
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "call_states": [
         *         "hangup",
         *         "voicemail",
         *         "recap_summary"
         *       ],
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['UpdateCallSubscriptionRequest'];
      };
    };
    responses: {
      /** @description The call event subscription as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5196642541928448",
           *       "call_states": [
           *         "hangup",
           *         "voicemail",
           *         "recap_summary"
           *       ],
           *       "enabled": true,
           *       "group_calls_only": false,
           *       "target_type": "callcenter",
           *       "target_id": "6473939183665152",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['CallSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.listSms': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only subscriptions scoped to this kind of target. */
        target_type?: components['schemas']['SubscriptionTargetType'];
        /** @description Only subscriptions scoped to the target with this id. */
        target_id?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of SMS event subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6532175920906240",
           *           "direction": "inbound",
           *           "enabled": true,
           *           "include_internal": false,
           *           "status": false,
           *           "target_type": "user",
           *           "target_id": "5835806903245824",
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         },
           *         {
           *           "id": "4617829364301824",
           *           "direction": "all",
           *           "enabled": false,
           *           "include_internal": true,
           *           "status": true,
           *           "target_type": null,
           *           "target_id": null,
           *           "webhook": null,
           *           "websocket": {
           *             "id": "4920537028149248",
           *             "websocket_url": "wss://platform-websockets-5bwy6zprxa-uc.a.run.app/events/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlbmRwb2ludDo0OTIwNTM3MDI4MTQ5MjQ4OioifQ.Jb8vS3kQm0xYt2nR7cWq1uE5aHfLzD9pGs4oKiN6TyA",
           *             "signature": null
           *           }
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['SmsSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.createSms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 5747174497632256,
         *       "direction": "inbound",
         *       "enabled": true,
         *       "include_internal": false,
         *       "status": false,
         *       "target_type": "user",
         *       "target_id": 5835806903245824
         *     }
         */
        'application/json': components['schemas']['CreateSmsSubscriptionRequest'];
      };
    };
    responses: {
      /** @description The SMS event subscription that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6532175920906240",
           *       "direction": "inbound",
           *       "enabled": true,
           *       "include_internal": false,
           *       "status": false,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['SmsSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.getSms': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the SMS event subscription.
         * @example 6532175920906240
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SMS event subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6532175920906240",
           *       "direction": "inbound",
           *       "enabled": true,
           *       "include_internal": false,
           *       "status": false,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['SmsSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.deleteSms': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the SMS event subscription to remove.
         * @example 6532175920906240
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SMS event subscription that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6532175920906240",
           *       "direction": "inbound",
           *       "enabled": true,
           *       "include_internal": false,
           *       "status": false,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['SmsSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.updateSms': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the SMS event subscription to change.
         * @example 6532175920906240
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "direction": "all",
         *       "status": true
         *     }
         */
        'application/json': components['schemas']['UpdateSmsSubscriptionRequest'];
      };
    };
    responses: {
      /** @description The SMS event subscription as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6532175920906240",
           *       "direction": "all",
           *       "enabled": true,
           *       "include_internal": false,
           *       "status": true,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['SmsSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.listContact': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of contact event subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5659330418196480",
           *           "contact_type": "shared",
           *           "enabled": true,
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         },
           *         {
           *           "id": "4785213950836736",
           *           "contact_type": "local",
           *           "enabled": true,
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['ContactSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.createContact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 5747174497632256,
         *       "contact_type": "shared",
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['CreateContactSubscriptionRequest'];
      };
    };
    responses: {
      /** @description The contact event subscription that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5659330418196480",
           *       "contact_type": "shared",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ContactSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.getContact': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the contact event subscription.
         * @example 5659330418196480
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact event subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5659330418196480",
           *       "contact_type": "shared",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ContactSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.deleteContact': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the contact event subscription to remove.
         * @example 5659330418196480
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contact event subscription that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5659330418196480",
           *       "contact_type": "shared",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ContactSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.updateContact': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the contact event subscription to change.
         * @example 5659330418196480
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "contact_type": "shared",
         *       "enabled": false
         *     }
         */
        'application/json': components['schemas']['UpdateContactSubscriptionRequest'];
      };
    };
    responses: {
      /** @description The contact event subscription as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5659330418196480",
           *       "contact_type": "shared",
           *       "enabled": false,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ContactSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.listAgentStatus': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of agent status event subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5482301947162624",
           *           "agent_type": "callcenter",
           *           "enabled": true,
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['AgentStatusSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.createAgentStatus': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 5747174497632256,
         *       "agent_type": "callcenter",
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['AgentStatusSubscriptionCreateRequest'];
      };
    };
    responses: {
      /** @description The agent status event subscription that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5482301947162624",
           *       "agent_type": "callcenter",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['AgentStatusSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.getAgentStatus': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the agent status event subscription.
         * @example 5482301947162624
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent status event subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5482301947162624",
           *       "agent_type": "callcenter",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['AgentStatusSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.deleteAgentStatus': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the agent status event subscription to remove.
         * @example 5482301947162624
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent status event subscription that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5482301947162624",
           *       "agent_type": "callcenter",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['AgentStatusSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.updateAgentStatus': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the agent status event subscription to change.
         * @example 5482301947162624
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 4920537028149248,
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['AgentStatusSubscriptionUpdateRequest'];
      };
    };
    responses: {
      /** @description The agent status event subscription as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5482301947162624",
           *       "agent_type": "callcenter",
           *       "enabled": true,
           *       "webhook": null,
           *       "websocket": {
           *         "id": "4920537028149248",
           *         "websocket_url": "wss://platform-websockets-5bwy6zprxa-uc.a.run.app/events/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlbmRwb2ludDo0OTIwNTM3MDI4MTQ5MjQ4OioifQ.Jb8vS3kQm0xYt2nR7cWq1uE5aHfLzD9pGs4oKiN6TyA",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "2a6d0f9e81b47c35",
           *           "type": "jwt"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['AgentStatusSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.listChangelog': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of change log event subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6061824329351168",
           *           "enabled": true,
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['ChangelogSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.createChangelog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 5747174497632256,
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['ChangelogSubscriptionCreateRequest'];
      };
    };
    responses: {
      /** @description The change log event subscription that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6061824329351168",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChangelogSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.getChangelog': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the change log event subscription.
         * @example 6061824329351168
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The change log event subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6061824329351168",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChangelogSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.deleteChangelog': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the change log event subscription to remove.
         * @example 6061824329351168
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The change log event subscription that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6061824329351168",
           *       "enabled": true,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChangelogSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.updateChangelog': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the change log event subscription to change.
         * @example 6061824329351168
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "enabled": false
         *     }
         */
        'application/json': components['schemas']['ChangelogSubscriptionUpdateRequest'];
      };
    };
    responses: {
      /** @description The change log event subscription as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6061824329351168",
           *       "enabled": false,
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChangelogSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.listChannel': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of channel event subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "4738291056418816",
           *           "direction": "all",
           *           "enabled": true,
           *           "target_id": "5911830276096000",
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['ChannelSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.createChannel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 5747174497632256,
         *       "target_id": 5911830276096000,
         *       "direction": "all",
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['ChannelSubscriptionCreateRequest'];
      };
    };
    responses: {
      /** @description The channel event subscription that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4738291056418816",
           *       "direction": "all",
           *       "enabled": true,
           *       "target_id": "5911830276096000",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChannelSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.getChannel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the channel event subscription.
         * @example 4738291056418816
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The channel event subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4738291056418816",
           *       "direction": "all",
           *       "enabled": true,
           *       "target_id": "5911830276096000",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChannelSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.deleteChannel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the channel event subscription to remove.
         * @example 4738291056418816
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The channel event subscription that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4738291056418816",
           *       "direction": "all",
           *       "enabled": true,
           *       "target_id": "5911830276096000",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChannelSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.updateChannel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the channel event subscription to change.
         * @example 4738291056418816
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "direction": "inbound"
         *     }
         */
        'application/json': components['schemas']['ChannelSubscriptionUpdateRequest'];
      };
    };
    responses: {
      /** @description The channel event subscription as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4738291056418816",
           *       "direction": "inbound",
           *       "enabled": true,
           *       "target_id": "5911830276096000",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['ChannelSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.listFax': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only subscriptions scoped to the target with this id. */
        target_id?: number | string;
        /** @description Only subscriptions scoped to this kind of target. */
        target_type?: components['schemas']['SubscriptionTargetType'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of fax event subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5370192846553088",
           *           "direction": "all",
           *           "enabled": true,
           *           "status": false,
           *           "target_type": "user",
           *           "target_id": "5835806903245824",
           *           "webhook": {
           *             "id": "5747174497632256",
           *             "hook_url": "https://hooks.example.com/dialpad/events",
           *             "signature": {
           *               "algo": "HS256",
           *               "secret": "7f3b9c2e4d1a8f60",
           *               "type": "jwt"
           *             }
           *           },
           *           "websocket": null
           *         }
           *       ],
           *       "cursor": null
           *     }
           */
          'application/json': components['schemas']['FaxSubscriptionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.createFax': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpoint_id": 5747174497632256,
         *       "direction": "all",
         *       "enabled": true,
         *       "status": false,
         *       "target_type": "user",
         *       "target_id": 5835806903245824
         *     }
         */
        'application/json': components['schemas']['FaxSubscriptionCreateRequest'];
      };
    };
    responses: {
      /** @description The fax event subscription that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5370192846553088",
           *       "direction": "all",
           *       "enabled": true,
           *       "status": false,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['FaxSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.getFax': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the fax event subscription.
         * @example 5370192846553088
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fax event subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5370192846553088",
           *       "direction": "all",
           *       "enabled": true,
           *       "status": false,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['FaxSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.deleteFax': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the fax event subscription to remove.
         * @example 5370192846553088
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fax event subscription that was removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5370192846553088",
           *       "direction": "all",
           *       "enabled": true,
           *       "status": false,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['FaxSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'subscriptions.updateFax': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the fax event subscription to change.
         * @example 5370192846553088
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "direction": "inbound",
         *       "status": true
         *     }
         */
        'application/json': components['schemas']['FaxSubscriptionUpdateRequest'];
      };
    };
    responses: {
      /** @description The fax event subscription as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5370192846553088",
           *       "direction": "inbound",
           *       "enabled": true,
           *       "status": true,
           *       "target_type": "user",
           *       "target_id": "5835806903245824",
           *       "webhook": {
           *         "id": "5747174497632256",
           *         "hook_url": "https://hooks.example.com/dialpad/events",
           *         "signature": {
           *           "algo": "HS256",
           *           "secret": "7f3b9c2e4d1a8f60",
           *           "type": "jwt"
           *         }
           *       },
           *       "websocket": null
           *     }
           */
          'application/json': components['schemas']['FaxSubscription'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'stats.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "stat_type": "calls",
         *       "export_type": "stats",
         *       "group_by": "user",
         *       "days_ago_start": 1,
         *       "days_ago_end": 7,
         *       "office_id": 5610884321509376,
         *       "timezone": "America/Los_Angeles"
         *     }
         */
        'application/json': components['schemas']['CreateStatsRequest'];
      };
    };
    responses: {
      /** @description The job was accepted; use `request_id` to follow it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "request_id": "6031914772676608",
           *       "already_started": false
           *     }
           */
          'application/json': components['schemas']['StatsJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'stats.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `request_id` returned when the report was started.
         * @example 6031914772676608
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The state of the report and, once it is ready, where to get it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "complete",
           *       "file_type": "csv",
           *       "download_url": "https://storage.googleapis.com/dialpad-stats-exports/6031914772676608.csv"
           *     }
           */
          'application/json': components['schemas']['StatsResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'stats.wfmActivity': {
    parameters: {
      query: {
        /** @description Only these agents, as comma-separated Dialpad user ids. */
        ids?: string;
        /** @description Only these agents, as comma-separated email addresses. */
        emails?: string;
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description End of the period (excluded), a UTC ISO 8601 timestamp.
         * @example 2026-03-09T00:00:00Z
         */
        end: string;
        /**
         * @description Start of the period (included), a UTC ISO 8601 timestamp.
         * @example 2026-03-02T00:00:00Z
         */
        start: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of activity metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "activity": {
           *             "name": "Inbound support",
           *             "type": "task"
           *           },
           *           "interval": {
           *             "start": "2026-03-02T16:00:00Z",
           *             "end": "2026-03-02T17:00:00Z"
           *           },
           *           "adherence_score": 96.5,
           *           "scheduled_hours": 1,
           *           "time_on_task": 0.88,
           *           "average_conversation_time": 7.4,
           *           "average_interaction_time": 3.9,
           *           "conversations_opened": "9",
           *           "conversations_closed": "8",
           *           "conversations_closed_per_hour": 8,
           *           "conversations_commented_on": "5",
           *           "conversations_on_hold": "1",
           *           "wrong_task_snapshots": "0",
           *           "time_in_adherence": {
           *             "percentage": 0.95,
           *             "seconds": "3420"
           *           },
           *           "time_in_exception": {
           *             "percentage": 0.02,
           *             "seconds": "72"
           *           },
           *           "time_out_of_adherence": {
           *             "percentage": 0.03,
           *             "seconds": "108"
           *           }
           *         }
           *       ],
           *       "cursor": "Cg4KCGFjdGl2aXR5EJ0B"
           *     }
           */
          'application/json': components['schemas']['WfmActivityMetricsList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'stats.wfmAgents': {
    parameters: {
      query: {
        /** @description Only these agents, as comma-separated Dialpad user ids. */
        ids?: string;
        /** @description Only these agents, as comma-separated email addresses. */
        emails?: string;
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description End of the period (excluded), a UTC ISO 8601 timestamp.
         * @example 2026-03-09T00:00:00Z
         */
        end: string;
        /**
         * @description Start of the period (included), a UTC ISO 8601 timestamp.
         * @example 2026-03-02T00:00:00Z
         */
        start: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of agent metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "agent": {
           *             "name": "Priya Natarajan",
           *             "email": "priya.natarajan@harborfreight.example"
           *           },
           *           "interval": {
           *             "start": "2026-03-02T00:00:00Z",
           *             "end": "2026-03-03T00:00:00Z"
           *           },
           *           "adherence_score": 94.2,
           *           "occupancy": 0.9,
           *           "utilisation": 0.83,
           *           "scheduled_hours": 8,
           *           "time_on_task": 0.8,
           *           "total_conversations_closed": "41",
           *           "conversations_closed_per_hour": 5.1,
           *           "conversations_closed_per_service_hour": 6.2,
           *           "actual_occupancy": {
           *             "percentage": 0.64,
           *             "seconds_lost": "10368"
           *           },
           *           "planned_occupancy": {
           *             "percentage": 0.94,
           *             "seconds_lost": "1728"
           *           },
           *           "dialpad_availability": {
           *             "percentage": 0.67,
           *             "seconds_lost": "9504"
           *           },
           *           "dialpad_time_in_status": {
           *             "available": {
           *               "percentage": 0.18,
           *               "seconds": "5184"
           *             },
           *             "busy": {
           *               "percentage": null
           *             },
           *             "occupied": {
           *               "percentage": 0.42,
           *               "seconds": "12096"
           *             },
           *             "unavailable": {
           *               "percentage": 0.27,
           *               "seconds": "7776"
           *             },
           *             "wrapup": {
           *               "percentage": 0.13,
           *               "seconds": "3744"
           *             }
           *           },
           *           "time_in_adherence": {
           *             "percentage": 0.93,
           *             "seconds": "26784"
           *           },
           *           "time_in_exception": {
           *             "percentage": 0.03,
           *             "seconds": "864"
           *           },
           *           "time_out_of_adherence": {
           *             "percentage": 0.04,
           *             "seconds": "1152"
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['WfmAgentMetricsList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'stats.digitalSessions': {
    parameters: {
      query: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description End of the period, an ISO 8601 timestamp with its offset (`2026-03-05T00:00:00Z`, `2026-03-05T00:00:00-05:00`).
         * @example 2026-03-05T00:00:00Z
         */
        end_date: string;
        /** @description Only the sessions of this office, department or call center (give `target_type` too). */
        target_id?: number | string;
        /** @description Kind of target `target_id` names. */
        target_type?: 'callcenter' | 'department' | 'office';
        /**
         * @description Start of the period, an ISO 8601 timestamp with its offset.
         * @example 2026-03-02T00:00:00Z
         */
        start_date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of digital sessions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "session_id": "ds_9f2c41e07b",
           *           "customer_session_id": "cs_51aa7d3e20",
           *           "session_channel": "webchat",
           *           "chat_type": "agent",
           *           "direction": "inbound",
           *           "created_at": "2026-03-03T15:02:11Z",
           *           "ended_at": "2026-03-03T15:14:40Z",
           *           "duration": 749000,
           *           "queue_time": "38000",
           *           "bot_time": "52000",
           *           "wrap_up_time": "45",
           *           "queued_status": "answered",
           *           "cause": "customer_left",
           *           "agent_handled": true,
           *           "agent_transfer": false,
           *           "agent_message_count": "11",
           *           "agent_group_id": [
           *             "5188426204348416"
           *           ],
           *           "agent_group_name": [
           *             "Customer Support"
           *           ],
           *           "skill": "shipment-tracking",
           *           "disposition": [
           *             "resolved"
           *           ],
           *           "customer_csat_score": 4.5,
           *           "aicsat_score": 4.1,
           *           "survey_status": "completed",
           *           "customer": {
           *             "id": "cust_7e10b2",
           *             "name": "Dana Whitfield",
           *             "email": "dana.whitfield@example.com",
           *             "phone": "+13125550190"
           *           },
           *           "customer_channel_info": {
           *             "id": "wc_3318ad",
           *             "name": "Dana W.",
           *             "email": "dana.whitfield@example.com"
           *           },
           *           "session_account": {
           *             "id": "acct_webchat_main",
           *             "name": "Harbor Freight web chat"
           *           },
           *           "office": {
           *             "id": "5610884321509376",
           *             "name": "San Francisco HQ"
           *           },
           *           "target": {
           *             "id": "5188426204348416",
           *             "name": "Customer Support",
           *             "type": "callcenter"
           *           },
           *           "user": {
           *             "id": "5121880439717888",
           *             "display_name": "Priya Natarajan",
           *             "primary_email": "priya.natarajan@harborfreight.example"
           *           }
           *         }
           *       ],
           *       "cursor": "Cg4KCGRpZ2l0YWwQnQE"
           *     }
           */
          'application/json': components['schemas']['DigitalSessionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'reports.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of scheduled reports. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5461938125389824",
           *           "name": "Support daily statistics",
           *           "report_type": "daily_statistics",
           *           "frequency": "daily",
           *           "at": "7",
           *           "on_day": "0",
           *           "timezone": "America/Los_Angeles",
           *           "enabled": true,
           *           "coaching_group": false,
           *           "target_type": "callcenter",
           *           "target_id": "5188426204348416",
           *           "webhook": {
           *             "id": "5720343765491712",
           *             "hook_url": "https://hooks.harborfreight.example/dialpad",
           *             "signature": {
           *               "algo": "HS256",
           *               "type": "jwt",
           *               "secret": "whsec-rotating-secret"
           *             }
           *           }
           *         }
           *       ],
           *       "cursor": "Cg4KCHJlcG9ydHMQnQE"
           *     }
           */
          'application/json': components['schemas']['ScheduledReportList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'reports.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Support daily statistics",
         *       "report_type": "daily_statistics",
         *       "frequency": "daily",
         *       "at": 7,
         *       "on_day": 0,
         *       "timezone": "America/Los_Angeles",
         *       "endpoint_id": 5720343765491712,
         *       "target_type": "callcenter",
         *       "target_id": 5188426204348416
         *     }
         */
        'application/json': components['schemas']['ScheduledReportRequest'];
      };
    };
    responses: {
      /** @description The scheduled report as stored, with its id. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5461938125389824",
           *       "name": "Support daily statistics",
           *       "report_type": "daily_statistics",
           *       "frequency": "daily",
           *       "at": "7",
           *       "on_day": "0",
           *       "timezone": "America/Los_Angeles",
           *       "enabled": true,
           *       "coaching_group": false,
           *       "target_type": "callcenter",
           *       "target_id": "5188426204348416",
           *       "webhook": {
           *         "id": "5720343765491712",
           *         "hook_url": "https://hooks.harborfreight.example/dialpad",
           *         "signature": {
           *           "algo": "HS256",
           *           "type": "jwt",
           *           "secret": "whsec-rotating-secret"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ScheduledReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'reports.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the scheduled report.
         * @example 5461938125389824
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scheduled report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5461938125389824",
           *       "name": "Weekly call logs",
           *       "report_type": "call_logs",
           *       "frequency": "weekly",
           *       "at": "6",
           *       "on_day": "1",
           *       "timezone": "Europe/London",
           *       "enabled": true,
           *       "coaching_group": false,
           *       "target_type": "office",
           *       "target_id": "5610884321509376",
           *       "websocket": {
           *         "id": "6140928374587392",
           *         "websocket_url": "wss://platform-websockets.dialpad.com/events/eyJhbGciOiJIUzI1NiJ9.example",
           *         "signature": {
           *           "algo": "HS256",
           *           "type": "jwt",
           *           "secret": "wss-shared-secret"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['ScheduledReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'reports.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the scheduled report to delete.
         * @example 5461938125389824
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scheduled report that was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5461938125389824",
           *       "name": "Support daily statistics",
           *       "report_type": "daily_statistics",
           *       "frequency": "daily",
           *       "at": "7",
           *       "on_day": "0",
           *       "timezone": "America/Los_Angeles",
           *       "enabled": true,
           *       "coaching_group": false,
           *       "target_type": "callcenter",
           *       "target_id": "5188426204348416"
           *     }
           */
          'application/json': components['schemas']['ScheduledReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'reports.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the scheduled report to change.
         * @example 5461938125389824
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Support daily statistics",
         *       "report_type": "daily_statistics",
         *       "frequency": "weekly",
         *       "at": 7,
         *       "on_day": 1,
         *       "timezone": "America/Los_Angeles",
         *       "endpoint_id": 5720343765491712,
         *       "enabled": true
         *     }
         */
        'application/json': components['schemas']['ScheduledReportRequest'];
      };
    };
    responses: {
      /** @description The scheduled report after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5461938125389824",
           *       "name": "Support daily statistics",
           *       "report_type": "daily_statistics",
           *       "frequency": "weekly",
           *       "at": "7",
           *       "on_day": "1",
           *       "timezone": "America/Los_Angeles",
           *       "enabled": true,
           *       "coaching_group": false,
           *       "target_type": "company",
           *       "target_id": "4504711230914560",
           *       "webhook": {
           *         "id": "5720343765491712",
           *         "hook_url": "https://hooks.harborfreight.example/dialpad"
           *       }
           *     }
           */
          'application/json': components['schemas']['ScheduledReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only numbers with this assignment status, such as `available`, `user`, `office` or `call_center`. */
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of numbers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "area_code": "415",
           *           "company_id": "4504711230914560",
           *           "number": "+14155551000",
           *           "office_id": "5610884321509376",
           *           "status": "office",
           *           "target_id": "5610884321509376",
           *           "target_type": "office",
           *           "type": "local"
           *         },
           *         {
           *           "area_code": "415",
           *           "company_id": "4504711230914560",
           *           "number": "+14155551001",
           *           "office_id": "5610884321509376",
           *           "status": "user",
           *           "target_id": "4922308467408896",
           *           "target_type": "user",
           *           "type": "local"
           *         }
           *       ],
           *       "cursor": "Cg8KC251bWJlcnMQLQ"
           *     }
           */
          'application/json': components['schemas']['NumberList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The number, in E.164 form.
         * @example +14155551002
         */
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The number. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155551002",
           *       "office_id": "5610884321509376",
           *       "status": "available",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.unassign': {
    parameters: {
      query?: {
        /** @description Release the number from the company instead of returning it to the reserved pool. */
        release?: boolean;
      };
      header?: never;
      path: {
        /**
         * @description The number, in E.164 form.
         * @example +14155551001
         */
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The number as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155551001",
           *       "office_id": "5610884321509376",
           *       "status": "available",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.assign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The number to assign, in E.164 form.
         * @example +14155551003
         */
        number: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target_type": "office",
         *       "target_id": 5610884321509376,
         *       "primary": true
         *     }
         */
        'application/json': components['schemas']['NumberAssignTargetRequest'];
      };
    };
    responses: {
      /** @description The number as it is now assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155551003",
           *       "office_id": "5610884321509376",
           *       "status": "office",
           *       "target_id": "5610884321509376",
           *       "target_type": "office",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.autoAssign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target_type": "user",
         *       "target_id": 4922308467408896,
         *       "area_code": "415",
         *       "primary": true
         *     }
         */
        'application/json': components['schemas']['NumberAutoAssignRequest'];
      };
    };
    responses: {
      /** @description The number that was assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155551002",
           *       "office_id": "5610884321509376",
           *       "status": "user",
           *       "target_id": "4922308467408896",
           *       "target_type": "user",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.swap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target": {
         *         "target_type": "user",
         *         "target_id": 4922308467408896
         *       },
         *       "swap_details": {
         *         "type": "area_code",
         *         "area_code": "628"
         *       }
         *     }
         */
        'application/json': components['schemas']['NumberSwapRequest'];
      };
    };
    responses: {
      /** @description The target's new primary number. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "628",
           *       "company_id": "4504711230914560",
           *       "number": "+16285550147",
           *       "office_id": "5610884321509376",
           *       "status": "user",
           *       "target_id": "4922308467408896",
           *       "target_type": "user",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.updateTags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "phone": "+14155550199",
         *       "do_not_call": true,
         *       "do_not_text": false
         *     }
         */
        'application/json': components['schemas']['NumberTagsUpdateRequest'];
      };
    };
    responses: {
      /** @description The number's tags as they are now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "phone": "+14155550199",
           *       "do_not_call": true,
           *       "do_not_text": false
           *     }
           */
          'application/json': components['schemas']['NumberTags'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.format': {
    parameters: {
      query?: {
        /**
         * @description The number's country, ISO 3166-1 alpha-2 (`US`); needed when `number` is in local form.
         * @example US
         */
        country_code?: string;
        /**
         * @description The phone number, in local or E.164 form.
         * @example (415) 555-0123
         */
        number?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The number in both forms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "(415)",
           *       "country_code": "US",
           *       "e164_number": "+14155550123",
           *       "local_number": "(415) 555-0123"
           *     }
           */
          'application/json': components['schemas']['NumberFormatResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.assignToUser': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id (`me` for the key's own user, with a user-level API key).
         * @example 4922308467408896
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "area_code": "415",
         *       "primary": true
         *     }
         */
        'application/json': components['schemas']['NumberAssignRequest'];
      };
    };
    responses: {
      /** @description The number that was assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155551002",
           *       "office_id": "5610884321509376",
           *       "status": "user",
           *       "target_id": "4922308467408896",
           *       "target_type": "user",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.unassignFromUser': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The user's id (`me` for the key's own user, with a user-level API key).
         * @example 4922308467408896
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "number": "+14155551002"
         *     }
         */
        'application/json': components['schemas']['NumberUnassignRequest'];
      };
    };
    responses: {
      /** @description The number as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155551002",
           *       "office_id": "5610884321509376",
           *       "status": "available",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.assignToOffice': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The office's id.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "area_code": "604",
         *       "primary": false
         *     }
         */
        'application/json': components['schemas']['NumberAssignRequest'];
      };
    };
    responses: {
      /** @description The number that was assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "604",
           *       "company_id": "4504711230914560",
           *       "number": "+16045551002",
           *       "office_id": "5610884321509376",
           *       "status": "office",
           *       "target_id": "5610884321509376",
           *       "target_type": "office",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.unassignFromOffice': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The office's id.
         * @example 5610884321509376
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "number": "+16045551002"
         *     }
         */
        'application/json': components['schemas']['NumberUnassignRequest'];
      };
    };
    responses: {
      /** @description The number as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "deleted": true
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.assignToRoom': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The room's id.
         * @example 5863106264121344
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "area_code": "604",
         *       "primary": true
         *     }
         */
        'application/json': components['schemas']['NumberAssignRequest'];
      };
    };
    responses: {
      /** @description The number that was assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "604",
           *       "company_id": "4504711230914560",
           *       "number": "+16045551003",
           *       "office_id": "5610884321509376",
           *       "status": "room",
           *       "target_id": "5863106264121344",
           *       "target_type": "room",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.unassignFromRoom': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The room's id.
         * @example 5863106264121344
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "number": "+16045551003"
         *     }
         */
        'application/json': components['schemas']['NumberUnassignRequest'];
      };
    };
    responses: {
      /** @description The number as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "deleted": true
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.assignToCallRouter': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call router's id.
         * @example 5165402724715258
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "number": "+14155551005"
         *     }
         */
        'application/json': components['schemas']['NumberAssignRequest'];
      };
    };
    responses: {
      /** @description The number that was assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155551005",
           *       "office_id": "5610884321509376",
           *       "status": "call_router",
           *       "target_id": "5165402724715258",
           *       "target_type": "callrouter",
           *       "type": "local"
           *     }
           */
          'application/json': components['schemas']['Number'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'numbers.assignFaxLine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target": {
         *         "target_type": "department",
         *         "target_id": 6009423547990016
         *       },
         *       "line": {
         *         "type": "search",
         *         "area_code": "415"
         *       }
         *     }
         */
        'application/json': components['schemas']['FaxLineRequest'];
      };
    };
    responses: {
      /** @description The fax number that was assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "area_code": "415",
           *       "company_id": "4504711230914560",
           *       "number": "+14155550177",
           *       "office_id": "5610884321509376",
           *       "target_id": "6009423547990016",
           *       "target_type": "department"
           *     }
           */
          'application/json': components['schemas']['FaxLine'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'blockedNumbers.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of blocked numbers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "number": "+14155550166"
           *         },
           *         {
           *           "number": "+12125550190"
           *         }
           *       ],
           *       "cursor": "Cg8KC2Jsb2NrZWQQLQ"
           *     }
           */
          'application/json': components['schemas']['BlockedNumberList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'blockedNumbers.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The blocked number, in E.164 form.
         * @example +14155550166
         */
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The blocked number. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "number": "+14155550166"
           *     }
           */
          'application/json': components['schemas']['BlockedNumber'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'blockedNumbers.add': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "numbers": [
         *         "+14155550166",
         *         "+12125550190"
         *       ]
         *     }
         */
        'application/json': components['schemas']['BlockedNumberAddRequest'];
      };
    };
    responses: {
      /** @description The numbers are blocked. There is no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'blockedNumbers.remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "numbers": [
         *         "+12125550190"
         *       ]
         *     }
         */
        'application/json': components['schemas']['BlockedNumberRemoveRequest'];
      };
    };
    responses: {
      /** @description The numbers are unblocked. There is no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.createShareLink': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "recording_id": "uuid-+14155550123-1",
         *       "recording_type": "callrecording",
         *       "privacy": "company"
         *     }
         */
        'application/json': components['schemas']['RecordingShareLinkCreateRequest'];
      };
    };
    responses: {
      /** @description The new share link. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "access_link": "https://dialpad.com/recording/callrecording/q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "call_id": "6412000098765432",
           *       "created_by_id": "5223000012345678",
           *       "date_added": "2026-03-04T15:10:00Z",
           *       "item_id": "uuid-+14155550123-1",
           *       "privacy": "company",
           *       "type": "callrecording"
           *     }
           */
          'application/json': components['schemas']['RecordingShareLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.getShareLink': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the share link.
         * @example q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The share link. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "access_link": "https://dialpad.com/recording/callrecording/q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "call_id": "6412000098765432",
           *       "created_by_id": "5223000012345678",
           *       "date_added": "2026-03-04T15:10:00Z",
           *       "item_id": "uuid-+14155550123-1",
           *       "privacy": "company",
           *       "type": "callrecording"
           *     }
           */
          'application/json': components['schemas']['RecordingShareLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.updateShareLink': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the share link.
         * @example q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "privacy": "owner"
         *     }
         */
        'application/json': components['schemas']['RecordingShareLinkUpdateRequest'];
      };
    };
    responses: {
      /** @description The share link with its new privacy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "access_link": "https://dialpad.com/recording/callrecording/q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "call_id": "6412000098765432",
           *       "created_by_id": "5223000012345678",
           *       "date_added": "2026-03-04T15:10:00Z",
           *       "item_id": "uuid-+14155550123-1",
           *       "privacy": "owner",
           *       "type": "callrecording"
           *     }
           */
          'application/json': components['schemas']['RecordingShareLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.deleteShareLink': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the share link.
         * @example q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The link was deleted; the answer is its last state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "access_link": "https://dialpad.com/recording/callrecording/q7Nw3kZpR2sVx8LmT4bYc6HdJ9fGe1Aa0uKoPi5Ws",
           *       "call_id": "6412000098765432",
           *       "created_by_id": "5223000012345678",
           *       "date_added": "2026-03-04T15:10:00Z",
           *       "item_id": "uuid-+14155550123-1",
           *       "privacy": "company",
           *       "type": "callrecording"
           *     }
           */
          'application/json': components['schemas']['RecordingShareLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.createReviewLink': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "call_id": 6412000098765432,
         *       "privacy": "company"
         *     }
         */
        'application/json': components['schemas']['ReviewLinkCreateRequest'];
      };
    };
    responses: {
      /** @description The new call review share link. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "access_link": "https://dialpad.com/callreview/share/Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "call_id": "6412000098765432",
           *       "privacy": "company"
           *     }
           */
          'application/json': components['schemas']['ReviewLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.getReviewLink': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call review share link.
         * @example Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call review share link. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "access_link": "https://dialpad.com/callreview/share/Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "call_id": "6412000098765432",
           *       "privacy": "company"
           *     }
           */
          'application/json': components['schemas']['ReviewLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.updateReviewLink': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call review share link.
         * @example Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "privacy": "public"
         *     }
         */
        'application/json': components['schemas']['ReviewLinkUpdateRequest'];
      };
    };
    responses: {
      /** @description The call review share link with its new privacy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "access_link": "https://dialpad.com/callreview/share/Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "call_id": "6412000098765432",
           *       "privacy": "public"
           *     }
           */
          'application/json': components['schemas']['ReviewLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.deleteReviewLink': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call review share link.
         * @example Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The link was deleted; the answer is its last state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "access_link": "https://dialpad.com/callreview/share/Hc4Ty8Lm2QpZ7sWk9VbN3xRd6FgJ1aEo5uYi0KtMn",
           *       "call_id": "6412000098765432",
           *       "privacy": "public"
           *     }
           */
          'application/json': components['schemas']['ReviewLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.getTranscript': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call.
         * @example 6412000098765432
         */
        call_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call's transcript and moments, in order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "lines": [
           *         {
           *           "type": "transcript",
           *           "name": "Ana Lima",
           *           "contact_id": "c-5300000000000042",
           *           "content": "Hi, I'd like to switch my plan to annual billing.",
           *           "time": "2026-03-04T14:00:14.300Z"
           *         },
           *         {
           *           "type": "transcript",
           *           "name": "Sam Carter",
           *           "user_id": "5223000012345678",
           *           "content": "Sure, I can help with that.",
           *           "time": "2026-03-04T14:00:18.900Z"
           *         },
           *         {
           *           "type": "moment",
           *           "name": "Sam Carter",
           *           "user_id": "5223000012345678",
           *           "content": "price_inquiry",
           *           "time": "2026-03-04T14:00:31.100Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Transcript'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'recordings.getTranscriptUrl': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the call.
         * @example 6412000098765432
         */
        call_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Where the call's transcript can be viewed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "call_id": "6412000098765432",
           *       "url": "https://dialpad.com/callhistory/callreview/6412000098765432?tab=transcript"
           *     }
           */
          'application/json': components['schemas']['TranscriptUrl'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callRouters.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only call routers of this office. */
        office_id?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of call routers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5165402724715258",
           *           "name": "Inbound sales router",
           *           "office_id": "5610884321509376",
           *           "enabled": true,
           *           "routing_url": "https://routing.example.com/dialpad/route",
           *           "default_target_id": "5188426204348416",
           *           "default_target_type": "callcenter",
           *           "phone_numbers": [
           *             "+14155551005"
           *           ],
           *           "signature": {
           *             "algo": "HS256",
           *             "type": "jwt"
           *           }
           *         }
           *       ],
           *       "cursor": "Cg8KC2NhbGxyb3V0ZXJzEC0"
           *     }
           */
          'application/json': components['schemas']['CallRouterList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callRouters.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Inbound sales router",
         *       "office_id": 5610884321509376,
         *       "routing_url": "https://routing.example.com/dialpad/route",
         *       "default_target_type": "callcenter",
         *       "default_target_id": 5188426204348416,
         *       "enabled": true,
         *       "secret": "6f1c0b9e2a7d4c58b3e9f0a1d2c3b4a5"
         *     }
         */
        'application/json': components['schemas']['CallRouterCreateRequest'];
      };
    };
    responses: {
      /** @description The new call router. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5165402724715258",
           *       "name": "Inbound sales router",
           *       "office_id": "5610884321509376",
           *       "enabled": true,
           *       "routing_url": "https://routing.example.com/dialpad/route",
           *       "default_target_id": "5188426204348416",
           *       "default_target_type": "callcenter",
           *       "phone_numbers": [],
           *       "signature": {
           *         "algo": "HS256",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['CallRouter'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callRouters.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call router's id.
         * @example 5165402724715258
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call router. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5165402724715258",
           *       "name": "Inbound sales router",
           *       "office_id": "5610884321509376",
           *       "enabled": true,
           *       "routing_url": "https://routing.example.com/dialpad/route",
           *       "default_target_id": "5188426204348416",
           *       "default_target_type": "callcenter",
           *       "phone_numbers": [
           *         "+14155551005"
           *       ],
           *       "signature": {
           *         "algo": "HS256",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['CallRouter'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callRouters.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call router's id.
         * @example 5165402724715258
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call router was deleted. There is no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'callRouters.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The call router's id.
         * @example 5165402724715258
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "enabled": true,
         *       "reset_error_count": true,
         *       "routing_url": "https://routing.example.com/dialpad/route-v2"
         *     }
         */
        'application/json': components['schemas']['CallRouterUpdateRequest'];
      };
    };
    responses: {
      /** @description The call router as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5165402724715258",
           *       "name": "Inbound sales router",
           *       "office_id": "5610884321509376",
           *       "enabled": true,
           *       "routing_url": "https://routing.example.com/dialpad/route-v2",
           *       "default_target_id": "5188426204348416",
           *       "default_target_type": "callcenter",
           *       "phone_numbers": [
           *         "+14155551005"
           *       ],
           *       "signature": {
           *         "algo": "HS256",
           *         "type": "jwt"
           *       }
           *     }
           */
          'application/json': components['schemas']['CallRouter'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'customIvrs.list': {
    parameters: {
      query: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description What kind of thing `target_id` is.
         * @example department
         */
        target_type:
          | 'callcenter'
          | 'callrouter'
          | 'channel'
          | 'coachinggroup'
          | 'coachingteam'
          | 'department'
          | 'office'
          | 'room'
          | 'staffgroup'
          | 'unknown'
          | 'user';
        /**
         * @description Id of the target.
         * @example 6009423547990016
         */
        target_id: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the target's prompts, by slot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "ivr_type": "HOLD_MUSIC",
           *           "ivrs": [
           *             {
           *               "id": "6196847534145536",
           *               "name": "spring-hold-music.mp3",
           *               "date_added": "1711929600000",
           *               "selected": true
           *             }
           *           ]
           *         },
           *         {
           *           "ivr_type": "DEPARTMENT_INTRO",
           *           "ivrs": [
           *             {
           *               "id": "4507997673881600",
           *               "name": "welcome-2026.mp3",
           *               "date_added": "1767225600000",
           *               "selected": true
           *             },
           *             {
           *               "id": "5620703441190912",
           *               "name": "welcome-2025.mp3",
           *               "date_added": "1735689600000",
           *               "selected": false
           *             }
           *           ]
           *         }
           *       ],
           *       "cursor": "Cg8KC2N1c3RvbWl2cnMQLQ"
           *     }
           */
          'application/json': components['schemas']['CustomIvrList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'customIvrs.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target_type": "department",
         *       "target_id": 6009423547990016,
         *       "ivr_type": "HOLD_MUSIC",
         *       "name": "spring-hold-music.mp3",
         *       "description": "Hold music for the spring campaign",
         *       "file": "SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU4Ljc2LjEwMAAAAAAAAAAAAAAA"
         *     }
         */
        'application/json': components['schemas']['CustomIvrCreateRequest'];
      };
    };
    responses: {
      /** @description The new prompt. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6218837766701056",
           *       "name": "spring-hold-music.mp3",
           *       "description": "Hold music for the spring campaign",
           *       "date_added": "1711929600000",
           *       "selected": true
           *     }
           */
          'application/json': components['schemas']['CustomIvrDetails'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'customIvrs.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the prompt.
         * @example 6218837766701056
         */
        ivr_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "hold-music-spring.mp3",
         *       "description": "Spring campaign hold music (approved)"
         *     }
         */
        'application/json': components['schemas']['CustomIvrUpdateRequest'];
      };
    };
    responses: {
      /** @description The prompt as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6218837766701056",
           *       "name": "hold-music-spring.mp3",
           *       "description": "Spring campaign hold music (approved)",
           *       "date_added": "1711929600000",
           *       "selected": true
           *     }
           */
          'application/json': components['schemas']['CustomIvrDetails'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'customIvrs.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description What kind of thing `target_id` is.
         * @example department
         */
        target_type:
          | 'callcenter'
          | 'callrouter'
          | 'channel'
          | 'coachinggroup'
          | 'coachingteam'
          | 'department'
          | 'office'
          | 'room'
          | 'staffgroup'
          | 'unknown'
          | 'user';
        /**
         * @description Id of the target whose prompt is removed.
         * @example 6009423547990016
         */
        target_id: number | string;
        /**
         * @description The IVR slot the prompt is in.
         * @example HOLD_MUSIC
         */
        ivr_type: components['schemas']['CustomIvrType'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "ivr_id": 6746603348033536
         *     }
         */
        'application/json': components['schemas']['CustomIvrSelectRequest'];
      };
    };
    responses: {
      /** @description The prompt that was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6746603348033536",
           *       "name": "spring-hold-music.mp3",
           *       "description": "Hold music for the spring campaign",
           *       "date_added": "1711929600000",
           *       "selected": false
           *     }
           */
          'application/json': components['schemas']['CustomIvrDetails'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'customIvrs.assign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description What kind of thing `target_id` is.
         * @example department
         */
        target_type:
          | 'callcenter'
          | 'callrouter'
          | 'channel'
          | 'coachinggroup'
          | 'coachingteam'
          | 'department'
          | 'office'
          | 'room'
          | 'staffgroup'
          | 'unknown'
          | 'user';
        /**
         * @description Id of the target.
         * @example 6009423547990016
         */
        target_id: number | string;
        /**
         * @description The IVR slot to set.
         * @example DEPARTMENT_INTRO
         */
        ivr_type: components['schemas']['CustomIvrType'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "ivr_id": 4507997673881600
         *     }
         */
        'application/json': components['schemas']['CustomIvrSelectRequest'];
      };
    };
    responses: {
      /** @description The slot's prompts, with the one now selected. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "ivr_type": "DEPARTMENT_INTRO",
           *       "ivrs": [
           *         {
           *           "id": "4507997673881600",
           *           "name": "welcome-2026.mp3",
           *           "date_added": "1767225600000",
           *           "selected": true
           *         },
           *         {
           *           "id": "5620703441190912",
           *           "name": "welcome-2025.mp3",
           *           "date_added": "1735689600000",
           *           "selected": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['CustomIvr'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The room's id.
         * @example 4873920418463744
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4873920418463744",
           *       "name": "Boardroom",
           *       "company_id": "4508591728425653",
           *       "office_id": "6422934115149452",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/room_contact/4873920418463744.png",
           *       "is_free": false,
           *       "is_on_duty": false,
           *       "phone_numbers": [
           *         "+14155551003"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['Room'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The room's id.
         * @example 4873920418463744
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The room was deleted; the answer is its last state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4873920418463744",
           *       "name": "Boardroom",
           *       "company_id": "4508591728425653",
           *       "office_id": "6422934115149452",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/room_contact/4873920418463744.png",
           *       "is_free": false,
           *       "is_on_duty": false,
           *       "state": "deleted"
           *     }
           */
          'application/json': components['schemas']['Room'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The room's id.
         * @example 4873920418463744
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Boardroom (4th floor)"
         *     }
         */
        'application/json': components['schemas']['RoomUpdateRequest'];
      };
    };
    responses: {
      /** @description The room after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4873920418463744",
           *       "name": "Boardroom (4th floor)",
           *       "company_id": "4508591728425653",
           *       "office_id": "6422934115149452",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/room_contact/4873920418463744.png",
           *       "is_free": false,
           *       "is_on_duty": false,
           *       "phone_numbers": [
           *         "+14155551003"
           *       ],
           *       "state": "active"
           *     }
           */
          'application/json': components['schemas']['Room'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only rooms of this office. */
        office_id?: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "4873920418463744",
           *           "name": "Boardroom",
           *           "company_id": "4508591728425653",
           *           "office_id": "6422934115149452",
           *           "country": "us",
           *           "image_url": "https://dialpad.example.com/avatar/room_contact/4873920418463744.png",
           *           "is_free": false,
           *           "is_on_duty": false,
           *           "phone_numbers": [
           *             "+14155551003"
           *           ],
           *           "state": "active"
           *         },
           *         {
           *           "id": "5963207481622528",
           *           "name": "Lobby",
           *           "company_id": "4508591728425653",
           *           "office_id": "6422934115149452",
           *           "country": "us",
           *           "is_free": true,
           *           "is_on_duty": true,
           *           "phone_numbers": [
           *             "+14155551004"
           *           ],
           *           "state": "active"
           *         }
           *       ],
           *       "cursor": "Cg0KBXJvb21zEgRMb2JieQ"
           *     }
           */
          'application/json': components['schemas']['RoomList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Boardroom",
         *       "office_id": 6422934115149452
         *     }
         */
        'application/json': components['schemas']['RoomCreateRequest'];
      };
    };
    responses: {
      /** @description The new room. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4873920418463744",
           *       "name": "Boardroom",
           *       "company_id": "4508591728425653",
           *       "office_id": "6422934115149452",
           *       "country": "us",
           *       "image_url": "https://dialpad.example.com/avatar/room_contact/4873920418463744.png",
           *       "is_free": false,
           *       "is_on_duty": false,
           *       "state": "pending"
           *     }
           */
          'application/json': components['schemas']['Room'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.assignInternationalPin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "customer_ref": "avery.chen"
         *     }
         */
        'application/json': components['schemas']['RoomInternationalPinRequest'];
      };
    };
    responses: {
      /** @description The PIN and when it stops working. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "pin": "84442",
           *       "customer_ref": "avery.chen",
           *       "expires_on": "2026-03-04T16:00:00Z"
           *     }
           */
          'application/json': components['schemas']['RoomInternationalPin'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.getDeskphone': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The desk phone's id (as listed by the room's desk phones).
         * @example +14155551003-room-4873920418463744-polycom-hex_ce3e13a487
         */
        id: string;
        /**
         * @description The room's id.
         * @example 4873920418463744
         */
        parent_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The desk phone. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "+14155551003-room-4873920418463744-polycom-hex_ce3e13a487",
           *       "name": "Boardroom Trio",
           *       "type": "polycom",
           *       "device_model": "Trio 8800",
           *       "mac_address": "0004f2a1b2c3",
           *       "byod": false,
           *       "owner_id": "4873920418463744",
           *       "owner_type": "room",
           *       "phone_number": "+14155551003",
           *       "port": "7060",
           *       "realm": "sip.dialpad.example",
           *       "ring_notification": true
           *     }
           */
          'application/json': components['schemas']['Deskphone'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.deleteDeskphone': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The desk phone's id (as listed by the room's desk phones).
         * @example +14155551003-room-4873920418463744-polycom-hex_ce3e13a487
         */
        id: string;
        /**
         * @description The room's id.
         * @example 4873920418463744
         */
        parent_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The desk phone was removed. The answer has no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'rooms.listDeskphones': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The room's id.
         * @example 4873920418463744
         */
        parent_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The room's desk phones. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "+14155551003-room-4873920418463744-polycom-hex_ce3e13a487",
           *           "name": "Boardroom Trio",
           *           "type": "polycom",
           *           "mac_address": "0004f2a1b2c3",
           *           "byod": false,
           *           "owner_id": "4873920418463744",
           *           "owner_type": "room",
           *           "phone_number": "+14155551003",
           *           "port": "7060",
           *           "realm": "sip.dialpad.example",
           *           "ring_notification": true
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['DeskphoneList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'channels.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The channel's id.
         * @example 6034125870219264
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The channel. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6034125870219264",
           *       "name": "support-escalations"
           *     }
           */
          'application/json': components['schemas']['Channel'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'channels.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The channel's id.
         * @example 6034125870219264
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The channel was deleted. The answer has no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'channels.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only channels in this state. */
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of channels. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6034125870219264",
           *           "name": "support-escalations"
           *         },
           *         {
           *           "id": "6312798405361664",
           *           "name": "warehouse-ops"
           *         }
           *       ],
           *       "cursor": "Cg4KCGNoYW5uZWxzEgIwMg"
           *     }
           */
          'application/json': components['schemas']['ChannelList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'channels.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "support-escalations",
         *       "description": "Tickets that need a team lead within the hour.",
         *       "privacy_type": "private",
         *       "user_id": 5835806903417907
         *     }
         */
        'application/json': components['schemas']['ChannelCreateRequest'];
      };
    };
    responses: {
      /** @description The new channel. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6034125870219264",
           *       "name": "support-escalations"
           *     }
           */
          'application/json': components['schemas']['Channel'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'channels.listMembers': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        /**
         * @description The channel's id.
         * @example 6034125870219264
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the channel's members. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5835806903417907",
           *           "name": "Avery Chen"
           *         },
           *         {
           *           "id": "5137304475768569",
           *           "name": "Jordan Lee"
           *         }
           *       ],
           *       "cursor": "Cg8KB21lbWJlcnMSBEpvcmRhbg"
           *     }
           */
          'application/json': components['schemas']['ChannelMemberList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'channels.addMember': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The channel's id.
         * @example 6034125870219264
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5137304475768569
         *     }
         */
        'application/json': components['schemas']['ChannelMemberAddRequest'];
      };
    };
    responses: {
      /** @description The member that was added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5137304475768569",
           *       "name": "Jordan Lee"
           *     }
           */
          'application/json': components['schemas']['ChannelMember'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'channels.removeMember': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The channel's id.
         * @example 6034125870219264
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5137304475768569
         *     }
         */
        'application/json': components['schemas']['ChannelMemberRemoveRequest'];
      };
    };
    responses: {
      /** @description The user was removed. The answer has no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'meetings.get': {
    parameters: {
      query?: {
        /** @description The Dialpad user whose meeting it is. */
        user_id?: number | string;
      };
      header?: never;
      path: {
        /**
         * @description The scheduled meeting's id.
         * @example 5709731812835328
         */
        scheduled_conference_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The meeting. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5709731812835328",
           *       "instance_id": "5709731812835328-1773072000",
           *       "title": "Weekly support review",
           *       "meeting_type": "PERSONAL",
           *       "meeting_url": "https://meetings.dialpad.com/room/avery-chen",
           *       "dial_in_number": "+14155550199",
           *       "organizer_pin": "4821",
           *       "participant_pin": "7730",
           *       "call_out": false,
           *       "is_moderated": false,
           *       "duration": "1800",
           *       "start_datetime": "2026-03-09T16:00:00Z",
           *       "end_datetime": "2026-03-09T16:30:00Z",
           *       "recurrence": "RRULE:FREQ=WEEKLY",
           *       "recurrence_end_date": "2026-06-29T16:30:00Z",
           *       "timezone": "America/Los_Angeles",
           *       "participants_info": [
           *         {
           *           "display_name": "Avery Chen",
           *           "email": "avery.chen@example.com",
           *           "is_organizer": true
           *         },
           *         {
           *           "display_name": "Jordan Lee",
           *           "email": "jordan.lee@example.com",
           *           "is_organizer": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Meeting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'meetings.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The scheduled meeting's id.
         * @example 5709731812835328
         */
        scheduled_conference_id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907,
         *       "title": "Weekly support review (moved)",
         *       "start_datetime": 1773676800,
         *       "end_datetime": 1773678600,
         *       "duration": 1800,
         *       "recurrence": "RRULE:FREQ=WEEKLY",
         *       "participants_info": [
         *         {
         *           "display_name": "Jordan Lee",
         *           "email": "jordan.lee@example.com",
         *           "is_organizer": false
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['MeetingUpdateRequest'];
      };
    };
    responses: {
      /** @description The meeting after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5709731812835328",
           *       "title": "Weekly support review (moved)",
           *       "meeting_type": "PERSONAL",
           *       "meeting_url": "https://meetings.dialpad.com/room/avery-chen",
           *       "dial_in_number": "+14155550199",
           *       "organizer_pin": "4821",
           *       "participant_pin": "7730",
           *       "call_out": false,
           *       "duration": "1800",
           *       "start_datetime": "2026-03-16T16:00:00Z",
           *       "end_datetime": "2026-03-16T16:30:00Z",
           *       "recurrence": "RRULE:FREQ=WEEKLY",
           *       "timezone": "UTC",
           *       "participants_info": [
           *         {
           *           "display_name": "Avery Chen",
           *           "email": "avery.chen@example.com",
           *           "is_organizer": true
           *         },
           *         {
           *           "display_name": "Jordan Lee",
           *           "email": "jordan.lee@example.com",
           *           "is_organizer": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Meeting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'meetings.delete': {
    parameters: {
      query?: {
        /** @description The Dialpad user whose meeting it is. */
        user_id?: number | string;
        /** @description Start of the one occurrence to cancel, in seconds since the epoch (UTC); leave out to cancel the whole meeting. */
        instance_timestamp?: number | string;
      };
      header?: never;
      path: {
        /**
         * @description The scheduled meeting's id.
         * @example 5709731812835328
         */
        scheduled_conference_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The meeting was deleted; the answer is its last state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5709731812835328",
           *       "instance_id": "5709731812835328-1773072000",
           *       "title": "Weekly support review",
           *       "meeting_type": "PERSONAL",
           *       "meeting_url": "https://meetings.dialpad.com/room/avery-chen",
           *       "dial_in_number": "+14155550199",
           *       "call_out": false,
           *       "duration": "1800",
           *       "start_datetime": "2026-03-09T16:00:00Z",
           *       "recurrence": "RRULE:FREQ=WEEKLY",
           *       "timezone": "UTC",
           *       "participants_info": [
           *         {
           *           "display_name": "Avery Chen",
           *           "email": "avery.chen@example.com",
           *           "is_organizer": true
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Meeting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'meetings.list': {
    parameters: {
      query: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /**
         * @description The Dialpad user whose meetings to list.
         * @example 5835806903417907
         */
        user_id: number | string;
        /** @description Only meetings before this time, in seconds since the epoch (UTC). */
        end_datetime?: number | string;
        /**
         * @description Only meetings from this time on, in seconds since the epoch (UTC).
         * @example 1772323200
         */
        start_datetime: number | string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the user's meetings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "5709731812835328",
           *           "instance_id": "5709731812835328-1773072000",
           *           "title": "Weekly support review",
           *           "meeting_type": "PERSONAL",
           *           "meeting_url": "https://meetings.dialpad.com/room/avery-chen",
           *           "dial_in_number": "+14155550199",
           *           "organizer_pin": "4821",
           *           "participant_pin": "7730",
           *           "call_out": false,
           *           "duration": "1800",
           *           "start_datetime": "2026-03-09T16:00:00Z",
           *           "end_datetime": "2026-03-09T16:30:00Z",
           *           "recurrence": "RRULE:FREQ=WEEKLY",
           *           "timezone": "UTC",
           *           "participants_info": [
           *             {
           *               "display_name": "Avery Chen",
           *               "email": "avery.chen@example.com",
           *               "is_organizer": true
           *             }
           *           ]
           *         }
           *       ],
           *       "cursor": "Cg4KCG1lZXRpbmdzEgIwMQ"
           *     }
           */
          'application/json': components['schemas']['MeetingList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'meetings.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907,
         *       "title": "Weekly support review",
         *       "meeting_type": "PERSONAL",
         *       "start_datetime": 1773072000,
         *       "end_datetime": 1773073800,
         *       "duration": 1800,
         *       "recurrence": "RRULE:FREQ=WEEKLY",
         *       "call_out": false,
         *       "participants_info": [
         *         {
         *           "display_name": "Jordan Lee",
         *           "email": "jordan.lee@example.com",
         *           "is_organizer": false
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['MeetingCreateRequest'];
      };
    };
    responses: {
      /** @description The scheduled meeting. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5709731812835328",
           *       "title": "Weekly support review",
           *       "meeting_type": "PERSONAL",
           *       "meeting_url": "https://meetings.dialpad.com/room/avery-chen",
           *       "dial_in_number": "+14155550199",
           *       "organizer_pin": "4821",
           *       "participant_pin": "7730",
           *       "call_out": false,
           *       "is_moderated": false,
           *       "duration": "1800",
           *       "start_datetime": "2026-03-09T16:00:00Z",
           *       "end_datetime": "2026-03-09T16:30:00Z",
           *       "recurrence": "RRULE:FREQ=WEEKLY",
           *       "timezone": "UTC",
           *       "participants_info": [
           *         {
           *           "display_name": "Avery Chen",
           *           "email": "avery.chen@example.com",
           *           "is_organizer": true
           *         },
           *         {
           *           "display_name": "Jordan Lee",
           *           "email": "jordan.lee@example.com",
           *           "is_organizer": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Meeting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'meetings.listRooms': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of meeting rooms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "avery-chen",
           *           "display_name": "Avery Chen's room",
           *           "company_name": "Harbor Freight Logistics",
           *           "email": "avery.chen@example.com",
           *           "number": "+14155550199",
           *           "path": "https://meetings.dialpad.com/room/avery-chen"
           *         }
           *       ],
           *       "cursor": "Cg0KBXJvb21zEgRhdmVy"
           *     }
           */
          'application/json': components['schemas']['MeetingRoomList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'meetings.listSummaries': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description The meeting room whose meetings to list. */
        room_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of meeting summaries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "mtg_4f2c91d0",
           *           "room_id": "avery-chen",
           *           "title": "Weekly support review",
           *           "host_name": "Avery Chen",
           *           "start_time": "2026-03-02T16:01:12Z",
           *           "end_time": "2026-03-02T16:29:40Z",
           *           "duration_ms": "1708000",
           *           "transcript_url": "https://meetings.dialpad.com/transcripts/mtg_4f2c91d0",
           *           "participants": [
           *             {
           *               "name": "Avery Chen",
           *               "display_name": "Avery Chen",
           *               "email": "avery.chen@example.com",
           *               "is_organizer": true,
           *               "call_in_method": "web",
           *               "talk_time": "612000"
           *             },
           *             {
           *               "name": "Jordan Lee",
           *               "display_name": "Jordan Lee",
           *               "phone": "+14155550123",
           *               "phone_number": "+14155550123",
           *               "is_organizer": false,
           *               "call_in_method": "phone",
           *               "talk_time": "341000"
           *             }
           *           ],
           *           "recordings": [
           *             {
           *               "url": "https://meetings.dialpad.com/recordings/mtg_4f2c91d0.mp3",
           *               "size": "14.3MB"
           *             }
           *           ],
           *           "video_recordings": [
           *             {
           *               "url": "https://meetings.dialpad.com/recordings/mtg_4f2c91d0.mp4"
           *             }
           *           ]
           *         }
           *       ],
           *       "cursor": "Cg8KCG1lZXRpbmdzEgNtdGc"
           *     }
           */
          'application/json': components['schemas']['MeetingSummaryList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'coaching.listTeams': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of coaching teams. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5923190472441856",
           *           "name": "Tier 1 Onboarding",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "country": "us",
           *           "state": "active",
           *           "allow_trainee_eavesdrop": true,
           *           "phone_numbers": [],
           *           "ring_seconds": "30",
           *           "team_description": "New support agents in their first quarter."
           *         },
           *         {
           *           "id": "6330851210936320",
           *           "name": "Renewals Desk",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "country": "us",
           *           "state": "active",
           *           "allow_trainee_eavesdrop": false
           *         }
           *       ],
           *       "cursor": "Cg4KCGNvYWNoaW5nEJ0B"
           *     }
           */
          'application/json': components['schemas']['CoachingTeamList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'coaching.getTeam': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the coaching team.
         * @example 5923190472441856
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The coaching team. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5923190472441856",
           *       "name": "Tier 1 Onboarding",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "country": "us",
           *       "state": "active",
           *       "allow_trainee_eavesdrop": true,
           *       "phone_numbers": [],
           *       "ring_seconds": "30",
           *       "team_description": "New support agents in their first quarter."
           *     }
           */
          'application/json': components['schemas']['CoachingTeam'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'coaching.listTeamMembers': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        /**
         * @description Id of the coaching team.
         * @example 5923190472441856
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of team members. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5121880439717888",
           *           "role": "coach",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "first_name": "Priya",
           *           "last_name": "Natarajan",
           *           "emails": [
           *             "priya.natarajan@harborfreight.example"
           *           ],
           *           "phone_numbers": [
           *             "+14155550161"
           *           ],
           *           "country": "us",
           *           "language": "en",
           *           "timezone": "America/Los_Angeles",
           *           "license": "agents",
           *           "state": "active",
           *           "date_added": "2022-03-14T16:05:00Z",
           *           "is_admin": false,
           *           "is_super_admin": false,
           *           "is_available": true,
           *           "is_online": true,
           *           "is_on_duty": true,
           *           "do_not_disturb": false,
           *           "muted": false
           *         },
           *         {
           *           "id": "6248190051131392",
           *           "role": "trainee",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "first_name": "Tomás",
           *           "last_name": "Ibarra",
           *           "emails": [
           *             "tomas.ibarra@harborfreight.example"
           *           ],
           *           "phone_numbers": [
           *             "+14155550172"
           *           ],
           *           "license": "agents",
           *           "state": "active",
           *           "date_added": "2026-01-05T09:30:00Z"
           *         }
           *       ],
           *       "cursor": "Cg4KCG1lbWJlcnMQnQE"
           *     }
           */
          'application/json': components['schemas']['CoachingTeamMemberList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'coaching.addTeamMember': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the coaching team to add the user to.
         * @example 5923190472441856
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "member_id": "6248190051131392",
         *       "role": "trainee"
         *     }
         */
        'application/json': components['schemas']['CoachingTeamAddMemberRequest'];
      };
    };
    responses: {
      /** @description The user as a member of the team, with the role given. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6248190051131392",
           *       "role": "trainee",
           *       "company_id": "4504711230914560",
           *       "office_id": "5610884321509376",
           *       "first_name": "Tomás",
           *       "last_name": "Ibarra",
           *       "emails": [
           *         "tomas.ibarra@harborfreight.example"
           *       ],
           *       "phone_numbers": [
           *         "+14155550172"
           *       ],
           *       "country": "us",
           *       "language": "en",
           *       "timezone": "America/Los_Angeles",
           *       "license": "agents",
           *       "state": "active",
           *       "date_added": "2026-01-05T09:30:00Z",
           *       "is_admin": false,
           *       "is_super_admin": false,
           *       "is_available": true,
           *       "is_online": false,
           *       "is_on_duty": false,
           *       "do_not_disturb": false,
           *       "muted": false
           *     }
           */
          'application/json': components['schemas']['CoachingTeamMember'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'coaching.listTeamsByOffice': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        /**
         * @description Id of the office.
         * @example 5610884321509376
         */
        office_id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the office's coaching teams. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5923190472441856",
           *           "name": "Tier 1 Onboarding",
           *           "company_id": "4504711230914560",
           *           "office_id": "5610884321509376",
           *           "country": "us",
           *           "state": "active",
           *           "allow_trainee_eavesdrop": true
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['CoachingTeamList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'scorecards.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Only return scorecards in this state. */
        state?: 'active' | 'archived' | 'draft';
        /** @description Only return the scorecards of this office, call center or coaching team (give `target_type` too). */
        target_id?: number | string;
        /** @description Kind of target `target_id` names. */
        target_type?: 'callcenter' | 'coachingteam' | 'office' | 'unknown';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of scorecards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5366273911521280",
           *           "name": "Support call quality",
           *           "state": "active",
           *           "category": [
           *             "support"
           *           ],
           *           "has_ai_question": true,
           *           "date_created": "2025-09-02T14:00:00Z",
           *           "date_modified": "2026-02-11T10:24:00Z"
           *         },
           *         {
           *           "id": "6492173818363904",
           *           "name": "Renewal conversations",
           *           "state": "draft",
           *           "category": [
           *             "sales",
           *             "renewals"
           *           ],
           *           "has_ai_question": false,
           *           "date_created": "2026-03-01T08:45:00Z",
           *           "date_modified": "2026-03-01T08:45:00Z"
           *         }
           *       ],
           *       "cursor": "Cg4KCnNjb3JlY2FyZBCdAQ"
           *     }
           */
          'application/json': components['schemas']['ScorecardList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'scorecards.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the scorecard.
         * @example 5366273911521280
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scorecard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5366273911521280",
           *       "name": "Support call quality",
           *       "state": "active",
           *       "category": [
           *         "support"
           *       ],
           *       "has_ai_question": true,
           *       "date_created": "2025-09-02T14:00:00Z",
           *       "date_modified": "2026-02-11T10:24:00Z",
           *       "questions": [
           *         {
           *           "id": "4837029311651841",
           *           "text": "Did the agent confirm the shipment number before answering?",
           *           "type": "yesNo",
           *           "options": {}
           *         },
           *         {
           *           "id": "4837029311651842",
           *           "text": "How clearly did the agent explain the next steps?",
           *           "type": "likertQuality",
           *           "options": {
           *             "scale": 5
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Scorecard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'scorecards.export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "scorecards_type": "scorecard_export_agent_leaderboard",
         *       "target_id": 5188426204348416,
         *       "target_type": "callcenter",
         *       "scorecard_ids": [
         *         5366273911521280
         *       ],
         *       "days_ago_start": 1,
         *       "days_ago_end": 30,
         *       "timezone": "America/Los_Angeles"
         *     }
         */
        'application/json': components['schemas']['ScorecardExportRequest'];
      };
    };
    responses: {
      /** @description The export was accepted; use `request_id` to follow it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "request_id": "5086911722455040",
           *       "status": "processing"
           *     }
           */
          'application/json': components['schemas']['ScorecardExportJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'scorecards.getExport': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The `request_id` returned when the export was started.
         * @example 5086911722455040
         */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The state of the export and, once it is ready, where to get it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "complete",
           *       "file_type": "csv",
           *       "download_url": "https://storage.googleapis.com/dialpad-stats-exports/5086911722455040.csv"
           *     }
           */
          'application/json': components['schemas']['ScorecardExport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.list': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of policies. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5742179328278528",
           *           "name": "Queue supervisors",
           *           "description": "Manage agents and business hours of their call centers.",
           *           "company_id": "4504711230914560",
           *           "owner_id": "5835806903417907",
           *           "permission_sets": [
           *             "agent_settings_write",
           *             "business_hours_write",
           *             "supervisor_settings_write"
           *           ],
           *           "state": "active",
           *           "target_type": "callcenter",
           *           "date_created": "2025-11-03T17:20:00Z",
           *           "date_updated": "2026-01-19T09:02:00Z"
           *         },
           *         {
           *           "id": "6051823377055744",
           *           "name": "Number managers",
           *           "company_id": "4504711230914560",
           *           "owner_id": "5835806903417907",
           *           "permission_sets": [
           *             "number_settings_read",
           *             "number_settings_write"
           *           ],
           *           "state": "active",
           *           "target_type": "company",
           *           "date_created": "2026-02-10T12:00:00Z"
           *         }
           *       ],
           *       "cursor": "Cg4KCHBvbGljaWVzEJ0B"
           *     }
           */
          'application/json': components['schemas']['AccessPolicyList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Queue supervisors",
         *       "description": "Manage agents and business hours of their call centers.",
         *       "owner_id": 5835806903417907,
         *       "permission_sets": [
         *         "agent_settings_write",
         *         "business_hours_write",
         *         "supervisor_settings_write"
         *       ],
         *       "target_type": "callcenter"
         *     }
         */
        'application/json': components['schemas']['AccessPolicyCreateRequest'];
      };
    };
    responses: {
      /** @description The new policy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5742179328278528",
           *       "name": "Queue supervisors",
           *       "description": "Manage agents and business hours of their call centers.",
           *       "company_id": "4504711230914560",
           *       "owner_id": "5835806903417907",
           *       "permission_sets": [
           *         "agent_settings_write",
           *         "business_hours_write",
           *         "supervisor_settings_write"
           *       ],
           *       "state": "active",
           *       "target_type": "callcenter",
           *       "date_created": "2025-11-03T17:20:00Z",
           *       "date_updated": "2025-11-03T17:20:00Z"
           *     }
           */
          'application/json': components['schemas']['AccessPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the policy.
         * @example 5742179328278528
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The policy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5742179328278528",
           *       "name": "Queue supervisors",
           *       "description": "Manage agents and business hours of their call centers.",
           *       "company_id": "4504711230914560",
           *       "owner_id": "5835806903417907",
           *       "permission_sets": [
           *         "agent_settings_write",
           *         "business_hours_write",
           *         "supervisor_settings_write"
           *       ],
           *       "state": "active",
           *       "target_type": "callcenter",
           *       "date_created": "2025-11-03T17:20:00Z",
           *       "date_updated": "2026-01-19T09:02:00Z"
           *     }
           */
          'application/json': components['schemas']['AccessPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the policy to delete.
         * @example 5742179328278528
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The policy, now deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5742179328278528",
           *       "name": "Queue supervisors",
           *       "company_id": "4504711230914560",
           *       "owner_id": "5835806903417907",
           *       "permission_sets": [
           *         "agent_settings_write",
           *         "business_hours_write",
           *         "supervisor_settings_write"
           *       ],
           *       "state": "deleted",
           *       "target_type": "callcenter",
           *       "date_created": "2025-11-03T17:20:00Z",
           *       "date_updated": "2026-03-04T15:20:00Z"
           *     }
           */
          'application/json': components['schemas']['AccessPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the policy to change.
         * @example 5742179328278528
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5835806903417907,
         *       "permission_sets": [
         *         "agent_settings_write",
         *         "business_hours_write",
         *         "holiday_hours_settings_write",
         *         "supervisor_settings_write"
         *       ]
         *     }
         */
        'application/json': components['schemas']['AccessPolicyUpdateRequest'];
      };
    };
    responses: {
      /** @description The policy after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5742179328278528",
           *       "name": "Queue supervisors",
           *       "description": "Manage agents and business hours of their call centers.",
           *       "company_id": "4504711230914560",
           *       "owner_id": "5835806903417907",
           *       "permission_sets": [
           *         "agent_settings_write",
           *         "business_hours_write",
           *         "holiday_hours_settings_write",
           *         "supervisor_settings_write"
           *       ],
           *       "state": "active",
           *       "target_type": "callcenter",
           *       "date_created": "2025-11-03T17:20:00Z",
           *       "date_updated": "2026-03-04T15:20:00Z"
           *     }
           */
          'application/json': components['schemas']['AccessPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.assign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the policy.
         * @example 5742179328278528
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5121880439717888,
         *       "target_type": "callcenter",
         *       "target_id": 5188426204348416
         *     }
         */
        'application/json': components['schemas']['AccessPolicyAssignRequest'];
      };
    };
    responses: {
      /** @description The user and every target at which they now hold the policy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user": {
           *         "id": "5121880439717888",
           *         "company_id": "4504711230914560",
           *         "office_id": "5610884321509376",
           *         "display_name": "Priya Natarajan",
           *         "first_name": "Priya",
           *         "last_name": "Natarajan",
           *         "emails": [
           *           "priya.natarajan@harborfreight.example"
           *         ],
           *         "phone_numbers": [
           *           "+14155550161"
           *         ],
           *         "is_admin": false,
           *         "is_super_admin": false,
           *         "license": "agents",
           *         "state": "active",
           *         "onboarding_completed": true,
           *         "voicemail": {
           *           "is_default_voicemail": true,
           *           "name": "default",
           *           "voicemail_notifications_enabled": true
           *         }
           *       },
           *       "policy_targets": [
           *         {
           *           "target_id": "5188426204348416",
           *           "target_type": "callcenter"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['AccessPolicyAssignment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.listAssignments': {
    parameters: {
      query?: {
        /** @description Opaque token from the `cursor` field of the previous page; leave it out for the first page. */
        cursor?: components['parameters']['Cursor'];
      };
      header?: never;
      path: {
        /**
         * @description Id of the policy.
         * @example 5742179328278528
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of assignments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "user": {
           *             "id": "5121880439717888",
           *             "company_id": "4504711230914560",
           *             "office_id": "5610884321509376",
           *             "display_name": "Priya Natarajan",
           *             "first_name": "Priya",
           *             "last_name": "Natarajan",
           *             "emails": [
           *               "priya.natarajan@harborfreight.example"
           *             ],
           *             "state": "active",
           *             "onboarding_completed": true,
           *             "voicemail": {
           *               "is_default_voicemail": true,
           *               "name": "default",
           *               "voicemail_notifications_enabled": true
           *             }
           *           },
           *           "policy_targets": [
           *             {
           *               "target_id": "5188426204348416",
           *               "target_type": "callcenter"
           *             },
           *             {
           *               "target_id": "6281736652619776",
           *               "target_type": "callcenter"
           *             }
           *           ]
           *         }
           *       ],
           *       "cursor": "Cg4KC2Fzc2lnbm1lbnQQnQE"
           *     }
           */
          'application/json': components['schemas']['AccessPolicyAssignmentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'accessPolicies.unassign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Id of the policy.
         * @example 5742179328278528
         */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "user_id": 5121880439717888,
         *       "target_type": "callcenter",
         *       "target_id": 6281736652619776
         *     }
         */
        'application/json': components['schemas']['AccessPolicyUnassignRequest'];
      };
    };
    responses: {
      /** @description The user and the targets at which they still hold the policy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user": {
           *         "id": "5121880439717888",
           *         "company_id": "4504711230914560",
           *         "office_id": "5610884321509376",
           *         "display_name": "Priya Natarajan",
           *         "first_name": "Priya",
           *         "last_name": "Natarajan",
           *         "state": "active",
           *         "onboarding_completed": true,
           *         "voicemail": {
           *           "is_default_voicemail": true,
           *           "name": "default",
           *           "voicemail_notifications_enabled": true
           *         }
           *       },
           *       "policy_targets": [
           *         {
           *           "target_id": "5188426204348416",
           *           "target_type": "callcenter"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['AccessPolicyAssignment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'company.get': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4504711230914560",
           *       "name": "Harbor Freight Logistics, Inc.",
           *       "domain": "harborfreight.example",
           *       "country": "us",
           *       "account_type": "enterprise",
           *       "admin_email": "it-admin@harborfreight.example",
           *       "office_count": "3",
           *       "state": "active",
           *       "settings": {
           *         "has_callai": true,
           *         "allow_ai_training": false
           *       }
           *     }
           */
          'application/json': components['schemas']['Company'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'company.updateSettings': {
    parameters: {
      query?: {
        /** @description Set to true to turn call AI on for the company, false to turn it off. */
        has_callai?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "4504711230914560",
           *       "name": "Harbor Freight Logistics, Inc.",
           *       "domain": "harborfreight.example",
           *       "country": "us",
           *       "account_type": "enterprise",
           *       "office_count": "3",
           *       "state": "active",
           *       "settings": {
           *         "has_callai": false,
           *         "allow_ai_training": false
           *       }
           *     }
           */
          'application/json': components['schemas']['Company'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'company.getAppSettings': {
    parameters: {
      query?: {
        /** @description Read the settings for this target (give `target_type` too). */
        target_id?: number | string;
        /** @description Kind of target `target_id` names. */
        target_type?:
          | 'callcenter'
          | 'callrouter'
          | 'channel'
          | 'coachinggroup'
          | 'coachingteam'
          | 'department'
          | 'office'
          | 'room'
          | 'staffgroup'
          | 'unknown'
          | 'user';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The app's settings for the target, or for the company. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "enabled": true,
           *       "is_preferred_service": false,
           *       "settings": {
           *         "call_logging_enabled": true,
           *         "call_recording_logging_enabled": false,
           *         "sms_logging_enabled": true,
           *         "voicemail_logging_enabled": false,
           *         "log_call_recordings": false
           *       }
           *     }
           */
          'application/json': components['schemas']['AppSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'oauth.authorize': {
    parameters: {
      query: {
        /** @description How `code_challenge` was derived from the PKCE verifier; use `S256`. */
        code_challenge_method?: 'S256' | 'plain';
        /** @description The PKCE challenge computed from the verifier the app will later send to the token endpoint. */
        code_challenge?: string;
        /** @description Extra scopes to ask for, separated by spaces. */
        scope?: string;
        /** @description Which OAuth flow to run; only the authorization-code flow (`code`) exists. */
        response_type?: 'code';
        /**
         * @description Where to send the browser back to once the person has decided.
         * @example https://app.example.com/oauth/dialpad/callback
         */
        redirect_uri: string;
        /**
         * @description The OAuth app's client id.
         * @example Hk3pQ8vZxT2mW9aR
         */
        client_id: string;
        /** @description A random value the app checks on return, to guard against cross-site request forgery. */
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The browser is sent on: to Dialpad's sign-in and consent pages, and finally back to `redirect_uri` carrying `code` and `state`. There is no body. */
      302: {
        headers: {
          /** @description Where the browser goes next. */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'oauth.token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "grant_type": "authorization_code",
         *       "code": "4nT7sQw2LmZ8xYb1",
         *       "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
         *       "client_id": "Hk3pQ8vZxT2mW9aR",
         *       "client_secret": "s3cr3t-EXAMPLE-only"
         *     }
         */
        'application/json': components['schemas']['OAuthTokenRequest'];
      };
    };
    responses: {
      /** @description The new token (pair). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "access_token": "eyJhbGciOiJSUzI1NiJ9.EXAMPLE.access",
           *       "token_type": "Bearer",
           *       "expires_in": 3600,
           *       "refresh_token": "rt_9ZkP2xQ7bW4mEXAMPLE"
           *     }
           */
          'application/json': components['schemas']['OAuthTokenResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  'oauth.deauthorize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tokens were revoked. There is no body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
}
