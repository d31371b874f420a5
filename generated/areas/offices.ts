// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { operations } from '../schema.js';
import type { OperationCaller, Paginated } from '../caller.js';

/** The `offices` area: 2 operation(s) in `client.offices`. */
export function createOfficesArea<O>(caller: OperationCaller<O>) {
  return {
    offices: {
      /**
       * Add an operator to an office
       *
       * Makes a user or a room an operator of the office's main line: from now on, calls to the office's main number can ring them, following the office's routing. The role decides whether they also administer the office. Nothing else about the user or room changes.
       *
       * - Access: write (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Makes a user or room an operator of an office; the office's calls start ringing them.
       * @see https://developers.dialpad.com/reference/officesoperatorspost
       */
      addOperator(
        id: operations['offices.addOperator']['parameters']['path']['id'],
        body: NonNullable<operations['offices.addOperator']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['offices.addOperator']['responses'][200]['content']['application/json']> {
        return caller.call('offices.addOperator', { path: { id: id }, body }, options);
      },
      /**
       * List offices
       *
       * Returns one page of the offices the credential can see, with their main-line numbers, opening hours, routing and settings. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's offices.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/officeslist
       */
      list(
        query?: NonNullable<operations['offices.list']['parameters']['query']>,
        options?: O,
      ): Paginated<
        NonNullable<operations['offices.list']['responses'][200]['content']['application/json']['items']>[number],
        operations['offices.list']['responses'][200]['content']['application/json']
      > {
        return caller.paginate('offices.list', { query }, options);
      },
    },
  };
}

export type OfficesArea<O> = ReturnType<typeof createOfficesArea<O>>;
