// Type-checked with the project (`tsc -p tsconfig.json`, test/types/typecheck.test.ts): every
// `@ts-expect-error` below must be a real compile error, so the answer types cannot go loose.
import { fixtures } from '../../generated/fixtures/index.js';
import { dialpadHandler, dialpadHandlers, type DialpadAnswer } from '../../src/testing/index.js';

// The brief's own example: an error status carries Dialpad's error shape.
dialpadHandler('users.get', { status: 404, body: { error: { code: 404, message: 'no such user' } } });
// A fixture (as const, read-only) spread into a success body.
dialpadHandler('users.get', { body: { ...fixtures['users.get'].response.body, display_name: 'Ada Lovelace' } });
dialpadHandler('contacts.list', { body: { items: [], cursor: null } });
dialpadHandler('users.get', { status: 503 });
dialpadHandler('users.get', () => new Response(null, { status: 418 }));
dialpadHandlers({ overrides: { 'sms.send': { status: 429 }, 'users.get': { status: 404 } } });
export const tooMany: DialpadAnswer<'sms.send'> = { status: 429, headers: { 'retry-after': '1' } };

// @ts-expect-error a field users.get does not answer
dialpadHandler('users.get', { body: { ...fixtures['users.get'].response.body, nickname: 'x' } });

// @ts-expect-error a user without its required fields
dialpadHandler('users.get', { status: 200, body: { id: '1' } });

// @ts-expect-error 404 carries the error shape, not a user
dialpadHandler('users.get', { status: 404, body: { ...fixtures['users.get'].response.body } });

// @ts-expect-error a status as a string
dialpadHandler('users.get', { status: '404' });

// @ts-expect-error a status the document does not give users.get needs a resolver
dialpadHandler('users.get', { status: 418 });

// @ts-expect-error calls.hangup answers no body
dialpadHandler('calls.hangup', { body: { done: true } });

// @ts-expect-error not an operation
dialpadHandler('users.fetch', { status: 404 });

// @ts-expect-error overrides are typed per operation too
dialpadHandlers({ overrides: { 'contacts.list': { body: { items: 'none' } } } });
