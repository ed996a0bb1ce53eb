export const THEMES = ['light', 'dark', 'sepia'] as const;
export type ReaderTheme = (typeof THEMES)[number];

/** Text sizes the reader steps through, in CSS pixels; the default is DEFAULT_TEXT_SIZE. */
export const TEXT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 27, 30] as const;
export const DEFAULT_TEXT_SIZE = 18;

export interface ReaderSettings {
  /** null: follow the system's light or dark mode. */
  theme: ReaderTheme | null;
  textSize: number;
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: null, textSize: DEFAULT_TEXT_SIZE };

/** localStorage key of the reader page (an extension page: the key is ours alone). */
export const SETTINGS_KEY = 'reader-settings';

/** Settings from what was saved, falling back to the defaults for anything missing or foreign. */
export function parseSettings(saved: string | null): ReaderSettings {
  let value: unknown;
  try {
    value = saved ? JSON.parse(saved) : null;
  } catch {
    value = null;
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const theme = THEMES.find((t) => t === record.theme) ?? null;
  const size = TEXT_SIZES.find((s) => s === record.textSize) ?? DEFAULT_TEXT_SIZE;
  return { theme, textSize: size };
}

/** The next text size up (+1) or down (-1), staying within TEXT_SIZES. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  const index = TEXT_SIZES.findIndex((s) => s >= current);
  const at = index === -1 ? TEXT_SIZES.length - 1 : index;
  const next = Math.min(TEXT_SIZES.length - 1, Math.max(0, at + direction));
  return TEXT_SIZES[next]!;
}

export function loadSettings(storage: Pick<Storage, 'getItem'>): ReaderSettings {
  try {
    return parseSettings(storage.getItem(SETTINGS_KEY));
  } catch {
    // Storage refused (a browser set to keep no site data): defaults, every time.
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(storage: Pick<Storage, 'setItem'>, settings: ReaderSettings): void {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Not remembered; the choice still holds for this page.
  }
}

/** Puts the settings on the page: a theme attribute the CSS reads, and the text size. */
export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  if (settings.theme) root.dataset.theme = settings.theme;
  else delete root.dataset.theme;
  root.style.setProperty('--reader-text-size', `${settings.textSize}px`);
}
