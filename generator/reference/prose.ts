/**
 * The words of the reference that the document does not hold. Facts (paths, scopes, limits,
 * status codes) come from the document; this is only how to act on them. Backticks mark code;
 * the Markdown keeps them and the HTML page turns them into <code>.
 */

/**
 * What to do about each shared error response. The advice is the very text the runtime's error
 * classes carry (src/errors.ts), so the reference and the thrown error never disagree; a test
 * holds the two equal (and fails on a shared status without a row here).
 */
export const STATUS_ADVICE: Readonly<Record<number, { errorClass: string; retryable: boolean; advice: string }>> = {
  400: {
    errorClass: 'BadRequestError',
    retryable: false,
    advice: 'Fix the request (see the message for the field); sending it again unchanged will fail again.',
  },
  401: {
    errorClass: 'AuthenticationError',
    retryable: false,
    advice: 'Send a valid API key or access token; if an OAuth token expired, refresh it (a token provider does this for you).',
  },
  403: {
    errorClass: 'PermissionDeniedError',
    retryable: false,
    advice: 'The credential lacks access to this operation or resource: use a key of a user (or company admin) allowed to do it.',
  },
  404: {
    errorClass: 'NotFoundError',
    retryable: false,
    advice: 'Check the id; the resource may have been deleted or belong to another company.',
  },
  409: {
    errorClass: 'ConflictError',
    retryable: false,
    advice: 'The resource already exists or changed: fetch it and reconcile with it instead of creating it again.',
  },
  413: {
    errorClass: 'PayloadTooLargeError',
    retryable: false,
    advice: 'Make the request smaller: an SMS request, media included, must stay under 1 MB.',
  },
  429: {
    errorClass: 'RateLimitError',
    retryable: true,
    advice: 'Wait (see retryAfterMs) and send again; nothing was done. Spread calls out.',
  },
  503: {
    errorClass: 'ServiceUnavailableError',
    retryable: true,
    advice:
      'Dialpad could not handle the request; whether it was done is unknown. Retry reads; check before retrying a write. Quote errorUuid to Dialpad support.',
  },
};

/** What each webhook event tells the receiver (a test fails on an event kind without a line here). */
export const EVENT_SIGNALS: Readonly<Record<string, string>> = {
  call: 'A call changed state: ringing, connected, on hold, hung up, missed, recorded, transcribed and more; the subscription’s `call_states` picks which.',
  sms: 'A text message was sent or received (the subscription’s `direction` picks inbound, outbound or both), and, if asked, each change of its delivery status.',
  contact: 'A contact was created, changed or deleted, in the company’s shared address book or in users’ own contacts (`contact_type`).',
  agent_status: 'A call-center agent’s status changed: on or off duty, available, busy, wrapping up (for the call centers the subscription names).',
  changelog: 'Something in the company’s configuration changed — a user, office, department, call center or number was created, changed or deleted — with who changed it.',
  channel: 'A message was posted in a Dialpad channel the subscription covers.',
  fax: 'A fax was sent or received by the subscription’s target, or its delivery status changed.',
};

export const EFFECT_FLAG_MEANINGS: Readonly<Record<string, string>> = {
  external: 'reaches people outside the API: places a real call or sends a real message',
  irreversible: 'cannot be undone',
  billable: 'may cost money (a paid license, a charge)',
  async: 'starts a job on Dialpad’s side; its result comes later',
};

export const CONNECT = {
  restIntro: 'Every method is an HTTPS request to one of these base URLs, with a path that starts with `/api/v2`. Use the sandbox while building an agent; nothing done there reaches real people.',
  sdk: 'With this package: `createDialpadClient({ apiKey, environment: \'sandbox\' })`; `environment` is `production` by default.',
  apiKey: 'An API key from the Dialpad admin portal, sent as `Authorization: Bearer <key>`. The simplest choice for an agent acting for one company; a company-admin key reaches company-wide data. Never put the key in the URL.',
  oauth: 'For an app acting for other Dialpad users: the authorization code flow with PKCE. The user consents once; the access token is sent like an API key. Most methods need no scope; the few that do are listed in the Permission column, and some scopes only widen what responses and events carry.',
  oauthSdk: 'With this package: `buildAuthorizeUrl`, `exchangeCode` and `createOAuthTokenProvider` (it refreshes the token before it expires).',
  events: 'Dialpad pushes events; nothing arrives until an event subscription names your endpoint’s id as `endpoint_id`. One endpoint can serve many subscriptions. Give the endpoint a `secret`: events then arrive as HS256-signed JWTs you can verify, instead of plain JSON anyone could forge.',
  webhook: 'Dialpad POSTs each event to an HTTPS URL of yours. Needs a server reachable from the internet; suits a service that is always up.',
  websocket: 'Your program connects to a URL Dialpad hands out and receives events over it: no public server needed. The URL stops working after about an hour; fetch the websocket again (`websockets.get`) for a fresh one.',
};

export const PAGINATION = [
  'List methods return one page at a time with an opaque `cursor`: pass the `cursor` of one page to get the next, until a page comes back without one.',
  'With this package you do not handle cursors: iterate the result (`for await (const user of dialpad.users.list())`) to get every item of every page, fetched as iteration reaches it, or call `.pages()` for whole pages. A listing stops with `PaginationLimitError` after `maxPages` pages (1000 by default) or if the server repeats a cursor.',
];

export const VERSIONING = [
  'The API version is in every path: `/api/v2/...`. There is one version; the Version column gives the date Dialpad first published each method, where known.',
  'Dialpad changes v2 additively: new methods, new optional fields, new enum values. Read unknown fields and enum values without failing, and do not rely on the order of fields.',
  'Follow the changes on Dialpad’s developer site and in its published OpenAPI description; when it changes, update `spec/` and `overlays/`, run `npm run generate`, and review the diff of `generated/` (this reference included) before releasing.',
];

export const RATE_LIMITS = {
  intro: 'Every request counts against the company’s ceiling, whatever method it calls; some methods also have caps of their own, counted for the whole company or per value of a request field (per user, per phone number, per call center). Exceeding either gives `429` with `Retry-After`.',
  sdk: 'This package paces requests on the client side to stay under both (in memory, or shared through Redis), so an agent waits for a slot instead of being refused.',
};

export const SIZE_LIMITS_INTRO = 'Dialpad refuses larger request bodies (media included) with `413 payload_too_large`. Methods not listed have no stated limit.';
