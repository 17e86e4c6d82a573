import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createMockApi } from '@ino/mock-api';
import manifest from '../dist/custom-elements.json';
import '../packages/widgets/src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [
    // A relative worker URL keeps working when storybook-static is served under a sub-path.
    mswLoader(async () => {
      const worker = setupWorker(...createMockApi().handlers);
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
      return worker;
    }),
  ],
  parameters: {
    // Every story gets the healthy mock API unless it asks for a fault scenario.
    msw: { handlers: createMockApi().handlers },
    controls: { expanded: true },
  },
  // The page language the widgets inherit (ARCHITECTURE §2), Dutch first; a story's own `lang` wins.
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'nl', title: 'Nederlands' }, { value: 'fr', title: 'Français' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nl' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'nl';
      return story();
    },
  ],
  tags: ['autodocs'],
};
export default preview;
