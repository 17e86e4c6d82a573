// The OIDC sign-in's handling of the address and of what it stored, without an issuer: which answers
// restore() takes and what it leaves in the address, and getAccessToken()/userName() on a stored user.
// The whole sign-in against a real issuer is test/journeys/oidc-sign-in.mjs.
import { expect } from '@open-wc/testing';
import { SigninState, User } from 'oidc-client-ts';
import { createOidcSignIn, NotSignedInError } from '../src/track-applications/oidc-sign-in.js';

const issuer = 'https://issuer.example.org';
const clientId = 'ino-intranet';
const PREFIX = 'ino-widgets:oidc:';
const userKey = `${PREFIX}user:${issuer}:${clientId}`;
const testPage = location.href;

/** A sign-in this tab started, as signIn() keeps it while the organiser is at the issuer. */
async function startedSignIn(): Promise<string> {
  const state = await SigninState.create({
    authority: issuer,
    client_id: clientId,
    redirect_uri: location.origin + location.pathname,
    scope: 'openid applications:read applications:decide',
    code_verifier: true,
  });
  sessionStorage.setItem(PREFIX + state.id, state.toStorageString());
  return state.id;
}

/** A signed-in user as the sign-in keeps it, whose access token expires in `expiresIn` seconds. */
function storeUser(expiresIn: number, { refreshToken, profile = { sub: 'user-42' } }: { refreshToken?: string; profile?: Record<string, string> } = {}) {
  const user = new User({
    access_token: 'the-access-token',
    refresh_token: refreshToken,
    token_type: 'Bearer',
    profile: { iss: issuer, aud: clientId, exp: 0, iat: 0, sub: 'user-42', ...profile },
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
  });
  sessionStorage.setItem(userKey, user.toStorageString());
}

const address = () => location.pathname + location.search + location.hash;

describe('the OIDC sign-in, without an issuer', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', testPage);
  });

  it("leaves an answer to a sign-in this tab did not start in the address (a page's own code and state)", async () => {
    history.replaceState(null, '', `${location.pathname}?code=abc&state=not-ours#top`);
    const before = address();
    const signIn = createOidcSignIn({ issuer, clientId });
    expect(await signIn.restore()).to.equal(false);
    expect(address()).to.equal(before);
    expect(signIn.lastError()).to.equal(undefined);
  });

  it("takes the issuer's refusal out of the address, keeps the page's own parameters and fragment, and keeps the error code", async () => {
    const state = await startedSignIn();
    history.replaceState(null, '', `${location.pathname}?view=table&error=access_denied&error_description=End-User+aborted&state=${state}&iss=x#applications`);
    const signIn = createOidcSignIn({ issuer, clientId });
    expect(await signIn.restore()).to.equal(false);
    expect(signIn.lastError()).to.equal('access_denied');
    expect(location.search).to.equal('?view=table');
    expect(location.hash).to.equal('#applications');
    expect(sessionStorage.getItem(PREFIX + state), 'the used state is dropped').to.equal(null);
  });

  it('resolves true for a stored user whose token is valid, and getAccessToken() gives that token', async () => {
    storeUser(300);
    const signIn = createOidcSignIn({ issuer, clientId });
    expect(await signIn.restore()).to.equal(true);
    expect(await signIn.getAccessToken()).to.equal('the-access-token');
  });

  it('rejects with NotSignedInError and forgets the user once the token has expired and there is no refresh token', async () => {
    storeUser(-60);
    const signIn = createOidcSignIn({ issuer, clientId });
    let rejected: unknown;
    await signIn.getAccessToken().catch((error: unknown) => (rejected = error));
    expect(rejected).to.be.instanceOf(NotSignedInError);
    expect(sessionStorage.getItem(userKey)).to.equal(null);
    expect(await signIn.restore()).to.equal(false);
  });

  it('names the user by name, else preferred_username, else sub', async () => {
    const names = [];
    const profiles: Record<string, string>[] = [{ name: 'Anna Peeters', preferred_username: 'apeeters' }, { preferred_username: 'apeeters' }, {}];
    for (const profile of profiles) {
      storeUser(300, { profile });
      const signIn = createOidcSignIn({ issuer, clientId });
      await signIn.restore();
      names.push(signIn.userName());
    }
    expect(names).to.deep.equal(['Anna Peeters', 'apeeters', 'user-42']);
  });

  it('signOut() forgets the user; nothing is ever written to localStorage', async () => {
    const localBefore = localStorage.length;
    storeUser(300, { refreshToken: 'the-refresh-token' });
    const signIn = createOidcSignIn({ issuer, clientId });
    await signIn.restore();
    await signIn.signOut();
    expect(sessionStorage.getItem(userKey)).to.equal(null);
    expect(signIn.userName()).to.equal(undefined);
    let rejected: unknown;
    await signIn.getAccessToken().catch((error: unknown) => (rejected = error));
    expect(rejected).to.be.instanceOf(NotSignedInError);
    expect(localStorage.length).to.equal(localBefore);
  });
});
