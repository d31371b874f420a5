import type { Paginated } from '../generated/caller.js';
import { DialpadError } from './errors.js';

export type { Paginated };

export interface PaginationSettings {
  /** Stop with PaginationLimitError after this many pages (a server that never stops). */
  maxPages: number;
}

/** A listing did not end: more pages than allowed, or the server repeated a cursor. */
export class PaginationLimitError extends DialpadError {
  readonly pages: number;
  constructor(operationId: string, pages: number, why: string) {
    super(`${operationId}: stopped after ${pages} page(s): ${why}`, {
      operationId,
      retryable: false,
      advice: 'Narrow the listing with filters, or raise maxPages if the data really is that large.',
    });
    this.pages = pages;
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
      if (count > settings.maxPages) throw new PaginationLimitError(operationId, count - 1, `maxPages (${settings.maxPages}) reached`);
      const page = await fetchPage(cursor);
      yield page;
      const next = page?.cursor ?? undefined;
      if (!next) return;
      if (seen.has(next)) throw new PaginationLimitError(operationId, count, 'the server sent a cursor it had sent before');
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
