import { storage } from 'wxt/utils/storage';

// The sites where the reader asked to hide repeats whenever the popup opens (issue #3).
// Kept on this device only; a site is its host name without "www.".
const alwaysHideSites = storage.defineItem<string[]>('local:alwaysHideRepeatsSites', { fallback: [] });

/** The site of a page address, as the preference stores it; null for non-web addresses. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export async function alwaysHidesRepeats(site: string): Promise<boolean> {
  return (await alwaysHideSites.getValue()).includes(site);
}

export async function setAlwaysHidesRepeats(site: string, on: boolean): Promise<void> {
  const sites = (await alwaysHideSites.getValue()).filter((s) => s !== site);
  await alwaysHideSites.setValue(on ? [...sites, site] : sites);
}
