import type { Quantity } from '../types';

// How a figure names its currency: short, and never ambiguous between dollars, or between
// yen and yuan ("$" and "¥" alone are). Other currencies show their ISO code.
const CURRENCY_SIGNS: Record<string, string> = {
  USD: 'US$',
  CNY: 'RMB',
  JPY: '¥',
  EUR: '€',
  GBP: '£',
  HKD: 'HK$',
  AUD: 'A$',
  CAD: 'C$',
  SGD: 'S$',
  NZD: 'NZ$',
  TWD: 'NT$',
  INR: '₹',
  KRW: '₩',
};

type Options = Intl.NumberFormatOptions;

/** Large numbers compact ("380B", "1.2M"), small ones exact ("12,480", "4.99"). */
function sizeOptions(values: number[]): Options {
  return values.some((v) => Math.abs(v) >= 1e5)
    ? { notation: 'compact', maximumSignificantDigits: 3 }
    : { maximumFractionDigits: 2, minimumFractionDigits: values.every(Number.isInteger) ? 0 : undefined };
}

function formatNumber(locale: string, options: Options, value: number, max?: number): Intl.NumberFormatPart[] {
  // A malformed locale falls back to English; an unknown currency code to a plain number.
  const attempts: [string, Options][] = [
    [locale, options],
    ['en', options],
    ['en', { ...options, style: 'decimal', currency: undefined }],
  ];
  for (const [tag, attempt] of attempts) {
    try {
      const format = new Intl.NumberFormat(tag, attempt);
      return max === undefined || max === value ? format.formatToParts(value) : format.formatRangeToParts(value, max);
    } catch {
      continue;
    }
  }
  return [{ type: 'integer', value: String(value) }];
}

function formatMoney(locale: string, code: string, value: number, max?: number): string {
  const sign = CURRENCY_SIGNS[code] ?? code;
  const parts = formatNumber(
    locale,
    { style: 'currency', currency: code, currencyDisplay: 'code', ...sizeOptions([value, max ?? value]) },
    value,
    max,
  );
  if (!parts.some((part) => part.type === 'currency')) return `${sign} ${parts.map((p) => p.value).join('')}`;
  return parts
    .map((part, i) => {
      if (part.type === 'currency') return sign;
      // "US$53B", "€4.1B", but "RMB 380B" and "CHF 2B": a sign glued, letters spaced.
      const glued = parts[i - 1]?.type === 'currency' && /[^\p{L}]$/u.test(sign);
      return glued && part.type === 'literal' && !part.value.trim() ? '' : part.value;
    })
    .join('');
}

/**
 * A quantity the way a reader takes it in at a glance, in the reader's locale: "RMB 380B",
 * "US$53B", "11%", "4–6%", "1.3 pp", "1.2M households". Qualitative figures keep their
 * words ("triple-digit").
 */
export function formatQuantity(quantity: Quantity, locale: string): string {
  const { value, unit } = quantity;
  if (value === null) return quantity.text;
  const low = quantity.min ?? value;
  const high = quantity.max;
  const text = (parts: Intl.NumberFormatPart[]) => parts.map((part) => part.value).join('');
  if (unit === '%') {
    return text(formatNumber(locale, { style: 'percent', maximumFractionDigits: 2 }, low / 100, high && high / 100));
  }
  if (unit && /^[A-Z]{3}$/.test(unit)) return formatMoney(locale, unit, low, high);
  const number = text(formatNumber(locale, sizeOptions([low, high ?? low]), low, high));
  return unit ? `${number} ${unit}` : number;
}
