import { describe, expect, test } from 'vitest';
import { formatQuantity } from '../../src/core/figures/format-quantity';
import type { Quantity } from '../../src/core/types';

const q = (value: number | null, unit: string | null, range?: [number, number], text = 'as written'): Quantity =>
  range ? { text, value, unit, min: range[0], max: range[1] } : { text, value, unit };

describe('formatQuantity', () => {
  test.each<[string, Quantity, string, string]>([
    ['yuan, compact (#4)', q(380e9, 'CNY'), 'en-US', 'RMB\u00a0380B'],
    ['US dollars, compact (#4)', q(53e9, 'USD'), 'en-US', 'US$53B'],
    ['a percentage (#4)', q(11, '%'), 'en-US', '11%'],
    ['a negative percentage', q(-3.2, '%'), 'en-US', '-3.2%'],
    ['a fraction of a percent', q(0.25, '%'), 'en-US', '0.25%'],
    ['percentage points', q(1.3, 'pp'), 'en-US', '1.3 pp'],
    ['a percentage range', q(4, '%', [4, 6]), 'en-US', '4% – 6%'],
    ['a money range', q(2e9, 'USD', [2e9, 3e9]), 'en-US', 'US$2–3B'],
    ['a count with its noun', q(1.2e6, 'households'), 'en-US', '1.2M households'],
    ['a small count stays exact', q(12480, 'people'), 'en-US', '12,480 people'],
    ['a small price keeps its cents', q(4.99, 'USD'), 'en-US', 'US$4.99'],
    ['a whole small sum has no cents', q(1849, 'GBP'), 'en-US', '£1,849'],
    ['a negative sum', q(-4.5e6, 'EUR'), 'en-US', '-€4.5M'],
    ['yen', q(2315, 'JPY'), 'en-US', '¥2,315'],
    ['Hong Kong dollars', q(7.8e9, 'HKD'), 'en-US', 'HK$7.8B'],
    ['a code without a sign is spaced', q(3.2e9, 'CHF'), 'en-US', 'CHF\u00a03.2B'],
    ['a currency with no short sign shows its code', q(5e9, 'SEK'), 'en-US', 'SEK\u00a05B'],
    ['British English abbreviations', q(380e9, 'CNY'), 'en-GB', 'RMB\u00a0380bn'],
    ['German order and separators', q(380e9, 'CNY'), 'de-DE', '380\u00a0Mrd.\u00a0RMB'],
    ['German percent', q(4.2, '%'), 'de-DE', '4,2\u00a0%'],
    ['Japanese compact units', q(53e9, 'USD'), 'ja-JP', 'US$530億'],
    ['qualitative magnitudes keep their words (#4)', q(null, null, undefined, 'triple-digit'), 'en-US', 'triple-digit'],
    ['a malformed locale falls back to English', q(11, '%'), 'not a locale!', '11%'],
  ])('%s', (_name, quantity, locale, expected) => {
    expect(formatQuantity(quantity, locale)).toBe(expected);
  });
});
