import type { FigureKind, Quantity } from '../types';
import { plainWidth, readChineseNumber, NUMERAL_CHARACTERS, type ChineseNumber } from './read-chinese-numerals';

// Quantities in Chinese sentences (issue 15). Chinese writes no space between a number
// and the words around it ("营收1286.5亿元同比增长12.4%"), so the English rule that a
// number glued to a word is part of a name does not hold between Han characters and
// digits; it still holds for Latin letters ("5G", "Mate 30", "Q3"). A number is a figure
// only with what it counts: a currency, a percent sign, 个百分点, 成, 基点, or a measure
// word (台, 人, 项, 年...). Dates, times, serial numbers (号), ordinals (第), rates' bases
// (每10股) and the counters of page chrome (阅读, 评论, 点赞) are not.

/** How the page writes what a sign or 元 alone does not say. */
export interface ChineseHabits {
  /** What "$" alone means here (as the English recogniser reads it). */
  dollar: string;
  /** What 元 alone means: the renminbi, or the Taiwan or Hong Kong dollar on their pages. */
  yuan: string;
}

export interface ChineseQuantity extends Quantity {
  kind: FigureKind;
  /** Offsets of the quantity as written. */
  start: number;
  end: number;
  /** End of what belongs to it: its equivalent and the bracket around it included. */
  reach: number;
  equivalents: Quantity[];
  /** A span of time ("未来三年", "连续六个季度"): labelled by what happens during it. */
  duration: boolean;
}

// Currency names written after the number, longest first where one starts another.
const CURRENCY_AFTER: [string, string | null][] = [
  ['元人民币', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['日元', 'JPY'],
  ['日圆', 'JPY'],
  ['日圓', 'JPY'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['英镑', 'GBP'],
  ['英鎊', 'GBP'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['韩元', 'KRW'],
  ['韓元', 'KRW'],
  ['韩币', 'KRW'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['新加坡元', 'SGD'],
  ['新元', 'SGD'],
  ['瑞士法郎', 'CHF'],
  ['卢布', 'RUB'],
  ['盧布', 'RUB'],
  ['卢比', 'INR'],
  ['泰铢', 'THB'],
  ['越南盾', 'VND'],
  // 元 and 圆 alone: the page's own currency (ChineseHabits.yuan).
  ['元', null],
  ['圆', null],
];
// Currency names before the number: "人民币50亿元", "美元530亿".
const CURRENCY_BEFORE: [string, string][] = [
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['欧元', 'EUR'],
  ['日元', 'JPY'],
  ['英镑', 'GBP'],
  ['新台币', 'TWD'],
];
// Signs and codes glued before the number.
const SIGNS: [string, string | 'dollar'][] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['S$', 'SGD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['USD', 'USD'],
  ['HKD', 'HKD'],
  ['EUR', 'EUR'],
  ['¥', 'CNY'],
  ['$', 'dollar'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

// Time spans; a bare 月 or 日 after a number is a date, 时 and 点 a time of day.
const DURATIONS: [string, string][] = [
  ['个工作日', 'working days'],
  ['个季度', 'quarters'],
  ['个小时', 'hours'],
  ['个星期', 'weeks'],
  ['个月', 'months'],
  ['小时', 'hours'],
  ['分钟', 'minutes'],
  ['星期', 'weeks'],
  ['周年', 'years'],
  ['年', 'years'],
  ['天', 'days'],
  ['周', 'weeks'],
  ['秒钟', 'seconds'],
  ['秒', 'seconds'],
];
// Measure words and units of counts. 个 needs the noun after it to say what it counts.
const MEASURES = (
  '人次 人 名 位 家 户 座 所 项 件 起 例 宗 次 场 辆 台 部 架 艘 套 款 只 头 条 张 份 批 栋 间 种 类 支 枚 颗 股 ' +
  '吨 万吨 公斤 千克 克 公里 千米 平方公里 平方米 米 亩 公顷 升 千瓦时 千瓦 兆瓦 吉瓦 瓦 立方米 标准箱 个'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
// Units of measure, which count amounts rather than things.
const UNITS = new Set(
  '人次 吨 万吨 公斤 千克 克 公里 千米 平方公里 平方米 米 亩 公顷 升 千瓦时 千瓦 兆瓦 吉瓦 瓦 立方米 标准箱'.split(' '),
);
// A count of these is page chrome: "1.2万阅读", "312条评论", "3.6万次播放".
const CHROME_NOUNS = /^(?:阅读|评论|点赞|赞|浏览|转发|收藏|分享|回复|播放|关注|粉丝|跟帖|条评论)/;
// What may stand between a number and its measure word, and before a duration.
const DURATION_MODIFIERS = ['未来', '过去', '连续', '最近', '近'];
const RANGE_CONNECTORS = /^(?:至|到|~|-|–|—|〜)/;
// Before an equivalent: "（约合530亿美元）", "，折合人民币约360亿元".
const EQUIVALENT_OPENERS = /^(?:[（(]|[，,]\s*)?(?:约合|折合|约折合|相当于|合)(?:约)?/;
const LOSSES = /(?:亏损|净亏|亏了|损失|亏)[^，。；]{0,4}$/;

const HAN = /\p{Script=Han}/u;
const NUMERAL = new RegExp(`[${NUMERAL_CHARACTERS}]`);
const LATIN = /[A-Za-z]/;

/** False when readChineseQuantities can find nothing: no digit, numeral, 成, 翻 or 位数. */
export function mayHoldChineseQuantity(text: string): boolean {
  return /[0-9\uff10-\uff19]/.test(text) || new RegExp(`[${NUMERAL_CHARACTERS}]|翻|位数`).test(text);
}

const startsWithAny = <T>(text: string, at: number, list: readonly [string, T][]): [string, T] | undefined =>
  list.find(([name]) => text.startsWith(name, at));

/** The currency sign, code or name just before offset `at`, and where it starts. */
function currencyBefore(text: string, at: number, habits: ChineseHabits): { code: string; start: number } | null {
  for (const [sign, code] of SIGNS) {
    if (text.endsWith(sign, at) || (text[at - 1] === ' ' && text.endsWith(sign, at - 1))) {
      const start = text.lastIndexOf(sign, at - 1);
      // "5G", "A380": a Latin letter glued before a sign of letters is part of a name.
      if (LATIN.test(sign[0]!) && LATIN.test(text[start - 1] ?? '')) return null;
      return { code: code === 'dollar' ? habits.dollar : code, start };
    }
  }
  for (const [name, code] of CURRENCY_BEFORE) {
    const plain = text.endsWith(name, at);
    const approximate = !plain && text.endsWith(name + '约', at);
    if (plain || approximate) return { code, start: at - name.length - (approximate ? 1 : 0) };
  }
  return null;
}

interface Unit {
  kind: FigureKind;
  unit: string | null;
  end: number;
  scale?: number;
  duration?: boolean;
}

/** 成 is a tenth only as a share: not in 成为 after a noun, 成本, 成员, 成年 ... */
const TENTHS_BLOCKED = /^成[本员年功绩立品都长熟果就交语不]/;

function unitAfter(text: string, n: ChineseNumber, habits: ChineseHabits): Unit | null {
  const at = n.end;
  const rest = text.slice(at, at + 8);
  if (rest.startsWith('%')) return { kind: 'percent', unit: '%', end: at + 1 };
  if (rest.startsWith('‰')) return { kind: 'percent', unit: '%', end: at + 1, scale: 0.1 };
  const points = /^个?百分点/.exec(rest);
  if (points) return { kind: 'percent', unit: 'pp', end: at + points[0].length };
  const basis = /^个?基点/.exec(rest);
  if (basis) return { kind: 'percent', unit: 'pp', end: at + basis[0].length, scale: 0.01 };
  if (rest.startsWith('成') && !TENTHS_BLOCKED.test(rest) && n.magnitude === 1 && n.value > 0 && n.value <= 10)
    return { kind: 'percent', unit: '%', end: at + 1, scale: 10 };
  const currency = startsWithAny(text, at, CURRENCY_AFTER);
  if (currency) {
    const [name, code] = currency;
    // "3800亿元人民币": 元 and the name after it.
    const named = name === '元' ? startsWithAny(text, at + 1, CURRENCY_AFTER.slice(0, 2)) : undefined;
    if (named) return { kind: 'money', unit: 'CNY', end: at + 1 + named[0].length };
    return { kind: 'money', unit: code ?? habits.yuan, end: at + name.length };
  }
  // 块 is money in speech ("才卖三块", "一两百块钱"), and a piece of something before a noun.
  if (rest.startsWith('块钱') || rest.startsWith('塊錢')) return { kind: 'money', unit: 'CNY', end: at + 2 };
  if ((rest.startsWith('块') || rest.startsWith('塊')) && !HAN.test(rest[1] ?? '')) {
    return { kind: 'money', unit: 'CNY', end: at + 1 };
  }
  for (const [name, unit] of DURATIONS) {
    if (!text.startsWith(name, at)) continue;
    // "2024年", "二〇二五年": a year; "80年代", "3年级", "十年前": not a span of time.
    if (name === '年' && (n.digitString || /^年(?:代|级|底|初|末|中|度|前|后|以来|月)/.test(rest))) return null;
    return { kind: 'count', unit, end: at + name.length, duration: true };
  }
  for (const measure of MEASURES) {
    if (!text.startsWith(measure, at)) continue;
    const end = at + measure.length;
    if (measure === '个') {
      // 个 says nothing: the noun after it is the unit ("十几个国家").
      const noun = /^\p{Script=Han}{2}/u.exec(text.slice(end));
      if (!noun || /^[的了是在都也就和与及]/.test(noun[0])) return null;
      return { kind: 'count', unit: noun[0], end: end + 2 };
    }
    return { kind: 'count', unit: measure, end };
  }
  return null;
}

/** Whether what stands around a number makes it a date, a time, a code, a rank or a name. */
function isRejected(text: string, n: ChineseNumber, start: number, u: Unit): boolean {
  const before = text[start - 1] ?? '';
  const after = text.slice(u.end, u.end + 4);
  // "5G", "Q3", "A380", "Mate 30", "iPhone 11": a name, not a quantity.
  if (LATIN.test(before) || LATIN.test(text[n.end] ?? '')) return true;
  if (/[A-Za-z]+ $/.test(text.slice(Math.max(0, start - 12), start)) && u.kind === 'count') return true;
  // Part of a longer code or list: "11:30", "2024-12", "3.2.1".
  if (/[\d:/.]/.test(before) || /^[:/]\d/.test(text.slice(n.end))) return true;
  if (before === '-' && /\d/.test(text[start - 2] ?? '')) return true;
  // Ordinals and positions: "第三季度", "第2名", "前10名".
  if (before === '第') return true;
  if (before === '前' && !/[此之以目日当提眼空事]/.test(text[start - 2] ?? '')) return true;
  // "头两年" (the first two years), like "前三季度": which years, not how many.
  if (before === '头' && u.duration) return true;
  // A rate's base: "每10股派发现金红利25元".
  if (before === '每' && u.kind === 'count') return true;
  if (u.kind === 'count') {
    // Page chrome: read, comment, like, share counts; reading times ("阅读 6分钟").
    if (CHROME_NOUNS.test(after)) return true;
    if (/(?:阅读|读完|时长)\s*$/.test(text.slice(Math.max(0, start - 4), start))) return true;
    // "一家", "一个": the numeral is the article, not a count.
    if (n.value === 1 && n.magnitude === 1 && !n.arabic && n.max === undefined) return true;
    // "9秒83", "3分20秒": a time told in parts, not a span.
    if (u.duration && /\d/.test(text[u.end] ?? '')) return true;
    // "三年前", "两个月后": a point in time; "这两天", "这几年": lately.
    if (u.duration && (/^[前后]/.test(after) || /[这這那哪]/.test(before))) return true;
    // "两名宇航员", "三家": a handful of things is a detail, not a key figure.
    if (!u.duration && !UNITS.has(u.unit ?? '') && n.magnitude === 1 && (n.max ?? n.value) < 10) return true;
  }
  return false;
}

function rounded(value: number): number {
  return Number(value.toPrecision(12));
}

/** The quantity whose number starts at `at`, with its unit, range and sign, or null. */
function readQuantityAt(text: string, page: string, at: number, habits: ChineseHabits): ChineseQuantity | null {
  // "百分之五", "千分之三": the share before its number.
  const share = /^(百分之|千分之)/.exec(text.slice(at, at + 3));
  if (share) {
    const spelled = readChineseNumber(text, at + 3);
    if (!spelled) return null;
    let end = spelled.end;
    let value = spelled.value;
    // "百分之六点五"
    const decimals = /^点([零〇一二三四五六七八九]+)/.exec(text.slice(end));
    if (decimals && !spelled.arabic) {
      const digitsAfter = [...decimals[1]!].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('');
      value = Number(`${value}.${digitsAfter}`);
      end += decimals[0].length;
    }
    const scale = share[1] === '千分之' ? 0.1 : 1;
    return quantity(page, at, end, rounded(value * scale), '%', 'percent');
  }
  // "翻番", "翻了一番", "翻两番": a doubling, twice a doubling.
  const doubling = /^翻(?:了)?(一|两|二|三)?番/.exec(text.slice(at, at + 5));
  if (doubling) {
    const times = '一二三'.indexOf(doubling[1] === '两' ? '二' : (doubling[1] ?? '一')) + 1;
    return quantity(page, at, at + doubling[0].length, (2 ** times - 1) * 100, '%', 'percent');
  }
  // "三位数增长", "两位数": how many digits a growth rate has (English "triple-digit").
  const digits = /^(?:[两二三四五六七八九十]|个|双)位数/.exec(text.slice(at, at + 4));
  if (digits) return quantity(page, at, at + digits[0].length, null, null, 'other');

  let start = at;
  // "上百万人", "近百家": at least, about, the magnitude itself.
  let vagueMagnitude = false;
  if ((text[at] === '上' || text[at] === '近') && /[百千万亿]/.test(text[at + 1] ?? '')) {
    vagueMagnitude = true;
    at++;
  }
  const n = readChineseNumber(text, at);
  if (!n) return null;
  if (vagueMagnitude && !/^[百千万亿]+$/.test(text.slice(at, n.end))) return null;
  let u = unitAfter(text, n, habits);
  const sign = currencyBefore(text, start, habits);
  let value = n.value;
  let max = n.max;
  let numberEnd = n.end;
  // A range: "10%至12%", "5～8万元", "60亿至70亿元", "3至5年".
  const afterFirst = u ? u.end : n.end;
  const connector = RANGE_CONNECTORS.exec(text.slice(afterFirst, afterFirst + 1));
  if (connector && max === undefined) {
    const second = readChineseNumber(text, afterFirst + connector[0].length);
    const u2 = second ? unitAfter(text, second, habits) : null;
    const unit = u2 ?? (u?.kind === 'money' ? u : null);
    if (second && unit && (!u || (u.kind === unit.kind && u.unit === unit.unit))) {
      // "5～8万元": the magnitude written once serves both ends.
      const low = n.magnitude === 1 && second.magnitude > 1 ? n.value * writtenMagnitude(text, second) : n.value;
      if (low < second.value) {
        value = low;
        max = second.value;
        u = unit;
        numberEnd = second.end;
      }
    }
  }
  if (sign && (!u || u.kind === 'count')) {
    // "US$5亿", "¥1299", "人民币50亿" with the name before and nothing after ("￥4999起").
    u = { kind: 'money', unit: sign.code, end: numberEnd };
  }
  if (!u) return null;
  // "¥3999元", "人民币50亿元": the name before wins over 元 alone after.
  let unit = u.unit;
  if (sign && u.kind === 'money') {
    unit = text.startsWith('元', u.end - 1) || u.end === numberEnd ? sign.code : u.unit;
    start = sign.start;
  }
  const end = u.end;
  if (isRejected(text, { ...n, end: numberEnd }, start, u)) return null;
  if (n.digitString && !n.arabic && u.kind !== 'money' && u.kind !== 'percent') return null;
  // "未来三年", "连续六个季度": the span's word belongs to it.
  if (u.duration) {
    const modifier = DURATION_MODIFIERS.find((m) => text.endsWith(m, start));
    if (modifier) start -= modifier.length;
  }
  const scale = u.scale ?? 1;
  let signed = 1;
  // "净利润-3.2亿元", "增速为负0.5%": a sign after a word or a link, not between two numbers.
  if (/[-−负]/.test(text[start - 1] ?? '') && !/[\d%.]/.test(text[start - 2] ?? '')) {
    signed = -1;
    start--;
  } else if (u.kind === 'money' && LOSSES.test(text.slice(Math.max(0, start - 8), start))) signed = -1;
  const q = quantity(page, start, end, rounded(signed * scale * value), unit, u.kind);
  if (max !== undefined) {
    const ends = [rounded(signed * scale * value), rounded(signed * scale * max)];
    q.min = Math.min(...ends);
    q.max = Math.max(...ends);
    q.value = q.min;
  }
  q.duration = u.duration ?? false;
  return q;
}

/** The magnitude written after a numeral ("万" of "8万"), as a factor. */
function writtenMagnitude(text: string, n: ChineseNumber): number {
  const written = text.slice(n.start, n.end).match(/[十百千万萬亿億]+/)?.[0] ?? '';
  return [...written].reduce(
    (p, c) => p * ({ 十: 10, 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }[c] ?? 1),
    1,
  );
}

function quantity(
  page: string,
  start: number,
  end: number,
  value: number | null,
  unit: string | null,
  kind: FigureKind,
): ChineseQuantity {
  return { text: page.slice(start, end), value, unit, kind, start, end, reach: end, equivalents: [], duration: false };
}

/** "（约合530亿美元）", "，折合人民币约360亿元": the same sum in another currency. */
function addEquivalent(text: string, page: string, q: ChineseQuantity, habits: ChineseHabits): void {
  const opener = EQUIVALENT_OPENERS.exec(text.slice(q.end, q.end + 8));
  if (!opener) return;
  const from = q.end + opener[0].length;
  for (let at = from; at <= from + 4 && at < text.length; at++) {
    if (!/[0-9]/.test(text[at]!) && !NUMERAL.test(text[at]!)) continue;
    const other = readQuantityAt(text, page, at, habits);
    if (!other || other.kind !== 'money' || other.unit === q.unit || other.start > from) return;
    const { text: otherText, value, unit, min, max } = other;
    q.equivalents.push(
      min === undefined ? { text: otherText, value, unit } : { text: otherText, value, unit, min, max },
    );
    q.reach = /[）)]/.test(text[other.end] ?? '') ? other.end + 1 : other.end;
    return;
  }
}

/**
 * The quantities of one Chinese sentence, in reading order, each once, with their offsets
 * in it. `sentence` is the page's text; full-width digits and signs are read as plain.
 */
export function readChineseQuantities(sentence: string, habits: ChineseHabits): ChineseQuantity[] {
  const text = plainWidth(sentence);
  const found: ChineseQuantity[] = [];
  const starts = new RegExp(`[0-9${NUMERAL_CHARACTERS}上近翻]`, 'g');
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const at = match.index;
    // A numeral starts where the one before it does not go on.
    if (at > 0 && /[0-9.,]/.test(text[at - 1]!) && /[0-9]/.test(text[at]!)) continue;
    if (at > 0 && NUMERAL.test(text[at - 1]!) && NUMERAL.test(text[at]!)) continue;
    const q = readQuantityAt(text, sentence, at, habits);
    if (!q) continue;
    if (q.kind === 'money') addEquivalent(text, sentence, q, habits);
    found.push(q);
    starts.lastIndex = q.reach;
  }
  return found;
}
