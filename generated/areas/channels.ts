// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `channels` area: 7 operation(s) in `client.channels`. */
export function createChannelsArea<O>(caller: OperationCaller<O>) {
  return {
    channels: {
      /**
       * Add a user to a channel
       *
       * Makes a user a member of the channel: it appears in their Dialpad apps and they can read and post in it. The answer is the new member.
       *
       * - Access: write (area `channels`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Adds a user to a channel; it appears in their Dialpad apps.
       * @see https://developers.dialpad.com/reference/channelsmemberspost
       */
      addMember(
        id: T.ChannelsAddMemberPath['id'],
        body: T.ChannelsAddMemberBody,
        options?: O,
      ): Promise<T.ChannelsAddMemberResult> {
        return caller.call('channels.addMember', { path: { id }, body }, options);
      },
      /**
       * Create a channel
       *
       * Opens a new channel in the company, public (anyone in the company can find and join it) or private (invitation only). With a company-level key, `user_id` names the user who owns it; with a user-level key, the key's user does.
       *
       * - Access: write (area `channels`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Opens a new channel owned by a user; public ones are visible to the whole company.
       * @see https://developers.dialpad.com/reference/channelspost
       */
      create(body: T.ChannelsCreateBody, options?: O): Promise<T.ChannelsCreateResult> {
        return caller.call('channels.create', { body }, options);
      },
      /**
       * Delete a channel
       *
       * Removes the channel for good, with its conversation: its members lose it from their Dialpad apps. This cannot be undone. The answer has no body.
       *
       * - Access: write (area `channels`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a channel and its conversation; its members lose it. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/channelsdelete
       */
      delete(id: T.ChannelsDeletePath['id'], options?: O): Promise<void> {
        return caller.call('channels.delete', { path: { id } }, options);
      },
      /**
       * Get a channel
       *
       * Reads one channel's id and name. Read-only: nothing changes.
       *
       * - Access: read (area `channels`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one channel.
       * @see https://developers.dialpad.com/reference/channelsget
       */
      get(id: T.ChannelsGetPath['id'], options?: O): Promise<T.ChannelsGetResult> {
        return caller.call('channels.get', { path: { id } }, options);
      },
      /**
       * List channels
       *
       * Reads the company's channels one page at a time, optionally only those in one state. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `channels`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's channels.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/channelslist
       */
      list(query?: T.ChannelsListQuery, options?: O): Paginated<T.ChannelsListItem, T.ChannelsListResult> {
        return caller.paginate('channels.list', { query }, options);
      },
      /**
       * List a channel's members
       *
       * Reads the users in a channel one page at a time. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `channels`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a channel's members.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/channelsmemberslist
       */
      listMembers(
        id: T.ChannelsListMembersPath['id'],
        query?: T.ChannelsListMembersQuery,
        options?: O,
      ): Paginated<T.ChannelsListMembersItem, T.ChannelsListMembersResult> {
        return caller.paginate('channels.listMembers', { path: { id }, query }, options);
      },
      /**
       * Remove a user from a channel
       *
       * Takes a user out of the channel: it leaves their Dialpad apps and they no longer see new posts. They can be added again later. The answer has no body.
       *
       * - Access: write (area `channels`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a user out of a channel; they stop seeing it.
       * @see https://developers.dialpad.com/reference/channelsmembersdelete
       */
      removeMember(id: T.ChannelsRemoveMemberPath['id'], body: T.ChannelsRemoveMemberBody, options?: O): Promise<void> {
        return caller.call('channels.removeMember', { path: { id }, body }, options);
      },
    },
  };
}

export type ChannelsArea<O> = ReturnType<typeof createChannelsArea<O>>;
