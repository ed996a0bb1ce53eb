import { defineConfig } from 'wxt';

// The shipping manifest asks for the least it can: activeTab (granted only when the
// reader clicks our button or presses its shortcut), scripting (to inject the content
// script into that tab then) and storage (to hand the article to the reader-view tab, in
// memory; no warning at install). No host permissions, no content script on every page.
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
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Summarize this article',
      },
    },
    browser_specific_settings: {
      gecko: {
        // Permanent once published on addons.mozilla.org.
        id: '{1537da31-4019-4078-9c92-c6b1fd144a98}',
        // The APIs need Firefox 125 (Intl.Segmenter, for word counts in languages without
        // spaces); the data consent below, which addons.mozilla.org requires of new
        // extensions, is read from Firefox 140 (the ESR) and Firefox for Android 142.
        strict_min_version: '140.0',
        // Nothing the extension sees leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
