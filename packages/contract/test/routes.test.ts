import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedMethods, createPathMatcher, ROUTES, SCOPES, type Route, type RouteName } from '../src/routes.js';

const routes = Object.entries(ROUTES) as [RouteName, Route][];

describe('the route table', () => {
  test('every route has one method per path, and a path has one access (CORS and rate limit are decided by path)', () => {
    const byPath = new Map<string, Route[]>();
    for (const [, route] of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
    for (const [path, atPath] of byPath) {
      assert.equal(new Set(atPath.map((r) => r.method)).size, atPath.length, `${path}: one route per method`);
      assert.equal(new Set(atPath.map((r) => r.access)).size, 1, `${path}: one access`);
    }
  });

  test("reads are GETs; writes POST with an Idempotency-Key, or are the applicant's own (/me) with the manage token; lists page with limit and cursor", () => {
    for (const [name, route] of routes) {
      if (route.access === 'read') assert.equal(route.method, 'GET', name);
      else if (route.access === 'write') {
        const takes = (header: string) => route.headers?.some((h) => h.name === header);
        if (route.path.startsWith('/me/')) assert.ok(takes('Authorization'), `${name} takes the manage token`);
        else assert.ok('body' in route && route.body, `${name} names its body`);
        if (route.method === 'POST') assert.ok(takes('Idempotency-Key'), `${name} takes an Idempotency-Key`);
        else assert.equal(route.method, 'GET', name);
      }
    }
    const paged = routes.filter(([, r]) => r.query.some((q) => q.name === 'cursor'));
    assert.deepEqual(paged.map(([n]) => n).sort(), [
      'listApplications',
      'listAudit',
      'listChallenges',
      'listLearningTracks',
      'listOrganisations',
      'listPractices',
    ]);
    for (const [name, route] of paged)
      assert.ok(
        route.query.some((q) => q.name === 'limit'),
        `${name} pages with limit and cursor`,
      );
  });

  test('organiser routes live under /admin and name a scope of the contract; nothing else does', () => {
    for (const [name, route] of routes) {
      assert.equal(route.access === 'admin', route.path.startsWith('/admin/'), `${name}: /admin is the organiser API`);
      assert.equal(route.scope !== undefined, route.access === 'admin', `${name}: a scope exactly when admin`);
      if (route.scope) assert.ok(SCOPES.includes(route.scope), `${name}: ${route.scope} is a scope of §4`);
    }
    assert.deepEqual(createPathMatcher()('/admin/learning-tracks/lnp-2027'), {
      routes: ['adminGetRecord', 'adminPutRecord', 'adminDeleteRecord'],
      params: { collection: 'learning-tracks', id: 'lnp-2027' },
    });
  });

  test('a path matches its routes with its ids; an id that is not a slug matches nothing', () => {
    const match = createPathMatcher();
    assert.deepEqual(match('/practices'), { routes: ['listPractices'], params: {} });
    assert.deepEqual(match('/practices/work-out-room/'), { routes: ['getPractice'], params: { id: 'work-out-room' } });
    assert.deepEqual(match('/learning-tracks/lnp-2027/applications'), { routes: ['apply'], params: { id: 'lnp-2027' } });
    for (const path of ['/practices/Work_Out', '/practices/a%2Fb', '/practices/x/y', '/practice', '/', '']) assert.equal(match(path), undefined, path);
  });

  test('the methods a path allows: GET brings HEAD, and OPTIONS always', () => {
    assert.deepEqual(allowedMethods(['listPractices']), ['GET', 'HEAD', 'OPTIONS']);
    assert.deepEqual(allowedMethods(['apply']), ['POST', 'OPTIONS']);
  });

  test('query schemas carry the contract limits: limit 1–100 (default 20), rung 1–5', () => {
    const limit = ROUTES.listPractices.query.find((q) => q.name === 'limit')!.schema;
    assert.equal(limit.safeParse(undefined).data, 20);
    assert.equal(limit.safeParse(100).success, true);
    assert.equal(limit.safeParse(101).success, false);
    const rung = ROUTES.listPractices.query.find((q) => q.name === 'rung')!.schema;
    assert.equal(rung.safeParse(0).success, false);
    assert.equal(rung.safeParse(5).success, true);
  });
});
