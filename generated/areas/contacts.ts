// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `contacts` area: 6 operation(s) in `client.contacts`. */
export function createContactsArea<O>(caller: OperationCaller<O>) {
  return {
    contacts: {
      /**
       * Create a contact
       *
       * Adds a new entry to an address book. Without `owner_id` the entry goes into the company's shared address book, where every user of the company can see it; with `owner_id` it becomes a local contact that only that user sees. The new entry shows up in Dialpad apps (caller names, search).
       *
       * - Access: write (area `contacts`)
       * - Scope: none
       * - Rate limit: 100 per 60 s per company
       * - Effect: Adds a contact to a user's or the company's address book.
       * - Webhook event: `contact`
       * @see https://developers.dialpad.com/reference/contactscreate
       */
      create(body: T.ContactsCreateBody, options?: O): Promise<T.ContactsCreateResult> {
        return caller.call('contacts.create', { body }, options);
      },
      /**
       * Delete a contact
       *
       * Removes a contact from its address book for good: it disappears from search and caller names in every Dialpad app, and there is no way to undo it. The answer carries the contact as it was just before deletion.
       *
       * - Access: write (area `contacts`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a contact. Cannot be undone. [irreversible]
       * - Webhook event: `contact`
       * @see https://developers.dialpad.com/reference/contactsdelete
       */
      delete(id: T.ContactsDeletePath['id'], options?: O): Promise<T.ContactsDeleteResult> {
        return caller.call('contacts.delete', { path: { id } }, options);
      },
      /**
       * Get a contact
       *
       * Reads one contact by its id. Only shared and local contacts can be read this way. Read-only: nothing changes.
       *
       * - Access: read (area `contacts`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one contact.
       * @see https://developers.dialpad.com/reference/contactsget
       */
      get(id: T.ContactsGetPath['id'], options?: O): Promise<T.ContactsGetResult> {
        return caller.call('contacts.get', { path: { id } }, options);
      },
      /**
       * List contacts
       *
       * Returns one page of the company's shared address book, or of one user's local contacts when `owner_id` is given. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `contacts`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads contacts.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/contactslist
       */
      list(query?: T.ContactsListQuery, options?: O): Paginated<T.ContactsListItem, T.ContactsListResult> {
        return caller.paginate('contacts.list', { query }, options);
      },
      /**
       * Update a contact
       *
       * Changes the fields sent in the body of an existing contact and leaves the others as they are. The change is visible to everyone who can see the contact, in every Dialpad app.
       *
       * - Access: write (area `contacts`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes a contact's details.
       * - Webhook event: `contact`
       * @see https://developers.dialpad.com/reference/contactsupdate
       */
      update(id: T.ContactsUpdatePath['id'], body: T.ContactsUpdateBody, options?: O): Promise<T.ContactsUpdateResult> {
        return caller.call('contacts.update', { path: { id }, body }, options);
      },
      /**
       * Create or update a contact by your own id
       *
       * Writes an entry of the company's shared address book keyed by an id of yours (`uid`, made part of the id Dialpad gives the contact): the first call with a `uid` creates the contact, later calls with the same `uid` replace its fields. Useful to mirror a CRM without keeping Dialpad's ids. Every user of the company sees the entry in Dialpad apps (caller names, search).
       *
       * - Access: write (area `contacts`)
       * - Scope: none
       * - Rate limit: 100 per 60 s per company
       * - Effect: Adds a contact to the company's shared address book, or updates the one with the same uid.
       * - Webhook event: `contact`
       * @see https://developers.dialpad.com/reference/contactscreate_with_uid
       */
      upsert(body: T.ContactsUpsertBody, options?: O): Promise<T.ContactsUpsertResult> {
        return caller.call('contacts.upsert', { body }, options);
      },
    },
  };
}

export type ContactsArea<O> = ReturnType<typeof createContactsArea<O>>;
