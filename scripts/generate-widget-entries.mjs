// Writes, from the tag table (packages/widgets/widgets.mjs), what must be static files: in the widgets'
// package.json the `exports` and `sideEffects` entries of each widget, in src/index.ts the import that
// registers each widget, in src/classes.ts the export of each widget's class and detail types, and
// src/tags.ts (the loader's list). Runs first in `npm run analyze`, which build, typecheck and
// storybook run. It owns only the lines that name a widget's module; every other line of those files
// is written by hand and kept where it is. The result is formatted with the project's Prettier
// settings, so that the formatter and this script never disagree. Prints each file it changes.
//   --check: changes nothing; lists the files that are out of step with the table and exits 1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import { TAGS, WIDGETS } from '../packages/widgets/widgets.mjs';

const PACKAGE = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
const TABLE = 'packages/widgets/widgets.mjs';

for (const widget of WIDGETS) {
  for (const file of [widget.entry, widget.component]) {
    if (!existsSync(join(PACKAGE, file))) throw new Error(`${TABLE} lists <${widget.tag}>, but packages/widgets/${file.slice(2)} does not exist.`);
  }
  if (!readFileSync(join(PACKAGE, widget.entry), 'utf8').includes(`define('${widget.tag}',`)) {
    throw new Error(`packages/widgets/${widget.entry.slice(2)} does not register <${widget.tag}> (define('${widget.tag}', …)).`);
  }
}

/**
 * A widget, listed in the table or no longer: a name in the table, a folder with a component, or a
 * module that is gone (a removed widget's stale entry). Any other `src/x/x.ts` is not a widget's.
 */
const isWidget = (name) =>
  WIDGETS.some((widget) => widget.name === name) ||
  existsSync(join(PACKAGE, `src/${name}/${name}.component.ts`)) ||
  !existsSync(join(PACKAGE, `src/${name}/${name}.ts`));
/** `./src/x/x.ts` of a widget x: its registering module, which the generated entries name. */
const isWidgetFile = (file) => {
  const [, name] = /^\.\/src\/([\w-]+)\/\1\.ts$/.exec(file) ?? [];
  return name !== undefined && isWidget(name);
};
const isWidgetEntry = (key, target) => target === `./src/${key.slice(2)}/${key.slice(2)}.ts` && isWidgetFile(target);

/**
 * `items` with the ones `owned` says are generated replaced by `generated`, placed where the first
 * owned one was (or at `fallback` when there is none). The others keep their order.
 */
function replaceOwned(items, owned, generated, fallback) {
  const first = items.findIndex(owned);
  const kept = items.filter((item) => !owned(item));
  const at = first === -1 ? fallback(kept) : items.slice(0, first).filter((item) => !owned(item)).length;
  return [...kept.slice(0, at), ...generated, ...kept.slice(at)];
}

function packageJson(text) {
  const manifest = JSON.parse(text);
  const exports = replaceOwned(
    Object.entries(manifest.exports),
    ([key, target]) => isWidgetEntry(key, target),
    WIDGETS.map((widget) => [`./${widget.name}`, widget.entry]),
    (kept) => kept.findIndex(([key]) => key === './classes') + 1,
  );
  manifest.exports = Object.fromEntries(exports);
  manifest.sideEffects = replaceOwned(
    manifest.sideEffects,
    isWidgetFile,
    WIDGETS.map((widget) => widget.entry),
    (kept) => kept.length,
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** After the file's opening comment. */
function afterComment(lines) {
  const first = lines.findIndex((line) => !line.startsWith('//'));
  return first === -1 ? lines.length : first;
}

function indexTs(text) {
  const lines = text.split('\n');
  const owned = (line) => /^import '\.\/([\w-]+)\/\1\.js';$/.test(line);
  return replaceOwned(
    lines,
    owned,
    WIDGETS.map((widget) => `import './${widget.name}/${widget.name}.js';`),
    afterComment,
  ).join('\n');
}

/** The names a component module exports, sorted, as values (the class) and as types (the events' details). */
function exportsOf(widget) {
  const file = join(PACKAGE, widget.component);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const values = [];
  const types = [];
  for (const statement of source.statements) {
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) {
      if (ts.isExportDeclaration(statement)) {
        throw new Error(`${file}: export what is declared here (\`export class\`, \`export interface\`), not a re-export.`);
      }
      continue;
    }
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) types.push(statement.name.text);
    else if (ts.isVariableStatement(statement)) values.push(...statement.declarationList.declarations.map((declaration) => declaration.name.getText(source)));
    else if (statement.name) values.push(statement.name.text);
  }
  return { values: values.sort(), types: types.sort() };
}

/** Each `export { … } from '…';` on one line, as Prettier wraps a long one over several. */
const unwrapExports = (text) =>
  text.replace(
    /^export (type )?\{([^}]*)\} from/gm,
    (_, type = '', names) =>
      `export ${type}{ ${names
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .join(', ')} } from`,
  );

function classesTs(text) {
  const lines = unwrapExports(text).split('\n');
  const owned = (line) => /^export (type )?\{[^}]*\} from '\.\/([\w-]+)\/\2\.component\.js';$/.test(line);
  const generated = WIDGETS.flatMap((widget) => {
    const { values, types } = exportsOf(widget);
    const from = `from './${widget.name}/${widget.name}.component.js';`;
    return [...(values.length ? [`export { ${values.join(', ')} } ${from}`] : []), ...(types.length ? [`export type { ${types.join(', ')} } ${from}`] : [])];
  });
  return replaceOwned(lines, owned, generated, afterComment).join('\n');
}

const tagsTs = () => `// Written by scripts/generate-widget-entries.mjs from the tag table, ${TABLE} (npm run analyze):
// change the table, not this file.

/** Every tag the package defines. The loader fetches tag \`ino-x\`'s code from \`widgets/x.js\`. */
export const TAGS = [${TAGS.map((tag) => `'${tag}'`).join(', ')}] as const;
`;

const FILES = { 'package.json': packageJson, 'src/index.ts': indexTs, 'src/classes.ts': classesTs, 'src/tags.ts': tagsTs };

const check = process.argv.includes('--check');
const outOfStep = [];
for (const [file, generate] of Object.entries(FILES)) {
  const path = join(PACKAGE, file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const wanted = await prettier.format(generate(current), { ...(await prettier.resolveConfig(path)), filepath: path });
  if (wanted === current) continue;
  outOfStep.push(`packages/widgets/${file}`);
  if (!check) {
    writeFileSync(path, wanted);
    console.log(`packages/widgets/${file}: written from the tag table (${TABLE})`);
  }
}
if (check && outOfStep.length) {
  console.error(`Out of step with the tag table (${TABLE}): ${outOfStep.join(', ')}. Run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
