import { browser } from 'wxt/browser';
import type { Analysis } from '../core/types';

// The popup closes as soon as the reader tab takes focus, so it cannot answer the tab:
// it leaves the analysis in the extension's session storage (memory only, gone when the
// browser closes, out of reach of content scripts) under a random id in the tab's
// address. The reader takes it out at once, so nothing piles up there.
const KEY_PREFIX = 'reader:';

/** Leaves the analysis for a reader tab; returns the address to open. */
export async function handOffToReader(analysis: Analysis): Promise<string> {
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [KEY_PREFIX + id]: analysis });
  return `${browser.runtime.getURL('/reader.html')}?id=${id}`;
}

function isAnalysis(value: unknown): value is Analysis {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Analysis>;
  return typeof v.title === 'string' && Array.isArray(v.paragraphs) && Array.isArray(v.figures);
}

/**
 * The analysis the popup left for this tab, or null. It is also kept in the tab's own
 * sessionStorage, so reloading the reader shows the article again without the page.
 */
export async function receiveFromPopup(id: string, tabStorage: Storage): Promise<Analysis | null> {
  const key = KEY_PREFIX + id;
  try {
    const kept = tabStorage.getItem(key);
    if (kept) {
      const value: unknown = JSON.parse(kept);
      if (isAnalysis(value)) return value;
    }
  } catch {
    // Unreadable copy: fall through to the hand-off.
  }
  const stored = await browser.storage.session.get(key);
  const value: unknown = stored[key];
  await browser.storage.session.remove(key);
  if (!isAnalysis(value)) return null;
  try {
    tabStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Too large for sessionStorage: the view works, only a reload will not.
  }
  return value;
}
