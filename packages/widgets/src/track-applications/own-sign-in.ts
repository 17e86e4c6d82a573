// The organisers' view signing in by itself, for an intranet page that gives it no token but names an
// OpenID Connect issuer and a public client (`oidc-issuer`, `oidc-client-id`). The sign-in module
// (oidc-sign-in.ts, with oidc-client-ts) is a chunk of its own, imported here on first need only, so a
// host with its own sign-in never downloads it. In the classic script that import is a stand-in that
// throws (oidc-sign-in.classic-script.ts): the widget then says that it cannot sign in by itself.
import type { ReactiveControllerHost } from 'lit';
import type { AdminAuth } from '@ino/sdk';
import type { OidcSignIn } from './oidc-sign-in.js';

/** Why the last sign-in did not work: refused at the issuer, not completed, or not possible here. */
export type SignInProblem = 'refused' | 'failed' | 'unavailable';

export class OwnSignIn {
  /** A user is signed in, and their token is used for every request. */
  signedIn = false;
  problem?: SignInProblem;
  private signIn?: OidcSignIn;
  private restoring?: Promise<void>;
  private restoredFor?: string;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Loads the sign-in and completes one the address brings back from the issuer, once per issuer and client. */
  restore(issuer: string, clientId: string): Promise<void> {
    const key = `${issuer} ${clientId}`;
    if (key !== this.restoredFor || !this.restoring) {
      this.restoredFor = key;
      this.restoring = this.load(issuer, clientId);
    }
    return this.restoring;
  }

  private async load(issuer: string, clientId: string): Promise<void> {
    try {
      const { createOidcSignIn } = await import('./oidc-sign-in.js');
      this.signIn = createOidcSignIn({ issuer, clientId });
      this.signedIn = await this.signIn.restore();
      const error = this.signIn.lastError();
      this.problem = error === undefined ? undefined : error === 'access_denied' ? 'refused' : 'failed';
    } catch (error) {
      // The classic script's stand-in, or an address the sign-in cannot use: the reason is for the
      // page's developer; the organiser reads that signing in is not possible here.
      console.warn(error instanceof Error ? error.message : error);
      [this.signIn, this.signedIn, this.problem] = [undefined, false, 'unavailable'];
    }
    this.host.requestUpdate();
  }

  /** The sign-in can be started (the module loaded and the issuer is named). */
  get available(): boolean {
    return this.signIn !== undefined;
  }

  /** The token source while signed in: the access token, renewed when it has a refresh token. */
  auth(): AdminAuth | undefined {
    const signIn = this.signIn;
    return this.signedIn && signIn ? { getToken: () => signIn.getAccessToken() } : undefined;
  }

  userName(): string | undefined {
    return this.signedIn ? this.signIn?.userName() : undefined;
  }

  /** Off to the issuer; the page comes back with the answer, which `restore` completes. */
  async start(): Promise<void> {
    try {
      await this.signIn?.signIn();
    } catch {
      // The issuer's discovery document could not be read (unreachable, or refused by the page's CSP).
      this.problem = 'unavailable';
      this.host.requestUpdate();
    }
  }

  /** Signs out in this tab (the token expired without a refresh token, or the organiser asked). */
  async end(): Promise<void> {
    this.signedIn = false;
    await this.signIn?.signOut();
  }
}
