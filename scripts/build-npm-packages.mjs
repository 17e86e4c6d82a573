// `npm run build:npm`: @ino/sdk and @ino/widgets as they would be published. In the workspace their
// `exports` point at the TypeScript sources (what the tests, Storybook and the server run); a
// published package needs JavaScript with declarations. So each package is compiled with its
// tsconfig.publish.json into dist/npm/<name>/dist, its package.json is rewritten to point every
// entry at the compiled file and its types, and `npm pack` makes the tarball beside it. The
// manifest names the licence, the repository folder the package comes from, the files a consumer
// needs (nothing else goes in) and how to publish (public, with provenance).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const PACKAGES = [
  { dir: 'sdk', name: '@ino/sdk', readme: 'docs/sdk.md' },
  { dir: 'widgets', name: '@ino/widgets', readme: 'docs/embedding.md' },
];

/**
 * The doc as the package's README. npm shows it away from the repository, where a relative link
 * leads nowhere: each becomes its text, naming what it pointed at (the other package's README, or
 * the file in the widgets' source tree: "see theming in `docs/theming.md`"). Links to a heading of
 * the same page and absolute links stay.
 */
function packageReadme(doc) {
  const readmeOf = Object.fromEntries(PACKAGES.map((p) => [p.readme, p.name]));
  return readFileSync(doc, 'utf8').replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (link, text, target) => {
    if (/^(#|[a-z][a-z\d+.-]*:)/i.test(target)) return link;
    const file = posix.normalize(posix.join(posix.dirname(doc), target.split('#')[0]));
    if (file.startsWith('..')) throw new Error(`${doc}: the link ${link} leads out of the repository`);
    if (readmeOf[file]) return `${text} in the README of \`${readmeOf[file]}\``;
    return text.replaceAll('`', '') === file ? text : `${text} in \`${file}\``;
  });
}

/** `./src/a/b.ts` → `./dist/a/b` (without extension). */
const compiled = (source) => source.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '');

/** An entry that points at a source becomes types + JavaScript; anything else (a types-only entry) stays. */
function publishedEntry(target) {
  if (typeof target !== 'string' || !target.startsWith('./src/')) return target;
  return { types: `${compiled(target)}.d.ts`, default: `${compiled(target)}.js` };
}

const rootManifest = JSON.parse(readFileSync('package.json', 'utf8'));

function publishedManifest(source, dir, files) {
  const exports = Object.fromEntries(Object.entries(source.exports).map(([path, target]) => [path, publishedEntry(target)]));
  exports['./package.json'] = './package.json';
  const sideEffects = Array.isArray(source.sideEffects) ? source.sideEffects.map((file) => `${compiled(file)}.js`) : source.sideEffects;
  return {
    name: source.name,
    version: source.version,
    description: source.description,
    license: source.license,
    repository: { ...rootManifest.repository, directory: `packages/${dir}` },
    type: 'module',
    sideEffects,
    types: exports['.'].types,
    exports,
    ...(source.customElements ? { customElements: './custom-elements.json' } : {}),
    dependencies: source.dependencies,
    // Only the typings need these (@ino/widgets/jsx, @ino/widgets/vue), so they are optional.
    ...(source.peerDependencies ? { peerDependencies: source.peerDependencies, peerDependenciesMeta: source.peerDependenciesMeta } : {}),
    // npm adds package.json, README.md and LICENSE itself.
    files,
    publishConfig: source.publishConfig,
  };
}

const out = 'dist/npm';
for (const { dir, readme } of PACKAGES) {
  const root = join(out, dir);
  rmSync(root, { recursive: true, force: true });
  execFileSync('node_modules/.bin/tsc', ['-p', `packages/${dir}/tsconfig.publish.json`], { stdio: 'inherit' });
  const source = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  const files = ['dist'];
  writeFileSync(join(root, 'README.md'), packageReadme(readme));
  cpSync('LICENSE', join(root, 'LICENSE'));
  if (source.customElements) {
    files.push('custom-elements.json');
    // The manifest names the source modules; in the package they are the compiled ones.
    const manifest = readFileSync('dist/custom-elements.json', 'utf8').replace(/packages\/widgets\/src\/([\w/.-]+)\.ts/g, 'dist/$1.js');
    writeFileSync(join(root, 'custom-elements.json'), manifest);
  }
  if (existsSync(`packages/${dir}/types`)) {
    files.push('types');
    cpSync(`packages/${dir}/types`, join(root, 'types'), { recursive: true });
  }
  writeFileSync(join(root, 'package.json'), `${JSON.stringify(publishedManifest(source, dir, files), null, 2)}\n`);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', '..'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  console.log(`${join(out, packed.filename)}: ${packed.entryCount} files, ${packed.size} bytes packed`);
}
