/**
 * How the mocks page a listing so that iteration ends. Dialpad's examples (and so the fixtures and
 * Prism) carry one fixed cursor, and a server that answers every page with the same cursor makes
 * the client stop with PaginationLimitError (repeated cursor). The mocks instead answer a first
 * request (no `cursor`) with a cursor pointing at a second page, and any request with a cursor
 * with the last page (`cursor: null`): every listing is exactly two pages of the example items.
 */

/** The cursor the mocks hand out with a first page. */
export const MOCK_NEXT_CURSOR = 'bollard-mock-page-2';

/** The page to answer: the same body, its `cursor` set for a first page and cleared for the second. */
export function pageOf<T>(body: T, requestHadCursor: boolean): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { ...body, cursor: requestHadCursor ? null : MOCK_NEXT_CURSOR };
}
