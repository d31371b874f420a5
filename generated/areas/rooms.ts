// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `rooms` area: 9 operation(s) in `client.rooms`. */
export function createRoomsArea<O>(caller: OperationCaller<O>) {
  return {
    rooms: {
      /**
       * Get a PIN for international calls from rooms
       *
       * Issues a short-lived PIN that unlocks international calls from room phones, for companies that protect those calls with a PIN. Whoever holds the PIN can dial abroad from a room until it expires; `customer_ref` tags the usage report with who asked for it. Needs a company admin API key.
       *
       * - Access: write (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Issues a PIN that lets whoever holds it dial abroad from room phones until it expires.
       * @see https://developers.dialpad.com/reference/deskphonesroomscreate_international_pin
       */
      assignInternationalPin(
        body: T.RoomsAssignInternationalPinBody,
        options?: O,
      ): Promise<T.RoomsAssignInternationalPinResult> {
        return caller.call('rooms.assignInternationalPin', { body }, options);
      },
      /**
       * Create a room
       *
       * Adds a room (a shared phone line for a meeting room or common area) to an office. A room can occupy a paid room license. It has no phone number until one is assigned to it.
       *
       * - Access: write (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Adds a room to an office; it may occupy a paid room license. [billable]
       * @see https://developers.dialpad.com/reference/roomspost
       */
      create(body: T.RoomsCreateBody, options?: O): Promise<T.RoomsCreateResult> {
        return caller.call('rooms.create', { body }, options);
      },
      /**
       * Delete a room
       *
       * Removes the room for good: its line stops taking and placing calls and its desk phones are detached. This cannot be undone. The answer is the room as it was.
       *
       * - Access: write (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a room; its line stops taking and placing calls. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/roomsdelete
       */
      delete(id: T.RoomsDeletePath['id'], options?: O): Promise<T.RoomsDeleteResult> {
        return caller.call('rooms.delete', { path: { id } }, options);
      },
      /**
       * Remove a desk phone from a room
       *
       * Unregisters a desk phone from the room for good: the handset stops ringing for the room's calls and can no longer place calls from its line until it is provisioned again. The answer has no body.
       *
       * - Access: write (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Unregisters a desk phone from a room; it stops ringing and placing calls for it. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/deskphonesroomsdelete
       */
      deleteDeskphone(
        parent_id: T.RoomsDeleteDeskphonePath['parent_id'],
        id: T.RoomsDeleteDeskphonePath['id'],
        options?: O,
      ): Promise<void> {
        return caller.call('rooms.deleteDeskphone', { path: { parent_id, id } }, options);
      },
      /**
       * Get a room
       *
       * Reads one room (a shared phone line for a meeting room or common area): its name, office, numbers and state. Read-only: nothing changes.
       *
       * - Access: read (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one room.
       * @see https://developers.dialpad.com/reference/roomsget
       */
      get(id: T.RoomsGetPath['id'], options?: O): Promise<T.RoomsGetResult> {
        return caller.call('rooms.get', { path: { id } }, options);
      },
      /**
       * Get one of a room's desk phones
       *
       * Reads one desk phone registered to the room: its model, MAC address, SIP settings and whether it rings for the room's calls. Read-only: nothing changes.
       *
       * - Access: read (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one of a room's desk phones.
       * @see https://developers.dialpad.com/reference/deskphonesroomsget
       */
      getDeskphone(
        parent_id: T.RoomsGetDeskphonePath['parent_id'],
        id: T.RoomsGetDeskphonePath['id'],
        options?: O,
      ): Promise<T.RoomsGetDeskphoneResult> {
        return caller.call('rooms.getDeskphone', { path: { parent_id, id } }, options);
      },
      /**
       * List rooms
       *
       * Reads the company's rooms one page at a time, optionally only those of one office. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's rooms.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/roomslist
       */
      list(query?: T.RoomsListQuery, options?: O): Paginated<T.RoomsListItem, T.RoomsListResult> {
        return caller.paginate('rooms.list', { query }, options);
      },
      /**
       * List a room's desk phones
       *
       * Reads every desk phone registered to the room, all at once (this list is not paged). Read-only: nothing changes.
       *
       * - Access: read (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a room's desk phones.
       * @see https://developers.dialpad.com/reference/deskphonesroomslist
       */
      listDeskphones(
        parent_id: T.RoomsListDeskphonesPath['parent_id'],
        options?: O,
      ): Promise<T.RoomsListDeskphonesResult> {
        return caller.call('rooms.listDeskphones', { path: { parent_id } }, options);
      },
      /**
       * Update a room
       *
       * Renames the room or changes its list of phone numbers. Sending `phone_numbers` reorders them, and any number left out of the list is taken away from the room (callers of that number no longer reach it). Fields left out stay as they are.
       *
       * - Access: write (area `rooms`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Renames a room or reorders its numbers; a number left out of the list is taken away from it.
       * @see https://developers.dialpad.com/reference/roomspatch
       */
      update(id: T.RoomsUpdatePath['id'], body: T.RoomsUpdateBody, options?: O): Promise<T.RoomsUpdateResult> {
        return caller.call('rooms.update', { path: { id }, body }, options);
      },
    },
  };
}

export type RoomsArea<O> = ReturnType<typeof createRoomsArea<O>>;
