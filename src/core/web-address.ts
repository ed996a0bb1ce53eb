// The only addresses the extension shows, follows or reads metadata from are web
// addresses: http and https. Everything else (javascript:, data:, blob:, file:, mailto:,
// chrome:) is refused, wherever an address comes from: the page, its metadata, the
// command line or the browser's tab.

/** Whether a parsed address is a web address. */
export const isWebUrl = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

/** `address`, resolved against `base` when relative, as an absolute web address; else null. */
export function webAddress(address: string | null | undefined, base?: string | null): string | null {
  if (!address) return null;
  try {
    const url = new URL(address, base ?? undefined);
    return isWebUrl(url) ? url.href : null;
  } catch {
    return null;
  }
}

/** Whether `value` is an absolute web address. */
export const isWebAddress = (value: string | null | undefined): value is string => webAddress(value) !== null;
