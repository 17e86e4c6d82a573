// @ino/contract: what a content service keeps, as pure code that both adapters stand on (the msw mock
// and the reference server). Nothing here does I/O or knows where data is kept.
export { ACCESS_PROBLEMS, allowedMethods, createPathMatcher, ROUTES } from './routes.js';
export type { Access, PathMatch, QueryParam, Route, RouteName, RouteNameOf } from './routes.js';
