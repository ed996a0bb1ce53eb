import { browser } from 'wxt/browser';
import { webAddress } from '../core/web-address';

// The sites where the reader asked to hide repeats whenever the popup opens (issue #3).
// Kept on this device only; a site is its host name without "www.". Plain storage.local
// under the key WXT's storage item used ("local:alwaysHideRepeatsSites" is this key in
// storage.local), so choices made before carry over: WXT's storage module was 11.6 KB of
// the popup's code for this one list (issue 17).
const ALWAYS_HIDE_KEY = 'alwaysHideRepeatsSites';

async function alwaysHideSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(ALWAYS_HIDE_KEY))[ALWAYS_HIDE_KEY];
  return Array.isArray(stored) ? stored.filter((site): site is string => typeof site === 'string') : [];
}

/** The site of a page address, as the preference stores it; null for non-web addresses. */
export function siteOf(url: string | undefined): string | null {
  const address = webAddress(url);
  return address ? new URL(address).hostname.replace(/^www\./, '') || null : null;
}

export async function alwaysHidesRepeats(site: string): Promise<boolean> {
  return (await alwaysHideSites()).includes(site);
}

export async function setAlwaysHidesRepeats(site: string, on: boolean): Promise<void> {
  const sites = (await alwaysHideSites()).filter((s) => s !== site);
  await browser.storage.local.set({ [ALWAYS_HIDE_KEY]: on ? [...sites, site] : sites });
}
