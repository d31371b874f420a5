/**
 * Types of a mocked answer, per operationId, from the generated schema types: a test that fakes
 * `users.get` can only put a user (or, with an error status, Dialpad's error body) in the answer,
 * and a misspelled field is a compile error, as in the client's own request types.
 */
import type { DefaultBodyType, HttpResponseResolver, PathParams } from 'msw';
import type { OperationId } from '../../generated/operations.js';
import type { operations as OperationTypes } from '../../generated/schema.js';

type Responses<Id extends OperationId> = OperationTypes[Id]['responses'];

/**
 * Read-only all the way down: a mock never changes its answer, and the fixtures (`as const`) can
 * then be spread into one: `{ body: { ...fixtures['users.get'].response.body, display_name: 'Ada' } }`.
 */
type Immutable<T> = T extends readonly (infer U)[] ? readonly Immutable<U>[] : T extends object ? { readonly [K in keyof T]: Immutable<T[K]> } : T;

/** The JSON body of one documented response; never for a response without one. */
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? Immutable<B> : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 301 | 302 | 303 | 307 | 308;

/** What the operation answers on success: the type its area method resolves to. */
export type DialpadSuccessBody<Id extends OperationId> = JsonBody<Responses<Id>[Extract<keyof Responses<Id>, SuccessStatus>]>;

/** One documented status of the operation, with the body the document gives it. */
type AnswerWithStatus<Id extends OperationId> = {
  [S in Extract<keyof Responses<Id>, number>]: {
    status: S;
    /** Left out: the fixture's body for the fixture's status, Dialpad's error shape for an error status, else none. */
    body?: JsonBody<Responses<Id>[S]>;
    headers?: Record<string, string>;
  };
}[Extract<keyof Responses<Id>, number>];

/**
 * A canned answer for one operation. Without `status`, the fixture's status with `body` (typed as
 * the success answer); with a documented status (404, 429, 503, ...), the body that status
 * carries (`{ error: { code, message } }` for errors). For anything else, pass a resolver.
 */
export type DialpadAnswer<Id extends OperationId> =
  | {
      status?: undefined;
      body?: DialpadSuccessBody<Id>;
      headers?: Record<string, string>;
    }
  | AnswerWithStatus<Id>;

/** MSW's own resolver, for answers a canned one cannot express (delays, checks on the request, network errors). */
export type DialpadResolver = HttpResponseResolver<PathParams, DefaultBodyType, DefaultBodyType>;

/** Per operationId, an answer replacing the fixture's. */
export type DialpadOverrides = { [Id in OperationId]?: DialpadAnswer<Id> | DialpadResolver };
