// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `departments` area: 9 operation(s) in `client.departments`. */
export function createDepartmentsArea<O>(caller: OperationCaller<O>) {
  return {
    departments: {
      /**
       * Add an operator to a department
       *
       * Makes a user or a room an operator of the department: from now on, calls to the department's numbers can ring them, following the department's routing. The role decides whether they also administer the department. Nothing else about the user or room changes.
       *
       * - Access: write (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Makes a user or room an operator of a department; its calls start ringing them.
       * @see https://developers.dialpad.com/reference/departmentsoperatorspost
       */
      addOperator(
        id: T.DepartmentsAddOperatorPath['id'],
        body: T.DepartmentsAddOperatorBody,
        options?: O,
      ): Promise<T.DepartmentsAddOperatorResult> {
        return caller.call('departments.addOperator', { path: { id }, body }, options);
      },
      /**
       * Create a department
       *
       * Creates a department in an office, with its hours, hold queue, routing and voice intelligence settings. It has no operators and no phone number yet: add operators, and assign a number, with their own calls. Needs a company admin API key. Answers with the new department.
       *
       * - Access: write (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Creates a new department in an office.
       * @see https://developers.dialpad.com/reference/departmentscreate
       */
      create(body: T.DepartmentsCreateBody, options?: O): Promise<T.DepartmentsCreateResult> {
        return caller.call('departments.create', { body }, options);
      },
      /**
       * Delete a department
       *
       * Deletes a department for good, with its hours, routing and list of operators: calls can no longer be routed to it, and menus or routing that sent calls there lose that step. The operators themselves are not touched. Cannot be undone. Needs a company admin API key. Answers with the department as it was.
       *
       * - Access: write (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a department with its hours, routing and operator list; calls can no longer be routed to it. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/departmentsdelete
       */
      delete(id: T.DepartmentsDeletePath['id'], options?: O): Promise<T.DepartmentsDeleteResult> {
        return caller.call('departments.delete', { path: { id } }, options);
      },
      /**
       * Get a department
       *
       * Reads one department: its numbers, opening hours, hold queue, routing and voice intelligence settings. Read-only: nothing changes.
       *
       * - Access: read (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one department.
       * @see https://developers.dialpad.com/reference/departmentsget
       */
      get(id: T.DepartmentsGetPath['id'], options?: O): Promise<T.DepartmentsGetResult> {
        return caller.call('departments.get', { path: { id } }, options);
      },
      /**
       * List departments
       *
       * Returns one page of the company's departments, optionally only those of one office or those whose name contains a piece of text, with their numbers, hours, hold queue and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's departments.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/departmentslistall
       */
      list(query?: T.DepartmentsListQuery, options?: O): Paginated<T.DepartmentsListItem, T.DepartmentsListResult> {
        return caller.paginate('departments.list', { query }, options);
      },
      /**
       * List an office's departments
       *
       * Returns one page of the departments of one office, with their numbers, hours, hold queue and routing. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the departments of one office.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/departmentslist
       */
      listByOffice(
        office_id: T.DepartmentsListByOfficePath['office_id'],
        query?: T.DepartmentsListByOfficeQuery,
        options?: O,
      ): Paginated<T.DepartmentsListByOfficeItem, T.DepartmentsListByOfficeResult> {
        return caller.paginate('departments.listByOffice', { path: { office_id }, query }, options);
      },
      /**
       * List a department's operators
       *
       * Reads the users and rooms that are operators of the department, the ones its calls can ring. Users come with their full profile and status. Read-only: nothing changes.
       *
       * - Access: read (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the users and rooms that are operators of a department.
       * @see https://developers.dialpad.com/reference/departmentsoperatorsget
       */
      listOperators(id: T.DepartmentsListOperatorsPath['id'], options?: O): Promise<T.DepartmentsListOperatorsResult> {
        return caller.call('departments.listOperators', { path: { id } }, options);
      },
      /**
       * Remove an operator from a department
       *
       * Takes a user or a room off the department: its calls stop ringing them. The user or room itself, its numbers and its licenses stay as they are, and adding it back is one call. Answers with the user or room that was removed.
       *
       * - Access: write (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes a user or room off a department; its calls stop ringing them.
       * @see https://developers.dialpad.com/reference/departmentsoperatorsdelete
       */
      removeOperator(
        id: T.DepartmentsRemoveOperatorPath['id'],
        body: T.DepartmentsRemoveOperatorBody,
        options?: O,
      ): Promise<T.DepartmentsRemoveOperatorResult> {
        return caller.call('departments.removeOperator', { path: { id }, body }, options);
      },
      /**
       * Change a department
       *
       * Changes a department's name, description, hours, ring time, recording, hold queue, routing or voice intelligence settings; only the fields sent change. New routing and hours apply to the next call. Needs a company admin API key. Answers with the department as it now stands.
       *
       * - Access: write (area `departments`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes a department's settings, hours or routing; the next call to it follows them.
       * @see https://developers.dialpad.com/reference/departmentsupdate
       */
      update(
        id: T.DepartmentsUpdatePath['id'],
        body: T.DepartmentsUpdateBody,
        options?: O,
      ): Promise<T.DepartmentsUpdateResult> {
        return caller.call('departments.update', { path: { id }, body }, options);
      },
    },
  };
}

export type DepartmentsArea<O> = ReturnType<typeof createDepartmentsArea<O>>;
