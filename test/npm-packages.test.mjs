// The packed npm packages (dist/npm/*.tgz, from `npm run build:npm`) as a consumer gets them: installed
// into a fresh project, imported by Node, type-checked by TypeScript under both module resolutions a
// consumer may use, bundled by esbuild to check which entry points register tags, and put through
// `npm publish --dry-run` (offline) to check what would be published.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
/** npm pack's file name for the workspace package packages/<name>, at its current version. */
const tarball = (name) => join(ROOT, 'dist/npm', `ino-${name}-${readJson(`packages/${name}/package.json`).version}.tgz`);
const rootPackage = readJson('package.json');
let project;

before(() => {
  for (const name of ['sdk', 'widgets']) assert.ok(existsSync(tarball(name)), `${tarball(name)} is missing: run npm run build:npm`);
  project = mkdtempSync(join(tmpdir(), 'ino-npm-consumer-'));
  const sdk = `file:${tarball('sdk')}`;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      // A React app brings its own React types; the widgets' JSX typings build on them.
      dependencies: { '@ino/sdk': sdk, '@ino/widgets': `file:${tarball('widgets')}`, '@types/react': rootPackage.devDependencies['@types/react'] },
      // @ino/widgets asks for its version of @ino/sdk, which is not on a registry yet: the tarball is it.
      overrides: { '@ino/sdk': sdk },
    }),
  );
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: project, stdio: 'inherit' });
});
after(() => rmSync(project, { recursive: true, force: true }));

/** esbuild's bundle of `code` as the consumer project resolves it; not minified, so names stay readable. */
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: project, loader: 'js' },
    absWorkingDir: project,
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('@ino/sdk in Node', () => {
  test('reads a real HTTP API through the published entry point', async () => {
    const server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ items: [{ id: 'participatie', label: new URL(request.url, 'http://x').searchParams.get('lang') }] }));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const script = `
      import { createConnection, themesOf } from '@ino/sdk';
      const themes = await themesOf(createConnection({ baseUrl: 'http://127.0.0.1:${server.address().port}', lang: 'fr' })).list();
      console.log(JSON.stringify(themes));`;
    try {
      // Not execFileSync: the server answers from this process's event loop.
      const { stdout: output } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
      assert.deepEqual(JSON.parse(output), [{ id: 'participatie', label: 'fr' }]);
    } finally {
      server.close();
    }
  });
});

describe('@ino/widgets in Node', () => {
  test("carries the participation ladder's text itself: @ino/contract, which is not published, is built in", async () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@ino/widgets/package.json'), 'utf8'));
    assert.equal(manifest.dependencies['@ino/contract'], undefined);
    const script = `
      import { builtInLadders } from '@ino/widgets/ladder-content';
      console.log(JSON.stringify(Object.values(builtInLadders).map((ladder) => [ladder.lang, ladder.rungs.length])));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    assert.deepEqual(JSON.parse(stdout), [
      ['nl', 5],
      ['fr', 5],
      ['en', 5],
    ]);
  });
});

describe('types', () => {
  const consumer = `
    import { challengesOf, createConnection, type Challenge } from '@ino/sdk';
    import { InoChallengeFeed, type ChallengeSelectDetail } from '@ino/widgets/classes';
    import '@ino/widgets/challenge-feed';

    const feed = document.createElement('ino-challenge-feed');
    const sameClass: InoChallengeFeed = feed;
    feed.nis = '44021';
    // @ts-expect-error: limit is a number
    feed.limit = 'ten';
    feed.addEventListener('ino-select', (event) => {
      const detail = (event as CustomEvent<ChallengeSelectDetail>).detail;
      const title: string = detail.challenge.title;
      void title;
    });
    export async function titles(): Promise<string[]> {
      const page = await challengesOf(createConnection({ baseUrl: 'https://api.example.org/ino/v1' })).list({ nis: '44021' });
      return page.items.map((challenge: Challenge) => challenge.title);
    }
    void sameClass;
  `;

  const reactConsumer = `
    import '@ino/widgets';
    export const feed = <ino-challenge-feed nis="44021" limit={5} onino-select={(event) => event.detail.challenge.title} />;
    // @ts-expect-error: limit is a number
    export const wrong = <ino-challenge-feed limit="ten" />;
  `;

  /**
   * Type-checks `source` as the consumer's only file, then again without its `@ts-expect-error` line:
   * the directive holds only if the published types are real, so the second run must fail on it.
   */
  function expectTypes(file, source, moduleResolution, extraOptions) {
    const compilerOptions = {
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      target: 'es2022',
      lib: ['es2023', 'dom', 'dom.iterable'],
      types: [],
      module: moduleResolution === 'nodenext' ? 'nodenext' : 'esnext',
      moduleResolution,
      ...extraOptions,
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [file] }));
    const typeCheck = () => execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: project, encoding: 'utf8' });
    writeFileSync(join(project, file), source);
    typeCheck();
    writeFileSync(join(project, file), source.replace('// @ts-expect-error: limit is a number', ''));
    const wrongType = new RegExp(`${file.replace('.', '\\.')}\\(\\d+,\\d+\\): error TS2322: Type 'string' is not assignable to type 'number'`);
    assert.throws(typeCheck, (error) => wrongType.test(error.stdout));
  }

  for (const moduleResolution of ['nodenext', 'bundler']) {
    test(`a React app type-checks the tags through @ino/widgets/jsx with moduleResolution ${moduleResolution}`, () => {
      expectTypes('consumer.tsx', reactConsumer, moduleResolution, { jsx: 'react-jsx', types: ['@ino/widgets/jsx'] });
    });

    test(`a consumer type-checks with moduleResolution ${moduleResolution}, and a wrong type is an error`, () => {
      expectTypes('consumer.ts', consumer, moduleResolution, {});
    });
  }
});

describe('entry points and side effects', () => {
  test('@ino/widgets/classes registers nothing: importing it and using nothing bundles to nothing', async () => {
    const code = await bundle(`import '@ino/widgets/classes';`);
    assert.doesNotMatch(code, /customElements/);
    assert.ok(code.length < 200, `${code.length} characters: ${code.slice(0, 200)}`);
  });

  test('@ino/widgets/classes gives a class without registering its tag', async () => {
    const code = await bundle(`export { InoChallengeFeed } from '@ino/widgets/classes';`);
    assert.match(code, /InoChallengeFeed = class/);
    assert.doesNotMatch(code, /define\("ino-/);
  });

  test('@ino/widgets/challenge-feed registers that tag only, without the signup or its schemas', async () => {
    const code = await bundle(`import '@ino/widgets/challenge-feed';`);
    assert.match(code, /define\("ino-challenge-feed"/);
    assert.doesNotMatch(code, /ino-learning-track-signup|Not a valid Idempotency-Key/);
  });

  test('every export of both packages points at a file that is in the package', () => {
    for (const name of ['sdk', 'widgets']) {
      const root = join(project, 'node_modules/@ino', name);
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
      assert.ok(targets.length > 2, name);
      for (const target of targets) assert.ok(existsSync(join(root, target)), `${name}: ${target}`);
    }
  });
});

describe('READMEs', () => {
  test('each package has a README, and none of its links is relative (npm shows it outside the repository)', () => {
    for (const name of ['sdk', 'widgets']) {
      const readme = readFileSync(join(project, 'node_modules/@ino', name, 'README.md'), 'utf8');
      assert.match(readme, /^# /, name);
      const relative = [...readme.matchAll(/\[[^\]]*\]\((?!#|[a-z][a-z\d+.-]*:)[^)]*\)/gi)].map((match) => match[0]);
      assert.deepEqual(relative, [], name);
    }
  });
});

describe('npm publish --dry-run', () => {
  // Offline, against a loopback port nothing listens on: the dry run may not reach a registry.
  const DRY_RUN = ['publish', '--dry-run', '--json', '--offline', '--registry', 'http://127.0.0.1:9/'];
  /** What a consumer needs: the compiled modules with types and maps, the typings, the manifest, README and LICENSE. */
  const NEEDED = /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/[\w/.-]+\.(js|js\.map|d\.ts|d\.ts\.map)|types\/[\w.-]+\.d\.ts)$/;
  const PRIVATE = /(^|\/)\.|\.test\.|(^|\/)(test|src)\/|\.env|\.pem$|\.key$|id_(rsa|ed25519)/;

  for (const name of ['sdk', 'widgets']) {
    test(`@ino/${name} passes the dry run, public with provenance, licensed, from its repository folder, with only what a consumer needs`, () => {
      const result = spawnSync('npm', [...DRY_RUN, tarball(name)], { cwd: project, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /with tag latest and public access \(dry-run\)/);
      const packed = JSON.parse(result.stdout)[`@ino/${name}`];
      assert.equal(packed.version, readJson(`packages/${name}/package.json`).version);
      const paths = packed.files.map((file) => file.path);
      assert.deepEqual(
        paths.filter((path) => !NEEDED.test(path) || PRIVATE.test(path)),
        [],
      );
      for (const path of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) assert.ok(paths.includes(path), path);

      const installed = join(project, 'node_modules/@ino', name);
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
      assert.equal(manifest.license, 'EUPL-1.2');
      assert.equal(readFileSync(join(installed, 'LICENSE'), 'utf8'), readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
      assert.deepEqual(manifest.repository, { ...rootPackage.repository, directory: `packages/${name}` });
      assert.match(manifest.repository.url, /^git\+https:\/\/.+\.git$/);
      assert.deepEqual(manifest.publishConfig, { access: 'public', provenance: true });
      assert.ok(
        manifest.files.every((entry) => paths.some((path) => path === entry || path.startsWith(`${entry}/`))),
        `files: ${manifest.files}`,
      );
    });
  }

  test('the dry run still validates offline: a manifest npm would refuse fails it', () => {
    const broken = mkdtempSync(join(tmpdir(), 'ino-npm-broken-'));
    try {
      writeFileSync(join(broken, 'package.json'), JSON.stringify({ ...readJson('dist/npm/sdk/package.json'), version: '0.1' }));
      const result = spawnSync('npm', DRY_RUN, { cwd: broken, encoding: 'utf8' });
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, /Invalid version/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  test('every other workspace package is private, and every package names the licence', () => {
    for (const workspace of rootPackage.workspaces) {
      const manifest = readJson(`${workspace}/package.json`);
      assert.equal(manifest.license, 'EUPL-1.2', workspace);
      if (!['@ino/sdk', '@ino/widgets'].includes(manifest.name)) assert.equal(manifest.private, true, workspace);
    }
    assert.equal(rootPackage.license, 'EUPL-1.2');
  });
});
