// The tag table (packages/widgets/widgets.mjs), the widgets' sources, the package's exports and the
// built dist/widgets/*.js and dist/loader.js agree. Run `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TAGS, WIDGETS } from '../packages/widgets/widgets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = join(ROOT, 'packages/widgets');
const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

describe('the tag table and the sources', () => {
  it('lists each tag once, each named ino-…', () => {
    assert.equal(new Set(TAGS).size, TAGS.length);
    for (const tag of TAGS) assert.match(tag, /^ino-[a-z]+(-[a-z]+)*$/);
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: src/${widget.name}/${widget.name}.ts registers it, ${widget.name}.component.ts exports its class`, () => {
      assert.match(readFileSync(join(PACKAGE, widget.entry), 'utf8'), new RegExp(`define\\('${widget.tag}', Ino${pascal(widget.name)}\\)`));
      assert.match(readFileSync(join(PACKAGE, widget.component), 'utf8'), new RegExp(`^export class Ino${pascal(widget.name)} `, 'm'));
    });
  }

  it('has no widget folder that it does not list', () => {
    const folders = readdirSync(join(PACKAGE, 'src'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(join(PACKAGE, 'src', entry.name, `${entry.name}.component.ts`)),
    );
    assert.deepEqual(folders.map((entry) => entry.name).sort(), WIDGETS.map((widget) => widget.name).sort());
  });

  it('the files written from it (package.json, index.ts, classes.ts, tags.ts) are in step: `npm run analyze` writes them', () => {
    execFileSync(process.execPath, ['scripts/generate-widget-entries.mjs', '--check'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  });
});

describe('the package', () => {
  it('exports each widget at @ino/widgets/<name> and declares its module a side effect', () => {
    for (const widget of WIDGETS) {
      assert.equal(manifest.exports[`./${widget.name}`], widget.entry, `@ino/widgets/${widget.name}`);
      assert.ok(manifest.sideEffects.includes(widget.entry), `sideEffects lacks ${widget.entry}`);
    }
  });

  it('exports no widget module the table does not list, and keeps its other entries', () => {
    const widgetExports = Object.entries(manifest.exports).filter(([key, target]) => target === `./src/${key.slice(2)}/${key.slice(2)}.ts`);
    assert.deepEqual(widgetExports.map(([key]) => key.slice(2)).sort(), WIDGETS.map((widget) => widget.name).sort());
    for (const key of ['.', './classes', './ladder-content', './jsx', './vue']) assert.ok(key in manifest.exports, `exports lacks ${key}`);
  });

  it('registers every tag from its main entry', () => {
    const index = readFileSync(join(PACKAGE, 'src/index.ts'), 'utf8');
    for (const widget of WIDGETS) assert.ok(index.includes(`import './${widget.name}/${widget.name}.js';`), `src/index.ts does not import ${widget.name}`);
  });
});

describe('the build', () => {
  it('has one dist/widgets/<name>.js per tag, and each defines its tag', () => {
    const built = readdirSync(join(ROOT, 'dist/widgets')).filter((file) => file.endsWith('.js'));
    assert.deepEqual(built.sort(), WIDGETS.map((widget) => `${widget.name}.js`).sort());
    for (const widget of WIDGETS)
      assert.ok(
        readFileSync(join(ROOT, 'dist/widgets', `${widget.name}.js`), 'utf8').includes(`"${widget.tag}"`),
        `dist/widgets/${widget.name}.js does not name <${widget.tag}>`,
      );
  });

  it('dist/loader.js watches every tag', () => {
    const loader = readFileSync(join(ROOT, 'dist/loader.js'), 'utf8');
    for (const tag of TAGS) assert.ok(loader.includes(`"${tag}"`), `dist/loader.js does not watch <${tag}>`);
  });
});
