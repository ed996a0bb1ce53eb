import { isWebUrl } from '../core/web-address';
/** Why the browser will not let the extension read a page. */
export type RestrictionReason = 'browser-page' | 'store' | 'view-source' | 'pdf' | 'file';

export type PageAccess = { readable: true } | { readable: false; reason: RestrictionReason };

// Pages no extension may script, whatever its permissions (Chrome's and Firefox's rules).
const BROWSER_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|devtools|data|blob|javascript):/i;
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/**
 * Decides from the address alone whether injecting can work, so the popup explains
 * instead of trying. The popup only opens through the toolbar button or its shortcut,
 * both of which grant activeTab and with it the tab's address; Chrome withholds the
 * grant, and so the address, exactly on pages closed to extensions (chrome://,
 * view-source:, the Web Store). No address therefore means a closed page.
 */
export function classifyPageAccess(url: string | undefined): PageAccess {
  if (!url) return { readable: false, reason: 'browser-page' };
  if (/^view-source:/i.test(url)) return { readable: false, reason: 'view-source' };
  if (BROWSER_SCHEMES.test(url)) return { readable: false, reason: 'browser-page' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { readable: false, reason: 'browser-page' };
  }
  if (STORE_HOSTS.has(parsed.hostname)) return { readable: false, reason: 'store' };
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) {
    return { readable: false, reason: 'store' };
  }
  if (/\.pdf$/i.test(parsed.pathname)) return { readable: false, reason: 'pdf' };
  if (parsed.protocol === 'file:') return { readable: true }; // Allowed when the reader opted in; injection tells.
  if (!isWebUrl(parsed)) return { readable: false, reason: 'browser-page' };
  return { readable: true };
}
