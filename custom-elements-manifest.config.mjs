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

export default {
  // Every source file, so that members and attributes inherited from the base element are listed.
  globs: ['packages/widgets/src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicMembersOnly()],
};
