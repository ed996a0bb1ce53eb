import { defineConfig } from 'wxt';

// The shipping manifest asks for the least it can: activeTab (granted only when the
// reader clicks our button or presses its shortcut), scripting (to inject the content
// script into that tab then) and storage (the reader's per-site choices, such as "always
// hide repeats", kept on the device). No host permissions, no content script on every page.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Explicit imports only: the lint rule that keeps extension APIs out of src/core and
  // src/page can only see what is imported.
  imports: false,
  // Manifest V3 for Firefox too (WXT's default there is V2): one permission model, one code path.
  manifestVersion: 3,
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // E2E-only build (`wxt build --mode e2e`): lets a test open the popup as a tab for
    // fine-grained UI checks. The production build never carries host permissions.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: {
      default_title: '__MSG_actionTitle__',
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Summarize this article',
      },
    },
  }),
});
