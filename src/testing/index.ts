/**
 * `@bollard/dialpad/testing`: offline doubles of the Dialpad API for downstream tests. MSW
 * handlers built from the fixtures (needs `msw`), and a Prism mock whose listings end (needs
 * `@stoplight/prism-cli`). Kept out of the main entry so the client never loads either.
 */
export { dialpadHandlers, dialpadHandler, DEFAULT_MOCK_BASE_URL, MOCK_AUTHORIZATION_CODE, type DialpadHandlersOptions } from './handlers.js';
export type { DialpadAnswer, DialpadOverrides, DialpadResolver, DialpadSuccessBody } from './answers.js';
export { MOCK_NEXT_CURSOR } from './paging.js';
export { startMockServer, type MockServerOptions, type RunningMockServer } from './mock-server.js';
