// The Custom Elements Manifest (dist/custom-elements.json): IDEs, Storybook's docs, framework typings.
export default {
  globs: ['packages/widgets/src/**/*.component.ts'],
  outdir: 'dist',
  litelement: true,
};
