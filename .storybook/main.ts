import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

// Our widgets and Storybook's web-components renderer both import Lit: one copy of each part, even if
// an install ever nests a second one, or that copy would bring its own template and element classes.
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/**
 * The static build takes Lit's production build whatever NODE_ENV says. Storybook's own Vite plugin
 * adds Vite's default export conditions, whose 'development|production' follows NODE_ENV alone (a
 * static build run with NODE_ENV=development shipped Lit's dev build). Conditions given in viteFinal
 * are only added beside that one, so this plugin, after Storybook's, replaces it in place.
 */
const productionConditions: Plugin = {
  name: 'ino:production-conditions',
  enforce: 'post',
  config(viteConfig) {
    const resolve = viteConfig.resolve;
    if (resolve?.conditions) resolve.conditions = resolve.conditions.map((condition) => (condition === 'development|production' ? 'production' : condition));
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Serves public/mockServiceWorker.js beside iframe.html.
  staticDirs: ['../public'],
  // Telemetry would wait on the closed network and adds seconds to every build.
  core: { disableTelemetry: true },
  // `storybook dev` keeps Lit's dev build and its warnings (docs/development.md).
  viteFinal: (viteConfig, { configType }) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, dedupe: [...(viteConfig.resolve?.dedupe ?? []), ...LIT_PACKAGES] },
    // In `storybook dev` the renderer's 'lit/directive-helpers.js' was served as is, with a lit-html of its
    // own beside the pre-bundled one ("Multiple versions of Lit loaded"): pre-bundled with Lit, it shares it.
    optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
    plugins: [...(viteConfig.plugins ?? []), ...(configType === 'PRODUCTION' ? [productionConditions] : [])],
  }),
};
export default config;
