import type { PageReading } from '../core/types';
import { t } from './i18n';

/**
 * "717 words · 3 min read", or on a Chinese page "1,319 characters · 3 min read": Chinese
 * readers count text in characters (字), and its reading time follows them (issue 15).
 */
export function formatLength(analysis: PageReading, locale: string): string {
  const numbers = new Intl.NumberFormat(locale);
  const minutes = numbers.format(analysis.readingMinutes);
  return analysis.characterCount === undefined
    ? t('wordsAndMinutes', [numbers.format(analysis.wordCount), minutes])
    : t('charactersAndMinutes', [numbers.format(analysis.characterCount), minutes]);
}
