// Numbers as Chinese text writes them: Arabic digits (half- or full-width) with Chinese
// magnitudes ("3800亿", "3.8万亿", "5千万"), Chinese numerals ("三千八百亿", "两千",
// "二百零五"), their vague forms ("十几", "几十", "数百", "上百万", "二十多") and year
// digits read one by one ("二〇二五"). Simplified and traditional forms both: Taiwan and
// Hong Kong pages write 萬, 億, 兩.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** Magnitudes after Arabic digits: "3800亿", "5千万", "3.8万亿", "3百万". */
const MAGNITUDE = /[十百千万萬亿億]+/y;
/** Placeholders for an unknown digit: "十几" (11–19), "几十", "数百" (several hundred). */
const SOME = /[几幾数數]/;

/** Characters a Chinese numeral is made of. */
export const NUMERAL_CHARACTERS = '零〇一二两兩三四五六七八九十百千万萬亿億几幾数數';
const NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARACTERS}]+`, 'y');

/**
 * Full-width digits, signs and Latin letters made plain, one character for one, so that
 * offsets into the result are offsets into the page's text ("３８０％" -> "380%").
 * Chinese punctuation (，。：) is kept: it bounds clauses.
 */
export function plainWidth(text: string): string {
  return text.replace(/[\uff04\uff05\uff0b\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff5e\uffe5]/g, (c) => {
    if (c === '\uffe5') return '¥';
    if (c === '\uff5e') return '~';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

export interface ChineseNumber {
  /** Offsets of the numeral in the text, magnitudes and "多"/"余" included. */
  start: number;
  end: number;
  value: number;
  /** The upper end when the numeral is vague ("十几": 11 to 19). */
  max?: number;
  /** The largest magnitude written (1e8 for "3800亿"), 1 for none. */
  magnitude: number;
  /** Written in Arabic digits (else in Chinese numerals). */
  arabic: boolean;
  /** Digits read one by one ("二〇二五", "2025"): a year or a code, never a sum. */
  digitString: boolean;
  /** The digits as written, for Arabic numerals ("1,286.5"). */
  digits?: string;
}

/** The value of a run of Chinese numerals, or null when it is no number. */
function valueOfNumerals(run: string, some: number): number | null {
  let total = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  for (const c of run) {
    if (SOME.test(c)) {
      digit = some;
      continue;
    }
    if (DIGITS[c] !== undefined) {
      digit = DIGITS[c]!;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    const large = LARGE_UNITS[c]!;
    const group = section + Math.max(digit, 0);
    if (large === 1e4) wan += (group || (wan ? 0 : 1)) * 1e4;
    else total = (total + wan + group || 1) * 1e8;
    if (large === 1e8) wan = 0;
    section = 0;
    digit = -1;
  }
  return total + wan + section + Math.max(digit, 0);
}

const largest = (run: string) => [...run].reduce((m, c) => Math.max(m, LARGE_UNITS[c] ?? SMALL_UNITS[c] ?? 1), 1);

/** The product of a run of magnitudes: "千万" is 1e7, "万亿" 1e12, "百万" 1e6. */
const productOf = (run: string) => [...run].reduce((p, c) => p * (LARGE_UNITS[c] ?? SMALL_UNITS[c] ?? 1), 1);

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

/**
 * The number that starts at `at` in `text` (plainWidth'd), or null. "多" or "余" after the
 * digits or the magnitude ("30多亿", "五十余亿") belongs to it and keeps its value.
 */
export function readChineseNumber(text: string, at: number): ChineseNumber | null {
  ARABIC.lastIndex = at;
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const digits = arabic[0];
    // "0757", "021": a telephone prefix or a code, not a quantity.
    if (/^0\d/.test(digits)) return null;
    let end = at + digits.length;
    if (text[end] === '多' || text[end] === '余') end++;
    MAGNITUDE.lastIndex = end;
    let magnitude = MAGNITUDE.exec(text);
    // "500千瓦", "30千米", "2个百分点": the magnitude's last character opens a unit.
    if (magnitude && /[千百]$/.test(magnitude[0]) && /^[瓦米克卡焦分]/.test(text.slice(end + magnitude[0].length))) {
      const kept = magnitude[0].slice(0, -1);
      magnitude = kept ? (Object.assign([kept], { index: end }) as unknown as RegExpExecArray) : null;
    }
    let scale = 1;
    if (magnitude) {
      scale = productOf(magnitude[0]);
      end += magnitude[0].length;
      if (text[end] === '多' || text[end] === '余') end++;
    }
    const value = Number(digits.replace(/,/g, '')) * scale;
    return {
      start: at,
      end,
      value,
      magnitude: magnitude ? largest(magnitude[0]) : 1,
      arabic: true,
      digitString: !magnitude && /^\d{4,}$/.test(digits),
      digits,
    };
  }
  NUMERAL_RUN.lastIndex = at;
  const numerals = NUMERAL_RUN.exec(text);
  if (!numerals) return null;
  let run = numerals[0];
  // "二〇二五", "一九九八": digits one by one.
  if (!/[十百千万萬亿億几幾数數]/.test(run) && run.length >= 3 && [...run].every((c) => DIGITS[c] !== undefined)) {
    const value = Number([...run].map((c) => DIGITS[c]).join(''));
    return { start: at, end: at + run.length, value, magnitude: 1, arabic: false, digitString: true };
  }
  // "七八个人" (seven or eight) and "三四十" (thirty or forty) are vague; a run of two
  // digits in a row otherwise is no number ("一一" in a list).
  let max: number | undefined;
  const pair = /^([一二三四五六七八九])([二两三四五六七八九])(.*)$/.exec(run);
  if (pair && DIGITS[pair[2]!]! === DIGITS[pair[1]!]! + 1) {
    const low = valueOfNumerals(pair[1]! + pair[3]!, 0);
    const high = valueOfNumerals(pair[2]! + pair[3]!, 0);
    if (low === null || high === null) return null;
    let end = at + run.length;
    if (text[end] === '多' || text[end] === '余') end++;
    return { start: at, end, value: low, max: high, magnitude: largest(run), arabic: false, digitString: false };
  }
  if (/^[一二两三四五六七八九〇零]{2,}/.test(run) && !/[十百千万萬亿億]/.test(run)) return null;
  // A trailing placeholder counts as the unit digit: "十几" is 11 to 19; a leading one as
  // the first digit: "几十" is 20 to 90.
  const vague = SOME.test(run);
  if (vague && run.length === 1) return null;
  const low = valueOfNumerals(run, /^[几幾数數]/.test(run) ? 2 : 1);
  const high = vague ? valueOfNumerals(run, 9) : null;
  if (low === null) return null;
  if (/^[几幾数數]/.test(run) && high !== null) max = high;
  else if (vague && high !== null) max = high;
  let end = at + run.length;
  if (text[end] === '多' || text[end] === '余') {
    end++;
    // "二十多万": a magnitude after "多".
    MAGNITUDE.lastIndex = end;
    const after = MAGNITUDE.exec(text);
    if (after) {
      run += after[0];
      const scale = productOf(after[0]);
      end += after[0].length;
      return {
        start: at,
        end,
        value: low * scale,
        ...(max !== undefined ? { max: max * scale } : {}),
        magnitude: largest(run),
        arabic: false,
        digitString: false,
      };
    }
  }
  return {
    start: at,
    end,
    value: low,
    ...(max !== undefined ? { max } : {}),
    magnitude: largest(run),
    arabic: false,
    digitString: false,
  };
}
