import { getMessage, loadMessages, type Messages } from './messages';

const cache = new Map<string, Messages>();
let current = 'en';

/** The interface language the mocked t() speaks, as a _locales folder name ("en", "zh_CN"). */
export function speak(locale: string): void {
  current = locale;
}

/**
 * Stands in for src/ui/i18n in unit tests, with the shipped translations:
 * vi.mock('../../src/ui/i18n', () => import('./helpers/i18n-mock')).
 */
export function t(name: string, substitutions?: string | string[]): string {
  if (!cache.has(current)) cache.set(current, loadMessages(current));
  if (name === '@@bidi_dir') return 'ltr';
  return getMessage(cache.get(current)!, name, substitutions);
}

export function uiLocale(): string {
  return current.replace('_', '-');
}
