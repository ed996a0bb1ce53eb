import { describe, expect, test, vi } from 'vitest';
import type { Quantity } from '../../src/core/types';
import { speak } from './helpers/i18n-mock';

vi.mock('../../src/ui/i18n', () => import('./helpers/i18n-mock'));
const { formatFigure } = await import('../../src/popup/format-figure');

const q = (value: number | null, unit: string | null, extra: Partial<Quantity> = {}): Quantity => ({
  text: 'as written',
  value,
  unit,
  ...extra,
});

type Row = [name: string, shown: string, quantity: Quantity];

// The interface's language (its strings) and the reader's locale (its numbers) go together here.
describe.each([
  [
    'en',
    'en',
    [
      ['yuan, compact', 'RMB\u00a0380B', q(380e9, 'CNY')],
      ['dollars, compact', 'US$53B', q(53e9, 'USD')],
      ['yen', '¥3.5T', q(3.5e12, 'JPY')],
      ['a small sum, exact', '€4.99', q(4.99, 'EUR')],
      ['percent', '11%', q(11, '%')],
      ['percentage points', '1.3 pp', q(1.3, 'pp')],
      ['a count with the page’s noun', '1.2M households', q(1.2e6, 'households')],
      ['words for a number', 'triple-digit', q(null, null, { text: 'triple-digit' })],
    ],
  ],
  [
    'zh_CN',
    'zh-CN',
    [
      // Chinese news writes the sum, then the currency's name: 3800亿元人民币, 530亿美元.
      ['yuan, compact', '3800亿人民币', q(380e9, 'CNY')],
      ['dollars, compact', '530亿美元', q(53e9, 'USD')],
      // "¥" would read as yuan to a Chinese reader.
      ['yen', '3.5万亿日元', q(3.5e12, 'JPY')],
      ['Hong Kong dollars', '78亿港元', q(7.8e9, 'HKD')],
      ['a small sum, exact', '4.99欧元', q(4.99, 'EUR')],
      ['a range', '15亿 - 20亿欧元', q(1.5e9, 'EUR', { min: 1.5e9, max: 2e9 })],
      ['percent', '11%', q(11, '%')],
      ['percentage points', '1.3 个百分点', q(1.3, 'pp')],
      ['a count with the page’s noun', '120万 households', q(1.2e6, 'households')],
      ['words for a number', 'triple-digit', q(null, null, { text: 'triple-digit' })],
    ],
  ],
] as [string, string, Row[]][])('interface %s, locale %s', (messages, locale, cases) => {
  test.each(cases)('%s: %s', (_name, shown, quantity) => {
    speak(messages);
    expect(formatFigure(quantity, locale)).toBe(shown);
  });
});

test('a currency Intl does not name keeps its code', () => {
  speak('zh_CN');
  expect(formatFigure(q(2e9, 'XYZ'), 'zh-CN')).toBe('XYZ\u00a020亿');
});
