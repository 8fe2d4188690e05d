import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are the floor of design.md §7: the scanner is injected on demand after the
// borrower clicks the toolbar button (activeTab + scripting), so nothing runs on pages the
// borrower did not ask about.
const icons = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // No module-preload polyfill: it is the only `fetch` in the bundles, and extension pages load
  // their chunks from the package anyway (the no-network test checks the bundles for network APIs).
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Automatic checking is opt-in per site: the options page requests one of these at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Drawn in cli/icon/*.svg and rendered by `npm run icons` (a lens over ¥).
    icons,
    action: { default_title: '__MSG_actionTitle__', default_icon: icons },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'loanlens@loanlens.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', '.ci/**', 'demo-output/**', 'test-results/**'],
  },
});
