// `npm run build:npm`: @ino/sdk and @ino/widgets as they would be published. In the workspace their
// `exports` point at the TypeScript sources (what the tests, Storybook and the server run); a
// published package needs JavaScript with declarations. So each package is compiled with its
// tsconfig.publish.json into dist/npm/<name>/dist, its package.json is rewritten to point every
// entry at the compiled file and its types, and `npm pack` makes the tarball beside it. The widgets
// build in the participation ladder's text from @ino/contract, which is not published: that entry is
// bundled into the widgets' package (see inlineContractLadder). The manifest names the licence, the
// repository folder the package comes from, the files a consumer needs (nothing else goes in) and how
// to publish (public, with provenance).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { build } from 'esbuild';

const PACKAGES = [
  { dir: 'sdk', name: '@ino/sdk', readme: 'docs/sdk.md' },
  { dir: 'widgets', name: '@ino/widgets', readme: 'docs/embedding.md', inlines: '@ino/contract' },
];

/** The contract's ladder entries the widgets import, and where the package carries them. */
const CONTRACT_LADDER = { '@ino/contract/ladder': 'index', '@ino/contract/ladder/all': 'all' };

/**
 * Bundles @ino/contract's ladder entries (the JSON text made JavaScript, French and English still
 * chunks of their own) with their declarations into `<dist>/contract-ladder/`, and points the compiled
 * widgets' imports of them there: the published package then needs no @ino/contract.
 */
async function inlineContractLadder(dist) {
  const out = join(dist, 'contract-ladder');
  const entries = Object.values(CONTRACT_LADDER).map((name) => `packages/contract/src/ladder/${name}.ts`);
  await build({
    entryPoints: entries,
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    external: ['@ino/sdk'],
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
  });
  execFileSync(
    'node_modules/.bin/tsc',
    [
      '--ignoreConfig',
      ...entries,
      '--declaration',
      '--emitDeclarationOnly',
      '--outDir',
      out,
      '--rootDir',
      'packages/contract/src/ladder',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--resolveJsonModule',
      '--skipLibCheck',
      '--strict',
      '--target',
      'es2022',
      '--types',
      'node',
    ],
    { stdio: 'inherit' },
  );
  const compiledFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? entry.name === 'contract-ladder'
          ? []
          : compiledFiles(join(dir, entry.name))
        : /\.(js|d\.ts)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  for (const file of compiledFiles(dist)) {
    const code = readFileSync(file, 'utf8');
    const rewritten = code.replace(/(['"])(@ino\/contract\/ladder(?:\/all)?)\1/g, (specifier, quote, name) => {
      const target = posix.join(relative(dirname(file), out).split('\\').join('/') || '.', `${CONTRACT_LADDER[name]}.js`);
      return `${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
    });
    if (rewritten !== code) writeFileSync(file, rewritten);
  }
  const left = compiledFiles(dist).filter((file) => readFileSync(file, 'utf8').includes('@ino/contract'));
  if (left.length) throw new Error(`These files still import @ino/contract, which is not published: ${left.join(', ')}`);
}

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

function publishedManifest(source, dir, files, inlined) {
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
    dependencies: Object.fromEntries(Object.entries(source.dependencies).filter(([name]) => name !== inlined)),
    // Only the typings need these (@ino/widgets/jsx, @ino/widgets/vue), so they are optional.
    ...(source.peerDependencies ? { peerDependencies: source.peerDependencies, peerDependenciesMeta: source.peerDependenciesMeta } : {}),
    // npm adds package.json, README.md and LICENSE itself.
    files,
    publishConfig: source.publishConfig,
  };
}

const out = 'dist/npm';
for (const { dir, readme, inlines } of PACKAGES) {
  const root = join(out, dir);
  rmSync(root, { recursive: true, force: true });
  execFileSync('node_modules/.bin/tsc', ['-p', `packages/${dir}/tsconfig.publish.json`], { stdio: 'inherit' });
  if (inlines) await inlineContractLadder(join(root, 'dist'));
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
  writeFileSync(join(root, 'package.json'), `${JSON.stringify(publishedManifest(source, dir, files, inlines), null, 2)}\n`);
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', '..'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  console.log(`${join(out, packed.filename)}: ${packed.entryCount} files, ${packed.size} bytes packed`);
}
