// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `stats` area: 10 operation(s) in `client.reports`, `client.stats`. */
export function createStatsArea<O>(caller: OperationCaller<O>) {
  return {
    reports: {
      /**
       * Schedule a report
       *
       * Sets up a report Dialpad builds on a schedule (daily, weekly or monthly, at an hour and day you choose) and pushes to a webhook or websocket you registered (`endpoint_id`): call logs, daily or per-user statistics, recordings or voicemails, for the company or for one target (`target_id` with `target_type`). From then on the company's data leaves Dialpad on that schedule until the report is disabled or deleted.
       *
       * - Access: write (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Schedules a recurring report that Dialpad pushes to a webhook or websocket from then on.
       * @see https://developers.dialpad.com/reference/schedule_reportscreate
       */
      create(body: T.ReportsCreateBody, options?: O): Promise<T.ReportsCreateResult> {
        return caller.call('reports.create', { body }, options);
      },
      /**
       * Delete a scheduled report
       *
       * Deletes a scheduled report for good: Dialpad stops building and pushing it, and it cannot be brought back. The answer carries the report as it was just before deletion.
       *
       * - Access: write (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a scheduled report for good; Dialpad stops building and pushing it. [irreversible]
       * @see https://developers.dialpad.com/reference/schedule_reportsdelete
       */
      delete(id: T.ReportsDeletePath['id'], options?: O): Promise<T.ReportsDeleteResult> {
        return caller.call('reports.delete', { path: { id } }, options);
      },
      /**
       * Get a scheduled report
       *
       * Reads one scheduled report by its id: what it contains, when it runs, for which target, and the webhook or websocket it is pushed to. Read-only: nothing changes.
       *
       * - Access: read (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one scheduled report.
       * @see https://developers.dialpad.com/reference/schedule_reportsget
       */
      get(id: T.ReportsGetPath['id'], options?: O): Promise<T.ReportsGetResult> {
        return caller.call('reports.get', { path: { id } }, options);
      },
      /**
       * List scheduled reports
       *
       * Returns one page of the company's scheduled reports: the daily, weekly or monthly call logs, statistics, recordings or voicemail reports Dialpad pushes to a webhook or websocket. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's scheduled reports.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/schedule_reportslist
       */
      list(query?: T.ReportsListQuery, options?: O): Paginated<T.ReportsListItem, T.ReportsListResult> {
        return caller.paginate('reports.list', { query }, options);
      },
      /**
       * Update a scheduled report
       *
       * Changes a scheduled report: what it contains, when it runs, for which target, where it is pushed, or whether it is enabled. Dialpad's description requires the same fields as when creating one, so send the whole report. The next runs follow the new settings.
       *
       * - Access: write (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes what a scheduled report contains, when it runs and where it is pushed.
       * @see https://developers.dialpad.com/reference/schedule_reportsupdate
       */
      update(id: T.ReportsUpdatePath['id'], body: T.ReportsUpdateBody, options?: O): Promise<T.ReportsUpdateResult> {
        return caller.call('reports.update', { path: { id }, body }, options);
      },
    },
    stats: {
      /**
       * Start a statistics report
       *
       * Starts building a statistics report in the background and answers at once with a `request_id`; poll `GET /api/v2/stats/{id}` with it until the report is `complete`, then download the file from `download_url`. The report covers the whole company unless it is narrowed to one office (`office_id`) or one target (`target_id` with `target_type`, which wins over `office_id`). Nothing in the company changes; the call queues a report job on Dialpad's side (`already_started` tells whether that job was already running) and is tightly rate-limited.
       *
       * - Access: write (area `stats`)
       * - Scope: none
       * - Rate limit: 200 per 3600 s per company; 400 per 7200 s per company
       * - Effect: Starts an asynchronous statistics report job on Dialpad's side. [async]
       * @see https://developers.dialpad.com/reference/statscreate
       */
      create(body: T.StatsCreateBody, options?: O): Promise<T.StatsCreateResult> {
        return caller.call('stats.create', { body }, options);
      },
      /**
       * List digital sessions
       *
       * Returns one page of the digital (chat, messaging, email) sessions that started or ended between `start_date` and `end_date` — a period shorter than 7 days — optionally only those of one office, department or call center (`target_id` with `target_type`): who handled each, how long it queued and lasted, its outcome and satisfaction scores. Needs the `digital_sessions` scope. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `stats`)
       * - Scope: `digital_sessions`
       * - Rate limit: 100 per 60 s per company
       * - Effect: None: reads the digital sessions of a period of less than 7 days.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/digitalsessionsdatalist
       */
      digitalSessions(
        query: T.StatsDigitalSessionsQuery,
        options?: O,
      ): Paginated<T.StatsDigitalSessionsItem, T.StatsDigitalSessionsResult> {
        return caller.paginate('stats.digitalSessions', { query }, options);
      },
      /**
       * Get a statistics report
       *
       * Reads how far a report started with `stats.create` has got: `processing` while it is being built, then `complete` with a link to the file, or `failed`. Read-only: nothing changes.
       *
       * - Access: read (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the state (and, when done, the download link) of a report job.
       * @see https://developers.dialpad.com/reference/statsget
       */
      get(id: T.StatsGetPath['id'], options?: O): Promise<T.StatsGetResult> {
        return caller.call('stats.get', { path: { id } }, options);
      },
      /**
       * Get workforce-management activity metrics
       *
       * Returns one page of workforce-management metrics per agent, activity and time interval between `start` and `end` (UTC): schedule adherence, time on task, conversations opened, closed and on hold. Narrow it to some agents with `ids` or `emails` (comma-separated). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads workforce-management metrics per agent and activity.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/wfm-metrics-activityget
       */
      wfmActivity(
        query: T.StatsWfmActivityQuery,
        options?: O,
      ): Paginated<T.StatsWfmActivityItem, T.StatsWfmActivityResult> {
        return caller.paginate('stats.wfmActivity', { query }, options);
      },
      /**
       * Get workforce-management agent metrics
       *
       * Returns one page of workforce-management performance metrics per agent and time interval between `start` and `end` (UTC): occupancy, utilisation, adherence, availability, time in each Dialpad status and conversations closed. Narrow it to some agents with `ids` or `emails` (comma-separated). Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `stats`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads workforce-management performance metrics per agent.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/wfm-metrics-agentget
       */
      wfmAgents(query: T.StatsWfmAgentsQuery, options?: O): Paginated<T.StatsWfmAgentsItem, T.StatsWfmAgentsResult> {
        return caller.paginate('stats.wfmAgents', { query }, options);
      },
    },
  };
}

export type StatsArea<O> = ReturnType<typeof createStatsArea<O>>;
