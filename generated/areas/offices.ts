// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `offices` area: 13 operation(s) in `client.offices`. */
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
        id: T.OfficesAddOperatorPath['id'],
        body: T.OfficesAddOperatorBody,
        options?: O,
      ): Promise<T.OfficesAddOperatorResult> {
        return caller.call('offices.addOperator', { path: { id }, body }, options);
      },
      /**
       * Create a secondary office
       *
       * Opens a new office under the company's primary office, with its own billing set-up, country, time zone, emergency address, opening hours and call routing. This costs money: the new office gets a billing plan of its own, charged in `currency` every `plan_period` (by invoice when `invoiced` is true, or on one invoice with the rest of the company when `unified_billing` is true). The emergency address is required for offices in the US, Canada, Australia, France, the United Kingdom and New Zealand. Answers with the new office and its plan.
       *
       * - Access: write (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Opens a new secondary office with a billing plan of its own, which the company is charged for. [billable]
       * @see https://developers.dialpad.com/reference/officescreate
       */
      create(body: T.OfficesCreateBody, options?: O): Promise<T.OfficesCreateResult> {
        return caller.call('offices.create', { body }, options);
      },
      /**
       * Get an office
       *
       * Reads one office: its main-line numbers, opening hours, routing, emergency address and office-level settings. Read-only: nothing changes.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one office.
       * @see https://developers.dialpad.com/reference/officesget
       */
      get(id: T.OfficesGetPath['id'], options?: O): Promise<T.OfficesGetResult> {
        return caller.call('offices.get', { path: { id } }, options);
      },
      /**
       * Get an office's emergency address
       *
       * Reads the street address registered for the office for emergency (E911) calls: where emergency services are sent when someone calls them from the office. Read-only: nothing changes.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads an office's emergency (E911) address.
       * @see https://developers.dialpad.com/reference/officese911get
       */
      getE911(id: T.OfficesGetE911Path['id'], options?: O): Promise<T.OfficesGetE911Result> {
        return caller.call('offices.getE911', { path: { id } }, options);
      },
      /**
       * Get an office's billing plan
       *
       * Reads the office's billing plan: how many lines of each kind (user, contact-center, room, fax, extra-number, toll-free, conference) it is allotted, the remaining balance in US dollars, the next billing date and the place-of-primary-use address. Read-only: nothing changes.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads an office's billing plan and line counts.
       * @see https://developers.dialpad.com/reference/planget
       */
      getPlan(office_id: T.OfficesGetPlanPath['office_id'], options?: O): Promise<T.OfficesGetPlanResult> {
        return caller.call('offices.getPlan', { path: { office_id } }, options);
      },
      /**
       * Get the company's primary office
       *
       * Reads the main office of the company the credential belongs to, in the same form as getting an office by id. Useful to find the office to use when none is known yet. Read-only: nothing changes.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's primary office.
       * @see https://developers.dialpad.com/reference/officesprimaryget
       */
      getPrimary(options?: O): Promise<T.OfficesGetPrimaryResult> {
        return caller.call('offices.getPrimary', {}, options);
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
      list(query?: T.OfficesListQuery, options?: O): Paginated<T.OfficesListItem, T.OfficesListResult> {
        return caller.paginate('offices.list', { query }, options);
      },
      /**
       * Count an office's unused licenses
       *
       * Reads how many licenses of each kind the office still has free, that is paid for but not yet taken by a user, room, fax line or extra number. Check it before adding users or numbers, which take one. Read-only: nothing changes.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads how many licenses of each kind an office has left.
       * @see https://developers.dialpad.com/reference/planavailable_licensesget
       */
      listAvailableLicenses(
        office_id: T.OfficesListAvailableLicensesPath['office_id'],
        options?: O,
      ): Promise<T.OfficesListAvailableLicensesResult> {
        return caller.call('offices.listAvailableLicenses', { path: { office_id } }, options);
      },
      /**
       * List an office's off-duty reasons
       *
       * Reads the off-duty reasons the office offers its call-center operators (such as `Lunch` or `Training`), the values an operator's duty status reason can take. Read-only: nothing changes.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the off-duty reasons an office offers its operators.
       * @see https://developers.dialpad.com/reference/officesoffdutystatusesget
       */
      listOffDutyStatuses(
        id: T.OfficesListOffDutyStatusesPath['id'],
        options?: O,
      ): Promise<T.OfficesListOffDutyStatusesResult> {
        return caller.call('offices.listOffDutyStatuses', { path: { id } }, options);
      },
      /**
       * List an office's operators
       *
       * Reads the users and rooms that are operators of the office's main line, the ones calls to the office's main number can ring. Users come with their full profile and status. Read-only: nothing changes.
       *
       * - Access: read (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the users and rooms on an office's main line.
       * @see https://developers.dialpad.com/reference/officesoperatorsget
       */
      listOperators(id: T.OfficesListOperatorsPath['id'], options?: O): Promise<T.OfficesListOperatorsResult> {
        return caller.call('offices.listOperators', { path: { id } }, options);
      },
      /**
       * Remove an operator from an office
       *
       * Takes a user or a room off the office's main line: calls to the office's main number stop ringing them. The user or room itself, its numbers and its licenses stay as they are, and adding it back is one call. Answers with the user or room that was removed.
       *
       * - Access: write (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a user or room off an office's main line; the office's calls stop ringing them.
       * @see https://developers.dialpad.com/reference/officesoperatorsdelete
       */
      removeOperator(
        id: T.OfficesRemoveOperatorPath['id'],
        body: T.OfficesRemoveOperatorBody,
        options?: O,
      ): Promise<T.OfficesRemoveOperatorResult> {
        return caller.call('offices.removeOperator', { path: { id }, body }, options);
      },
      /**
       * Change an office's opening hours
       *
       * Changes when the office takes calls: whether opening hours apply at all (`hours_on`) and the open spans of each weekday. From then on, calls to the office's main line outside those hours follow its closed routing. Only the fields sent change. Answers with the office and its billing plan as they now stand.
       *
       * - Access: write (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes an office's opening hours; calls outside them follow its closed routing.
       * @see https://developers.dialpad.com/reference/officesupdate
       */
      update(id: T.OfficesUpdatePath['id'], body: T.OfficesUpdateBody, options?: O): Promise<T.OfficesUpdateResult> {
        return caller.call('offices.update', { path: { id }, body }, options);
      },
      /**
       * Set an office's emergency address
       *
       * Replaces the office's emergency (E911) address, the place emergency services are sent to for calls from the office; with `update_all` every user of the office gets the same address. A wrong address can send help to the wrong place, so pass the real street address. Set `use_validated_option` to store the form of the address Dialpad's address check suggests instead of the text as sent.
       *
       * - Access: write (area `offices`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes the address emergency services are sent to for calls from the office (and, with update_all, from its users).
       * @see https://developers.dialpad.com/reference/officese911update
       */
      updateE911(
        id: T.OfficesUpdateE911Path['id'],
        body: T.OfficesUpdateE911Body,
        options?: O,
      ): Promise<T.OfficesUpdateE911Result> {
        return caller.call('offices.updateE911', { path: { id }, body }, options);
      },
    },
  };
}

export type OfficesArea<O> = ReturnType<typeof createOfficesArea<O>>;
