// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `coaching` area: 9 operation(s) in `client.coaching`, `client.scorecards`. */
export function createCoachingArea<O>(caller: OperationCaller<O>) {
  return {
    coaching: {
      /**
       * Add a member to a coaching team
       *
       * Puts a user into a coaching team as a `coach` or a `trainee`. A coach can then follow (and, depending on the team's settings, listen in on) the trainees' calls; a trainee's calls become part of the team's coaching. Pass the user's id as `member_id` and the role.
       *
       * - Access: write (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Makes a user a coach or trainee of a coaching team; coaches can then follow (and may listen in on) the trainees' calls.
       * @see https://developers.dialpad.com/reference/coaching_teammembersadd
       */
      addTeamMember(
        id: T.CoachingAddTeamMemberPath['id'],
        body: T.CoachingAddTeamMemberBody,
        options?: O,
      ): Promise<T.CoachingAddTeamMemberResult> {
        return caller.call('coaching.addTeamMember', { path: { id }, body }, options);
      },
      /**
       * Get a coaching team
       *
       * Reads one coaching team by its id: its name, office, state and whether its trainees may listen in on calls. Read-only: nothing changes.
       *
       * - Access: read (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one coaching team.
       * @see https://developers.dialpad.com/reference/coaching_teamget
       */
      getTeam(id: T.CoachingGetTeamPath['id'], options?: O): Promise<T.CoachingGetTeamResult> {
        return caller.call('coaching.getTeam', { path: { id } }, options);
      },
      /**
       * List the members of a coaching team
       *
       * Returns one page of the people in a coaching team, each with their role in it (`coach` or `trainee`) and their user details. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the coaches and trainees of a coaching team.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/coaching_teammembersget
       */
      listTeamMembers(
        id: T.CoachingListTeamMembersPath['id'],
        query?: T.CoachingListTeamMembersQuery,
        options?: O,
      ): Paginated<T.CoachingListTeamMembersItem, T.CoachingListTeamMembersResult> {
        return caller.paginate('coaching.listTeamMembers', { path: { id }, query }, options);
      },
      /**
       * List coaching teams
       *
       * Returns one page of the company's coaching teams, whatever office they belong to. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's coaching teams.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/coaching_teamlistall
       */
      listTeams(
        query?: T.CoachingListTeamsQuery,
        options?: O,
      ): Paginated<T.CoachingListTeamsItem, T.CoachingListTeamsResult> {
        return caller.paginate('coaching.listTeams', { query }, options);
      },
      /**
       * List the coaching teams of an office
       *
       * Returns one page of the coaching teams that belong to one office. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the coaching teams of one office.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/coaching_teamlist
       */
      listTeamsByOffice(
        office_id: T.CoachingListTeamsByOfficePath['office_id'],
        query?: T.CoachingListTeamsByOfficeQuery,
        options?: O,
      ): Paginated<T.CoachingListTeamsByOfficeItem, T.CoachingListTeamsByOfficeResult> {
        return caller.paginate('coaching.listTeamsByOffice', { path: { office_id }, query }, options);
      },
    },
    scorecards: {
      /**
       * Start a scorecards export
       *
       * Starts building a scorecards report in the background and answers at once with a `request_id`; poll `GET /api/v2/scorecards/export/{id}` with it until it is `complete`, then download the file from `download_url`. Choose the report with `scorecards_type`; it covers the whole company unless narrowed to one target (`target_id` with `target_type`), some scorecards, one grader or a period. With `send_to` Dialpad also emails the results to that address. Nothing in the company changes.
       *
       * - Access: write (area `coaching`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: Starts an asynchronous scorecards export job on Dialpad's side, which also emails the results when send_to is given. [async]
       * @see https://developers.dialpad.com/reference/scorecardsexportcreate
       */
      export(body: T.ScorecardsExportBody, options?: O): Promise<T.ScorecardsExportResult> {
        return caller.call('scorecards.export', { body }, options);
      },
      /**
       * Get a scorecard
       *
       * Reads one scorecard by its id, with its questions and the kind of answer each expects. Read-only: nothing changes.
       *
       * - Access: read (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one scorecard and its questions.
       * @see https://developers.dialpad.com/reference/scorecardsget
       */
      get(id: T.ScorecardsGetPath['id'], options?: O): Promise<T.ScorecardsGetResult> {
        return caller.call('scorecards.get', { path: { id } }, options);
      },
      /**
       * Get a scorecards export
       *
       * Reads how far an export started with `scorecards.export` has got: `processing` while it is being built, then `complete` with a link to the file, or `failed` with the reason. Read-only: nothing changes.
       *
       * - Access: read (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the state (and, when done, the download link) of a scorecards export.
       * @see https://developers.dialpad.com/reference/scorecardsexportget
       */
      getExport(id: T.ScorecardsGetExportPath['id'], options?: O): Promise<T.ScorecardsGetExportResult> {
        return caller.call('scorecards.getExport', { path: { id } }, options);
      },
      /**
       * List scorecards
       *
       * Returns one page of the scorecards calls are graded with, optionally only those of one office, call center or coaching team (`target_id` with `target_type`) or in one state (`active`, `draft`, `archived`). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `coaching`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads scorecards, of the company or of one target.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/scorecardslist
       */
      list(query?: T.ScorecardsListQuery, options?: O): Paginated<T.ScorecardsListItem, T.ScorecardsListResult> {
        return caller.paginate('scorecards.list', { query }, options);
      },
    },
  };
}

export type CoachingArea<O> = ReturnType<typeof createCoachingArea<O>>;
