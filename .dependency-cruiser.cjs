// The layering of ARCHITECTURE.md §3, enforced in `npm test` (`npm run lint:deps`):
// sdk is the ground; contract stands on sdk; widgets on sdk and only the ladder text of contract;
// mock-api and server on contract and sdk, never on each other; nothing ships that imports the mock;
// and no cycle between files anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'A cycle between files makes load order matter and hides a missing layer. Type-only imports are erased and a ' +
        "dynamic import is loaded later, so a catalogue's lazy language chunk may name its Dutch module's types.",
      from: { pathNot: 'node_modules' },
      to: { circular: true, pathNot: 'node_modules', viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'sdk-is-the-ground',
      severity: 'error',
      comment: 'The SDK ships to browsers and to every other package: it imports none of them.',
      from: { path: '^packages/sdk/' },
      to: { path: '^packages/(contract|mock-api|widgets|server)/' },
    },
    {
      name: 'contract-stands-on-sdk-only',
      severity: 'error',
      comment: 'The contract is pure rules both adapters share: no adapter, no widget.',
      from: { path: '^packages/contract/' },
      to: { path: '^packages/(mock-api|widgets|server)/' },
    },
    {
      name: 'widgets-stand-on-sdk-and-the-ladder-text',
      severity: 'error',
      comment: 'The widgets ship to browsers: nothing server-side, and of the contract only its side-effect-free ladder text.',
      from: { path: '^packages/widgets/src/' },
      to: { path: '^packages/(mock-api|server)/|^packages/contract/(?!content/ladder|src/ladder)' },
    },
    {
      name: 'mock-and-server-are-siblings',
      severity: 'error',
      comment: 'The mock and the server are two adapters of the contract; neither stands on the other.',
      from: { path: '^packages/(mock-api|server)/' },
      to: { path: '^packages/(mock-api|server)/', pathNot: '^packages/$1/' },
    },
    {
      name: 'adapters-stand-on-contract-and-sdk',
      severity: 'error',
      comment: 'The mock and the server read the ladder text from the contract, not from the widgets.',
      from: { path: '^packages/(mock-api|server)/' },
      to: { path: '^packages/widgets/' },
    },
    {
      name: 'nothing-ships-the-mock',
      severity: 'error',
      comment: 'Only tests, stories, examples and the offline demo use the mock; no package source does.',
      from: { path: '^packages/(sdk|contract|widgets|server)/src/' },
      to: { path: '^packages/mock-api/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|storybook-static|coverage|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
