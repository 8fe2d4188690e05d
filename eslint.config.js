// Type-aware linting plus the project's folder boundaries (design.md §2). Each boundary says why
// in its message, so a violation explains itself.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const scannerForbidden = [
  {
    group: ['decimal.js'],
    message: 'The scanner runs in the page: keep decimal.js out of its bundle (design.md §8).',
  },
  {
    group: ['zod', 'zod/*'],
    message: 'The scanner does not validate; the background does, on receipt.',
  },
  {
    group: [
      '@/lib/rules',
      '@/lib/rules/*',
      '@/lib/law',
      '@/lib/law/*',
      '@/lib/finance',
      '@/lib/finance/*',
    ],
    message: 'The scanner only reads text; rules, law and money live in the background.',
  },
  { group: ['preact', 'preact/*'], message: 'The scanner renders nothing.' },
];

/** `@/lib/x` and everything under it. */
const lib = (...names) => names.flatMap((n) => [`@/lib/${n}`, `@/lib/${n}/*`]);

const decimalPath = {
  name: 'decimal.js',
  message: 'Import the configured clone from @/lib/finance/decimal.',
};

/**
 * The layering (README "How it works"), one ban per crossing. Each folder lists what it may not
 * import, with the reason; a folder absent here may import any folder below it.
 */
const presentation = {
  group: ['@/components', '@/components/*', '@/entrypoints/*', ...lib('view', 'pages')],
  message:
    'Presentation sits above this folder: codes and data go up, words are made at the view (lib/view, components).',
};
const words = {
  group: lib('i18n'),
  message: 'Interface strings are chosen at the view: return a code and its data instead.',
};
const storage = {
  group: lib('storage'),
  message:
    'Shared types live in lib/model; storage is read and written by background and pages only.',
};
const wiring = {
  group: lib('background', 'analysis'),
  message: 'The pipeline and the background wiring call into this folder, never the other way.',
};
const above = (...names) => ({
  group: lib(...names),
  message:
    'lib/model, lib/text and lib/dates are the bottom layer: everything may import them, they import nothing of the project.',
});
const everythingAboveTheBottom = above(
  'analysis',
  'background',
  'calculator',
  'claims',
  'letters',
  'extract',
  'finance',
  'i18n',
  'law',
  'messaging',
  'pages',
  'parse',
  'reader',
  'rules',
  'storage',
  'view',
);

/** Folder → its bans. Later entries do not override earlier ones: each file matches one entry. */
const layers = [
  {
    files: ['lib/model/**', 'lib/text/**', 'lib/dates/**'],
    patterns: [everythingAboveTheBottom, presentation],
  },
  {
    files: ['lib/parse/**', 'lib/finance/**', 'lib/law/**', 'lib/reader/**', 'lib/messaging/**'],
    patterns: [presentation, words, storage, wiring],
  },
  // Rules and letters quote figures with lib/text/format and judge with lib/model's decisions.
  {
    files: ['lib/rules/**', 'lib/claims/**', 'lib/letters/**'],
    patterns: [presentation, words, storage, wiring],
  },
  // The negotiation assistant's computation and letters: pure, like the complaint letters.
  {
    files: ['lib/negotiate/**', 'lib/evidence/**'],
    patterns: [presentation, words, storage, wiring],
  },
  { files: ['lib/calculator/**'], patterns: [presentation, storage, wiring] },
  { files: ['lib/analysis/**'], patterns: [presentation, words, storage] },
  { files: ['lib/storage/**'], patterns: [presentation, words, wiring] },
  { files: ['lib/background/**'], patterns: [presentation, words] },
  {
    files: ['lib/view/**'],
    patterns: [
      {
        group: ['@/components', '@/components/*', '@/entrypoints/*', ...lib('pages', 'background')],
        message: 'The view model is plain data for the components and the terminal.',
      },
    ],
  },
  {
    files: ['lib/pages/**'],
    patterns: [
      {
        group: ['@/entrypoints/*', ...lib('background')],
        message: 'Pages talk to the background through lib/messaging/client.',
      },
    ],
  },
  {
    files: ['entrypoints/**'],
    ignores: ['entrypoints/scanner.content.ts', 'entrypoints/auto-scan.content.ts'],
    patterns: [
      {
        group: ['@/entrypoints/*'],
        message: 'No entrypoint imports another: what two pages share lives in lib/pages.',
      },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Page text is untrusted: render text, never HTML.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Page text is untrusted: render text, never HTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is untrusted: render text, never HTML.',
        },
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'Nothing leaves the browser (design.md §7).',
        },
        {
          selector: "NewExpression[callee.name='XMLHttpRequest']",
          message: 'Nothing leaves the browser (design.md §7).',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['lib/**', 'entrypoints/**', 'components/**'],
    ignores: ['lib/finance/decimal.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [decimalPath] }],
    },
  },
  ...layers.map(({ files, ignores = [], patterns }) => ({
    files,
    ignores: [...ignores, 'lib/finance/decimal.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [decimalPath], patterns }],
    },
  })),
  {
    files: ['lib/extract/**', 'entrypoints/scanner.content.ts', 'entrypoints/auto-scan.content.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...scannerForbidden, presentation, words, storage, wiring] },
      ],
    },
  },
  {
    files: [
      'lib/finance/**',
      'lib/rules/**',
      'lib/law/**',
      'lib/parse/**',
      'lib/dates/**',
      'lib/model/**',
      'lib/claims/**',
      'lib/letters/**',
      'lib/negotiate/**',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'parseFloat',
          message: 'Money and rates are Decimal or decimal strings, never floats.',
        },
        { name: 'browser', message: 'Pure library: no browser APIs.' },
        { name: 'chrome', message: 'Pure library: no browser APIs.' },
        { name: 'document', message: 'Pure library: no DOM.' },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'browser',
          message: 'Components are props in, markup out: the entrypoint talks to the browser.',
        },
        {
          name: 'chrome',
          message: 'Components are props in, markup out: the entrypoint talks to the browser.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Components may not call browser.*.' },
            { name: 'decimal.js', message: 'Components format strings they are given.' },
          ],
          patterns: [
            {
              group: ['@/entrypoints/*', ...lib('background', 'pages', 'storage', 'analysis')],
              // The shapes they render may be named; the code that loads and stores may not.
              allowTypeImports: true,
              message:
                'Components are props in, markup out: the entrypoint loads, stores and analyses.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../tests/*', '../../tests/*', '@/tests/*'],
              message: 'The harness lives in cli/; tests import it, never the other way.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
