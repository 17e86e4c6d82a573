// The Custom Elements Manifest (dist/custom-elements.json): IDEs, Storybook's docs, framework typings.

/** Keeps the public surface only: private and protected members are implementation, not API. */
function publicMembersOnly() {
  return {
    name: 'ino-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
        }
      }
    },
  };
}

/**
 * Gives each event the type of its detail, read from the code that fires it: `this.emit<Detail>('name', …)`
 * and `new CustomEvent<Detail>('name', …)` become `CustomEvent<Detail>`. The `@fires` tags carry the
 * name and the description only, and the analyzer does not read type arguments; the framework
 * typings (scripts/generate-framework-typings.mjs) need the detail types. An event fired in a base
 * class (`ino-error`, from `emitError`) reaches the widgets through the analyzer's inheritance.
 * It also drops the event the analyzer invents from the base class's generic `emit(name, …)`, whose
 * name is a variable, not an event.
 */
function eventDetailTypes() {
  return {
    name: 'ino-event-detail-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations.find((d) => d.kind === 'class' && d.name === node.name.text);
      if (!declaration) return;
      const typed = new Map();
      const dynamicNames = new Set();
      const visit = (child) => {
        const fired = firedEvent(ts, child);
        if (fired?.name !== undefined && fired.detail) typed.set(fired.name, `CustomEvent<${fired.detail}>`);
        if (fired?.dynamicName) dynamicNames.add(fired.dynamicName);
        ts.forEachChild(child, visit);
      };
      ts.forEachChild(node, visit);
      declaration.events = (declaration.events ?? []).filter((event) => !dynamicNames.has(event.name));
      for (const [name, text] of typed) {
        const event = declaration.events.find((e) => e.name === name);
        if (event) event.type = { text };
        else declaration.events.push({ name, type: { text } });
      }
    },
  };
}

/** The event a `this.emit<T>(…)` call or a `new CustomEvent<T>(…)` fires: its name (or the variable that holds it) and detail type. */
function firedEvent(ts, node) {
  const isEmit =
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
    node.expression.name.text === 'emit';
  const isNew = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'CustomEvent';
  if (!isEmit && !isNew) return undefined;
  const [first] = node.arguments ?? [];
  const detail = node.typeArguments?.[0]?.getText();
  if (first && ts.isStringLiteralLike(first)) return { name: first.text, detail };
  if (first && ts.isIdentifier(first)) return { dynamicName: first.text };
  return undefined;
}

export default {
  // Every source file, so that members and attributes inherited from the base element are listed.
  globs: ['packages/widgets/src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicMembersOnly(), eventDetailTypes()],
};
