import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Serves public/mockServiceWorker.js beside iframe.html.
  staticDirs: ['../public'],
  // Telemetry would wait on the closed network and adds seconds to every build.
  core: { disableTelemetry: true },
};
export default config;
