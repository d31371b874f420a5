// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `oauth` area: 3 operation(s) in `client.oauth`. */
export function createOauthArea<O>(caller: OperationCaller<O>) {
  return {
    oauth: {
      /**
       * Start the OAuth authorization flow
       *
       * The address an app sends a person's browser to, so the person can sign in to Dialpad and approve the app. Dialpad then redirects the browser to `redirect_uri` with a one-time `code` (and the `state` given). Once approved, the app holds a grant to act for that person until it is revoked; no API data changes otherwise.
       *
       * - Access: read (area `oauth`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None by itself: sends a person to Dialpad's consent page, which redirects back with a code.
       * @see https://developers.dialpad.com/reference/oauth2authorizeget
       */
      authorize(query: T.OauthAuthorizeQuery, options?: O): Promise<void> {
        return caller.call('oauth.authorize', { query }, options);
      },
      /**
       * Revoke the app's tokens
       *
       * Withdraws the OAuth app's tokens for the person who granted them, so the app loses the access it was given; it must go through the authorize flow again to regain it. Cannot be undone.
       *
       * - Access: write (area `oauth`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Revokes the app's tokens; integrations using them stop working. [irreversible]
       * @see https://developers.dialpad.com/reference/oauth2deauthorizepost
       */
      deauthorize(options?: O): Promise<void> {
        return caller.call('oauth.deauthorize', {}, options);
      },
      /**
       * Get or renew an access token
       *
       * Trades either the one-time code from the authorize redirect (with the PKCE verifier) or a refresh token for a fresh access token, and a new refresh token when `offline_access` was granted. A code works only once; a refresh token that has been traded in is replaced by the new one. The app's client id and secret go in the body or in a Basic authorization header.
       *
       * - Access: write (area `oauth`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Issues an access token (and a refresh token with offline_access) for an app.
       * @see https://developers.dialpad.com/reference/oauth2tokenpost
       */
      token(body: T.OauthTokenBody, options?: O): Promise<T.OauthTokenResult> {
        return caller.call('oauth.token', { body }, options);
      },
    },
  };
}

export type OauthArea<O> = ReturnType<typeof createOauthArea<O>>;
