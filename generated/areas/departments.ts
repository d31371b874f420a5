// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { operations } from '../schema.js';
import type { OperationCaller, Paginated } from '../caller.js';

/** The `departments` area: 2 operation(s) in `client.departments`. */
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
        id: operations['departments.addOperator']['parameters']['path']['id'],
        body: NonNullable<operations['departments.addOperator']['requestBody']>['content']['application/json'],
        options?: O,
      ): Promise<operations['departments.addOperator']['responses'][200]['content']['application/json']> {
        return caller.call('departments.addOperator', { path: { id: id }, body }, options);
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
      list(
        query?: NonNullable<operations['departments.list']['parameters']['query']>,
        options?: O,
      ): Paginated<
        NonNullable<operations['departments.list']['responses'][200]['content']['application/json']['items']>[number],
        operations['departments.list']['responses'][200]['content']['application/json']
      > {
        return caller.paginate('departments.list', { query }, options);
      },
    },
  };
}

export type DepartmentsArea<O> = ReturnType<typeof createDepartmentsArea<O>>;
