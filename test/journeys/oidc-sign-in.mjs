// The organiser widget's OIDC sign-in (packages/widgets/src/track-applications/oidc-sign-in.ts) for real:
// an OpenID Connect issuer (oidc-provider) and the INO server on loopback, a page of its own under a
// strict CSP that loads the sign-in module as the widget does (a dynamic import of the bundled
// module), then the built organisers' view signing in by itself on a page that names only the issuer and
// the client, and Chromium going through the issuer's login and consent forms and back. The access
// token must then be a JWT the server accepts on the organiser API; nothing may be left in
// localStorage or in the address. Ends with "oidc-sign-in: N passed, N failed".
//
// Run: node test/journeys/oidc-sign-in.mjs
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build, transform } from 'esbuild';
// oidc-provider 9 warns that it wants Node 22 ("Unsupported runtime"); it runs this on Node 20 (TOOLCHAIN.md).
import Provider, { errors } from 'oidc-provider';
import { rollup } from 'rollup';
import { withoutOidcSignIn } from '../../rollup.config.mjs';
import { axeViolations, collectProblems, launchChromium, tally } from '../support/browser-checks.mjs';
import { startScript } from '../support/start-script.mjs';

const SIGN_IN_MODULE = fileURLToPath(new URL('../../packages/widgets/src/track-applications/oidc-sign-in.ts', import.meta.url));
/** The INO API as a resource of the issuer: the audience of its access tokens (INO_OIDC_AUDIENCE). */
const API_AUDIENCE = 'urn:ino:organiser-api';
const API_SCOPES = 'applications:read applications:decide';
/** sessionStorage keys of the sign-in module. */
const STORAGE_PREFIX = 'ino-widgets:oidc:';

const checks = tally('oidc-sign-in');
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
const close = (server) => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));

// The sign-in module, bundled with oidc-client-ts as the widget's chunk is (the widget is wired to it
// at merge time; until then the page imports the module itself).
const [bundle] = (await build({ entryPoints: [SIGN_IN_MODULE], bundle: true, format: 'esm', target: 'es2022', minify: true, write: false, logLevel: 'silent' }))
  .outputFiles;

// --- the page, on a loopback origin of its own ---------------------------------------------------
const pageServer = createServer();
const pageOrigin = await listen(pageServer);
// An issuer that is not there: a port that was free a moment ago.
const nowhere = createServer();
const nowhereUrl = await listen(nowhere);
await close(nowhere);

// --- the issuer ----------------------------------------------------------------------------------
const issuerServer = createServer();
const issuerUrl = await listen(issuerServer);
const redirectUris = {
  plain: `${pageOrigin}/organiser/`,
  widget: `${pageOrigin}/widget/`,
  twoWidgets: `${pageOrigin}/two-widgets/`,
  refresh: `${pageOrigin}/refresh/?view=table`,
};
const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
const provider = new Provider(issuerUrl, {
  clients: [
    // Public clients as an intranet page registers one: no secret, PKCE (oidc-provider requires it of public clients).
    {
      client_id: 'ino-intranet',
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUris.plain, redirectUris.twoWidgets, redirectUris.widget],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
    {
      client_id: 'ino-intranet-refresh',
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUris.refresh],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  scopes: ['openid', 'applications:read', 'applications:decide'],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomUUID()] },
  pkce: { required: () => true },
  // Lifetimes in seconds, set rather than left to defaults oidc-provider asks to be chosen.
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, IdToken: 300, AccessToken: 300, RefreshToken: 3600 },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
  // The token endpoint is called from the page: allow the page's origin, no other.
  clientBasedCORS: (_ctx, origin) => origin === pageOrigin,
  // Refresh tokens for the client that may use them, without offline_access (which oidc-provider grants only with prompt=consent).
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  features: {
    devInteractions: { enabled: true },
    // Access tokens for the INO API are JWTs with its audience and scopes: what the server verifies.
    resourceIndicators: {
      enabled: true,
      defaultResource: () => API_AUDIENCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, indicator) => {
        if (indicator !== API_AUDIENCE) throw new errors.InvalidTarget();
        return { scope: API_SCOPES, audience: API_AUDIENCE, accessTokenFormat: 'jwt', accessTokenTTL: 300, jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
});
issuerServer.on('request', provider.callback());

// --- the INO server ------------------------------------------------------------------------------
const dataDir = await mkdtemp(join(tmpdir(), 'ino-oidc-'));
const server = await startScript(
  'packages/server/src/main.ts',
  { INO_DATA_DIR: dataDir, INO_OIDC_ISSUER: issuerUrl, INO_OIDC_AUDIENCE: API_AUDIENCE, INO_ADMIN_ORIGINS: pageOrigin },
  /INO content API on (http:\/\/[^/\s]+)/,
);
const api = `${server.origin}/ino/v1`;
const [track] = (await (await fetch(`${api}/learning-tracks`)).json()).items;
const applicationsUrl = `${api}/admin/learning-tracks/${track.id}/applications`;

// Each page: the sign-in's options, and the page's own script (script-src 'self': no inline script).
const PAGES = {
  '/organiser/': { issuer: issuerUrl, clientId: 'ino-intranet' },
  '/refresh/': { issuer: issuerUrl, clientId: 'ino-intranet-refresh', redirectUri: redirectUris.refresh },
  '/wrong-issuer/': { issuer: nowhereUrl, clientId: 'ino-intranet' },
  // Two organiser widgets on one page, each with its own sign-in, restoring the same answer at once.
  '/two-widgets/': { issuer: issuerUrl, clientId: 'ino-intranet', widgets: 2 },
};
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // The missing issuer too, so that what fails there is the connection, not the CSP.
  `connect-src ${server.origin} ${issuerUrl} ${nowhereUrl}`,
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const pageHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Applications (OIDC sign-in test page)</title><script type="module" src="page.js"></script></head>
  <body>
    <main>
      <h1>Applications</h1>
      <p id="status">starting</p>
      <button id="sign-in" type="button">Sign in</button>
      <button id="load" type="button">Load the applications</button>
      <button id="load-twice" type="button">Load them twice at once</button>
      <button id="sign-out" type="button">Sign out</button>
      <p id="result"></p>
    </main>
  </body>
</html>`;
/** Loads the module as the widget will (a dynamic import), restores, and wires the buttons; writes what happens as text. */
const pageScript = ({ widgets = 1, ...options }) => `
const status = document.getElementById('status');
const result = document.getElementById('result');
const { createOidcSignIn } = await import('./oidc-sign-in.js');
const [oidc, ...others] = Array.from({ length: ${widgets} }, () => createOidcSignIn(${JSON.stringify(options)}));
const describe = (signedIn) => signedIn ? 'signed in as ' + oidc.userName() : 'signed out' + (oidc.lastError() ? ' (' + oidc.lastError() + ')' : '');
try {
  const [signedIn, ...othersSignedIn] = await Promise.all([oidc, ...others].map((signIn) => signIn.restore()));
  const disagree = others.filter((other, i) => othersSignedIn[i] !== signedIn || other.lastError() !== oidc.lastError());
  status.textContent = disagree.length ? 'the widgets disagree' : describe(signedIn);
} catch (error) {
  status.textContent = 'restore threw: ' + error.message;
}
document.getElementById('sign-in').addEventListener('click', () => oidc.signIn().catch((error) => (status.textContent = 'sign-in failed: ' + error.message)));
document.getElementById('sign-out').addEventListener('click', async () => (await oidc.signOut(), (status.textContent = describe(false))));
const load = async (signIn) => {
  try {
    const token = await signIn.getAccessToken();
    const response = await fetch(${JSON.stringify(applicationsUrl)}, { headers: { authorization: 'Bearer ' + token } });
    return 'HTTP ' + response.status;
  } catch (error) {
    return error.name + ': ' + error.message;
  }
};
document.getElementById('load').addEventListener('click', async () => {
  result.textContent = '';
  result.textContent = await load(oidc);
});
// Two requests in the same moment, as a widget loading its table and its counts does; the second through a sign-in of its own (a second widget).
document.getElementById('load-twice').addEventListener('click', async () => {
  result.textContent = '';
  result.textContent = (await Promise.all([oidc, createOidcSignIn(${JSON.stringify(options)})].map(load))).join(', ');
});
`;
/** The organisers' view itself, as built (`npm run build`), signing in by itself: the page only names the issuer and the client. */
const widgetHtml = `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8"><title>Aanvragen (OIDC sign-in test page)</title><script type="module" src="dist/widgets/track-applications.js"></script></head>
  <body>
    <main>
      <h1>Aanvragen</h1>
      <ino-track-applications api-base="${api}" track-id="${track.id}" oidc-issuer="${issuerUrl}" oidc-client-id="ino-intranet"></ino-track-applications>
    </main>
  </body>
</html>`;
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(join(DIST, 'widgets/track-applications.js'))) throw new Error('Run npm run build first: dist/widgets/track-applications.js is missing.');

pageServer.on('request', async (request, response) => {
  const { pathname } = new URL(request.url, pageOrigin);
  const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
  if (pathname === '/widget/') return response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(widgetHtml);
  if (pathname.startsWith('/widget/dist/') && pathname.endsWith('.js')) {
    const file = resolve(DIST, pathname.slice('/widget/dist/'.length));
    if (file.startsWith(DIST) && existsSync(file)) return response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(await readFile(file));
  }
  const page = Object.keys(PAGES).find((path) => pathname.startsWith(path));
  const file = page && pathname.slice(page.length);
  const send = (type, body) => (
    response.writeHead(200, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store' }),
    response.end(body)
  );
  if (file === '') return send('text/html; charset=utf-8', pageHtml);
  if (file === 'page.js') return send('text/javascript', pageScript(PAGES[page]));
  if (file === 'oidc-sign-in.js') return send('text/javascript', bundle.contents);
  response.writeHead(404).end();
});

// --- helpers -------------------------------------------------------------------------------------
const browser = await launchChromium();

/** A fresh browser profile (no issuer session, empty storage) with a page that reports its errors. */
async function freshPage({ ignoreConsole = () => false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // The issuer's own pages are not under test (its development forms fetch a web font, which fails offline).
  const problems = collectProblems(page, { ignoreConsole: (message) => page.url().startsWith(issuerUrl) || ignoreConsole(message) });
  return { context, page, problems };
}

/** Waits until the page's status line is no longer "starting", and returns it. */
async function statusOf(page) {
  await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'starting', { timeout: 10_000 });
  return page.$eval('#status', (element) => element.textContent);
}

/** Clicks "Load the applications" (or another button) and returns what the page wrote. */
async function load(page, button = '#load') {
  await page.click(button);
  await page.waitForFunction(() => document.getElementById('result').textContent !== '', { timeout: 10_000 });
  return page.$eval('#result', (element) => element.textContent);
}

/**
 * Clicks "Sign in" and goes through the issuer's forms (any login, then the consent) until the
 * browser is back on the page; `refuse` cancels at the consent instead.
 */
async function signInThroughIssuer(page, { refuse = false, button = '#sign-in' } = {}) {
  await Promise.all([page.waitForNavigation(), page.click(button)]);
  for (let step = 0; step < 4 && page.url().startsWith(issuerUrl); step++) {
    if (await page.$('input[name="login"]')) {
      await page.type('input[name="login"]', 'organiser-anna');
      await page.type('input[name="password"]', 'any password');
      await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    } else if (refuse) {
      await Promise.all([page.waitForNavigation(), page.click('.login-help a')]);
    } else {
      await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    }
  }
  if (!page.url().startsWith(pageOrigin)) throw new Error(`not back on the page but at ${page.url()}`);
}

/** Storage as the page sees it. */
const storageOf = (page) =>
  page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.fromEntries(Object.keys(sessionStorage).map((key) => [key, sessionStorage.getItem(key)])),
  }));
/** The signed-in user as the module keeps it in sessionStorage. */
const storedUser = async (page) => {
  const { session } = await storageOf(page);
  const key = Object.keys(session).find((name) => name.startsWith(`${STORAGE_PREFIX}user:`));
  return key ? { key, user: JSON.parse(session[key]) } : undefined;
};
/** The claims of a JWT (not verified: the server does that). */
const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
/** Makes the stored access token expired, as time would. */
const expireStoredToken = (page, key) =>
  page.evaluate((key) => {
    const user = JSON.parse(sessionStorage.getItem(key));
    sessionStorage.setItem(key, JSON.stringify({ ...user, expires_at: Math.floor(Date.now() / 1000) - 60 }));
  }, key);
const ANSWER = ['code', 'state', 'iss', 'session_state', 'error', 'error_description'];
const answerLeftIn = (address) => ANSWER.filter((name) => new URL(address).searchParams.has(name));

/**
 * The classic script's build of a module that imports the sign-in dynamically, as the widget does:
 * rollup with the build's own plugin, an IIFE with the dynamic import inlined. TypeScript is stripped
 * by esbuild here (the build's TypeScript plugin would type-check the whole tree for a minute).
 */
async function classicScriptOfDynamicImport() {
  const entry = join(dirname(SIGN_IN_MODULE), 'entry.ts');
  const typescriptFiles = {
    name: 'typescript-files',
    resolveId(source, importer) {
      if (source === entry) return entry;
      const ts = importer && source.startsWith('.') ? resolve(dirname(importer), source).replace(/\.js$/, '.ts') : undefined;
      return ts && existsSync(ts) ? ts : null;
    },
    async load(id) {
      const source = id === entry ? "export const load = () => import('./oidc-sign-in.js');" : await readFile(id, 'utf8');
      return (await transform(source, { loader: 'ts', target: 'es2022' })).code;
    },
  };
  const bundle = await rollup({
    input: entry,
    plugins: [withoutOidcSignIn(), typescriptFiles],
    onwarn: (warning) => console.log(`     rollup: ${warning.message}`),
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'Classic', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

// --- the checks ----------------------------------------------------------------------------------
try {
  await checks.check('the classic script has a stand-in for the sign-in: no oidc-client-ts, and creating a sign-in says why not', async () => {
    const code = await classicScriptOfDynamicImport();
    const out = [];
    if (/oidc-client-ts|code_verifier/.test(code)) out.push('oidc-client-ts is in the classic script');
    const context = {};
    runInNewContext(code, context);
    const { createOidcSignIn, NotSignedInError } = await context.Classic.load();
    if (typeof NotSignedInError !== 'function') out.push('no NotSignedInError');
    try {
      createOidcSignIn({ issuer: issuerUrl, clientId: 'ino-intranet' });
      out.push('createOidcSignIn did not throw');
    } catch (error) {
      if (!/classic script .* cannot sign in with OpenID Connect/.test(error.message)) out.push(`it said: ${error.message}`);
    }
    return out;
  });

  await checks.check('the API refuses the applications without a token (the 200s below are the token’s)', async () => {
    const response = await fetch(applicationsUrl, { headers: { origin: pageOrigin } });
    return response.status === 401 ? [] : [`expected 401, got ${response.status}`];
  });

  {
    const { context, page, problems } = await freshPage();
    const issuerRequests = [];
    page.on('request', (request) => request.url().startsWith(issuerUrl) && issuerRequests.push(request));
    await page.goto(`${pageOrigin}/organiser/`);
    await checks.check('before signing in, restore() resolves false', async () => {
      const status = await statusOf(page);
      return status === 'signed out' ? [] : [`status: ${status}`];
    });
    await checks.check('getAccessToken() rejects when not signed in', async () => {
      const result = await load(page);
      return result.startsWith('NotSignedInError') ? [] : [`the page says: ${result}`];
    });
    await checks.check('sign in: the issuer’s login and consent, back on the page signed in, code and state gone from the address', async () => {
      await signInThroughIssuer(page);
      const status = await statusOf(page);
      const out = [];
      if (status !== 'signed in as organiser-anna') out.push(`status: ${status}`);
      if (answerLeftIn(page.url()).length) out.push(`left in the address: ${answerLeftIn(page.url()).join(', ')} (${page.url()})`);
      if (new URL(page.url()).pathname !== '/organiser/') out.push(`path changed: ${page.url()}`);
      return out;
    });
    await checks.check('the authorization request asked for a code with PKCE (S256), and the token request sent the verifier and no secret', () => {
      const out = [];
      const authorize = new URL(issuerRequests.find((request) => request.url().startsWith(`${issuerUrl}/auth?`))?.url() ?? 'about:blank');
      const asked = Object.fromEntries(authorize.searchParams);
      if (asked.response_type !== 'code') out.push(`response_type: ${asked.response_type}`);
      if (asked.code_challenge_method !== 'S256' || !asked.code_challenge) out.push(`code_challenge_method: ${asked.code_challenge_method}`);
      if (asked.redirect_uri !== redirectUris.plain) out.push(`redirect_uri: ${asked.redirect_uri}`);
      if (asked.scope !== 'openid applications:read applications:decide') out.push(`scope: ${asked.scope}`);
      const tokenRequest = issuerRequests.find((request) => request.url() === `${issuerUrl}/token` && request.method() === 'POST');
      const sent = new URLSearchParams(tokenRequest?.postData() ?? '');
      if (!sent.get('code_verifier')) out.push('no code_verifier in the token request');
      if (sent.has('client_secret') || tokenRequest?.headers().authorization) out.push('the token request carries a client secret');
      return out;
    });
    await checks.check('the access token is a JWT for the INO API with the organiser scopes, and the server accepts it (200)', async () => {
      const { user } = (await storedUser(page)) ?? {};
      if (!user) return ['no user stored'];
      const claims = claimsOf(user.access_token);
      const out = [];
      if (claims.aud !== API_AUDIENCE) out.push(`aud: ${claims.aud}`);
      if (claims.iss !== issuerUrl) out.push(`iss: ${claims.iss}`);
      if (claims.scope?.split(' ').sort().join(' ') !== API_SCOPES.split(' ').sort().join(' ')) out.push(`scope: ${claims.scope}`);
      const result = await load(page);
      if (result !== 'HTTP 200') out.push(`the page says: ${result}`);
      return out;
    });
    await checks.check('nothing in localStorage; in sessionStorage only the module’s own keys', async () => {
      const { local, session } = await storageOf(page);
      const foreign = Object.keys(session).filter((key) => !key.startsWith(STORAGE_PREFIX));
      return [...local.map((key) => `localStorage has ${key}`), ...foreign.map((key) => `sessionStorage has ${key}`)];
    });
    await checks.check('a reload in the same tab stays signed in; a new tab is not', async () => {
      await page.reload();
      const out = [];
      const status = await statusOf(page);
      if (status !== 'signed in as organiser-anna') out.push(`after a reload: ${status}`);
      const other = await context.newPage();
      await other.goto(`${pageOrigin}/organiser/`);
      const otherStatus = await statusOf(other);
      if (otherStatus !== 'signed out') out.push(`a new tab: ${otherStatus}`);
      await other.close();
      return out;
    });
    await checks.check('an expired access token without a refresh token: getAccessToken() rejects (sign in again) and forgets the user', async () => {
      const stored = await storedUser(page);
      if (!stored) return ['no user stored'];
      if (stored.user.refresh_token) return ['this client should have no refresh token'];
      await expireStoredToken(page, stored.key);
      const result = await load(page);
      const out = result.startsWith('NotSignedInError') ? [] : [`the page says: ${result}`];
      if (await storedUser(page)) out.push('the expired user is still stored');
      return out;
    });
    await checks.check('no errors in the page (CSP violations included)', () => problems);
    await context.close();
  }

  {
    const { context, page, problems } = await freshPage();
    await page.goto(`${pageOrigin}/refresh/?view=table`);
    await statusOf(page);
    await checks.check('a redirect URI with a query of its own: the page’s other parameters stay, the answer goes', async () => {
      await signInThroughIssuer(page);
      const status = await statusOf(page);
      const out = status.startsWith('signed in') ? [] : [`status: ${status}`];
      const search = new URL(page.url()).search;
      if (search !== '?view=table') out.push(`the address's query is ${JSON.stringify(search)}`);
      return out;
    });
    await checks.check('an expired access token with a refresh token: getAccessToken() renews it and the new one works (200)', async () => {
      const stored = await storedUser(page);
      if (!stored?.user.refresh_token) return ['no refresh token stored'];
      await expireStoredToken(page, stored.key);
      const result = await load(page);
      const out = result === 'HTTP 200' ? [] : [`the page says: ${result}`];
      const renewed = await storedUser(page);
      if (!renewed || renewed.user.access_token === stored.user.access_token) out.push('the access token was not renewed');
      return out;
    });
    await checks.check('two calls at once while expired (two widgets) renew once: a rotated refresh token used twice would end the grant', async () => {
      const stored = await storedUser(page);
      if (!stored) return ['no user stored'];
      await expireStoredToken(page, stored.key);
      const both = await load(page, '#load-twice');
      const again = await load(page);
      return both === 'HTTP 200, HTTP 200' && again === 'HTTP 200' ? [] : [`at once: ${both}; then: ${again}`];
    });
    await checks.check('sign out forgets the tokens: nothing of the module left in sessionStorage, getAccessToken() rejects', async () => {
      await page.click('#sign-out');
      await page.waitForFunction(() => document.getElementById('status').textContent === 'signed out');
      const { session, local } = await storageOf(page);
      const out = Object.keys(session).filter((key) => key.startsWith(`${STORAGE_PREFIX}user:`));
      if (local.length) out.push(`localStorage has ${local.join(', ')}`);
      const result = await load(page);
      if (!result.startsWith('NotSignedInError')) out.push(`the page says: ${result}`);
      return out;
    });
    await checks.check('no errors in the page (CSP violations included)', () => problems);
    await context.close();
  }

  {
    const { context, page, problems } = await freshPage();
    await page.goto(`${pageOrigin}/organiser/`);
    await statusOf(page);
    await checks.check('consent refused (error=access_denied): restore() resolves false without throwing, keeps the error, cleans the address', async () => {
      await signInThroughIssuer(page, { refuse: true });
      const status = await statusOf(page);
      const out = status === 'signed out (access_denied)' ? [] : [`status: ${status}`];
      if (answerLeftIn(page.url()).length) out.push(`left in the address: ${page.url()}`);
      if (await storedUser(page)) out.push('a user is stored');
      return out;
    });
    await checks.check('an answer to no sign-in of this tab (a forged or stale state) is left alone: restore() resolves false', async () => {
      const forged = `${pageOrigin}/organiser/?code=forged&state=not-ours`;
      await page.goto(forged);
      const status = await statusOf(page);
      const out = status === 'signed out' ? [] : [`status: ${status}`];
      if (page.url() !== forged) out.push(`the address was changed to ${page.url()}`);
      return out;
    });
    await checks.check('no errors in the page', () => problems);
    await context.close();
  }

  {
    const { context, page, problems } = await freshPage();
    await page.goto(`${pageOrigin}/widget/`);
    await checks.check(
      'the organisers’ view with oidc-issuer and oidc-client-id and no token: its own sign-in button, no applications, no axe violations',
      async () => {
        await page.waitForSelector('pierce/[part="sign-in-button"]', { timeout: 15_000 });
        const out = [];
        if (await page.$eval('ino-track-applications', (element) => element.shadowRoot.querySelector('section.applications') !== null))
          out.push('applications are shown before a sign-in');
        out.push(...(await axeViolations(page, 'ino-track-applications')));
        return out;
      },
    );
    await checks.check(
      'the widget signs in through the issuer and shows the track’s applications from the server; the answer is gone from the address',
      async () => {
        await signInThroughIssuer(page, { button: 'pierce/[part="sign-in-button"]' });
        const shown = await page
          .waitForFunction(() => document.querySelector('ino-track-applications').shadowRoot.querySelector('section.applications'), { timeout: 15_000 })
          .catch(() => page.$eval('ino-track-applications', (element) => element.shadowRoot.textContent.replace(/\s+/g, ' ')));
        const out = typeof shown === 'string' ? [`no applications; the widget shows: ${shown}`] : [];
        if (answerLeftIn(page.url()).length) out.push(`left in the address: ${page.url()}`);
        const who = await page.$eval('pierce/.signed-in p', (element) => element.textContent.trim()).catch(() => 'nothing');
        if (who !== 'Aangemeld als organiser-anna') out.push(`it says: ${who}`);
        if ((await storageOf(page)).local.length) out.push('something in localStorage');
        out.push(...(await axeViolations(page, 'ino-track-applications')));
        return out;
      },
    );
    await checks.check('signing out from the widget takes the applications off the page and forgets the user in the tab', async () => {
      await page.click('pierce/[part="sign-out-button"]');
      await page.waitForSelector('pierce/[part="sign-in-button"]', { timeout: 10_000 });
      const out = [];
      if (await page.$eval('ino-track-applications', (element) => element.shadowRoot.querySelector('section.applications') !== null))
        out.push('the applications stay');
      if (await storedUser(page)) out.push('a user is stored');
      return out;
    });
    await checks.check('no errors in the page', () => problems);
    await context.close();
  }

  {
    const { context, page, problems } = await freshPage();
    await page.goto(`${pageOrigin}/two-widgets/`);
    await statusOf(page);
    await checks.check('two widgets with their own sign-in on one page redeem the answer once, and both are signed in', async () => {
      await signInThroughIssuer(page);
      const status = await statusOf(page);
      return status === 'signed in as organiser-anna' ? [] : [`status: ${status}`];
    });
    await checks.check('no errors in the page', () => problems);
    await context.close();
  }

  {
    // The discovery request to the missing issuer fails: Chromium logs it, as it logs every failed request.
    const { context, page, problems } = await freshPage({ ignoreConsole: (message) => message.text().includes('ERR_CONNECTION_REFUSED') });
    await page.goto(`${pageOrigin}/wrong-issuer/`);
    await checks.check('an issuer that does not answer: restore() resolves false; signIn() rejects and the page stays', async () => {
      const out = [];
      const status = await statusOf(page);
      if (status !== 'signed out') out.push(`status before: ${status}`);
      await page.click('#sign-in');
      await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('sign-in failed'), { timeout: 10_000 });
      if (!page.url().startsWith(`${pageOrigin}/wrong-issuer/`)) out.push(`the page went to ${page.url()}`);
      return out;
    });
    await checks.check('no errors in the page (but the refused connection)', () => problems);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
  await server.exited;
  await Promise.all([close(pageServer), close(issuerServer)]);
  await rm(dataDir, { recursive: true, force: true });
}
checks.finish();
