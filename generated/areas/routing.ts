// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `routing` area: 10 operation(s) in `client.callRouters`, `client.customIvrs`. */
export function createRoutingArea<O>(caller: OperationCaller<O>) {
  return {
    callRouters: {
      /**
       * Create a call router
       *
       * Creates an API call router in an office. For every inbound call to a number of the router, Dialpad asks your `routing_url` where the call should go; when the router is disabled or the URL fails, the call goes to the default target (`default_target_type` and `default_target_id`). The router receives calls only once a number is assigned to it. Give a `secret` of at least 32 characters to have Dialpad sign its routing requests.
       *
       * - Access: write (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Creates an API call router in an office; calls to numbers later assigned to it are routed by your routing URL.
       * @see https://developers.dialpad.com/reference/callrouterscreate
       */
      create(body: T.CallRoutersCreateBody, options?: O): Promise<T.CallRoutersCreateResult> {
        return caller.call('callRouters.create', { body }, options);
      },
      /**
       * Delete a call router
       *
       * Deletes an API call router for good: inbound calls to its numbers are no longer routed through your routing URL. Answers with no body.
       *
       * - Access: write (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes an API call router; calls to its numbers are no longer routed by your routing URL. [irreversible]
       * @see https://developers.dialpad.com/reference/callroutersdelete
       */
      delete(id: T.CallRoutersDeletePath['id'], options?: O): Promise<void> {
        return caller.call('callRouters.delete', { path: { id } }, options);
      },
      /**
       * Get a call router
       *
       * Reads one API call router: its routing URL, fallback target, office, numbers and whether it is enabled. Read-only: nothing changes.
       *
       * - Access: read (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one API call router.
       * @see https://developers.dialpad.com/reference/callroutersget
       */
      get(id: T.CallRoutersGetPath['id'], options?: O): Promise<T.CallRoutersGetResult> {
        return caller.call('callRouters.get', { path: { id } }, options);
      },
      /**
       * List call routers
       *
       * Returns one page of the company's API call routers, optionally only one office's, with their routing URL, fallback target and numbers. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's API call routers.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/callrouterslist
       */
      list(query?: T.CallRoutersListQuery, options?: O): Paginated<T.CallRoutersListItem, T.CallRoutersListResult> {
        return caller.paginate('callRouters.list', { query }, options);
      },
      /**
       * Update a call router
       *
       * Changes an API call router — its name, routing URL, fallback target, office, signing secret, or whether it is enabled — which changes where inbound calls to its numbers go. A router disables itself after more than 10 routing errors within an hour; enabling it again does not clear that count, `reset_error_count` does. Dialpad accepts one update per router every five minutes. Pass only the fields to change.
       *
       * - Access: write (area `routing`)
       * - Scope: none
       * - Rate limit: 1 per 300 s per [object Object]
       * - Effect: Changes an API call router (URL, fallback target, office, secret, enabled), and with it where inbound calls to its numbers go.
       * @see https://developers.dialpad.com/reference/callroutersupdate
       */
      update(
        id: T.CallRoutersUpdatePath['id'],
        body: T.CallRoutersUpdateBody,
        options?: O,
      ): Promise<T.CallRoutersUpdateResult> {
        return caller.call('callRouters.update', { path: { id }, body }, options);
      },
    },
    customIvrs: {
      /**
       * Choose which custom prompt a target plays
       *
       * Makes an existing custom IVR prompt (`ivr_id`) the one a target plays in one of its IVR slots (`ivr_type`: greeting, hold music, menu, voicemail, ...); callers of the target hear it from now on instead of the previous one. For a call center's automatic-recording notice, `select_option` limits the choice to inbound or outbound calls (both otherwise). Answers with every prompt of that slot and which one is selected.
       *
       * - Access: write (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Makes an existing custom prompt the one a target plays in an IVR slot; its callers hear it from now on.
       * @see https://developers.dialpad.com/reference/ivrupdate
       */
      assign(
        target_type: T.CustomIvrsAssignPath['target_type'],
        target_id: T.CustomIvrsAssignPath['target_id'],
        ivr_type: T.CustomIvrsAssignPath['ivr_type'],
        body: T.CustomIvrsAssignBody,
        options?: O,
      ): Promise<T.CustomIvrsAssignResult> {
        return caller.call('customIvrs.assign', { path: { target_type, target_id, ivr_type }, body }, options);
      },
      /**
       * Upload a custom IVR prompt for a target
       *
       * Uploads an MP3 recording (Base64 in `file`) as a new custom prompt for one IVR slot (`ivr_type`) of a user, office, department, call center or coaching team. Callers of the target hear it when it is the slot's selected prompt. `name` (up to 100 characters) and `description` (up to 256) label it.
       *
       * - Access: write (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Uploads a new custom prompt (an MP3) for one IVR slot of a target; callers hear it when it is the slot's selected prompt.
       * @see https://developers.dialpad.com/reference/ivrcreate
       */
      create(body: T.CustomIvrsCreateBody, options?: O): Promise<T.CustomIvrsCreateResult> {
        return caller.call('customIvrs.create', { body }, options);
      },
      /**
       * Delete a target's custom IVR prompt
       *
       * Takes a custom IVR prompt (`ivr_id` in the body) off one of a target's IVR slots — the greeting, hold music, menu, voicemail and so on, named by `ivr_type` — and deletes the recording for good; callers of that target no longer hear it. Answers with the deleted prompt.
       *
       * - Access: write (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Removes a custom prompt from a target's IVR slot and deletes it; callers no longer hear it. [irreversible]
       * @see https://developers.dialpad.com/reference/ivrdelete
       */
      delete(
        target_type: T.CustomIvrsDeletePath['target_type'],
        target_id: T.CustomIvrsDeletePath['target_id'],
        ivr_type: T.CustomIvrsDeletePath['ivr_type'],
        body: T.CustomIvrsDeleteBody,
        options?: O,
      ): Promise<T.CustomIvrsDeleteResult> {
        return caller.call('customIvrs.delete', { path: { target_type, target_id, ivr_type }, body }, options);
      },
      /**
       * List a target's custom IVR prompts
       *
       * Returns one page of a target's custom IVR prompts, grouped by IVR slot (greeting, hold music, menu, ...), with which prompt each slot plays. Read-only: nothing changes. Name the target with `target_type` and `target_id`; pass the returned `cursor` to get the next page.
       *
       * - Access: read (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a target's custom IVR prompts.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/custom_ivrsget
       */
      list(query: T.CustomIvrsListQuery, options?: O): Paginated<T.CustomIvrsListItem, T.CustomIvrsListResult> {
        return caller.paginate('customIvrs.list', { query }, options);
      },
      /**
       * Rename a custom IVR prompt
       *
       * Changes the name or description of an existing custom IVR prompt. The recording and where it plays stay as they are. Pass only the fields to change.
       *
       * - Access: write (area `routing`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Renames a custom prompt or changes its description; what callers hear does not change.
       * @see https://developers.dialpad.com/reference/ivr_detailsupdate
       */
      update(
        ivr_id: T.CustomIvrsUpdatePath['ivr_id'],
        body: T.CustomIvrsUpdateBody,
        options?: O,
      ): Promise<T.CustomIvrsUpdateResult> {
        return caller.call('customIvrs.update', { path: { ivr_id }, body }, options);
      },
    },
  };
}

export type RoutingArea<O> = ReturnType<typeof createRoutingArea<O>>;
