import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createMockApi } from '@ino/mock-api';
import { API_BASE, withMockApi } from '../stories/mock.js';
import manifest from '../dist/custom-elements.json';
import '../packages/widgets/src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [
    // A relative worker URL keeps working when storybook-static is served under a sub-path.
    mswLoader(async () => {
      const worker = setupWorker(...createMockApi({ baseUrl: API_BASE }).handlers);
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
      return worker;
    }),
  ],
  parameters: {
    // Every story gets the healthy mock API unless it asks for a fault scenario.
    ...withMockApi(),
    controls: { expanded: true },
  },
  globalTypes: {
    // The page language the widgets inherit (ARCHITECTURE §2), Dutch first; a story's own `lang` wins.
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    // Any story in the built-in dark theme: inside <ino-provider theme="dark"> on a dark page.
    // test/storybook/smoke-storybook.mjs also opens the stories tagged 'smoke-dark' with globals=theme:dark.
    theme: {
      description: 'Widget theme (<ino-provider theme>)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl', theme: 'light' },
  decorators: [
    // A dark host page: its own text and links (a story's form, a fallback link) light on dark too.
    (story, context) =>
      context.globals.theme === 'dark'
        ? html`<style>
              .dark-host { background: #16181d; color: #f3f4f6; padding: 1rem; }
              .dark-host a { color: #8ec5ff; }
            </style>
            <div class="dark-host"><ino-provider theme="dark">${story()}</ino-provider></div>`
        : story(),
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'nl';
      return story();
    },
  ],
  tags: ['autodocs'],
};
export default preview;
