// Collects what would reach a host page as an uncaught error, so tests can assert there is none.
export const pageErrors: unknown[] = [];

window.addEventListener('error', (event) => pageErrors.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(event.reason));

afterEach(() => {
  pageErrors.length = 0;
});
