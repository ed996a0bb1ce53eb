import type { FigureKind, Quantity } from '../types';
import {
  CODES,
  DOLLAR_COUNTRIES,
  LETTER_PREFIXES,
  SYMBOL_PREFIXES,
  SYMBOLS,
  WORDS,
  type MoneyHabits,
} from './currency-names';
import { FUNCTION_WORDS } from '../text/function-words';
import { GLUED_MAGNITUDES, MAGNITUDES, readDigits, readSpelled, SPELLED_NUMBER } from './read-numerals';
import type { Token } from './split-tokens';

/** How the page writes what a single numeral cannot tell. */
export interface PageHabits extends MoneyHabits {
  decimalComma: boolean;
  /** Counts and number words are read in English only (a plural noun is an English notion). */
  english: boolean;
}

/** A quantity found in a sentence, with where it stands among the sentence's tokens. */
export interface RecognisedQuantity extends Quantity {
  kind: FigureKind;
  /** First and last token of the quantity as written. */
  first: number;
  last: number;
  /** Last token of what belongs to it: its equivalents in brackets included. */
  end: number;
  equivalents: Quantity[];
}

interface Amount {
  first: number;
  last: number;
  value: number;
  currency: string | null;
  magnitude: number;
  /** A bare four-digit numeral between 1800 and 2099: a year, not a quantity. */
  year: boolean;
  spelled: boolean;
}

interface Unit {
  kind: FigureKind;
  unit: string;
  last: number;
  scale?: number;
}

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const glued = (t: Token | undefined) => !!t && !t.space;
const DASHES = new Set(['-', '–', '—', '−']);
const MEASURES = new Set('km kg GW MW GWh TWh MWh kWh mph'.split(' '));
const IRREGULAR_PLURALS = new Set('people children men women staff police personnel cattle sheep aircraft'.split(' '));
const NOT_NOUNS = new Set('times ones always perhaps besides afterwards sometimes towards yes whereas'.split(' '));
// Counters of page chrome, when a sentence is little more than the counter ("48 comments")
// or abbreviated as chrome abbreviates ("1.2k shares"); "sold 1.2 million shares" is news.
const CHROME_NOUNS = new Set(
  'comments shares likes views reads replies retweets reposts reactions followers claps'.split(' '),
);
// A number after these is a position or a name, not a quantity ("No. 1", "top 10 banks",
// "Suite 310", "type 2 immune responses").
const POSITION_WORDS = new Set(
  'no number top page pages vol version chapter section article suite room floor flight route episode season step phase level gate platform type group class stage grade category tier'.split(
    ' ',
  ),
);
const APPROXIMATELY = new Set('about around roughly approximately approx some nearly almost or ≈ ~ c'.split(' '));
const LOSSES = new Set(['loss', 'losses', 'lost']);
const QUALITATIVE = /^(?:(?:high|low|mid)[- ])?(?:single|double|triple)[- ]digits?$/i;
// "a quarter of a percentage point", "half a percentage point": how rate moves are told.
const FRACTION_OF_POINT =
  /(?:(a quarter|three[- ]quarters|a third|two[- ]thirds|a half) of (?:a|one)|(half) an?|(a half)) percentage[- ]points?\b/iy;
const FRACTIONS: Record<string, number> = { quarter: 0.25, quarters: 0.75, third: 1 / 3, thirds: 2 / 3, half: 0.5 };

function readFractionOfPoint(t: readonly Token[], i: number, text: string): RecognisedQuantity | null {
  if (!/^(?:a|half|three|two)/i.test(t[i]!.text)) return null;
  FRACTION_OF_POINT.lastIndex = t[i]!.start;
  const match = FRACTION_OF_POINT.exec(text);
  if (!match) return null;
  const fraction = (match[1] ?? match[2] ?? match[3])!.toLowerCase().split(/[- ]/).at(-1)!;
  const end = t[i]!.start + match[0].length;
  let last = i;
  while (t[last + 1] && t[last + 1]!.end <= end) last++;
  const value = round(FRACTIONS[fraction]!);
  return { text: match[0], value, unit: 'pp', kind: 'percent', first: i, last, end: last, equivalents: [] };
}

function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  return (
    /^[a-z][a-z'’-]*[a-z]s$/.test(word) &&
    !/(?:ss|us|is|ous|ics)$/.test(word) &&
    !FUNCTION_WORDS.has(word) &&
    !NOT_NOUNS.has(word) &&
    MAGNITUDES[word.slice(0, -1)] === undefined
  );
}

function readAmount(t: readonly Token[], n: number, habits: PageHabits): Amount | null {
  const token = t[n]!;
  let value: number | null;
  let last = n;
  let spelled = false;
  if (token.kind === 'num') value = readDigits(token.text, habits.decimalComma);
  else {
    const words = habits.english ? readSpelled(t, n) : null;
    if (!words) return null;
    ({ value, last } = words);
    spelled = true;
  }
  if (value === null) return null;

  let first = n;
  let currency: string | null = null;
  const p = t[n - 1];
  if (p && !spelled) {
    if (p.text === '$' || p.text === '¥' || SYMBOLS[p.text]) {
      currency = p.text === '$' ? habits.dollar : p.text === '¥' ? habits.yen : SYMBOLS[p.text]!;
      first = n - 1;
      const q = t[n - 2];
      if (q?.kind === 'word' && glued(p) && SYMBOL_PREFIXES[q.text]) {
        currency = SYMBOL_PREFIXES[q.text]!;
        first = n - 2;
      }
    } else if (p.kind === 'word' && (CODES.has(p.text) || LETTER_PREFIXES[p.text])) {
      currency = LETTER_PREFIXES[p.text] ?? p.text;
      first = n - 1;
    } else if (p.text === '.' && t[n - 2]?.text === 'Rs') {
      currency = 'INR';
      first = n - 2;
    }
  }
  // A minus (or plus) stands before the number or its currency, after a space or a bracket
  // ("-3.2%", "(−€4m)"); after a letter it is a name's hyphen ("COVID-19").
  const sign = t[first - 1];
  const beforeSign = t[first - 2];
  let negative = false;
  if (
    sign &&
    /^[-−+]$/.test(sign.text) &&
    glued(t[first]) &&
    (!beforeSign || sign.space || /^[([“"']$/.test(beforeSign.text))
  ) {
    negative = sign.text !== '+';
    first--;
  } else if (lower(sign) === 'minus' && beforeSign?.kind !== 'num') {
    // "minus 230 degrees Celsius"; "5 minus 3" is arithmetic.
    negative = true;
    first--;
  }

  let magnitude = 1;
  let j = last + 1;
  // "$5-billion deal"
  if (currency && t[j]?.text === '-' && glued(t[j]) && glued(t[j + 1]) && MAGNITUDES[lower(t[j + 1])]) j++;
  const word = t[j];
  if (word?.kind === 'word') {
    const m = (glued(word) && GLUED_MAGNITUDES[word.text]) || (word.text !== 'k' && MAGNITUDES[lower(word)]);
    if (m) {
      magnitude = m;
      last = j;
      // "₹2 lakh crore", "5 thousand million"
      const second = MAGNITUDES[lower(t[j + 1])];
      if (second && t[j + 1]!.text.length > 2) {
        magnitude *= second;
        last = j + 1;
      }
    }
  }
  // "1.234,5 €", "380 €"
  const after = t[last + 1];
  if (!currency && !spelled && after && (SYMBOLS[after.text] || after.text === '$')) {
    currency = after.text === '$' ? habits.dollar : SYMBOLS[after.text]!;
    last++;
  }
  return {
    first,
    last,
    value: (negative ? -value : value) * magnitude,
    currency,
    magnitude,
    year: !spelled && magnitude === 1 && !currency && /^(?:1[89]|20)\d\d$/.test(token.text),
    spelled,
  };
}

function readCurrencyWord(t: readonly Token[], j: number, a: Amount, habits: PageHabits): Unit | null {
  const w = lower(t[j]);
  if (WORDS[w]) return { kind: 'money', unit: WORDS[w], last: j };
  if (t[j]?.kind === 'word' && CODES.has(t[j]!.text)) return { kind: 'money', unit: t[j]!.text, last: j };
  if ((w === 'pounds' || w === 'pound') && (habits.sterling || a.magnitude > 1))
    return { kind: 'money', unit: 'GBP', last: j };
  // "Swiss francs", "Chinese yuan", "US dollars", "Hong Kong dollars", "U.S. dollars"
  let adjective = '';
  for (let d = j; d < j + 4 && t[d]; d++) {
    const word = lower(t[d]);
    if (word === 'dollar' || word === 'dollars') {
      if (!adjective) return { kind: 'money', unit: habits.dollar, last: d };
      const code = Object.keys(DOLLAR_COUNTRIES).find((c) =>
        new RegExp(`^(?:${DOLLAR_COUNTRIES[c]})$`).test(adjective),
      );
      return code ? { kind: 'money', unit: code, last: d } : null;
    }
    if (d === j + 1 && WORDS[word] && /^\p{Lu}/u.test(adjective)) return { kind: 'money', unit: WORDS[word], last: d };
    adjective += (t[d]!.space && adjective ? ' ' : '') + t[d]!.text;
  }
  return null;
}

function readUnit(t: readonly Token[], j: number, a: Amount, habits: PageHabits): Unit | null {
  if (a.currency) return { kind: 'money', unit: a.currency, last: a.last };
  if (t[j]?.text === '%') return { kind: 'percent', unit: '%', last: j };
  // Hyphenated units: "a 25-basis-point cut", "80-percent".
  const k = t[j]?.text === '-' && glued(t[j]) && glued(t[j + 1]) ? j + 1 : j;
  const u = lower(t[k]);
  const u2 = lower(t[k + 1]);
  if (u === 'percent' || u === 'pct' || u === 'per-cent') return { kind: 'percent', unit: '%', last: k };
  if (u === 'per' && u2 === 'cent') return { kind: 'percent', unit: '%', last: k + 1 };
  const points = /^points?$/.test(u2);
  if (/^percentage-points?$/.test(u) || /^pp(?:ts?)?$/.test(u)) return { kind: 'percent', unit: 'pp', last: k };
  if (u === 'percentage' && points) return { kind: 'percent', unit: 'pp', last: k + 1 };
  if (/^basis-points?$/.test(u) || /^bps?$/.test(u)) return { kind: 'percent', unit: 'pp', last: k, scale: 0.01 };
  if (u === 'basis' && points) return { kind: 'percent', unit: 'pp', last: k + 1, scale: 0.01 };
  // Any other hyphenated word makes a modifier: "30-day trial", "a 10-year bond".
  if (k !== j) return null;
  const money = readCurrencyWord(t, j, a, habits);
  if (money) return money;
  if (MEASURES.has(t[j]?.text ?? '')) return { kind: 'count', unit: t[j]!.text, last: j };
  if (!habits.english) return null;
  // A count: up to two modifiers, then a plural noun ("six consecutive quarters").
  for (let m = j; m < j + 3 && t[m]?.kind === 'word' && t[m]!.space; m++) {
    const word = t[m]!.text;
    if (isPluralNoun(word)) return { kind: 'count', unit: word, last: m };
    if (FUNCTION_WORDS.has(word.toLowerCase()) || MAGNITUDES[word.toLowerCase()]) return null;
  }
  return null;
}

/** The index of the numeral (or number word) a second amount starts with, at most two tokens on. */
function numberAfter(t: readonly Token[], c: number): number | undefined {
  for (let m = c + 1; m <= c + 3 && t[m]; m++) {
    if (t[m]!.kind === 'num' || (m === c + 1 && readSpelled(t, m))) return m;
    if (t[m]!.kind === 'word' && !CODES.has(t[m]!.text) && !SYMBOL_PREFIXES[t[m]!.text] && !LETTER_PREFIXES[t[m]!.text])
      return undefined;
  }
  return undefined;
}

function isRejectedCount(t: readonly Token[], a: Amount, u: Unit, n: number, first: number): boolean {
  const before = t[first - 1];
  const previous = lower(before);
  // A capitalised word before the number names something: "FTSE 100 companies", "Boeing
  // 737 jets", "Big Four banks"; a capitalised number word mid-sentence does too.
  if (
    before?.kind === 'word' &&
    /^\p{Lu}/u.test(before.text) &&
    !FUNCTION_WORDS.has(previous) &&
    !/['’]s$/.test(previous)
  )
    return true;
  if (a.spelled && /^\p{Lu}/u.test(t[n]!.text) && before && !/^["“‘'(]$/.test(before.text)) return true;
  if (POSITION_WORDS.has(previous.replace(/\.$/, '')) || before?.text === '#') return true;
  // Newsletter promotions: "Join 250,000 readers".
  if (previous === 'join') return true;
  // A ratio: "one in four homes", "three out of five voters".
  const ratio = previous === 'in' || (previous === 'of' && lower(t[first - 2]) === 'out');
  const before2 = t[first - (previous === 'of' ? 3 : 2)];
  if (
    ratio &&
    (before2?.kind === 'num' ||
      (before2 && readSpelled(t, first - (previous === 'of' ? 3 : 2))) ||
      lower(before2) === 'one')
  )
    return true;
  const next = lower(t[u.last + 1]);
  if (next === 'ago') return true;
  if (/^min(?:ute)?s?$/.test(u.unit) && (next === 'read' || next === 'listen')) return true;
  if (CHROME_NOUNS.has(u.unit) && (a.magnitude === 1e3 || t.filter((token) => token.kind === 'word').length <= 4)) {
    return true;
  }
  return false;
}

/**
 * The quantity whose numeral is `t[n]`, with its currency, magnitude, unit and the other end
 * of a range, or null when the number is no figure (a year, a date, a name, a bare number).
 */
function readQuantity(
  t: readonly Token[],
  n: number,
  text: string,
  habits: PageHabits,
  withEquivalents: boolean,
): RecognisedQuantity | null {
  const a = readAmount(t, n, habits);
  if (!a) return null;
  let u = readUnit(t, a.last + 1, a, habits);
  let first = a.first;
  let last = u ? u.last : a.last;
  let value = a.value;
  let range: { min: number; max: number } | undefined;

  const c = last + 1;
  const connector = lower(t[c]);
  const between = lower(t[first - 1]) === 'between';
  if (DASHES.has(connector) || connector === 'to' || (connector === 'and' && between)) {
    const m = numberAfter(t, c);
    const b = m === undefined ? null : readAmount(t, m, habits);
    if (b && b.first === c + 1) {
      if (a.year && b.year) return null;
      const u2 = readUnit(t, b.last + 1, b, habits);
      const unit = u2 ?? (u?.kind === 'money' && !b.currency ? u : null);
      const sameUnit = !!unit && (!u || (u.kind === unit.kind && u.unit === unit.unit));
      const low = a.magnitude === 1 && b.magnitude > 1 ? a.value * b.magnitude : a.value;
      // Ranges climb: "787-10" is a model, "3-1" a score.
      const isRange = sameUnit && low < b.value && (connector !== 'to' || lower(t[first - 1]) !== 'from');
      if (isRange) {
        range = { min: low, max: b.value };
        u = unit;
        last = u2 ? u2.last : b.last;
        if (between) first--;
      }
    }
  }
  if (!u || (a.year && !range)) return null;

  // What stands glued around it makes it part of something else: "Q3", "FY2024", "24/7",
  // "10:30", "$4.99/month" (a subscription offer in page chrome).
  const before = t[first - 1];
  const after = t[last + 1];
  if (glued(t[first]) && before && (before.kind !== 'sym' || /^[-−/:.#@]$/.test(before.text))) return null;
  if (
    glued(after) &&
    (after!.kind !== 'sym' ||
      (/^[/:]$/.test(after!.text) && /^(?:\d|mo|month|yr|year)/.test(lower(t[last + 2]) || ' ')))
  ) {
    return null;
  }
  if (u.kind === 'count' && isRejectedCount(t, a, u, n, first)) return null;

  const scale = u.scale ?? 1;
  let sign = 1;
  if (u.kind === 'money' && value > 0 && [1, 2, 3].some((d) => LOSSES.has(lower(t[a.first - d])))) sign = -1;
  value = sign * scale * (range ? range.min : value);
  const quantity: RecognisedQuantity = {
    text: text.slice(t[first]!.start, t[last]!.end),
    value: round(value),
    unit: u.unit,
    kind: u.kind,
    first,
    last,
    end: last,
    equivalents: [],
  };
  if (range) {
    const ends = [round(sign * scale * range.min), round(sign * scale * range.max)];
    quantity.min = Math.min(...ends);
    quantity.max = Math.max(...ends);
    quantity.value = quantity.min;
  }
  if (withEquivalents && u.kind === 'money') addEquivalent(t, quantity, text, habits);
  return quantity;
}

/** "RMB 380 billion (US$53 billion)", "€50m, or about $54m": the same sum in another currency. */
function addEquivalent(t: readonly Token[], q: RecognisedQuantity, text: string, habits: PageHabits): void {
  let j = q.last + 1;
  const bracket = t[j]?.text === '(';
  if (bracket || t[j]?.text === '≈' || t[j]?.text === '~') j++;
  else if (t[j]?.text === ',' && lower(t[j + 1]) === 'or') j += 2;
  else if (lower(t[j]) === 'or') j++;
  else return;
  while (t[j] && APPROXIMATELY.has(lower(t[j])) && !t[j + 1]?.text.match(/^[-−]$/)) j++;
  const m = numberAfter(t, j - 1);
  const other = m === undefined ? null : readQuantity(t, m, text, habits, false);
  if (!other || other.first !== j || other.kind !== 'money' || other.unit === q.unit) return;
  const { text: otherText, value, unit, min, max } = other;
  q.equivalents.push(min === undefined ? { text: otherText, value, unit } : { text: otherText, value, unit, min, max });
  q.end = other.last;
  if (bracket) {
    for (let k = other.last + 1; k <= other.last + 8 && t[k]; k++) {
      if (t[k]!.text === ')') {
        q.end = k;
        break;
      }
    }
  }
}

// Floating point noise from scaling ("1.3 * 1e9", "130 * 0.01") is not on the page.
const round = (value: number) => Number(value.toPrecision(12));

/**
 * False when recogniseQuantities can find nothing in `text`: it starts only from a
 * digit, a spelled number (English pages), "…-digit" (QUALITATIVE) or "percentage"
 * (FRACTION_OF_POINT). Most sentences of a story hold none, and this spares them the
 * tokenising.
 */
export function mayHoldQuantity(text: string, habits: PageHabits): boolean {
  return /[0-9]|digit|percentage/i.test(text) || (habits.english && SPELLED_NUMBER.test(text));
}

/** The quantities of one sentence, in reading order, each once. */
export function recogniseQuantities(t: readonly Token[], text: string, habits: PageHabits): RecognisedQuantity[] {
  const found: RecognisedQuantity[] = [];
  for (let i = 0; i < t.length; i++) {
    let q: RecognisedQuantity | null = null;
    const word = t[i]!.kind === 'word';
    for (
      let span = word && /^(?:high|low|mid|single|double|triple)/i.test(t[i]!.text) ? 3 : 0;
      span >= 1 && !q;
      span--
    ) {
      const last = i + span - 1;
      if (!t[last] || (span > 1 && t[i + 1]!.kind !== 'word') || t[last]!.kind !== 'word') continue;
      const words = text.slice(t[i]!.start, t[last]!.end);
      if (QUALITATIVE.test(words)) {
        q = { text: words, value: null, unit: null, kind: 'other', first: i, last, end: last, equivalents: [] };
      }
    }
    if (!q && word) q = readFractionOfPoint(t, i, text);
    if (!q && (t[i]!.kind === 'num' || (word && readSpelled(t, i)))) q = readQuantity(t, i, text, habits, true);
    if (q) {
      found.push(q);
      i = q.end;
    }
  }
  return found;
}
