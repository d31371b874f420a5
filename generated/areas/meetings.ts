// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `meetings` area: 7 operation(s) in `client.meetings`. */
export function createMeetingsArea<O>(caller: OperationCaller<O>) {
  return {
    meetings: {
      /**
       * Schedule a meeting
       *
       * Schedules a Dialpad meeting for a user: one-off or recurring, with a title, start and end, participants and, with `call_out`, Dialpad calling the participants when it starts. The answer carries the meeting link, dial-in number and PINs to share. Needs the `conference:all` scope.
       *
       * - Access: write (area `meetings`)
       * - Scope: `conference:all`
       * - Rate limit: company ceiling only
       * - Effect: Schedules a Dialpad meeting for a user, with a link, dial-in number and PINs to share.
       * @see https://developers.dialpad.com/reference/meetingscreate
       */
      create(body: T.MeetingsCreateBody, options?: O): Promise<T.MeetingsCreateResult> {
        return caller.call('meetings.create', { body }, options);
      },
      /**
       * Delete a scheduled meeting
       *
       * Cancels a scheduled Dialpad meeting for good, or only one occurrence of a recurring meeting when `instance_timestamp` is given. The meeting disappears from the participants' plans and cannot be restored. The answer is the meeting as it was. Needs the `conference:all` scope.
       *
       * - Access: write (area `meetings`)
       * - Scope: `conference:all`
       * - Rate limit: company ceiling only
       * - Effect: Cancels a scheduled meeting, or one occurrence of it. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/meetingsdelete
       */
      delete(
        scheduled_conference_id: T.MeetingsDeletePath['scheduled_conference_id'],
        query?: T.MeetingsDeleteQuery,
        options?: O,
      ): Promise<T.MeetingsDeleteResult> {
        return caller.call('meetings.delete', { path: { scheduled_conference_id }, query }, options);
      },
      /**
       * Get a scheduled meeting
       *
       * Reads one scheduled Dialpad meeting: title, time, recurrence, dial-in number, PINs, link and participants. Read-only: nothing changes. Needs the `conference:all` scope.
       *
       * - Access: read (area `meetings`)
       * - Scope: `conference:all`
       * - Rate limit: company ceiling only
       * - Effect: None: reads one scheduled meeting.
       * @see https://developers.dialpad.com/reference/meetingsget
       */
      get(
        scheduled_conference_id: T.MeetingsGetPath['scheduled_conference_id'],
        query?: T.MeetingsGetQuery,
        options?: O,
      ): Promise<T.MeetingsGetResult> {
        return caller.call('meetings.get', { path: { scheduled_conference_id }, query }, options);
      },
      /**
       * List a user's scheduled meetings
       *
       * Reads, one page at a time, the Dialpad meetings a user has scheduled from a given start time (and up to an end time, if given). Read-only: nothing changes. The meetings come in `data` (not `items`); pass the returned `cursor` to get the next page. Needs the `conference:all` scope.
       *
       * - Access: read (area `meetings`)
       * - Scope: `conference:all`
       * - Rate limit: company ceiling only
       * - Effect: None: reads a user's scheduled meetings.
       * @see https://developers.dialpad.com/reference/meetingslist
       */
      list(query: T.MeetingsListQuery, options?: O): Promise<T.MeetingsListResult> {
        return caller.call('meetings.list', { query }, options);
      },
      /**
       * List meeting rooms
       *
       * Reads the company's Dialpad Meetings rooms (the standing rooms people join by link or dial-in number) one page at a time. Read-only: nothing changes. Pass the returned `cursor` to get the next page. Needs the `conference:read` scope.
       *
       * - Access: read (area `meetings`)
       * - Scope: `conference:read`
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's meeting rooms.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/conference-roomslist
       */
      listRooms(
        query?: T.MeetingsListRoomsQuery,
        options?: O,
      ): Paginated<T.MeetingsListRoomsItem, T.MeetingsListRoomsResult> {
        return caller.paginate('meetings.listRooms', { query }, options);
      },
      /**
       * List past meetings of a meeting room
       *
       * Reads summaries of the meetings held in a Dialpad Meetings room, one page at a time: who hosted and took part, when, and links to recordings and transcripts. Read-only: nothing changes. Pass the returned `cursor` to get the next page. Needs the `conference:read` scope.
       *
       * - Access: read (area `meetings`)
       * - Scope: `conference:read`
       * - Rate limit: company ceiling only
       * - Effect: None: reads summaries of past meetings in a meeting room.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/conference-meetingslist
       */
      listSummaries(
        query?: T.MeetingsListSummariesQuery,
        options?: O,
      ): Paginated<T.MeetingsListSummariesItem, T.MeetingsListSummariesResult> {
        return caller.paginate('meetings.listSummaries', { query }, options);
      },
      /**
       * Update a scheduled meeting
       *
       * Changes a scheduled Dialpad meeting (or one instance of a recurring one, with `instance_id`): its title, time, recurrence, participants and whether Dialpad calls the participants when it starts. The participants' calendars see the new details. Needs the `conference:all` scope.
       *
       * - Access: write (area `meetings`)
       * - Scope: `conference:all`
       * - Rate limit: company ceiling only
       * - Effect: Changes a scheduled meeting's title, time, recurrence or participants.
       * @see https://developers.dialpad.com/reference/meetingsupdate
       */
      update(
        scheduled_conference_id: T.MeetingsUpdatePath['scheduled_conference_id'],
        body: T.MeetingsUpdateBody,
        options?: O,
      ): Promise<T.MeetingsUpdateResult> {
        return caller.call('meetings.update', { path: { scheduled_conference_id }, body }, options);
      },
    },
  };
}

export type MeetingsArea<O> = ReturnType<typeof createMeetingsArea<O>>;
