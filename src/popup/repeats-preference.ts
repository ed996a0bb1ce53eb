import { storage } from 'wxt/utils/storage';
import { webAddress } from '../core/web-address';

// The sites where the reader asked to hide repeats whenever the popup opens (issue #3).
// Kept on this device only; a site is its host name without "www.".
const alwaysHideSites = storage.defineItem<string[]>('local:alwaysHideRepeatsSites', { fallback: [] });

/** The site of a page address, as the preference stores it; null for non-web addresses. */
export function siteOf(url: string | undefined): string | null {
  const address = webAddress(url);
  return address ? new URL(address).hostname.replace(/^www\./, '') || null : null;
}

export async function alwaysHidesRepeats(site: string): Promise<boolean> {
  return (await alwaysHideSites.getValue()).includes(site);
}

export async function setAlwaysHidesRepeats(site: string, on: boolean): Promise<void> {
  const sites = (await alwaysHideSites.getValue()).filter((s) => s !== site);
  await alwaysHideSites.setValue(on ? [...sites, site] : sites);
}
