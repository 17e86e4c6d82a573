// What the classic script (dist/ino-widgets.iife.js) has in place of oidc-sign-in.ts. A classic script
// cannot load chunks, so rollup would inline the dynamic import and every page using the classic
// script would download oidc-client-ts (about 11 KB gzip), used only by intranets that let the widget
// sign in by itself. rollup.config.mjs puts this module there instead: the widget then says why it
// cannot sign in, and a host using the classic script gives it a token (.accessToken, .getAccessToken).
import type { createOidcSignIn as signInOfTheModuleBuild } from './oidc-sign-in.js';

export { NotSignedInError } from './not-signed-in-error.js';

export const createOidcSignIn: typeof signInOfTheModuleBuild = () => {
  throw new Error(
    'The classic script (ino-widgets.iife.js) cannot sign in with OpenID Connect: load the widgets as modules (dist/widgets/… or dist/ino-widgets.js), or give the widget a token with .accessToken or .getAccessToken.',
  );
};
