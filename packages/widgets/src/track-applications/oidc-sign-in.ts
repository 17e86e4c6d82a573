// The organiser widget's own OpenID Connect sign-in, for intranets without a sign-in of their own to
// hand the widget a token: the authorization code flow with PKCE as a public client (no secret), by
// oidc-client-ts's OidcClient. Its UserManager would add popup, iframe and session-monitor machinery
// this does not use: the chunk would be 17.6 KB gzip instead of 11.2 KB. The widget imports this module
// dynamically, and only when it has `oidc-issuer` and `oidc-client-id` and no token from the host, so
// other pages never download oidc-client-ts. Importing it starts nothing: no request, no timer, no
// storage access until createOidcSignIn is called.
//
// Where things live (docs/security.md): the sign-in's state and PKCE verifier, and the signed-in user
// with their tokens, in sessionStorage under `ino-widgets:oidc:`; never localStorage (oidc-client-ts's
// default for the state) nor a cookie. The state and verifier must outlive the redirect to the issuer
// and back. The user is kept there too so that a reload in the same tab stays signed in: in memory
// only, every reload would cost the organiser a round trip through the issuer and their place in the
// table, and it would not keep the token from a script injected into the page, which could use it by
// calling the widget anyway. sessionStorage is the tab's alone and ends with it.
//
// No silent renew: a renewal without a refresh token runs the issuer in a hidden iframe, which would
// ask the host page's CSP for `frame-src` too. An expired access token is renewed with the refresh
// token when the issuer gave one; without one the organiser signs in again.
import { ErrorResponse, OidcClient, User, WebStorageStateStore } from 'oidc-client-ts';
import { NotSignedInError } from './not-signed-in-error.js';

export { NotSignedInError };

export interface OidcSignInOptions {
  /** The issuer's URL (its discovery document is at `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  /** The public client registered for the intranet page (no secret, PKCE). */
  clientId: string;
  /** Where the issuer sends the organiser back; default: the page's address without query and fragment. */
  redirectUri?: string;
  /** Default: `openid applications:read applications:decide`. */
  scope?: string;
}

export interface OidcSignIn {
  /** When the address carries the issuer's answer (code, state), completes the sign-in and removes them from the address; resolves whether a user is signed in. */
  restore(): Promise<boolean>;
  /** Redirects to the issuer (authorization code with PKCE). */
  signIn(): Promise<void>;
  /** Forgets the user and their tokens in this tab (the issuer's own session is the intranet's). */
  signOut(): Promise<void>;
  /** The current access token; rejects when not signed in. */
  getAccessToken(): Promise<string>;
  /** A display name of the signed-in user (name, else preferred_username, else sub), or undefined. */
  userName(): string | undefined;
  /**
   * Why the last `restore()` could not complete a sign-in: the issuer's OAuth error code
   * (`access_denied` when the organiser refused, `login_required`, …), or `sign-in-failed` when the
   * answer could not be redeemed (the code exchange failed, the ID token did not verify). Undefined
   * after a sign-in that worked. A code for the widget to choose its sentence by, never shown as is.
   */
  lastError(): string | undefined;
}

const DEFAULT_SCOPE = 'openid applications:read applications:decide';
const STORAGE_PREFIX = 'ino-widgets:oidc:';
/** The query parameters of an authorization response (RFC 6749 §4.1.2, RFC 9207's `iss`, OIDC's `session_state`). */
const ANSWER_PARAMETERS = ['code', 'state', 'error', 'error_description', 'error_uri', 'iss', 'session_state'];
/** An access token this close to its expiry is renewed first, so that it does not expire on its way to the API. */
const EXPIRY_MARGIN_SECONDS = 15;
const SIGN_IN_FAILED = 'sign-in-failed';
/**
 * The renewal under way per issuer and client, shared by every sign-in of the page (two organiser
 * widgets on one page share the stored user): issuers rotate refresh tokens, and a second use of the
 * old one ends the whole grant.
 */
const renewals = new Map<string, Promise<User>>();
/** The issuer's answer being redeemed, by its state, shared for the same reason: a code is good once. */
const completions = new Map<string, Promise<Completion>>();
/** An answer to a sign-in this tab did not start is not ours; an answer of ours signed in, or failed with `error`. */
type Completion = { ours: false } | { ours: true; error?: string };

export function createOidcSignIn({ issuer, clientId, redirectUri = pageAddress(), scope = DEFAULT_SCOPE }: OidcSignInOptions): OidcSignIn {
  const stateStore = new WebStorageStateStore({ store: sessionStorage, prefix: STORAGE_PREFIX });
  const client = new OidcClient({ authority: issuer, client_id: clientId, redirect_uri: redirectUri, response_type: 'code', scope, stateStore });
  const userKey = `${STORAGE_PREFIX}user:${issuer}:${clientId}`;
  const renewalKey = `${issuer} ${clientId}`;
  let user: User | null = null;
  let error: string | undefined;

  const store = (signedIn: User | null): User | null => {
    if (signedIn) sessionStorage.setItem(userKey, signedIn.toStorageString());
    else sessionStorage.removeItem(userKey);
    return (user = signedIn);
  };

  /** The stored user, when their token is usable or can be renewed; an expired one without a refresh token is forgotten. */
  function loadUser(): User | null {
    const stored = sessionStorage.getItem(userKey);
    const signedIn = stored === null ? null : User.fromStorageString(stored);
    if (signedIn && isExpiring(signedIn) && !signedIn.refresh_token) return store(null);
    return (user = signedIn);
  }

  /** A new access token for the refresh token; a new refresh token with it when the issuer rotates them, else the same one again. */
  async function renew({ refresh_token, id_token, session_state, scope, profile }: User): Promise<User> {
    try {
      // loadUser keeps an expiring user only when there is a refresh token.
      if (!refresh_token) throw new Error('no refresh token');
      const response = await client.useRefreshToken({ state: { refresh_token, id_token, session_state, scope, profile } });
      const renewed = new User({ ...response, refresh_token: response.refresh_token ?? refresh_token });
      store(renewed);
      return renewed;
    } catch (cause) {
      store(null);
      throw new NotSignedInError('The sign-in could not be renewed: sign in again.', { cause });
    } finally {
      renewals.delete(renewalKey);
    }
  }

  /**
   * Redeems the issuer's answer in the address (the code for tokens, with the PKCE verifier kept
   * under its state), then takes it out of the address. An answer with a state this tab does not
   * hold is left alone: a page's own `code` and `state` parameters are not ours to take.
   */
  async function complete(state: string): Promise<Completion> {
    if ((await stateStore.get(state)) === null) return { ours: false };
    try {
      store(new User(await client.processSigninResponse(location.href)));
      return { ours: true };
    } catch (failure) {
      return { ours: true, error: failure instanceof ErrorResponse ? failure.error || SIGN_IN_FAILED : SIGN_IN_FAILED };
    } finally {
      removeAnswerFromAddress();
    }
  }

  return {
    async restore() {
      const answer = new URLSearchParams(location.search);
      const state = answer.get('state');
      if (state && (answer.has('code') || answer.has('error'))) {
        let completion = completions.get(state);
        if (!completion) completions.set(state, (completion = complete(state)));
        const outcome = await completion;
        if (outcome.ours) error = outcome.error;
      }
      return loadUser() !== null;
    },

    async signIn() {
      // The state and PKCE verifier of sign-ins that were left half-way do not stay in the tab's storage.
      await client.clearStaleState();
      const request = await client.createSigninRequest({});
      location.assign(request.url);
    },

    async signOut() {
      error = undefined;
      store(null);
    },

    async getAccessToken() {
      const signedIn = loadUser();
      if (!signedIn) throw new NotSignedInError('Not signed in.');
      if (!isExpiring(signedIn)) return signedIn.access_token;
      let renewal = renewals.get(renewalKey);
      if (!renewal) renewals.set(renewalKey, (renewal = renew(signedIn)));
      return (await renewal).access_token;
    },

    userName() {
      const profile = user?.profile;
      return profile ? profile.name || profile.preferred_username || profile.sub : undefined;
    },

    lastError: () => error,
  };
}

/** Whether the access token has expired or is about to; a token the issuer gave no lifetime is taken as valid. */
const isExpiring = (user: User): boolean => user.expires_in !== undefined && user.expires_in <= EXPIRY_MARGIN_SECONDS;

/** The page's address without query and fragment: what the intranet page registers as its redirect URI. */
const pageAddress = (): string => location.origin + location.pathname;

/** Takes the issuer's answer out of the address bar and history, keeping the path, the page's other parameters and the fragment. */
function removeAnswerFromAddress(): void {
  const url = new URL(location.href);
  for (const name of ANSWER_PARAMETERS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
