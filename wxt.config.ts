import { defineConfig } from 'wxt';
import { compileHints } from './scripts/compile-hints';

// Pages of our own (popup, reader view) load nothing from the network: scripts, styles,
// fonts and images come from the package, and there is nothing to connect to. The reader
// view shows page HTML (sanitised), so this is the backstop that keeps "no request of
// ours" true even if something slipped through. Inline styles stay allowed for panels
// that size bars with style attributes; with img-src and font-src closed they fetch
// nothing. Not applied to `wxt` dev mode, whose reloader connects to its local server.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The shipping manifest asks for the least it can: activeTab (granted only when the
// reader clicks our button or presses its shortcut), scripting (to inject the content
// script into that tab then) and storage (to hand the article to the reader-view tab, and
// the reader's per-site choices such as "always hide repeats", kept on the device). No
// host permissions, no content script on every page.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Each bundle compiled as Chromium loads it (scripts/compile-hints.ts: a cold click is
  // mostly first calls).
  vite: () => ({ plugins: [compileHints()] }),
  // Explicit imports only: the lint rule that keeps extension APIs out of src/core and
  // src/page can only see what is imported.
  imports: false,
  // Manifest V3 for Firefox too (WXT's default there is V2): one permission model, one code path.
  manifestVersion: 3,
  manifest: ({ mode, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // The extension pages' palette is written once with CSS light-dark() (src/ui/tokens.css).
    minimum_chrome_version: '123',
    // E2E-only build (`wxt build --mode e2e`): lets a test open the popup as a tab for
    // fine-grained UI checks. The production build never carries host permissions.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      _execute_action: {
        // Alt+Shift+Q is free everywhere we looked (issue #16; Alt+Shift+S, the old key,
        // opened Firefox's History menu on Linux). How it was checked:
        // - Chrome (Windows, Linux, ChromeOS): its accelerator table
        //   (chrome/browser/ui/views/accelerator_table.cc) takes Alt+Shift+A, B, I, T only;
        //   ChromeOS's system table (ash/public/cpp/accelerators.h) takes Alt+Shift+I, L,
        //   M, N, P, S, V (and K until M59).
        // - Firefox (Windows, Linux): its own keys (browser-sets.inc, and the <key>s of the
        //   running ESR 153 window) use no Alt+Q or Alt+Shift+Q; but a menu bar access key
        //   (Alt+letter) fires with Shift held too.
        //   The menu access keys of 30 locales (en-US, de, fr, es-ES, es-MX, it, pt-BR,
        //   pt-PT, ru, uk, pl, cs, nl, sv-SE, da, nb-NO, fi, hu, ro, el, tr, ar, fa, he,
        //   id, vi, ja, ko, zh-CN, zh-TW; Debian's firefox-esr-l10n packages) never use Q,
        //   nor the letter the Q key types on their own layouts (Й, ض, /, ;). J was the
        //   only other such letter, and the Arabic, Persian and Ukrainian menus take the
        //   letter of the J key.
        // - macOS: Option+Shift+Q types "Œ", so Control there: Firefox binds Control+Shift
        //   only to Tab, 3, 4 and 6 there, Chrome's table binds no Control+Q, and macOS
        //   keeps Cmd+Shift+Q (log out), not Control.
        // The Firefox E2E test re-checks its keys and menus, and both browsers' tests
        // press the key on Linux. The reader can change it at chrome://extensions/shortcuts
        // or in Firefox's about:addons, "Manage Extension Shortcuts".
        suggested_key: { default: 'Alt+Shift+Q', mac: 'MacCtrl+Shift+Q' },
        description: '__MSG_actionTitle__',
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
