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
    get?: never;
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
    put?: never;
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
    post?: never;
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
    get?: never;
    put?: never;
    /**
     * Add an operator to an office
     * @description Makes a user or a room an operator of the office's main line: from now on, calls to the office's main number can ring them, following the office's routing. The role decides whether they also administer the office. Nothing else about the user or room changes.
     */
    post: operations['offices.addOperator'];
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
    post?: never;
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
    get?: never;
    put?: never;
    /**
     * Add an operator to a department
     * @description Makes a user or a room an operator of the department: from now on, calls to the department's numbers can ring them, following the department's routing. The role decides whether they also administer the department. Nothing else about the user or room changes.
     */
    post: operations['departments.addOperator'];
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
    post?: never;
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
    get?: never;
    put?: never;
    /**
     * Add an operator to a call center
     * @description Makes a user an operator (agent), supervisor or admin of the call center: from now on calls to the call center can ring them, in line with their skill level and the routing. This can cost money: if the user has no call center license yet, one of the kind given in `license_type` is taken from the company's pool and assigned to them, and if none is free the request fails and nothing changes. When the license switch moves the user to a support license, `keep_paid_numbers` decides whether they keep their phone numbers (which then need extra number licenses).
     */
    post: operations['callcenters.addOperator'];
    delete?: never;
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
