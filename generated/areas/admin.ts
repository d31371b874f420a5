// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller, Paginated } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `admin` area: 11 operation(s) in `client.accessPolicies`, `client.company`. */
export function createAdminArea<O>(caller: OperationCaller<O>) {
  return {
    accessPolicies: {
      /**
       * Assign an access-control policy to a user
       *
       * Gives a user the permissions of a custom access-control policy, for the whole company or for one office or call center (`target_type` with `target_id`, which a company-level policy does not need). The user can use those admin permissions at once. Needs a company admin API key.
       *
       * - Access: write (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Gives a user the admin permissions of a policy, company-wide or for one office or call center.
       * @see https://developers.dialpad.com/reference/accesscontrolpoliciesassign
       */
      assign(
        id: T.AccessPoliciesAssignPath['id'],
        body: T.AccessPoliciesAssignBody,
        options?: O,
      ): Promise<T.AccessPoliciesAssignResult> {
        return caller.call('accessPolicies.assign', { path: { id }, body }, options);
      },
      /**
       * Create an access-control policy
       *
       * Creates a custom access-control policy: a named set of admin permissions (`permission_sets`) that applies at company, office or call-center level (`target_type`). Nobody holds it until it is assigned to users. Needs a company admin API key; `owner_id` is the company admin the policy belongs to.
       *
       * - Access: write (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Creates a custom access-control policy (a set of admin permissions), not yet held by anyone.
       * @see https://developers.dialpad.com/reference/accesscontrolpoliciescreate
       */
      create(body: T.AccessPoliciesCreateBody, options?: O): Promise<T.AccessPoliciesCreateResult> {
        return caller.call('accessPolicies.create', { body }, options);
      },
      /**
       * Delete an access-control policy
       *
       * Marks a custom access-control policy deleted and takes it away from every user who held it: they lose its permissions at once, and those assignments are gone for good. Needs a company admin API key. The answer carries the policy in its deleted state.
       *
       * - Access: write (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes an access-control policy; every user holding it loses its permissions, and those assignments are gone for good. [irreversible]
       * @see https://developers.dialpad.com/reference/accesscontrolpoliciesdelete
       */
      delete(id: T.AccessPoliciesDeletePath['id'], options?: O): Promise<T.AccessPoliciesDeleteResult> {
        return caller.call('accessPolicies.delete', { path: { id } }, options);
      },
      /**
       * Get an access-control policy
       *
       * Reads one custom access-control policy by its id: its permissions, level and state. Read-only: nothing changes.
       *
       * - Access: read (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one access-control policy.
       * @see https://developers.dialpad.com/reference/accesscontrolpoliciesget
       */
      get(id: T.AccessPoliciesGetPath['id'], options?: O): Promise<T.AccessPoliciesGetResult> {
        return caller.call('accessPolicies.get', { path: { id } }, options);
      },
      /**
       * List access-control policies
       *
       * Returns one page of the company's custom access-control policies, each with the permissions it grants and the level (company, office or call center) it applies at. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's access-control policies.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/accesscontrolpolicieslist
       */
      list(
        query?: T.AccessPoliciesListQuery,
        options?: O,
      ): Paginated<T.AccessPoliciesListItem, T.AccessPoliciesListResult> {
        return caller.paginate('accessPolicies.list', { query }, options);
      },
      /**
       * List the users holding an access-control policy
       *
       * Returns one page of the users a custom access-control policy is assigned to, each with the company, offices or call centers at which they hold it. Read-only: nothing changes. Pass the returned `cursor` to get the next page; the last page comes back without one.
       *
       * - Access: read (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads which users hold an access-control policy, and where.
       * - Paginated: iterate the result; `.pages()` yields whole pages
       * @see https://developers.dialpad.com/reference/accesscontrolpoliciesassignments
       */
      listAssignments(
        id: T.AccessPoliciesListAssignmentsPath['id'],
        query?: T.AccessPoliciesListAssignmentsQuery,
        options?: O,
      ): Paginated<T.AccessPoliciesListAssignmentsItem, T.AccessPoliciesListAssignmentsResult> {
        return caller.paginate('accessPolicies.listAssignments', { path: { id }, query }, options);
      },
      /**
       * Take an access-control policy away from a user
       *
       * Removes a user's hold on a custom access-control policy at one target (`target_type` with `target_id`), or at all of them with `unassign_all`; the user loses those permissions at once. Needs a company admin API key.
       *
       * - Access: write (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Takes an access-control policy away from a user at one target or all of them; they lose those permissions.
       * @see https://developers.dialpad.com/reference/accesscontrolpoliciesunassign
       */
      unassign(
        id: T.AccessPoliciesUnassignPath['id'],
        body: T.AccessPoliciesUnassignBody,
        options?: O,
      ): Promise<T.AccessPoliciesUnassignResult> {
        return caller.call('accessPolicies.unassign', { path: { id }, body }, options);
      },
      /**
       * Update an access-control policy
       *
       * Changes the fields sent of a custom access-control policy and leaves the others as they are; the users who hold it gain or lose permissions at once. Sending `state: active` brings back a deleted policy (without its former assignments). Needs a company admin API key; `user_id` names the company admin making the change.
       *
       * - Access: write (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Changes an access-control policy (or restores a deleted one); its holders gain or lose permissions at once.
       * @see https://developers.dialpad.com/reference/accesscontrolpoliciesupdate
       */
      update(
        id: T.AccessPoliciesUpdatePath['id'],
        body: T.AccessPoliciesUpdateBody,
        options?: O,
      ): Promise<T.AccessPoliciesUpdateResult> {
        return caller.call('accessPolicies.update', { path: { id }, body }, options);
      },
    },
    company: {
      /**
       * Get the company
       *
       * Reads the company the key belongs to: name, domain, country, pricing tier, state, number of offices and its AI settings. Needs a company admin API key. Read-only: nothing changes.
       *
       * - Access: read (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the company's details and settings.
       * @see https://developers.dialpad.com/reference/companyget
       */
      get(options?: O): Promise<T.CompanyGetResult> {
        return caller.call('company.get', {}, options);
      },
      /**
       * Get the settings of the key's OAuth app
       *
       * Reads the settings of the OAuth app the key or token belongs to, for one target (`target_type` with `target_id`) or, without them, for the whole company: whether the app is on, whether it is the preferred screen-pop service, and its settings (standard logging switches plus any the app defines). Read-only: nothing changes.
       *
       * - Access: read (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the settings of the key's OAuth app, for a target or the company.
       * @see https://developers.dialpad.com/reference/app_settingsget
       */
      getAppSettings(query?: T.CompanyGetAppSettingsQuery, options?: O): Promise<T.CompanyGetAppSettingsResult> {
        return caller.call('company.getAppSettings', { query }, options);
      },
      /**
       * Update the company's settings
       *
       * Turns company-wide settings on or off; today that is Dialpad's call AI (`has_callai`), which changes whether calls across the whole company are transcribed and analysed. The setting goes in the query string; there is no body. Needs a company admin API key.
       *
       * - Access: write (area `admin`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Turns company-wide settings (call AI) on or off for every user of the company.
       * @see https://developers.dialpad.com/reference/companyupdate_settings
       */
      updateSettings(query?: T.CompanyUpdateSettingsQuery, options?: O): Promise<T.CompanyUpdateSettingsResult> {
        return caller.call('company.updateSettings', { query }, options);
      },
    },
  };
}

export type AdminArea<O> = ReturnType<typeof createAdminArea<O>>;
