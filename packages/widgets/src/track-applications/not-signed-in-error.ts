// What the organiser widget's OIDC sign-in rejects with when there is no usable token: not signed in
// yet, or the sign-in expired and could not be renewed. The widget then offers to sign in again. In a
// module of its own so that the classic script's stand-in for the sign-in (oidc-sign-in.classic-script.ts)
// has it too, without oidc-client-ts.
export class NotSignedInError extends Error {
  override name = 'NotSignedInError';
}
