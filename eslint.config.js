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
// A layer below the extension may import neither extension APIs nor the layers above it.
const EXTENSION_API = 'Extension APIs stay out of the core and the page side.';

/** Rules for a layer that must not reach extension APIs, the layers above it or `globalsToo`. */
function layerBelowExtension(files, layersAbove, why, globalsToo = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', '#imports'].map((name) => ({ name, message: EXTENSION_API })),
          patterns: [
            {
              group: ['wxt', 'wxt/*', '@wxt-dev/*', '@webext-core/*', 'webextension-polyfill'],
              message: EXTENSION_API,
            },
            { group: layersAbove, message: why },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser'].map((name) => ({ name, message: EXTENSION_API })),
        ...globalsToo.map((name) => ({ name, message: 'src/core is pure: take what you need as an argument.' })),
      ],
    },
  };
}

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
  // Pure: the core reads the Document it is given, never the globals of a page.
  layerBelowExtension(
    ['src/core/**/*.ts'],
    ['**/page/*', '**/popup/*', '**/cli/*', '**/messaging', '**/reader/*'],
    'src/core depends on nothing of ours.',
    ['window', 'document', 'location', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest'],
  ),
  layerBelowExtension(
    ['src/page/**/*.ts'],
    ['**/popup/*', '**/cli/*', '**/messaging', '**/reader/*'],
    'src/page depends on src/core only.',
  ),
);
