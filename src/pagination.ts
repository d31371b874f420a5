import type { Paginated } from '../generated/caller.js';
import { DialpadError } from './errors.js';

export type { Paginated };

export interface PaginationSettings {
  /** Stop with PaginationLimitError after this many pages (a server that never stops). */
  maxPages: number;
}

/** Which limit stopped a listing: too many pages, or a cursor the server had already sent. */
export type PaginationLimit = 'max-pages' | 'repeated-cursor';

/**
 * A listing did not end. The two causes need opposite fixes, so `limit` says which one it was and
 * the message and `advice` differ: a long listing is narrowed (or allowed more pages); a repeated
 * cursor is a server (or mock) that would loop forever, which no page budget can fix.
 */
export class PaginationLimitError extends DialpadError {
  readonly pages: number;
  readonly limit: PaginationLimit;
  constructor(operationId: string, pages: number, cause: { limit: 'max-pages'; maxPages: number } | { limit: 'repeated-cursor' }) {
    super(
      cause.limit === 'max-pages'
        ? `${operationId}: stopped after ${pages} page(s): maxPages (${cause.maxPages}) reached`
        : `${operationId}: stopped after ${pages} page(s): the server sent a cursor it had sent before, so iterating further would loop`,
      {
        operationId,
        retryable: false,
        advice:
          cause.limit === 'max-pages'
            ? 'Narrow the listing with filters, or raise maxPages if the data really is that large.'
            : 'Raising maxPages will not help: the pages would repeat forever. Against a mock, use one that pages ' +
              '(startMockServer or the MSW handlers of @bollard/dialpad/testing); against Dialpad, report it to Dialpad ' +
              'with the request id of the page (the audit log records it).',
      },
    );
    this.pages = pages;
    this.limit = cause.limit;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limit: this.limit, pages: this.pages };
  }
}

interface PageShape<T> {
  items?: T[] | null;
  cursor?: string | null;
}

/**
 * Walks a cursor-paged listing lazily: a page is fetched only when iteration reaches it, and the
 * cursor of each page is passed back until a page comes without one.
 */
export function paginate<T, P extends PageShape<T>>(
  operationId: string,
  fetchPage: (cursor: string | undefined) => Promise<P>,
  startCursor: string | undefined,
  settings: PaginationSettings,
): Paginated<T, P> {
  async function* pages(): AsyncGenerator<P> {
    let cursor = startCursor;
    const seen = new Set<string>();
    for (let count = 1; ; count++) {
      if (count > settings.maxPages) throw new PaginationLimitError(operationId, count - 1, { limit: 'max-pages', maxPages: settings.maxPages });
      const page = await fetchPage(cursor);
      yield page;
      const next = page?.cursor ?? undefined;
      if (!next) return;
      if (seen.has(next)) throw new PaginationLimitError(operationId, count, { limit: 'repeated-cursor' });
      seen.add(next);
      cursor = next;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items ?? [];
    },
  };
}
