// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { operations } from '../schema.js';
import type { OperationCaller, Paginated } from '../caller.js';

/** The `users` area: 6 operation(s) in `client.users`. */
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
      create(
        body: NonNullable<operations['users.create']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['users.create']['responses'][200]['content']['application/json']> {
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
      delete(
        id: operations['users.delete']['parameters']['path']['id'],
        options?: O,
      ): Promise<operations['users.delete']['responses'][200]['content']['application/json']> {
        return caller.call('users.delete', { path: { id: id } }, options);
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
      get(
        id: operations['users.get']['parameters']['path']['id'],
        options?: O,
      ): Promise<operations['users.get']['responses'][200]['content']['application/json']> {
        return caller.call('users.get', { path: { id: id } }, options);
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
      list(
        query?: NonNullable<operations['users.list']['parameters']['query']>,
        options?: O,
      ): Paginated<
        NonNullable<operations['users.list']['responses'][200]['content']['application/json']['items']>[number],
        operations['users.list']['responses'][200]['content']['application/json']
      > {
        return caller.paginate('users.list', { query }, options);
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
        id: operations['users.screenPop']['parameters']['path']['id'],
        body: NonNullable<operations['users.screenPop']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['users.screenPop']['responses'][200]['content']['application/json']> {
        return caller.call('users.screenPop', { path: { id: id }, body }, options);
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
      update(
        id: operations['users.update']['parameters']['path']['id'],
        body: NonNullable<operations['users.update']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['users.update']['responses'][200]['content']['application/json']> {
        return caller.call('users.update', { path: { id: id }, body }, options);
      },
    },
  };
}

export type UsersArea<O> = ReturnType<typeof createUsersArea<O>>;
