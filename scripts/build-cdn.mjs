// After rollup: the versioned, immutable layout a CDN serves, dist/cdn/ino-widgets@<version>/, with the
// files a site loads (not the offline demo, not the npm packages), Subresource Integrity hashes of the
// entry files in integrity.json, and the embed lines printed ready to paste. A version's folder never
// changes once published; a new version is a new folder, so its files may be cached for a year.
// INO_CDN_BASE (default https://cdn.example.org) is only the host written into the printed lines.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const { version } = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/package.json'), 'utf8'));
const FOLDER = `ino-widgets@${version}`;
const OUT = join(DIST, 'cdn', FOLDER);

/** What a site loads: each entry file with its map, and the folders its code imports from. */
const ENTRIES = ['ino-widgets.js', 'ino-widgets.iife.js', 'loader.js', 'sdk.js'];
const FOLDERS = ['ino-widgets', 'widgets'];
const OTHERS = ['custom-elements.json'];

rmSync(OUT, { recursive: true, force: true });
for (const name of [...ENTRIES, ...ENTRIES.map((entry) => `${entry}.map`), ...FOLDERS, ...OTHERS]) {
  if (!existsSync(join(DIST, name))) throw new Error(`dist/${name} is missing: run rollup first (npm run build).`);
  cpSync(join(DIST, name), join(OUT, name), { recursive: true });
}

/**
 * The maps' `sources` are relative to the map's own folder; the copies sit two folders deeper, so each
 * path is rebased to name the same file it named in dist/.
 */
function rebaseSourceMaps(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) rebaseSourceMaps(path);
    else if (entry.name.endsWith('.map')) {
      const map = JSON.parse(readFileSync(path, 'utf8'));
      const original = join(DIST, relative(OUT, dirname(path)));
      map.sources = map.sources.map((source) => relative(dirname(path), join(original, source)).split('\\').join('/'));
      writeFileSync(path, JSON.stringify(map));
    }
  }
}
rebaseSourceMaps(OUT);

/** The value of an `integrity` attribute: SHA-384 of the exact bytes served, base64. */
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const integrity = Object.fromEntries(ENTRIES.map((entry) => [entry, sri(join(OUT, entry))]));
writeFileSync(join(OUT, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

const base = `${(process.env.INO_CDN_BASE ?? 'https://cdn.example.org').replace(/\/+$/, '')}/${FOLDER}`;
const tag = (entry, attributes) => `<script ${attributes}src="${base}/${entry}" integrity="${integrity[entry]}" crossorigin="anonymous"></script>`;
console.log(`dist/cdn/${FOLDER}/ (integrity.json has these hashes). Embed lines:`);
console.log(`  ${tag('ino-widgets.js', 'type="module" ')}`);
console.log(`  ${tag('loader.js', 'type="module" ')}`);
console.log(`  ${tag('ino-widgets.iife.js', 'defer ')}`);
console.log(`  ${tag('sdk.js', 'type="module" ')}`);
