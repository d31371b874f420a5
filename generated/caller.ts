// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.

import type { OperationId } from './operations.js';

/** What a generated method hands to the runtime: the operation and its parts, already split. */
export interface OperationInput {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** Async iteration over every item of every page, or page by page with `.pages()`. */
export interface Paginated<TItem, TPage> extends AsyncIterable<TItem> {
  pages(): AsyncIterable<TPage>;
}

/** Implemented by the runtime (src/): every generated method goes through it. */
export interface OperationCaller<O> {
  call<R>(operationId: OperationId, input: OperationInput, options?: O): Promise<R>;
  paginate<T, P>(operationId: OperationId, input: OperationInput, options?: O): Paginated<T, P>;
}
