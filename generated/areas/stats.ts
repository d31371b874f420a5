// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { operations } from '../schema.js';
import type { OperationCaller, Paginated } from '../caller.js';

/** The `stats` area: 2 operation(s) in `client.stats`. */
export function createStatsArea<O>(caller: OperationCaller<O>) {
  return {
    stats: {
      /**
       * Start a statistics report
       *
       * Starts building a statistics report in the background and answers at once with a `request_id`; poll `GET /api/v2/stats/{id}` with it until the report is `complete`, then download the file from `download_url`. The report covers the whole company unless it is narrowed to one office (`office_id`) or one target (`target_id` with `target_type`, which wins over `office_id`). Nothing in the company changes; the call queues a report job on Dialpad's side (`already_started` tells whether that job was already running) and is tightly rate-limited.
       *
       * - Access: write (area `stats`)
       * - Scope: none
       * - Rate limit: 200 per 3600 s per company
       * - Effect: Starts an asynchronous statistics report job on Dialpad's side. [async]
       * @see https://developers.dialpad.com/reference/statscreate
       */
      create(
        body: NonNullable<operations['stats.create']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['stats.create']['responses'][200]['content']['application/json']> {
        return caller.call('stats.create', { body }, options);
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
      get(
        id: operations['stats.get']['parameters']['path']['id'],
        options?: O,
      ): Promise<operations['stats.get']['responses'][200]['content']['application/json']> {
        return caller.call('stats.get', { path: { id: id } }, options);
      },
    },
  };
}

export type StatsArea<O> = ReturnType<typeof createStatsArea<O>>;
