// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `users` area: 19 operation(s) in `client.users`. */
export function createUsersArea<O>(caller: OperationCaller<O>) {
  return {
    users: {
      /**
       * Create a user
       *
       * Adds a new person to the company, in the given office, with the given email address. This allocates a seat of the chosen license (`talk` unless said otherwise), which the company pays for, and with `auto_assign` also takes a phone number from the company's pool.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Adds a person to the company; this may consume a paid license. [billable]
       * @see https://developers.dialpad.com/reference/userscreate
       */
      create(body: T.UsersCreateBody, options?: O): Promise<T.UsersCreateResult> {
        return caller.call('users.create', { body }, options);
      },
      /**
       * Delete a user
       *
       * Removes the person from the company for good: they can no longer sign in, make or take calls or send messages, and they stop occupying a license seat. This cannot be undone; the answer is the user as it was, now in state `deleted`.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a user and frees their license; their numbers and history are detached. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/usersdelete
       */
      delete(id: T.UsersDeletePath['id'], options?: O): Promise<T.UsersDeleteResult> {
        return caller.call('users.delete', { path: { id } }, options);
      },
      /**
       * Remove a desk phone from a user
       *
       * Unregisters a desk phone from the user for good: the handset stops ringing for the user's calls and can no longer place calls as them until it is provisioned again. The answer has no body.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Unregisters a desk phone from a user; it stops ringing and placing calls for them. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/deskphonesusersdelete
       */
      deleteDeskphone(
        parent_id: T.UsersDeleteDeskphonePath['parent_id'],
        id: T.UsersDeleteDeskphonePath['id'],
        options?: O,
      ): Promise<void> {
        return caller.call('users.deleteDeskphone', { path: { parent_id, id } }, options);
      },
      /**
       * Get a user
       *
       * Reads one user's profile, settings and current status. Read-only.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one user (`me` is the caller).
       * @see https://developers.dialpad.com/reference/usersget
       */
      get(id: T.UsersGetPath['id'], options?: O): Promise<T.UsersGetResult> {
        return caller.call('users.get', { path: { id } }, options);
      },
      /**
       * Get a user's caller ID options
       *
       * Reads which number the user's outgoing calls currently show (`caller_id`) and the numbers they could show instead: their own numbers, their office's main line, and the numbers of the groups they belong to. Read-only: nothing changes.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a user's caller ID and the numbers they may present.
       * @see https://developers.dialpad.com/reference/caller_idusersget
       */
      getCallerId(id: T.UsersGetCallerIdPath['id'], options?: O): Promise<T.UsersGetCallerIdResult> {
        return caller.call('users.getCallerId', { path: { id } }, options);
      },
      /**
       * Get one of a user's desk phones
       *
       * Reads one desk phone registered to the user: its model, MAC address, SIP settings and whether it rings for the user's calls. Read-only: nothing changes.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one of a user's desk phones.
       * @see https://developers.dialpad.com/reference/deskphonesusersget
       */
      getDeskphone(
        parent_id: T.UsersGetDeskphonePath['parent_id'],
        id: T.UsersGetDeskphonePath['id'],
        options?: O,
      ): Promise<T.UsersGetDeskphoneResult> {
        return caller.call('users.getDeskphone', { path: { parent_id, id } }, options);
      },
      /**
       * Get a user device
       *
       * Reads one of the Dialpad devices a user is signed in on (desktop or mobile app, browser, desk phone, integration): its kind, app or firmware version and when it last checked in. Read-only: nothing changes.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one user device.
       * @see https://developers.dialpad.com/reference/userdevicesget
       */
      getDevice(id: T.UsersGetDevicePath['id'], options?: O): Promise<T.UsersGetDeviceResult> {
        return caller.call('users.getDevice', { path: { id } }, options);
      },
      /**
       * Get a user's E911 address
       *
       * Reads the street address registered for the user's emergency (E911) calls, the one emergency services are sent to. Read-only: nothing changes.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a user's E911 address.
       * @see https://developers.dialpad.com/reference/userse911get
       */
      getE911(id: T.UsersGetE911Path['id'], options?: O): Promise<T.UsersGetE911Result> {
        return caller.call('users.getE911', { path: { id } }, options);
      },
      /**
       * List users
       *
       * Reads the company's users one page at a time, optionally narrowed by state, admin status, email address or phone number. Read-only: nothing changes.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's users.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/userslist
       */
      list(query?: T.UsersListQuery, options?: O): Paginated<T.UsersListItem, T.UsersListResult> {
        return caller.paginate('users.list', { query }, options);
      },
      /**
       * List a user's desk phones
       *
       * Reads every desk phone registered to the user, all at once (this list is not paged). Read-only: nothing changes.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a user's desk phones.
       * @see https://developers.dialpad.com/reference/deskphonesuserslist
       */
      listDeskphones(
        parent_id: T.UsersListDeskphonesPath['parent_id'],
        options?: O,
      ): Promise<T.UsersListDeskphonesResult> {
        return caller.call('users.listDeskphones', { path: { parent_id } }, options);
      },
      /**
       * List a user's devices
       *
       * Reads, one page at a time, the Dialpad devices a user is signed in on (apps, browsers, desk phones, integrations). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a user's devices.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/userdeviceslist
       */
      listDevices(
        query?: T.UsersListDevicesQuery,
        options?: O,
      ): Paginated<T.UsersListDevicesItem, T.UsersListDevicesResult> {
        return caller.paginate('users.listDevices', { query }, options);
      },
      /**
       * List a user's personas
       *
       * Reads the personas the user may call as: identities (such as a call center or a shared line) whose name and number the person called sees instead of the user's own. All are returned at once (this list is not paged). Read-only: nothing changes.
       *
       * - Access: read (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the personas a user may call as.
       * @see https://developers.dialpad.com/reference/userspersonasget
       */
      listPersonas(id: T.UsersListPersonasPath['id'], options?: O): Promise<T.UsersListPersonasResult> {
        return caller.call('users.listPersonas', { path: { id } }, options);
      },
      /**
       * Move a user to another office
       *
       * Transfers the user to a different office of the company (paid accounts only; the destination office needs a free license). When the destination is an international office, the user's phone numbers are taken away and a new one is assigned (internal 803 numbers stay); the old numbers do not come back by themselves. The answer is the user after the move.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Moves a user to another office; for an international office their numbers are taken away and a new one assigned. [irreversible]
       * @see https://developers.dialpad.com/reference/usersmove_officepatch
       */
      moveOffice(
        id: T.UsersMoveOfficePath['id'],
        body: T.UsersMoveOfficeBody,
        options?: O,
      ): Promise<T.UsersMoveOfficeResult> {
        return caller.call('users.moveOffice', { path: { id }, body }, options);
      },
      /**
       * Open a screen pop on a user's device
       *
       * Makes the user's Dialpad app open the given web address (or custom app link) on their screen, typically a customer record during a call. Something visibly happens on the person's device. Needs the `screen_pop` OAuth scope.
       *
       * - Access: write (area `users`)
       * - Scope: `screen_pop`
       * - Rate limit: 5 per 60 s per company
       * - Effect: Opens a URL in a user's Dialpad app, on their screen.
       * @see https://developers.dialpad.com/reference/screen_popinitiate
       */
      screenPop(
        id: T.UsersScreenPopPath['id'],
        body: T.UsersScreenPopBody,
        options?: O,
      ): Promise<T.UsersScreenPopResult> {
        return caller.call('users.screenPop', { path: { id }, body }, options);
      },
      /**
       * Set a user's caller ID
       *
       * Chooses the number that people called by this user see: one of the user's own numbers, a number of their office or of a group they belong to, or `blocked` to hide it. Every call the user places afterwards presents that number. The answer is the user's caller ID as it now stands.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes the number people called by this user see on every call the user places from now on.
       * @see https://developers.dialpad.com/reference/caller_iduserspost
       */
      setCallerId(
        id: T.UsersSetCallerIdPath['id'],
        body: T.UsersSetCallerIdBody,
        options?: O,
      ): Promise<T.UsersSetCallerIdResult> {
        return caller.call('users.setCallerId', { path: { id }, body }, options);
      },
      /**
       * Turn a user's do-not-disturb on or off
       *
       * Switches do-not-disturb on or off for the user, either everywhere or, with `group_id` and `group_type`, only for the calls of one office, department or call center. While it is on, those calls no longer ring the user.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Turns a user's do-not-disturb on or off, everywhere or for one group; while on, those calls stop ringing them.
       * @see https://developers.dialpad.com/reference/userstoggle_dnd
       */
      toggleDnd(
        id: T.UsersToggleDndPath['id'],
        body: T.UsersToggleDndBody,
        options?: O,
      ): Promise<T.UsersToggleDndResult> {
        return caller.call('users.toggleDnd', { path: { id }, body }, options);
      },
      /**
       * Update a user
       *
       * Changes only the fields sent. This can rename the person, change their emails, extension, forwarding numbers and number order, grant or remove admin rights, move them to another office, suspend or re-activate them, or switch their license, which changes what the company is billed (and, for a support license, may release paid numbers unless `keep_paid_numbers` stays true).
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes a user's profile and settings.
       * @see https://developers.dialpad.com/reference/usersupdate
       */
      update(id: T.UsersUpdatePath['id'], body: T.UsersUpdateBody, options?: O): Promise<T.UsersUpdateResult> {
        return caller.call('users.update', { path: { id }, body }, options);
      },
      /**
       * Set a user's E911 address
       *
       * Replaces the street address registered for the user's emergency calls: from then on, emergency services are sent there when the user dials 911. With `use_validated_option`, Dialpad stores the corrected form of the address its validation service proposes.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes the address emergency services are sent to when the user dials 911.
       * @see https://developers.dialpad.com/reference/userse911update
       */
      updateE911(
        id: T.UsersUpdateE911Path['id'],
        body: T.UsersUpdateE911Body,
        options?: O,
      ): Promise<T.UsersUpdateE911Result> {
        return caller.call('users.updateE911', { path: { id }, body }, options);
      },
      /**
       * Set a user's status message
       *
       * Sets the short status text shown next to the user's name in Dialpad (for instance "Out until 2 pm"), optionally with an `expiration` after which it clears itself. Colleagues see the new text at once.
       *
       * - Access: write (area `users`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes the status text shown next to a user's name.
       * @see https://developers.dialpad.com/reference/usersupdate_status
       */
      updateStatus(
        id: T.UsersUpdateStatusPath['id'],
        body: T.UsersUpdateStatusBody,
        options?: O,
      ): Promise<T.UsersUpdateStatusResult> {
        return caller.call('users.updateStatus', { path: { id }, body }, options);
      },
    },
  };
}

export type UsersArea<O> = ReturnType<typeof createUsersArea<O>>;
