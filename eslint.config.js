// @ts-check
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Page data must never become markup: no HTML sinks anywhere in the project. The one
// place page HTML is shown (the reader view) goes through DOMPurify into DOM nodes.
const htmlSinks = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No innerHTML/outerHTML: build nodes and set text (see src/popup/create-element.ts).',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseHTMLUnsafe|setHTMLUnsafe)$/]',
    message: 'No HTML-parsing sinks: build nodes and set text.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No document.write.',
  },
];

// The arrows of STYLE.md: entrypoints -> src/{popup,page,messaging} -> src/core, never back.
const extensionApis = {
  paths: [
    { name: 'wxt/browser', message: 'Extension APIs stay out of the core and the page side.' },
    { name: '#imports', message: 'Extension APIs stay out of the core and the page side.' },
  ],
  patterns: [
    {
      group: ['wxt', 'wxt/*', '@wxt-dev/*', '@webext-core/*', 'webextension-polyfill'],
      message: 'Extension APIs stay out of the core and the page side.',
    },
  ],
};
const extensionGlobals = [
  { name: 'chrome', message: 'Extension APIs stay out of the core and the page side.' },
  { name: 'browser', message: 'Extension APIs stay out of the core and the page side.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...extensionApis,
          patterns: [
            ...extensionApis.patterns,
            {
              group: ['../page/*', '../popup/*', '../cli/*', '../messaging', '../reader/*'],
              message: 'src/core depends on nothing of ours.',
            },
          ],
        },
      ],
      // Pure: the core reads the Document it is given, never the globals of a page.
      'no-restricted-globals': [
        'error',
        ...extensionGlobals,
        ...[
          'window',
          'document',
          'location',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
        ].map((name) => ({ name, message: 'src/core is pure: take what you need as an argument.' })),
      ],
    },
  },
  {
    files: ['src/page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...extensionApis,
          patterns: [
            ...extensionApis.patterns,
            {
              group: ['../popup/*', '../cli/*', '../messaging', '../reader/*'],
              message: 'src/page depends on src/core only.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...extensionGlobals],
    },
  },
);
