// @ts-check
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Page data must never become markup: no HTML sinks anywhere in the project. The one
// place page HTML is shown (the reader view) goes through DOMPurify into DOM nodes.
const htmlSinks = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No innerHTML/outerHTML: build nodes and set text (see src/ui/create-element.ts).',
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

// The arrows of STYLE.md: entrypoints -> src/{popup,reader,page,messaging} -> src/ui ->
// src/core, never back, and no circles. Each layer below lists what it may not import;
// tests/unit/architecture.test.ts proves every rule fires.
const EXTENSION_API = 'Extension APIs stay out of the core, the page side and the command.';
const EXTENSION_MODULES = ['wxt', 'wxt/*', '@wxt-dev/*', '@webext-core/*', 'webextension-polyfill'];
const LAYER = {
  core: '**/core/*',
  page: '**/page/*',
  ui: '**/ui/*',
  popup: '**/popup/*',
  reader: '**/reader/*',
  cli: '**/cli/*',
  messaging: '**/messaging',
};

/**
 * Rules for a layer: the layers of ours it may not import, and whether extension APIs
 * (imports and the chrome/browser globals) are closed to it too, with `globalsToo`.
 */
function layer(files, forbidden, why, { extensionApis = true, globalsToo = [] } = {}) {
  const patterns = [{ group: forbidden.map((name) => LAYER[name]), message: why }];
  if (!extensionApis) patterns.unshift({ group: EXTENSION_MODULES, message: EXTENSION_API });
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: extensionApis ? [] : ['wxt/browser', '#imports'].map((name) => ({ name, message: EXTENSION_API })),
          patterns,
        },
      ],
      'no-restricted-globals': [
        'error',
        ...(extensionApis ? [] : ['chrome', 'browser'].map((name) => ({ name, message: EXTENSION_API }))),
        ...globalsToo.map((name) => ({ name, message: 'src/core is pure: take what you need as an argument.' })),
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/**', 'dist/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
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
  // Import cycles anywhere in the shipped code (a cycle makes module order matter).
  {
    files: ['src/**/*.ts', 'entrypoints/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads each imported module itself: with TypeScript's parser, and the
      // project's extensionless relative imports resolved to .ts files.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  // Pure: the core reads the Document it is given, never the globals of a page.
  layer(
    ['src/core/**/*.ts'],
    ['page', 'ui', 'popup', 'reader', 'cli', 'messaging'],
    'src/core depends on nothing of ours.',
    {
      extensionApis: false,
      globalsToo: [
        'window',
        'document',
        'location',
        'navigator',
        'localStorage',
        'sessionStorage',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  ),
  layer(['src/page/**/*.ts'], ['ui', 'popup', 'reader', 'cli', 'messaging'], 'src/page depends on src/core only.', {
    extensionApis: false,
  }),
  // The command runs in Node: no extension API, nothing of the extension's pages.
  layer(['src/cli/**/*.ts'], ['page', 'ui', 'popup', 'reader', 'messaging'], 'src/cli depends on src/core only.', {
    extensionApis: false,
  }),
  // What both extension pages share; it knows neither.
  layer(
    ['src/ui/**/*.ts'],
    ['page', 'popup', 'reader', 'cli'],
    'src/ui serves the popup and the reader; it imports neither.',
  ),
  // The two extension pages never import each other: what they share lives in src/ui.
  layer(['src/popup/**/*.ts'], ['page', 'reader', 'cli'], 'The popup shares with the reader view through src/ui only.'),
  layer(['src/reader/**/*.ts'], ['page', 'popup', 'cli'], 'The reader view shares with the popup through src/ui only.'),
);
