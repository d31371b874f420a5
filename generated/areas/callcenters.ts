// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { operations } from '../schema.js';
import type { OperationCaller, Paginated } from '../caller.js';

/** The `callcenters` area: 3 operation(s) in `client.callcenters`. */
export function createCallcentersArea<O>(caller: OperationCaller<O>) {
  return {
    callcenters: {
      /**
       * Add an operator to a call center
       *
       * Makes a user an operator (agent), supervisor or admin of the call center: from now on calls to the call center can ring them, in line with their skill level and the routing. This can cost money: if the user has no call center license yet, one of the kind given in `license_type` is taken from the company's pool and assigned to them, and if none is free the request fails and nothing changes. When the license switch moves the user to a support license, `keep_paid_numbers` decides whether they keep their phone numbers (which then need extra number licenses).
       *
       * - Access: write (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Makes a user an operator (agent) of a call center; queued calls start reaching them.
       * @see https://developers.dialpad.com/reference/callcentersoperatorspost
       */
      addOperator(
        id: operations['callcenters.addOperator']['parameters']['path']['id'],
        body: NonNullable<operations['callcenters.addOperator']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['callcenters.addOperator']['responses'][200]['content']['application/json']> {
        return caller.call('callcenters.addOperator', { path: { id: id }, body }, options);
      },
      /**
       * List call centers
       *
       * Returns one page of the company's call centers, optionally only those of one office or those whose name contains a piece of text, with their numbers, hours, hold queue, alerts and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's call centers.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/callcenterslistall
       */
      list(
        query?: NonNullable<operations['callcenters.list']['parameters']['query']>,
        options?: O,
      ): Paginated<
        NonNullable<operations['callcenters.list']['responses'][200]['content']['application/json']['items']>[number],
        operations['callcenters.list']['responses'][200]['content']['application/json']
      > {
        return caller.paginate('callcenters.list', { query }, options);
      },
      /**
       * Get a call center's live status
       *
       * Reads the call center's state at this moment: whether it is open, how many operators are on duty and free, how many callers are waiting and how long the longest has waited. Read-only: nothing changes.
       *
       * - Access: read (area `callcenters`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads a call center's live queue and operator state.
       * @see https://developers.dialpad.com/reference/callcentersstatus
       */
      status(
        id: operations['callcenters.status']['parameters']['path']['id'],
        options?: O,
      ): Promise<operations['callcenters.status']['responses'][200]['content']['application/json']> {
        return caller.call('callcenters.status', { path: { id: id } }, options);
      },
    },
  };
}

export type CallcentersArea<O> = ReturnType<typeof createCallcentersArea<O>>;
