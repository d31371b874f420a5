// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `numbers` area: 20 operation(s) in `client.blockedNumbers`, `client.numbers`. */
export function createNumbersArea<O>(caller: OperationCaller<O>) {
  return {
    blockedNumbers: {
      /**
       * Block phone numbers company-wide
       *
       * Adds phone numbers (E.164) to the company's block list, so they are blocked for everyone in the company and can no longer reach it. Answers with no body.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Blocks phone numbers company-wide: they can no longer reach anyone in the company.
       * @see https://developers.dialpad.com/reference/blockednumbersadd
       */
      add(body: T.BlockedNumbersAddBody, options?: O): Promise<void> {
        return caller.call('blockedNumbers.add', { body }, options);
      },
      /**
       * Check a blocked number
       *
       * Reads one number from the company's block list; a number that is not blocked is not found. Read-only: nothing changes.
       *
       * - Access: read (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one blocked number.
       * @see https://developers.dialpad.com/reference/blockednumbersget
       */
      get(number: T.BlockedNumbersGetPath['number'], options?: O): Promise<T.BlockedNumbersGetResult> {
        return caller.call('blockedNumbers.get', { path: { number } }, options);
      },
      /**
       * List blocked numbers
       *
       * Returns one page of the numbers blocked through the API. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the numbers blocked through the API.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/blockednumberslist
       */
      list(
        query?: T.BlockedNumbersListQuery,
        options?: O,
      ): Paginated<T.BlockedNumbersListItem, T.BlockedNumbersListResult> {
        return caller.paginate('blockedNumbers.list', { query }, options);
      },
      /**
       * Unblock phone numbers company-wide
       *
       * Takes phone numbers (E.164) off the company's block list, so they can reach the company again. Answers with no body.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Unblocks phone numbers company-wide: they can reach the company again.
       * @see https://developers.dialpad.com/reference/blockednumbersremove
       */
      remove(body: T.BlockedNumbersRemoveBody, options?: O): Promise<void> {
        return caller.call('blockedNumbers.remove', { body }, options);
      },
    },
    numbers: {
      /**
       * Assign a specific number to a target
       *
       * Points one of the company's phone numbers at a target — a user, office, department, call center, room, call router, channel, coaching group or team — so calls and texts to that number reach the target from now on. If the number was assigned to something else it is reassigned, and its previous holder stops receiving its calls. Pass the number (E.164) in the path and the target as `target_type` and `target_id`; `primary` (true unless said otherwise) makes it the target's main number.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Points one of the company's numbers at a target, taking it from whatever held it; its calls and texts reach the new target.
       * @see https://developers.dialpad.com/reference/numbersassign_numberpost
       */
      assign(
        number: T.NumbersAssignPath['number'],
        body: T.NumbersAssignBody,
        options?: O,
      ): Promise<T.NumbersAssignResult> {
        return caller.call('numbers.assign', { path: { number }, body }, options);
      },
      /**
       * Give a user or department a fax line
       *
       * Adds a fax number to a user or a department, so faxes sent to it reach them. `line` says where the number comes from: a reserved `number` from the company's pool, a search in an `area_code` (the office's area code when none is given), or a toll-free number. A number from outside the pool is a new number for the company and may need a paid number license. Needs a company admin API key.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Gives a user or department a fax number (reserved, from an area code, or toll-free); a new number may need a paid number license. [billable]
       * @see https://developers.dialpad.com/reference/faxlinecreate
       */
      assignFaxLine(body: T.NumbersAssignFaxLineBody, options?: O): Promise<T.NumbersAssignFaxLineResult> {
        return caller.call('numbers.assignFaxLine', { body }, options);
      },
      /**
       * Give a call router a phone number
       *
       * Adds a phone number to an API call router, so inbound calls to it are routed by the router's routing URL: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the router's main number.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Gives a call router a phone number, whose inbound calls it then routes (a given one, one from the reserved pool, or a new one in an area code, which may need a paid number license). [billable]
       * @see https://developers.dialpad.com/reference/numbersassign_call_router_numberpost
       */
      assignToCallRouter(
        id: T.NumbersAssignToCallRouterPath['id'],
        body: T.NumbersAssignToCallRouterBody,
        options?: O,
      ): Promise<T.NumbersAssignToCallRouterResult> {
        return caller.call('numbers.assignToCallRouter', { path: { id }, body }, options);
      },
      /**
       * Give an office a main-line number
       *
       * Adds a phone number to an office's main line, so calls to it follow the office's routing: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the office's main number.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Gives an office's main line a phone number (a given one, one from the reserved pool, or a new one in an area code, which may need a paid number license). [billable]
       * @see https://developers.dialpad.com/reference/numbersassign_office_numberpost
       */
      assignToOffice(
        id: T.NumbersAssignToOfficePath['id'],
        body: T.NumbersAssignToOfficeBody,
        options?: O,
      ): Promise<T.NumbersAssignToOfficeResult> {
        return caller.call('numbers.assignToOffice', { path: { id }, body }, options);
      },
      /**
       * Give a room phone a number
       *
       * Adds a phone number to a conference room, so calls to it ring the room's phones: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the room's main number.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Gives a conference room a phone number (a given one, one from the reserved pool, or a new one in an area code, which may need a paid number license). [billable]
       * @see https://developers.dialpad.com/reference/numbersassign_room_numberpost
       */
      assignToRoom(
        id: T.NumbersAssignToRoomPath['id'],
        body: T.NumbersAssignToRoomBody,
        options?: O,
      ): Promise<T.NumbersAssignToRoomResult> {
        return caller.call('numbers.assignToRoom', { path: { id }, body }, options);
      },
      /**
       * Give a user a phone number
       *
       * Adds a phone number to a user, so calls and texts to it reach them: the given `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. `primary` (true unless said otherwise) makes it the user's main number.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Gives a user a phone number (a given one, one from the reserved pool, or a new one in an area code, which may need a paid number license). [billable]
       * @see https://developers.dialpad.com/reference/numbersassign_user_numberpost
       */
      assignToUser(
        id: T.NumbersAssignToUserPath['id'],
        body: T.NumbersAssignToUserBody,
        options?: O,
      ): Promise<T.NumbersAssignToUserResult> {
        return caller.call('numbers.assignToUser', { path: { id }, body }, options);
      },
      /**
       * Give a target a number from the pool or an area code
       *
       * Gives a target (user, office, department, call center, room, call router, channel, coaching group or team) a phone number Dialpad picks: a specific `number`, or else one from the company's reserved pool when it has reserved numbers, or else a new number in the given `area_code`. A number taken from outside the pool is a new number for the company and may need a paid number license. Name the target with `target_type` and `target_id`; `primary` (true unless said otherwise) makes it the target's main number.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Gives a target a number from the reserved pool, or a new number in an area code; a new number may need a paid number license. [billable]
       * @see https://developers.dialpad.com/reference/numbersassign_target_numberpost
       */
      autoAssign(body: T.NumbersAutoAssignBody, options?: O): Promise<T.NumbersAutoAssignResult> {
        return caller.call('numbers.autoAssign', { body }, options);
      },
      /**
       * Convert a phone number between local and E.164 form
       *
       * Rewrites a phone number string: a local number (such as `(415) 555-0123`) into E.164, or an E.164 number into its local form, and returns both with the country and area code. Only computes: nothing is stored or changed. Pass `number`, and `country_code` (ISO 3166-1 alpha-2, like `US`) when the number is in local form.
       *
       * - Access: read (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: only rewrites a phone number between local and E.164 form.
       * @see https://developers.dialpad.com/reference/formatpost
       */
      format(query?: T.NumbersFormatQuery, options?: O): Promise<T.NumbersFormatResult> {
        return caller.call('numbers.format', { query }, options);
      },
      /**
       * Get a phone number
       *
       * Reads one of the company's phone numbers: its type, area code, office, and what it is assigned to (if anything). Read-only: nothing changes. Needs a company admin API key.
       *
       * - Access: read (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one of the company's numbers.
       * @see https://developers.dialpad.com/reference/numbersget
       */
      get(number: T.NumbersGetPath['number'], options?: O): Promise<T.NumbersGetResult> {
        return caller.call('numbers.get', { path: { number } }, options);
      },
      /**
       * List the company's phone numbers
       *
       * Returns one page of the company's phone numbers with what each is assigned to, optionally only those with one assignment status (`available`, `user`, `office`, ...). Read-only: nothing changes. Needs a company admin API key. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's phone numbers.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/numberslist
       */
      list(query?: T.NumbersListQuery, options?: O): Paginated<T.NumbersListItem, T.NumbersListResult> {
        return caller.paginate('numbers.list', { query }, options);
      },
      /**
       * Replace a target's primary number
       *
       * Gives a target (user, office, group, room, ...) a different primary number and takes the old one away, so callers of the old number no longer reach it. `swap_details.type` chooses the new number: `provided_number` takes the given `number` from the company's reserved pool (the company needs the reserved-pool feature); `area_code` takes an available number in that area code; `auto` (the default) takes one from the reserved pool, or else from the target office's area code. A number from outside the pool is a new number for the company and may need a paid number license.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Replaces a target's primary number with another; callers of the old number no longer reach the target, and a new number may need a paid number license. [irreversible, billable]
       * @see https://developers.dialpad.com/reference/numbersswap_numberpost
       */
      swap(body: T.NumbersSwapBody, options?: O): Promise<T.NumbersSwapResult> {
        return caller.call('numbers.swap', { body }, options);
      },
      /**
       * Unassign a number, or release it
       *
       * Takes a phone number away from whatever it is assigned to: callers of that number no longer reach the user, office or group that had it. The number goes back to the company's reserved pool when the company has one; otherwise — or always, with `release=true` — Dialpad releases it and the company no longer owns it, so it may not be possible to get it back.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a number off its target, back to the reserved pool or released from the company; its callers no longer reach the target. [irreversible]
       * @see https://developers.dialpad.com/reference/numbersdelete
       */
      unassign(
        number: T.NumbersUnassignPath['number'],
        query?: T.NumbersUnassignQuery,
        options?: O,
      ): Promise<T.NumbersUnassignResult> {
        return caller.call('numbers.unassign', { path: { number }, query }, options);
      },
      /**
       * Take a number off an office's main line
       *
       * Removes the given `number` from an office's main line: callers of it no longer reach the office. The number goes back to the company's reserved pool when there is one; otherwise Dialpad releases it and the company no longer owns it.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a number off an office's main line, back to the reserved pool or released from the company; its callers no longer reach the office. [irreversible]
       * @see https://developers.dialpad.com/reference/numbersoffice_unassign_numberpost
       */
      unassignFromOffice(
        id: T.NumbersUnassignFromOfficePath['id'],
        body: T.NumbersUnassignFromOfficeBody,
        options?: O,
      ): Promise<T.NumbersUnassignFromOfficeResult> {
        return caller.call('numbers.unassignFromOffice', { path: { id }, body }, options);
      },
      /**
       * Take a phone number away from a room
       *
       * Removes the given `number` from a conference room: calls to it no longer ring the room. The number goes back to the company's reserved pool when there is one; otherwise Dialpad releases it and the company no longer owns it.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a number away from a conference room, back to the reserved pool or released from the company; its callers no longer reach the room. [irreversible]
       * @see https://developers.dialpad.com/reference/numbersroom_unassign_numberpost
       */
      unassignFromRoom(
        id: T.NumbersUnassignFromRoomPath['id'],
        body: T.NumbersUnassignFromRoomBody,
        options?: O,
      ): Promise<T.NumbersUnassignFromRoomResult> {
        return caller.call('numbers.unassignFromRoom', { path: { id }, body }, options);
      },
      /**
       * Take a phone number away from a user
       *
       * Removes the given `number` from a user: calls and texts to it no longer reach them. The number goes back to the company's reserved pool when there is one; otherwise Dialpad releases it and the company no longer owns it.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a number away from a user, back to the reserved pool or released from the company; its callers no longer reach the user. [irreversible]
       * @see https://developers.dialpad.com/reference/numbersuser_unassign_numberpost
       */
      unassignFromUser(
        id: T.NumbersUnassignFromUserPath['id'],
        body: T.NumbersUnassignFromUserBody,
        options?: O,
      ): Promise<T.NumbersUnassignFromUserResult> {
        return caller.call('numbers.unassignFromUser', { path: { id }, body }, options);
      },
      /**
       * Set a phone number's do-not-call and do-not-text tags
       *
       * Marks a phone number (given as `phone`, E.164) as one the company must not call (`do_not_call`) or must not text (`do_not_text`), or clears those marks; calls or texts to it are then blocked or allowed accordingly. Needs a company admin API key.
       *
       * - Access: write (area `numbers`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Sets or clears a number's do-not-call and do-not-text tags, which block or allow calls and texts to it.
       * @see https://developers.dialpad.com/reference/tagspatch
       */
      updateTags(body: T.NumbersUpdateTagsBody, options?: O): Promise<T.NumbersUpdateTagsResult> {
        return caller.call('numbers.updateTags', { body }, options);
      },
    },
  };
}

export type NumbersArea<O> = ReturnType<typeof createNumbersArea<O>>;
