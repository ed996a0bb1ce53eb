import { formatQuantity } from '../core/figures/format-quantity';
import type { Quantity } from '../core/types';
import { t } from '../ui/i18n';

// Chinese names a sum's currency after the number, as one word: "530亿美元", "3800亿人民币".
// The signs the core writes ("US$530亿", "RMB 3800亿") read as foreign there, and "¥",
// the core's sign for yen, is what Chinese readers write for yuan.
const CURRENCY_NAME_AFTER = new Set(['zh']);

function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return locale.split(/[-_]/)[0]!.toLowerCase();
  }
}

function currencyName(code: string, locale: string): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' }).of(code);
    return name ?? null;
  } catch {
    return null;
  }
}

/**
 * A key figure in the reader's locale: formatQuantity's compact numbers ("RMB 380B",
 * "US$53B", "11%"), with percentage points in the interface's words ("1.3 pp",
 * "1.3 个百分点") and, in Chinese, the currency named after the number ("3800亿人民币").
 */
export function formatFigure(quantity: Quantity, locale: string): string {
  const { value, unit } = quantity;
  if (value === null || !unit) return formatQuantity(quantity, locale);
  const number = () => formatQuantity({ ...quantity, unit: null }, locale);
  if (unit === 'pp') return t('figurePoints', number());
  if (/^[A-Z]{3}$/.test(unit) && CURRENCY_NAME_AFTER.has(languageOf(locale))) {
    const name = currencyName(unit, locale);
    if (name) return `${number()}${name}`;
  }
  return formatQuantity(quantity, locale);
}
