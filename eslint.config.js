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
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'decimal.js',
              message: 'Import the configured clone from @/lib/finance/decimal.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/extract/**', 'entrypoints/scanner.content.ts', 'entrypoints/auto-scan.content.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: scannerForbidden }],
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
        },
      ],
    },
  },
  prettier,
);
