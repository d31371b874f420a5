// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `callcenters` area: 20 operation(s) in `client.callcenters`, `client.dispositions`. */
export function createCallcentersArea<O>(caller: OperationCaller<O>) {
  return {
    callcenters: {
      /**
       * Add an operator to a call center
       *
       * Makes a user an operator (agent), supervisor or admin of the call center: from now on calls to the call center can ring them, in line with their skill level and the routing. This can cost money: if the user has no call center license yet, one of the kind given in `license_type` is taken from the company's pool and assigned to them, and if none is free the request fails and nothing changes. When the license switch moves the user to a support license, `keep_paid_numbers` decides whether they keep their phone numbers (which then need extra number licenses).
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Makes a user an operator (agent) of a call center; queued calls start reaching them.
       * @see https://developers.dialpad.com/reference/callcentersoperatorspost
       */
      addOperator(
        id: T.CallcentersAddOperatorPath['id'],
        body: T.CallcentersAddOperatorBody,
        options?: O,
      ): Promise<T.CallcentersAddOperatorResult> {
        return caller.call('callcenters.addOperator', { path: { id }, body }, options);
      },
      /**
       * Create a call center
       *
       * Creates a call center in an office, with its hours, hold queue, service-level alerts, recording and wrap-up settings, routing and voice intelligence. It has no agents and no phone number yet: add operators, and assign a number, with their own calls. Needs a company admin API key. Answers with the new call center.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Creates a new call center in an office.
       * @see https://developers.dialpad.com/reference/callcenterscreate
       */
      create(body: T.CallcentersCreateBody, options?: O): Promise<T.CallcentersCreateResult> {
        return caller.call('callcenters.create', { body }, options);
      },
      /**
       * Delete a call center
       *
       * Deletes a call center for good, with its queue, hours, routing and list of operators: calls can no longer be routed to it, and menus or routing that sent calls there lose that step. The agents themselves, and their licenses, are not touched. Cannot be undone. Needs a company admin API key. Answers with the call center as it was.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a call center with its queue, hours, routing and operator list; calls can no longer be routed to it. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/callcentersdelete
       */
      delete(id: T.CallcentersDeletePath['id'], options?: O): Promise<T.CallcentersDeleteResult> {
        return caller.call('callcenters.delete', { path: { id } }, options);
      },
      /**
       * Get a call center
       *
       * Reads one call center: its numbers, hours, hold queue, service-level alerts, recording and wrap-up settings, routing and voice intelligence. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one call center.
       * @see https://developers.dialpad.com/reference/callcentersget
       */
      get(id: T.CallcentersGetPath['id'], options?: O): Promise<T.CallcentersGetResult> {
        return caller.call('callcenters.get', { path: { id } }, options);
      },
      /**
       * Get an agent group
       *
       * Reads one agent group (a named set of call-center agents in an office): its name, description and when it was created and last changed. Needs the `agent_groups:read` OAuth scope. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: `agent_groups:read`
       * - Rate limit: company ceiling only
       * - Effect: None: reads one agent group.
       * @see https://developers.dialpad.com/reference/agentgroupget
       */
      getAgentGroup(id: T.CallcentersGetAgentGroupPath['id'], options?: O): Promise<T.CallcentersGetAgentGroupResult> {
        return caller.call('callcenters.getAgentGroup', { path: { id } }, options);
      },
      /**
       * Get an operator's duty status
       *
       * Reads whether a call-center operator is on duty, their current status (available, busy, in wrap-up, ...), the reason they gave and since when. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads whether an operator is on duty, and their status.
       * @see https://developers.dialpad.com/reference/callcentersoperatorsgetdutystatus
       */
      getDutyStatus(id: T.CallcentersGetDutyStatusPath['id'], options?: O): Promise<T.CallcentersGetDutyStatusResult> {
        return caller.call('callcenters.getDutyStatus', { path: { id } }, options);
      },
      /**
       * Get an operator's skill level
       *
       * Reads the skill level (0 to 100) an operator has in one call center, the value skill-based (`mostskilled`) routing uses to pick who rings first. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads an operator's skill level in a call center.
       * @see https://developers.dialpad.com/reference/callcentersoperatorsgetskilllevel
       */
      getSkillLevel(
        call_center_id: T.CallcentersGetSkillLevelPath['call_center_id'],
        user_id: T.CallcentersGetSkillLevelPath['user_id'],
        options?: O,
      ): Promise<T.CallcentersGetSkillLevelResult> {
        return caller.call('callcenters.getSkillLevel', { path: { call_center_id, user_id } }, options);
      },
      /**
       * List call centers
       *
       * Returns one page of the company's call centers, optionally only those of one office or those whose name contains a piece of text, with their numbers, hours, hold queue, alerts and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's call centers.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/callcenterslistall
       */
      list(query?: T.CallcentersListQuery, options?: O): Paginated<T.CallcentersListItem, T.CallcentersListResult> {
        return caller.paginate('callcenters.list', { query }, options);
      },
      /**
       * List an office's call centers
       *
       * Returns one page of the call centers of one office, with their numbers, hours, hold queue, alerts and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the call centers of one office.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/callcenterslist
       */
      listByOffice(
        office_id: T.CallcentersListByOfficePath['office_id'],
        query?: T.CallcentersListByOfficeQuery,
        options?: O,
      ): Paginated<T.CallcentersListByOfficeItem, T.CallcentersListByOfficeResult> {
        return caller.paginate('callcenters.listByOffice', { path: { office_id }, query }, options);
      },
      /**
       * List a call center's operators
       *
       * Reads the users (agents, supervisors, admins) and rooms that are operators of the call center, with each user's full profile and duty status. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the users and rooms that are operators of a call center.
       * @see https://developers.dialpad.com/reference/callcentersoperatorsget
       */
      listOperators(id: T.CallcentersListOperatorsPath['id'], options?: O): Promise<T.CallcentersListOperatorsResult> {
        return caller.call('callcenters.listOperators', { path: { id } }, options);
      },
      /**
       * Remove an operator from a call center
       *
       * Takes a user off the call center: its queued calls stop reaching them. Their call center license stays assigned to them (nothing is released or changed on the bill), as do their numbers, and adding them back is one call. Answers with the user that was removed.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a user off a call center; its queued calls stop reaching them. Their license stays.
       * @see https://developers.dialpad.com/reference/callcentersoperatorsdelete
       */
      removeOperator(
        id: T.CallcentersRemoveOperatorPath['id'],
        body: T.CallcentersRemoveOperatorBody,
        options?: O,
      ): Promise<T.CallcentersRemoveOperatorResult> {
        return caller.call('callcenters.removeOperator', { path: { id }, body }, options);
      },
      /**
       * Get a call center's live status
       *
       * Reads the call center's state at this moment: whether it is open, how many operators are on duty and free, how many callers are waiting and how long the longest has waited. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a call center's live queue and operator state.
       * @see https://developers.dialpad.com/reference/callcentersstatus
       */
      status(id: T.CallcentersStatusPath['id'], options?: O): Promise<T.CallcentersStatusResult> {
        return caller.call('callcenters.status', { path: { id } }, options);
      },
      /**
       * Change a call center
       *
       * Changes a call center's name, description, hours, ring time, hold queue, alerts, recording and wrap-up settings, routing or voice intelligence; only the fields sent change. Callers already waiting and the next calls follow the new settings. Needs a company admin API key. Answers with the call center as it now stands.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes a call center's settings, hours, queue or routing; waiting and new callers follow them.
       * @see https://developers.dialpad.com/reference/callcentersupdate
       */
      update(
        id: T.CallcentersUpdatePath['id'],
        body: T.CallcentersUpdateBody,
        options?: O,
      ): Promise<T.CallcentersUpdateResult> {
        return caller.call('callcenters.update', { path: { id }, body }, options);
      },
      /**
       * Put an operator on or off duty
       *
       * Puts a user on duty or off duty in every call center they belong to, with an optional reason (one of the office's off-duty reasons). Off duty, no queued call rings them until they are put back on duty; on duty, calls start reaching them. Answers with their duty status as it now stands.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Puts an operator on or off duty in all their call centers; queued calls start or stop ringing them.
       * - Webhook event: `agent_status`
       * @see https://developers.dialpad.com/reference/callcentersoperatorsdutystatus
       */
      updateDutyStatus(
        id: T.CallcentersUpdateDutyStatusPath['id'],
        body: T.CallcentersUpdateDutyStatusBody,
        options?: O,
      ): Promise<T.CallcentersUpdateDutyStatusResult> {
        return caller.call('callcenters.updateDutyStatus', { path: { id }, body }, options);
      },
      /**
       * Set an operator's skill level
       *
       * Sets the skill level (0 to 100) of an operator in one call center. Where the call center rings its most skilled operators first, this changes who gets the next calls. Answers with the skill level now set.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Sets an operator's skill level in a call center, which changes who skill-based routing rings first.
       * @see https://developers.dialpad.com/reference/callcentersoperatorsskilllevel
       */
      updateSkillLevel(
        call_center_id: T.CallcentersUpdateSkillLevelPath['call_center_id'],
        user_id: T.CallcentersUpdateSkillLevelPath['user_id'],
        body: T.CallcentersUpdateSkillLevelBody,
        options?: O,
      ): Promise<T.CallcentersUpdateSkillLevelResult> {
        return caller.call('callcenters.updateSkillLevel', { path: { call_center_id, user_id }, body }, options);
      },
    },
    dispositions: {
      /**
       * Create a disposition set
       *
       * Creates a set of dispositions (wrap-up codes, optionally with sub-codes, each for inbound, outbound or all calls) in an office. Assign it to call centers afterwards by changing it with `action: add_target`; until then agents do not see it. Answers with the new set.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Creates a new set of call wrap-up codes in an office; no agent sees it until it is assigned.
       * @see https://developers.dialpad.com/reference/dispositionscreate
       */
      create(body: T.DispositionsCreateBody, options?: O): Promise<T.DispositionsCreateResult> {
        return caller.call('dispositions.create', { body }, options);
      },
      /**
       * Delete a disposition set
       *
       * Deletes a disposition set for good: agents of the call centers it was assigned to no longer see its codes after their calls. Codes already recorded on past calls are not touched. Cannot be undone. Dialpad answers with an empty body.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a set of call wrap-up codes; agents stop seeing them. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/dispositionsdelete
       */
      delete(id: T.DispositionsDeletePath['id'], options?: O): Promise<void> {
        return caller.call('dispositions.delete', { path: { id } }, options);
      },
      /**
       * Get a disposition set
       *
       * Reads one disposition set: its wrap-up codes and sub-codes, the calls each applies to, and the targets (such as call centers) it is assigned to. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one set of call wrap-up codes.
       * @see https://developers.dialpad.com/reference/dispositionsget
       */
      get(id: T.DispositionsGetPath['id'], options?: O): Promise<T.DispositionsGetResult> {
        return caller.call('dispositions.get', { path: { id } }, options);
      },
      /**
       * List dispositions
       *
       * Returns one page of the disposition sets (the wrap-up codes agents pick after a call) assigned to one target, such as a call center or an office, named by `target_id` and `target_type`. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the sets of call wrap-up codes assigned to a target.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/dispositionslist
       */
      list(query?: T.DispositionsListQuery, options?: O): Paginated<T.DispositionsListItem, T.DispositionsListResult> {
        return caller.paginate('dispositions.list', { query }, options);
      },
      /**
       * Change a disposition set
       *
       * Renames a disposition set, replaces its codes, or assigns it to or takes it off one target (`action` with `target_id` and `target_type`); one target per call. Agents of a call center it is added to start seeing its codes after their calls, and stop when it is taken off. Answers with the set as it now stands.
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes a set of call wrap-up codes, or which call center or team it is assigned to; agents there see the change after their next call.
       * @see https://developers.dialpad.com/reference/dispositionsupdate
       */
      update(
        id: T.DispositionsUpdatePath['id'],
        body: T.DispositionsUpdateBody,
        options?: O,
      ): Promise<T.DispositionsUpdateResult> {
        return caller.call('dispositions.update', { path: { id }, body }, options);
      },
    },
  };
}

export type CallcentersArea<O> = ReturnType<typeof createCallcentersArea<O>>;
