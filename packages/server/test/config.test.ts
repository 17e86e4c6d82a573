import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  test('defaults: the embedded database seeded when empty, limits on, same-origin writes only', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.portIsDefault, true);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.seed, 'if-empty');
    assert.deepEqual(config.allowedOrigins, []);
    assert.deepEqual(config.rateLimitPost, { burst: 30, perSeconds: 60 });
    assert.equal(config.maxBodyBytes, 32 * 1024);
    assert.equal(config.retentionDays, 180);
    assert.equal(config.problemBase, undefined, "problem types under the server's own address");
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://x/y' }).seed, 'never', 'a real database is not seeded unasked');
  });

  test('values are read and checked, with a message that names the variable', () => {
    const config = loadConfig({
      PORT: '0',
      INO_ALLOWED_ORIGINS: 'https://www.gent.be, http://localhost:3000',
      INO_RATE_LIMIT_GET: 'off',
      INO_BASE_PATH: '/api/',
    });
    assert.deepEqual(config.allowedOrigins, ['https://www.gent.be', 'http://localhost:3000']);
    assert.equal(config.rateLimitGet, undefined);
    assert.equal(config.basePath, '/api');
    assert.equal(config.portIsDefault, false);
    assert.equal(loadConfig({ INO_ALLOWED_ORIGINS: ' * ' }).allowedOrigins, '*');
    assert.equal(loadConfig({ INO_PROBLEM_BASE: 'https://api.gent.be/problems' }).problemBase, 'https://api.gent.be/problems/');
    assert.equal(loadConfig({ INO_RETENTION_DAYS: '30' }).retentionDays, 30);
    for (const [name, value] of [
      ['INO_TRUSTED_PROXIES', '1'],
      ['INO_TRUSTED_PROXIES', '10.0.0.0/33'],
      ['INO_TRUSTED_PROXIES', 'proxy.internal'],
      ['INO_TRUSTED_PROXIES', '2001:db8::/129'],
      ['INO_TRUSTED_PROXIES', '10.0.0.1/8/8'],
      ['PORT', 'eighty'],
      ['INO_ALLOWED_ORIGINS', 'https://www.gent.be/path'],
      ['INO_ALLOWED_ORIGINS', 'gent.be'],
      ['INO_RATE_LIMIT_POST', '30 per minute'],
      ['INO_SEED', 'always'],
      ['INO_MAX_BODY_BYTES', '10'],
      ['INO_RETENTION_DAYS', 'half a year'],
      ['INO_RETENTION_DAYS', '-1'],
      ['INO_PROBLEM_BASE', 'https://api.gent.be/errors/'],
      ['INO_PROBLEM_BASE', '/problems/'],
      ['INO_APPLICATIONS_PER_ADDRESS', 'three'],
      ['INO_APPLICATIONS_PER_ADDRESS', '-1'],
      ['INO_CONFIRM_EMAIL', 'yes'],
      ['INO_CONFIRM_EMAIL', '24h'],
      ['INO_CONFIRM_EMAIL', '60'],
    ]) {
      assert.throws(
        () => loadConfig({ [name!]: value }),
        (error: unknown) => error instanceof ConfigError && error.message.includes(name!),
        `${name}=${value}`,
      );
    }
  });

  test('seat squatting: a cap of 3 per track and address, 0 for none; confirming by e-mail off, on (24 h) or in seconds', () => {
    assert.equal(loadConfig({}).applicationsPerAddress, 3);
    assert.equal(loadConfig({ INO_APPLICATIONS_PER_ADDRESS: '0' }).applicationsPerAddress, 0);
    assert.equal(loadConfig({}).confirmEmailSeconds, undefined);
    assert.equal(loadConfig({ INO_CONFIRM_EMAIL: 'off' }).confirmEmailSeconds, undefined);
    assert.equal(loadConfig({ INO_CONFIRM_EMAIL: 'on' }).confirmEmailSeconds, 86_400);
    assert.equal(loadConfig({ INO_CONFIRM_EMAIL: '7200' }).confirmEmailSeconds, 7200);
  });

  test('organiser origins: none by default, named one by one, never *', () => {
    assert.deepEqual(loadConfig({}).adminOrigins, []);
    assert.deepEqual(loadConfig({ INO_ADMIN_ORIGINS: 'https://beheer.example.org' }).adminOrigins, ['https://beheer.example.org']);
    assert.throws(() => loadConfig({ INO_ADMIN_ORIGINS: '*' }), /INO_ADMIN_ORIGINS .*\* is not allowed/);
    assert.throws(() => loadConfig({ INO_ADMIN_ORIGINS: 'https://beheer.example.org/path' }), /INO_ADMIN_ORIGINS: write "https:\/\/beheer.example.org"/);
  });

  test('trusted proxies: addresses and CIDR blocks, IPv4 and IPv6; none by default', () => {
    assert.deepEqual(loadConfig({}).trustedProxies.rules, []);
    const proxies = loadConfig({ INO_TRUSTED_PROXIES: ' 10.0.0.0/8, 192.0.2.7 ,2001:db8::/32,::1' }).trustedProxies;
    for (const address of ['10.255.0.1', '192.0.2.7', '2001:db8:ffff::1', '::1'])
      assert.ok(proxies.check(address, address.includes(':') ? 'ipv6' : 'ipv4'), address);
    for (const address of ['11.0.0.1', '192.0.2.8', '2001:db9::1']) assert.ok(!proxies.check(address, address.includes(':') ? 'ipv6' : 'ipv4'), address);
    assert.throws(() => loadConfig({ INO_TRUSTED_PROXIES: '2' }), /no longer a count/);
  });

  test('the README gives the addresses npm start prints with the defaults', () => {
    const { host, port, basePath } = loadConfig({});
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const address of [`http://${host}:${port}${basePath}`, `http://${host}:${port}/examples/`]) assert.ok(readme.includes(address), address);
    assert.doesNotMatch(readme, /localhost:8080/);
  });

  test('OIDC: issuer and audience together; https only, except on loopback; the scopes claim defaults to scope; no organisations claim unless named', () => {
    assert.equal(loadConfig({}).oidc, undefined);
    assert.deepEqual(loadConfig({ INO_OIDC_ISSUER: 'https://idp.example.org/op', INO_OIDC_AUDIENCE: 'ino' }).oidc, {
      issuer: 'https://idp.example.org/op',
      audience: 'ino',
      scopesClaim: 'scope',
      organisationsClaim: undefined,
    });
    const named = loadConfig({
      INO_OIDC_ISSUER: 'http://127.0.0.1:9000',
      INO_OIDC_AUDIENCE: 'ino',
      INO_OIDC_SCOPES_CLAIM: 'roles',
      INO_OIDC_ORGANISATIONS_CLAIM: 'ino_organisations',
    }).oidc;
    assert.equal(named?.scopesClaim, 'roles');
    assert.equal(named?.organisationsClaim, 'ino_organisations');
    for (const env of [
      { INO_OIDC_ORGANISATIONS_CLAIM: 'ino_organisations' },
      { INO_OIDC_ISSUER: 'http://idp.example.org', INO_OIDC_AUDIENCE: 'ino' },
      { INO_OIDC_ISSUER: 'idp.example.org', INO_OIDC_AUDIENCE: 'ino' },
      { INO_OIDC_ISSUER: 'https://idp.example.org' },
      { INO_OIDC_AUDIENCE: 'ino' },
    ])
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && /INO_OIDC_/.test(error.message),
        JSON.stringify(env),
      );
  });
});
