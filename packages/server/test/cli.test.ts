// `ino-server` as an operator runs it, on a data directory a server process uses too: a token made on
// the command line works on the API and stops working once revoked; content export then content load
// gives the same store; and while the server runs, a command says so instead of failing with a stack.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openPglite } from '../src/db/pglite.js';
import { runCli, spawnServer } from './harness.js';

describe('the ino-server command line', () => {
  let dir: string;
  let env: Record<string, string>;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ino-cli-'));
    env = { INO_DATA_DIR: join(dir, 'data') };
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const cli = (...args: string[]) => runCli(env, ...args);
  const lastLine = (text: string) => text.trimEnd().split('\n').at(-1)!;
  const content = (baseUrl: string, token: string) => fetch(`${baseUrl}/admin/content`, { headers: { authorization: `Bearer ${token}` } });

  test('--help names every command; an unknown one fails', async () => {
    const help = await cli('--help');
    assert.equal(help.code, 0);
    for (const command of ['serve', 'token create', 'token list', 'token revoke', 'content load', 'content export', 'retention run'])
      assert.ok(help.stdout.includes(command), command);
    assert.match((await cli('token', 'create', '--help')).stdout, /--scopes S,S/);
    assert.equal((await cli('publish')).code, 2);
  });

  test('token create → the API takes it; content export → content load gives the same store; token revoke → 401', async () => {
    const made = await cli('token', 'create', '--name', 'alice', '--scopes', 'content:write');
    assert.equal(made.code, 0, made.stderr);
    const alice = lastLine(made.stdout);
    assert.match(alice, /^ino_[\w-]{43}$/, '256 random bits, alone on the last line');
    const bob = lastLine((await cli('token', 'create', '--name', 'bob', '--scopes', 'content:write', '--expires-in-days', '1')).stdout);
    const listed = (await cli('token', 'list')).stdout;
    assert.match(listed, /^alice\tcontent:write\tevery organisation\tno expiry$/m);
    assert.ok(!listed.includes(alice) && !listed.includes('ino_'), 'never the token');

    let server = await spawnServer(env);
    let before: unknown;
    try {
      const answer = await content(server.baseUrl, alice);
      assert.equal(answer.status, 200);
      before = await answer.json();
      const locked = await cli('token', 'list');
      assert.equal(locked.code, 1);
      assert.match(locked.stderr, /The server is running on this data directory .*; stop it first, or use DATABASE_URL\./);
      assert.ok(!locked.stderr.includes('    at '), 'no stack');
    } finally {
      await server.stop();
    }

    const file = join(dir, 'content.json');
    assert.equal((await cli('content', 'export', file)).code, 0);
    const loaded = await cli('content', 'load', file);
    assert.equal(loaded.code, 0, loaded.stderr);
    assert.equal((await cli('token', 'revoke', 'alice')).code, 0);

    server = await spawnServer(env);
    try {
      assert.equal((await content(server.baseUrl, alice)).status, 401);
      const after = await content(server.baseUrl, bob);
      assert.equal(after.status, 200);
      assert.deepEqual(await after.json(), before);
    } finally {
      await server.stop();
    }
    assert.deepEqual(JSON.parse((await cli('content', 'export')).stdout), before, 'export to standard output');
    const db = await openPglite(env.INO_DATA_DIR!);
    try {
      const audit = await db.query<{ actor: string; action: string; target: string }>('SELECT actor, action, target FROM audit_log ORDER BY id');
      assert.deepEqual(
        audit.map((a) => `${a.actor}: ${a.action} ${a.target}`),
        [
          'command line: token.create token/alice',
          'command line: token.create token/bob',
          // The server's first start loads the bundled content; each start runs retention (nothing was due).
          'system: content.load content',
          'system: retention.run applications',
          'command line: content.load content',
          'command line: token.revoke token/alice',
          'system: retention.run applications',
        ],
      );
    } finally {
      await db.close();
    }
  });
});
