import { lookupTable } from './lookup-table';
import type { Token } from './split-tokens';

/**
 * The value of a numeral as written: "12,480" (English), "1.234,5" (European), "380 000"
 * (no-break spaces). A numeral that reads both ways ("1.234", "1,234") follows the page's
 * habit, `decimalComma`. Null for what no one writes as a quantity: "31.12.2024",
 * "1.2.3", "0142" (a phone number's or postcode's leading zero).
 */
export function readDigits(raw: string, decimalComma: boolean): number | null {
  const s = raw.replace(/[\u00a0\u202f]/g, ' ');
  if (/^0\d/.test(s)) return null;
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return Number(s.replace(/ /g, '').replace(',', '.'));
  const english = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s);
  if (english && !(decimalComma && /^\d+,\d{3}$/.test(s))) return Number(s.replace(/,/g, ''));
  // "1.000" is a thousand: no one writes a one with three zero decimals in the news.
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && (decimalComma || /,|\..*\.|\.000$/.test(s))) {
    return Number(s.replace(/\./g, '').replace(',', '.'));
  }
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

/** Whether a page writes decimals with a comma: its unambiguous numerals say so. */
export function prefersDecimalComma(text: string): boolean {
  const european = text.match(/\d\.\d{3},\d|\d,\d{1,2}(?![\d,.])|\d{1,3}\.\d{3}\.\d{3}(?!\d)/g)?.length ?? 0;
  const english = text.match(/\d,\d{3}\.\d|\d\.\d{1,2}(?![\d.,])|\d{1,3},\d{3},\d{3}(?!\d)/g)?.length ?? 0;
  return european > english;
}

const SMALL = lookupTable<number>();
'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((word, i) => (SMALL[word] = i + 2));
const TENS = lookupTable<number>();
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((word, i) => (TENS[word] = (i + 2) * 10));

/** Words that multiply what stands before them. */
export const MAGNITUDES = lookupTable<number>({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  k: 1e3,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  tn: 1e12,
  trn: 1e12,
});
const MULTIPLIERS = new Set(['hundred', 'dozen', 'percentage', 'percent', 'per']);

/**
 * Whether a text holds a word that readSpelled reads or needs: a number word ("six",
 * "twenty-five") or what makes "a" and "one" a number ("a dozen", "one million"). When
 * it does not, no token of it is a spelled number.
 */
export const SPELLED_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[
    ...Object.keys(SMALL),
    ...Object.keys(TENS),
    ...MULTIPLIERS,
    ...Object.keys(MAGNITUDES),
  ].join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);

/** Single letters that multiply only when glued to the numeral ("380B", "5m", "1.2k"). */
export const GLUED_MAGNITUDES = lookupTable<number>({ k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 });

const unitValue = (word = '') => (word === 'one' ? 1 : (SMALL[word] ?? 10) < 10 ? SMALL[word] : undefined);

function wordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (SMALL[lower] !== undefined) return SMALL[lower];
  if (TENS[lower] !== undefined) return TENS[lower];
  const [tens = '', unit] = lower.split('-');
  const units = unitValue(unit);
  return TENS[tens] !== undefined && units !== undefined ? TENS[tens] + units : undefined;
}

/**
 * A number written in words from `tokens[i]`: "six", "twenty-five", "two hundred and
 * fifty", "a dozen", "a million" (the magnitude itself is read by the caller). "one" and
 * "a" count only before "hundred", "dozen", a magnitude or a percentage: "one of them" is
 * no figure.
 */
export function readSpelled(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const word = tokens[i]?.text.toLowerCase() ?? '';
  // "half a billion dollars"
  if (word === 'half' && /^an?$/.test(tokens[i + 1]?.text.toLowerCase() ?? '')) {
    if (MAGNITUDES[tokens[i + 2]?.text.toLowerCase() ?? ''] !== undefined) return { value: 0.5, last: i + 1 };
  }
  // "five-and-a-half points"
  const half = /^(\p{L}+(?:-\p{L}+)?)-and-a-half$/u.exec(word);
  if (half) {
    const whole = wordValue(half[1]!);
    return whole === undefined ? null : { value: whole + 0.5, last: i };
  }
  const article = word === 'one' || word === 'a' || word === 'an';
  // Most words are no number (wordValue would say so): the recogniser asks about every one.
  const dash = word.indexOf('-');
  if (!article && SMALL[word] === undefined && TENS[dash < 0 ? word : word.slice(0, dash)] === undefined) return null;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  // "one percentage point", "one per cent"
  const multiplier = MULTIPLIERS.has(next) || MAGNITUDES[next] !== undefined;
  let value = article ? (multiplier ? 1 : undefined) : wordValue(word);
  if (value === undefined) return null;
  let last = i;
  const units = unitValue(next);
  if (TENS[word] !== undefined && units !== undefined) {
    value += units;
    last++;
  }
  const after = tokens[last + 1]?.text.toLowerCase();
  if (after === 'dozen') return { value: value * 12, last: last + 1 };
  // "two and a half years"
  if (
    after === 'and' &&
    tokens[last + 2]?.text.toLowerCase() === 'a' &&
    tokens[last + 3]?.text.toLowerCase() === 'half'
  )
    return { value: value + 0.5, last: last + 3 };
  // "three quarters billion", "two thirds of a million" are fractions of the magnitude after them.
  const fraction =
    after === 'quarters' || after === 'quarter' ? 0.25 : after === 'thirds' || after === 'third' ? 1 / 3 : 0;
  if (fraction && MAGNITUDES[tokens[last + 2]?.text.toLowerCase() ?? ''] !== undefined)
    return { value: value * fraction, last: last + 1 };
  if (after === 'hundred') {
    value *= 100;
    last++;
    const k = tokens[last + 1]?.text.toLowerCase() === 'and' ? last + 2 : last + 1;
    const rest = tokens[k] ? wordValue(tokens[k].text) : undefined;
    if (rest !== undefined && rest < 100) {
      value += rest;
      last = k;
    }
  }
  return { value, last };
}
