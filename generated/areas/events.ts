// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `events` area: 45 operation(s) in `client.subscriptions`, `client.webhooks`, `client.websockets`. */
export function createEventsArea<O>(caller: OperationCaller<O>) {
  return {
    subscriptions: {
      /**
       * Subscribe a webhook or websocket to agent status events
       *
       * Starts pushing agent status events to a webhook or websocket (named by `endpoint_id`): each time a call center agent's availability changes (available, busy, on a call, off duty, ...), Dialpad sends an event there. Only call center agents are covered, so `agent_type` must be `callcenter`. Needs a company admin API key.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Subscribes an endpoint to agent status events; Dialpad starts pushing them.
       * @see https://developers.dialpad.com/reference/webhook_agent_status_event_subscriptioncreate
       */
      createAgentStatus(
        body: T.SubscriptionsCreateAgentStatusBody,
        options?: O,
      ): Promise<T.SubscriptionsCreateAgentStatusResult> {
        return caller.call('subscriptions.createAgentStatus', { body }, options);
      },
      /**
       * Subscribe a webhook or websocket to call events
       *
       * Starts pushing call events to a webhook or websocket (named by `endpoint_id`). Each time a matching call reaches one of the listed `call_states` (ringing, connected, hangup, recording, ...), Dialpad sends an event there; `target_type` and `target_id` narrow it to calls to or from one user, office, call center and so on, otherwise the whole company is covered. Recording links appear in call events only if the credential holds the `recordings_export` OAuth scope.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Subscribes an endpoint to call events; Dialpad starts pushing them.
       * @see https://developers.dialpad.com/reference/webhook_call_event_subscriptioncreate
       */
      createCall(body: T.SubscriptionsCreateCallBody, options?: O): Promise<T.SubscriptionsCreateCallResult> {
        return caller.call('subscriptions.createCall', { body }, options);
      },
      /**
       * Subscribe a webhook or websocket to change log events
       *
       * Starts pushing change log events to a webhook or websocket (named by `endpoint_id`): each time someone changes the company's configuration (users, offices, departments, call centers, numbers and so on), Dialpad sends an event saying who changed what. Needs a company admin API key holding the `change_log` OAuth scope.
       *
       * - Access: write (area `events`)
       * - Scope: `change_log`
       * - Rate limit: company ceiling only
       * - Effect: Subscribes an endpoint to change log events; Dialpad starts pushing them.
       * @see https://developers.dialpad.com/reference/webhook_change_log_event_subscriptioncreate
       */
      createChangelog(
        body: T.SubscriptionsCreateChangelogBody,
        options?: O,
      ): Promise<T.SubscriptionsCreateChangelogResult> {
        return caller.call('subscriptions.createChangelog', { body }, options);
      },
      /**
       * Subscribe a webhook or websocket to channel events
       *
       * Starts pushing channel events to a webhook or websocket (named by `endpoint_id`) for messages posted in one Dialpad channel: `target_id` must be the channel's id, and `direction` chooses inbound, outbound or `all` messages. All three are needed.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Subscribes an endpoint to channel events; Dialpad starts pushing them.
       * @see https://developers.dialpad.com/reference/webhook_channel_event_subscriptioncreate
       */
      createChannel(body: T.SubscriptionsCreateChannelBody, options?: O): Promise<T.SubscriptionsCreateChannelResult> {
        return caller.call('subscriptions.createChannel', { body }, options);
      },
      /**
       * Subscribe a webhook or websocket to contact events
       *
       * Starts pushing contact events to a webhook or websocket (named by `endpoint_id`) whenever contacts of the chosen `contact_type` are created, changed or deleted: `shared` for the company's shared address book, `local` for users' own contacts. Needs a company admin API key.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Subscribes an endpoint to contact events; Dialpad starts pushing them.
       * @see https://developers.dialpad.com/reference/webhook_contact_event_subscriptioncreate
       */
      createContact(body: T.SubscriptionsCreateContactBody, options?: O): Promise<T.SubscriptionsCreateContactResult> {
        return caller.call('subscriptions.createContact', { body }, options);
      },
      /**
       * Subscribe a webhook or websocket to fax events
       *
       * Starts pushing fax events to a webhook or websocket (named by `endpoint_id`) for faxes in the chosen `direction` (`inbound`, `outbound`, or `all`). `target_type` and `target_id` narrow it to faxes to or from one user, office, department or call center, otherwise the whole company is covered; `status` adds an event for each status change of a fax. Needs the `fax_message` OAuth scope.
       *
       * - Access: write (area `events`)
       * - Scope: `fax_message`
       * - Rate limit: company ceiling only
       * - Effect: Subscribes an endpoint to fax events; Dialpad starts pushing them.
       * @see https://developers.dialpad.com/reference/webhook_fax_event_subscriptioncreate
       */
      createFax(body: T.SubscriptionsCreateFaxBody, options?: O): Promise<T.SubscriptionsCreateFaxResult> {
        return caller.call('subscriptions.createFax', { body }, options);
      },
      /**
       * Subscribe a webhook or websocket to SMS events
       *
       * Starts pushing SMS events to a webhook or websocket (named by `endpoint_id`) for text messages in the chosen `direction` (`inbound`, `outbound`, or `all`). `target_type` and `target_id` narrow it to messages to or from one target, otherwise the whole company is covered; `include_internal` adds messages between two users of the same company and `status` adds an event for each delivery-status change. The message text itself is included only when the credential holds the `message_content_export` OAuth scope (for a subscription scoped to a target) or `message_content_export:all` (for a company-wide one); without it, events carry everything but the text.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Subscribes an endpoint to SMS events; Dialpad starts pushing them. Message text is only included with the message_content_export scope.
       * @see https://developers.dialpad.com/reference/webhook_sms_event_subscriptioncreate
       */
      createSms(body: T.SubscriptionsCreateSmsBody, options?: O): Promise<T.SubscriptionsCreateSmsResult> {
        return caller.call('subscriptions.createSms', { body }, options);
      },
      /**
       * Remove an agent status event subscription
       *
       * Removes an agent status event subscription: Dialpad stops sending those agent status events. The webhook or websocket it used is kept. Needs a company admin API key. Answers with the subscription as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Stops an agent status event subscription; those events stop arriving. [irreversible]
       * @see https://developers.dialpad.com/reference/webhook_agent_status_event_subscriptiondelete
       */
      deleteAgentStatus(
        id: T.SubscriptionsDeleteAgentStatusPath['id'],
        options?: O,
      ): Promise<T.SubscriptionsDeleteAgentStatusResult> {
        return caller.call('subscriptions.deleteAgentStatus', { path: { id } }, options);
      },
      /**
       * Remove a call event subscription
       *
       * Removes a call event subscription: Dialpad stops sending those call events. The webhook or websocket it used is kept. Answers with the subscription as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Stops a call event subscription; those events stop arriving. [irreversible]
       * @see https://developers.dialpad.com/reference/webhook_call_event_subscriptiondelete
       */
      deleteCall(id: T.SubscriptionsDeleteCallPath['id'], options?: O): Promise<T.SubscriptionsDeleteCallResult> {
        return caller.call('subscriptions.deleteCall', { path: { id } }, options);
      },
      /**
       * Remove a change log event subscription
       *
       * Removes a change log event subscription: Dialpad stops sending change log events to its endpoint. The webhook or websocket it used is kept. Needs a company admin API key holding the `change_log` OAuth scope. Answers with the subscription as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: `change_log`
       * - Rate limit: company ceiling only
       * - Effect: Stops a change log event subscription; those events stop arriving. [irreversible]
       * @see https://developers.dialpad.com/reference/webhook_change_log_event_subscriptiondelete
       */
      deleteChangelog(
        id: T.SubscriptionsDeleteChangelogPath['id'],
        options?: O,
      ): Promise<T.SubscriptionsDeleteChangelogResult> {
        return caller.call('subscriptions.deleteChangelog', { path: { id } }, options);
      },
      /**
       * Remove a channel event subscription
       *
       * Removes a channel event subscription: Dialpad stops sending events for that channel's messages. The webhook or websocket it used, and the channel itself, are kept. Answers with the subscription as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Stops a channel event subscription; those events stop arriving. [irreversible]
       * @see https://developers.dialpad.com/reference/webhook_channel_event_subscriptiondelete
       */
      deleteChannel(
        id: T.SubscriptionsDeleteChannelPath['id'],
        options?: O,
      ): Promise<T.SubscriptionsDeleteChannelResult> {
        return caller.call('subscriptions.deleteChannel', { path: { id } }, options);
      },
      /**
       * Remove a contact event subscription
       *
       * Removes a contact event subscription: Dialpad stops sending those contact events. The webhook or websocket it used is kept. Needs a company admin API key. Answers with the subscription as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Stops a contact event subscription; those events stop arriving. [irreversible]
       * @see https://developers.dialpad.com/reference/webhook_contact_event_subscriptiondelete
       */
      deleteContact(
        id: T.SubscriptionsDeleteContactPath['id'],
        options?: O,
      ): Promise<T.SubscriptionsDeleteContactResult> {
        return caller.call('subscriptions.deleteContact', { path: { id } }, options);
      },
      /**
       * Remove a fax event subscription
       *
       * Removes a fax event subscription: Dialpad stops sending those fax events. The webhook or websocket it used is kept. Needs the `fax_message` OAuth scope. Answers with the subscription as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: `fax_message`
       * - Rate limit: company ceiling only
       * - Effect: Stops a fax event subscription; those events stop arriving. [irreversible]
       * @see https://developers.dialpad.com/reference/webhook_fax_event_subscriptiondelete
       */
      deleteFax(id: T.SubscriptionsDeleteFaxPath['id'], options?: O): Promise<T.SubscriptionsDeleteFaxResult> {
        return caller.call('subscriptions.deleteFax', { path: { id } }, options);
      },
      /**
       * Remove an SMS event subscription
       *
       * Removes an SMS event subscription: Dialpad stops sending those SMS events. The webhook or websocket it used is kept. Answers with the subscription as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Stops a SMS event subscription; those events stop arriving. [irreversible]
       * @see https://developers.dialpad.com/reference/webhook_sms_event_subscriptiondelete
       */
      deleteSms(id: T.SubscriptionsDeleteSmsPath['id'], options?: O): Promise<T.SubscriptionsDeleteSmsResult> {
        return caller.call('subscriptions.deleteSms', { path: { id } }, options);
      },
      /**
       * Get one agent status event subscription
       *
       * Returns a single agent status event subscription by id: the agent type it covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one agent status event subscription.
       * @see https://developers.dialpad.com/reference/webhook_agent_status_event_subscriptionget
       */
      getAgentStatus(
        id: T.SubscriptionsGetAgentStatusPath['id'],
        options?: O,
      ): Promise<T.SubscriptionsGetAgentStatusResult> {
        return caller.call('subscriptions.getAgentStatus', { path: { id } }, options);
      },
      /**
       * Get one call event subscription
       *
       * Returns a single call event subscription by id: which call states it covers, its scope, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one call event subscription.
       * @see https://developers.dialpad.com/reference/webhook_call_event_subscriptionget
       */
      getCall(id: T.SubscriptionsGetCallPath['id'], options?: O): Promise<T.SubscriptionsGetCallResult> {
        return caller.call('subscriptions.getCall', { path: { id } }, options);
      },
      /**
       * Get one change log event subscription
       *
       * Returns a single change log event subscription by id: whether it is on and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key holding the `change_log` OAuth scope.
       *
       * - Access: read (area `events`)
       * - Scope: `change_log`
       * - Rate limit: company ceiling only
       * - Effect: None: reads one change log event subscription.
       * @see https://developers.dialpad.com/reference/webhook_change_log_event_subscriptionget
       */
      getChangelog(id: T.SubscriptionsGetChangelogPath['id'], options?: O): Promise<T.SubscriptionsGetChangelogResult> {
        return caller.call('subscriptions.getChangelog', { path: { id } }, options);
      },
      /**
       * Get one channel event subscription
       *
       * Returns a single channel event subscription by id: its channel, message direction, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one channel event subscription.
       * @see https://developers.dialpad.com/reference/webhook_channel_event_subscriptionget
       */
      getChannel(id: T.SubscriptionsGetChannelPath['id'], options?: O): Promise<T.SubscriptionsGetChannelResult> {
        return caller.call('subscriptions.getChannel', { path: { id } }, options);
      },
      /**
       * Get one contact event subscription
       *
       * Returns a single contact event subscription by id: the contact type it covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one contact event subscription.
       * @see https://developers.dialpad.com/reference/webhook_contact_event_subscriptionget
       */
      getContact(id: T.SubscriptionsGetContactPath['id'], options?: O): Promise<T.SubscriptionsGetContactResult> {
        return caller.call('subscriptions.getContact', { path: { id } }, options);
      },
      /**
       * Get one fax event subscription
       *
       * Returns a single fax event subscription by id: its direction, scope, options, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs the `fax_message` OAuth scope.
       *
       * - Access: read (area `events`)
       * - Scope: `fax_message`
       * - Rate limit: company ceiling only
       * - Effect: None: reads one fax event subscription.
       * @see https://developers.dialpad.com/reference/webhook_fax_event_subscriptionget
       */
      getFax(id: T.SubscriptionsGetFaxPath['id'], options?: O): Promise<T.SubscriptionsGetFaxResult> {
        return caller.call('subscriptions.getFax', { path: { id } }, options);
      },
      /**
       * Get one SMS event subscription
       *
       * Returns a single SMS event subscription by id: its direction, scope, options, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one SMS event subscription.
       * @see https://developers.dialpad.com/reference/webhook_sms_event_subscriptionget
       */
      getSms(id: T.SubscriptionsGetSmsPath['id'], options?: O): Promise<T.SubscriptionsGetSmsResult> {
        return caller.call('subscriptions.getSms', { path: { id } }, options);
      },
      /**
       * List agent status event subscriptions
       *
       * Returns, one page at a time, the company's agent status event subscriptions: which agent type each one covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the agent status event subscriptions.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhook_agent_status_event_subscriptionlist
       */
      listAgentStatus(
        query?: T.SubscriptionsListAgentStatusQuery,
        options?: O,
      ): Paginated<T.SubscriptionsListAgentStatusItem, T.SubscriptionsListAgentStatusResult> {
        return caller.paginate('subscriptions.listAgentStatus', { query }, options);
      },
      /**
       * List call event subscriptions
       *
       * Returns, one page at a time, the company's call event subscriptions, or only those scoped to one target when `target_type` and `target_id` are given. Nothing changes. Subscriptions made through Dialpad's older, deprecated event APIs may not appear here.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the call event subscriptions.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhook_call_event_subscriptionlist
       */
      listCall(
        query?: T.SubscriptionsListCallQuery,
        options?: O,
      ): Paginated<T.SubscriptionsListCallItem, T.SubscriptionsListCallResult> {
        return caller.paginate('subscriptions.listCall', { query }, options);
      },
      /**
       * List change log event subscriptions
       *
       * Returns, one page at a time, the company's change log event subscriptions: whether each one is on and the webhook or websocket it delivers to. Nothing changes. Needs a company admin API key holding the `change_log` OAuth scope.
       *
       * - Access: read (area `events`)
       * - Scope: `change_log`
       * - Rate limit: company ceiling only
       * - Effect: None: reads the change log event subscriptions.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhook_change_log_event_subscriptionlist
       */
      listChangelog(
        query?: T.SubscriptionsListChangelogQuery,
        options?: O,
      ): Paginated<T.SubscriptionsListChangelogItem, T.SubscriptionsListChangelogResult> {
        return caller.paginate('subscriptions.listChangelog', { query }, options);
      },
      /**
       * List channel event subscriptions
       *
       * Returns, one page at a time, the company's channel event subscriptions: the channel and message direction each one covers, whether it is on, and the webhook or websocket it delivers to. Nothing changes.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the channel event subscriptions.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhook_channel_event_subscriptionlist
       */
      listChannel(
        query?: T.SubscriptionsListChannelQuery,
        options?: O,
      ): Paginated<T.SubscriptionsListChannelItem, T.SubscriptionsListChannelResult> {
        return caller.paginate('subscriptions.listChannel', { query }, options);
      },
      /**
       * List contact event subscriptions
       *
       * Returns, one page at a time, the company's contact event subscriptions. Nothing changes. Needs a company admin API key. Subscriptions made through Dialpad's older, deprecated event APIs may not appear here.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the contact event subscriptions.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhook_contact_event_subscriptionlist
       */
      listContact(
        query?: T.SubscriptionsListContactQuery,
        options?: O,
      ): Paginated<T.SubscriptionsListContactItem, T.SubscriptionsListContactResult> {
        return caller.paginate('subscriptions.listContact', { query }, options);
      },
      /**
       * List fax event subscriptions
       *
       * Returns, one page at a time, the company's fax event subscriptions, or only those scoped to one target when `target_type` and `target_id` are given. Nothing changes. Needs the `fax_message` OAuth scope.
       *
       * - Access: read (area `events`)
       * - Scope: `fax_message`
       * - Rate limit: company ceiling only
       * - Effect: None: reads the fax event subscriptions.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhook_fax_event_subscriptionlist
       */
      listFax(
        query?: T.SubscriptionsListFaxQuery,
        options?: O,
      ): Paginated<T.SubscriptionsListFaxItem, T.SubscriptionsListFaxResult> {
        return caller.paginate('subscriptions.listFax', { query }, options);
      },
      /**
       * List SMS event subscriptions
       *
       * Returns, one page at a time, the company's SMS event subscriptions, or only those scoped to one target when `target_type` and `target_id` are given. Nothing changes. Subscriptions made through Dialpad's older, deprecated event APIs may not appear here.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the SMS event subscriptions.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhook_sms_event_subscriptionlist
       */
      listSms(
        query?: T.SubscriptionsListSmsQuery,
        options?: O,
      ): Paginated<T.SubscriptionsListSmsItem, T.SubscriptionsListSmsResult> {
        return caller.paginate('subscriptions.listSms', { query }, options);
      },
      /**
       * Change an agent status event subscription
       *
       * Moves an agent status event subscription to another webhook or websocket, or switches it on or off. From then on Dialpad sends (or stops sending) agent status events accordingly; setting `enabled` to false pauses delivery without removing the subscription. Needs a company admin API key.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes which agent status events are pushed, and where.
       * @see https://developers.dialpad.com/reference/webhook_agent_status_event_subscriptionupdate
       */
      updateAgentStatus(
        id: T.SubscriptionsUpdateAgentStatusPath['id'],
        body: T.SubscriptionsUpdateAgentStatusBody,
        options?: O,
      ): Promise<T.SubscriptionsUpdateAgentStatusResult> {
        return caller.call('subscriptions.updateAgentStatus', { path: { id }, body }, options);
      },
      /**
       * Change a call event subscription
       *
       * Changes which call states, which target or which endpoint a call event subscription uses, or switches it on or off. From then on Dialpad sends (or stops sending) call events accordingly; setting `enabled` to false pauses delivery without removing the subscription.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes which call events are pushed, and where.
       * @see https://developers.dialpad.com/reference/webhook_call_event_subscriptionupdate
       */
      updateCall(
        id: T.SubscriptionsUpdateCallPath['id'],
        body: T.SubscriptionsUpdateCallBody,
        options?: O,
      ): Promise<T.SubscriptionsUpdateCallResult> {
        return caller.call('subscriptions.updateCall', { path: { id }, body }, options);
      },
      /**
       * Change a change log event subscription
       *
       * Moves a change log event subscription to another webhook or websocket, or switches it on or off. From then on Dialpad sends (or stops sending) change log events accordingly; setting `enabled` to false pauses delivery without removing the subscription. Needs a company admin API key holding the `change_log` OAuth scope.
       *
       * - Access: write (area `events`)
       * - Scope: `change_log`
       * - Rate limit: company ceiling only
       * - Effect: Changes which change log events are pushed, and where.
       * @see https://developers.dialpad.com/reference/webhook_change_log_event_subscriptionupdate
       */
      updateChangelog(
        id: T.SubscriptionsUpdateChangelogPath['id'],
        body: T.SubscriptionsUpdateChangelogBody,
        options?: O,
      ): Promise<T.SubscriptionsUpdateChangelogResult> {
        return caller.call('subscriptions.updateChangelog', { path: { id }, body }, options);
      },
      /**
       * Change a channel event subscription
       *
       * Changes the channel, message direction or endpoint of a channel event subscription, or switches it on or off. From then on Dialpad sends (or stops sending) channel events accordingly; setting `enabled` to false pauses delivery without removing the subscription.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes which channel events are pushed, and where.
       * @see https://developers.dialpad.com/reference/webhook_channel_event_subscriptionupdate
       */
      updateChannel(
        id: T.SubscriptionsUpdateChannelPath['id'],
        body: T.SubscriptionsUpdateChannelBody,
        options?: O,
      ): Promise<T.SubscriptionsUpdateChannelResult> {
        return caller.call('subscriptions.updateChannel', { path: { id }, body }, options);
      },
      /**
       * Change a contact event subscription
       *
       * Changes the contact type or endpoint of a contact event subscription, or switches it on or off; `contact_type` must always be sent. From then on Dialpad sends (or stops sending) contact events accordingly. Needs a company admin API key.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes which contact events are pushed, and where.
       * @see https://developers.dialpad.com/reference/webhook_contact_event_subscriptionupdate
       */
      updateContact(
        id: T.SubscriptionsUpdateContactPath['id'],
        body: T.SubscriptionsUpdateContactBody,
        options?: O,
      ): Promise<T.SubscriptionsUpdateContactResult> {
        return caller.call('subscriptions.updateContact', { path: { id }, body }, options);
      },
      /**
       * Change a fax event subscription
       *
       * Changes the direction, scope, options or endpoint of a fax event subscription, or switches it on or off. From then on Dialpad sends (or stops sending) fax events accordingly; setting `enabled` to false pauses delivery without removing the subscription. Needs the `fax_message` OAuth scope.
       *
       * - Access: write (area `events`)
       * - Scope: `fax_message`
       * - Rate limit: company ceiling only
       * - Effect: Changes which fax events are pushed, and where.
       * @see https://developers.dialpad.com/reference/webhook_fax_event_subscriptionupdate
       */
      updateFax(
        id: T.SubscriptionsUpdateFaxPath['id'],
        body: T.SubscriptionsUpdateFaxBody,
        options?: O,
      ): Promise<T.SubscriptionsUpdateFaxResult> {
        return caller.call('subscriptions.updateFax', { path: { id }, body }, options);
      },
      /**
       * Change an SMS event subscription
       *
       * Changes the direction, scope, options or endpoint of an SMS event subscription, or switches it on or off. From then on Dialpad sends (or stops sending) SMS events accordingly; setting `enabled` to false pauses delivery without removing the subscription.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes which SMS events are pushed, and where.
       * @see https://developers.dialpad.com/reference/webhook_sms_event_subscriptionupdate
       */
      updateSms(
        id: T.SubscriptionsUpdateSmsPath['id'],
        body: T.SubscriptionsUpdateSmsBody,
        options?: O,
      ): Promise<T.SubscriptionsUpdateSmsResult> {
        return caller.call('subscriptions.updateSms', { path: { id }, body }, options);
      },
    },
    webhooks: {
      /**
       * Register a webhook URL
       *
       * Registers an HTTPS URL of yours as a destination for Dialpad events and returns the new webhook with its generated id. Registering alone sends nothing: events start arriving at the URL only once an event subscription (call, SMS, contact, ...) names this webhook's id as its `endpoint_id`, and one webhook can serve many subscriptions. If you give a `secret`, every event is delivered as a JWT signed with HS256 using that secret, which lets your receiver prove the event came from Dialpad; without one, events arrive as plain, unsigned JSON. Setting a secret is strongly advised.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: 100 per 60 s per company
       * - Effect: Registers a new webhook endpoint (an HTTPS URL Dialpad will POST events to).
       * @see https://developers.dialpad.com/reference/webhookscreate
       */
      create(body: T.WebhooksCreateBody, options?: O): Promise<T.WebhooksCreateResult> {
        return caller.call('webhooks.create', { body }, options);
      },
      /**
       * Remove a webhook
       *
       * Removes a webhook, so Dialpad no longer delivers events to its URL; subscriptions that relied on it stop reaching your receiver. Answers with the webhook as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Removes a registered webhook; events stop reaching it. [irreversible]
       * @see https://developers.dialpad.com/reference/webhooksdelete
       */
      delete(id: T.WebhooksDeletePath['id'], options?: O): Promise<T.WebhooksDeleteResult> {
        return caller.call('webhooks.delete', { path: { id } }, options);
      },
      /**
       * Get one webhook
       *
       * Returns a single webhook (its URL and signing settings) by id. Read-only: nothing changes.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one registered webhook.
       * @see https://developers.dialpad.com/reference/webhooksget
       */
      get(id: T.WebhooksGetPath['id'], options?: O): Promise<T.WebhooksGetResult> {
        return caller.call('webhooks.get', { path: { id } }, options);
      },
      /**
       * List the company's webhooks
       *
       * Returns, one page at a time, every webhook registered for the company, with its URL and signing settings. Read-only: nothing changes.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the registered webhooks.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/webhookslist
       */
      list(query?: T.WebhooksListQuery, options?: O): Paginated<T.WebhooksListItem, T.WebhooksListResult> {
        return caller.paginate('webhooks.list', { query }, options);
      },
      /**
       * Change a webhook's URL or secret
       *
       * Changes where a webhook delivers, its signing secret, or both. From then on, every subscription that points at this webhook sends its events to the new URL and/or signs them with the new secret, so your receiver must be ready for the change before you make it.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes a registered webhook; events may start going elsewhere.
       * @see https://developers.dialpad.com/reference/webhookupdate
       */
      update(id: T.WebhooksUpdatePath['id'], body: T.WebhooksUpdateBody, options?: O): Promise<T.WebhooksUpdateResult> {
        return caller.call('webhooks.update', { path: { id }, body }, options);
      },
    },
    websockets: {
      /**
       * Create a websocket event endpoint
       *
       * Creates a websocket endpoint for the company and returns it with its generated id and a `websocket_url` to connect to. Like a webhook, it receives nothing until an event subscription names its id as `endpoint_id`; one websocket can serve many subscriptions. The URL stops working after about an hour: fetch the websocket again (websockets.get) for a fresh URL instead of creating another one. With a `secret`, events are sent as HS256-signed JWTs so you can check they came from Dialpad; without one, they are plain JSON.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: Registers a new websocket endpoint Dialpad will push events to.
       * @see https://developers.dialpad.com/reference/websocketscreate
       */
      create(body?: T.WebsocketsCreateBody, options?: O): Promise<T.WebsocketsCreateResult> {
        return caller.call('websockets.create', { body }, options);
      },
      /**
       * Remove a websocket
       *
       * Removes a websocket endpoint, so Dialpad stops pushing events through it and subscriptions that used it no longer reach your consumer. Answers with the websocket as it was just before removal.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Removes a registered websocket; events stop reaching it. [irreversible]
       * @see https://developers.dialpad.com/reference/websocketsdelete
       */
      delete(id: T.WebsocketsDeletePath['id'], options?: O): Promise<T.WebsocketsDeleteResult> {
        return caller.call('websockets.delete', { path: { id } }, options);
      },
      /**
       * Get one websocket (and a fresh URL)
       *
       * Returns a single websocket endpoint by id, including a newly issued `websocket_url`. Because connection URLs expire after about an hour, this is how to reconnect: call it again for a new URL rather than creating a new websocket. No settings change.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one registered websocket.
       * @see https://developers.dialpad.com/reference/websocketsget
       */
      get(id: T.WebsocketsGetPath['id'], options?: O): Promise<T.WebsocketsGetResult> {
        return caller.call('websockets.get', { path: { id } }, options);
      },
      /**
       * List the company's websockets
       *
       * Returns, one page at a time, every websocket endpoint of the company, each with a connection URL and its signing settings. Nothing changes.
       *
       * - Access: read (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the registered websockets.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/websocketslist
       */
      list(query?: T.WebsocketsListQuery, options?: O): Paginated<T.WebsocketsListItem, T.WebsocketsListResult> {
        return caller.paginate('websockets.list', { query }, options);
      },
      /**
       * Change a websocket's signing secret
       *
       * Replaces the secret used to sign the events sent over this websocket. Events delivered afterwards are signed with the new secret, so your consumer must verify with it from then on.
       *
       * - Access: write (area `events`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes a registered websocket; events may start going elsewhere.
       * @see https://developers.dialpad.com/reference/websocketsupdate
       */
      update(
        id: T.WebsocketsUpdatePath['id'],
        body: T.WebsocketsUpdateBody,
        options?: O,
      ): Promise<T.WebsocketsUpdateResult> {
        return caller.call('websockets.update', { path: { id }, body }, options);
      },
    },
  };
}

export type EventsArea<O> = ReturnType<typeof createEventsArea<O>>;
