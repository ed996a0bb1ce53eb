import type { FigureKind } from '../types';
import type { PageHabits, QuantityRole, RecognisedQuantity } from './recognised-quantity';
import { CODES, DOLLAR_COUNTRIES, LETTER_PREFIXES, SYMBOL_PREFIXES, SYMBOLS, WORDS } from './currency-names';
import { FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from '../text/function-words';
import { dimensionOf } from './measure-units';
import { RATIO_WORD, readRatio } from './read-ratio';
import { readScore } from './read-score';
import { ORDINAL_WORD, readTally } from './read-tally';
import { GLUED_MAGNITUDES, MAGNITUDES, readDigits, readSpelled, SPELLED_NUMBER } from './read-numerals';
import type { Token } from './split-tokens';

export type { PageHabits, RecognisedQuantity } from './recognised-quantity';

interface Amount {
  /** The token of the numeral or the first number word. */
  numeral: number;
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
  role?: QuantityRole;
}

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const glued = (t: Token | undefined) => !!t && !t.space;
const DASHES = new Set(['-', '–', '—', '−']);
// Units of measure written as symbols (case matters: "PS" is metric horsepower, "Nm" torque).
const MEASURES = new Set(
  'km kg GW MW kW GWh TWh MWh kWh mph kph hp bhp PS Nm lb-ft cc mAh kcal horsepower кг км ккал Ккал кВт'.split(' '),
);
// Units that make a hyphenated modifier a quantity ("a 180-day cruise", "the new 2.0-liter
// engine", "the 30-date run", "a 10-point lead"); minutes and seconds make descriptors ("a
// five-minute walk"), and inches product names ("the 13-inch MacBook Pro"), so neither is here.
const MODIFIER_UNITS = new Set(
  'day week month year decade hour liter litre mile kilometre kilometer km metre meter foot ton tonne page date city game seat point vote'.split(
    ' ',
  ),
);
// What such a modifier may not modify: an offer's term ("a 30-day trial", page chrome), a
// security named by its term ("a 10-year bond"), a reference period ("a 52-week high"), a plan's name.
const NOT_MODIFIED =
  /^(?:trial|trials|subscription|guarantee|membership|pass|refund|returns?|money-back|warranty|free|bond|bonds|note|notes|treasury|treasuries|yield|yields|gilt|gilts|bund|loan|mortgage|paper|high|highs|low|lows|plan|programme|program|agenda|report|reports|results|average|basis|old|ago)$/;
const IRREGULAR_PLURALS = new Set(
  'people children men women staff police personnel cattle sheep aircraft feet teeth mice geese'.split(' '),
);
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
// A loss named as such is a negative sum ("a net loss of $12m"); a verb ("lost $75m") tells
// a change, which keeps its size as "fell 5%" does (issue 13).
const LOSSES = new Set(['loss', 'losses']);
/** "120 MEUR", "MUSD 30", "450 kEUR": a magnitude letter fused to an ISO code. */
function fusedCode(text: string): { code: string; magnitude: number } | null {
  const match = /^(k|M|B|Mn|Bn)([A-Z]{3})$/.exec(text);
  if (!match || !CODES.has(match[2]!)) return null;
  return { code: match[2]!, magnitude: { k: 1e3, M: 1e6, Mn: 1e6, B: 1e9, Bn: 1e9 }[match[1]!]! };
}
// Currency words written before the number ("dollar 22.5 million", "euro 300 million").
const WORDS_BEFORE: Record<string, string> = { euro: 'EUR', yen: 'JPY', yuan: 'CNY', rupee: 'INR', rupees: 'INR' };
const QUALITATIVE = /^(?:(?:high|low|mid)[- ])?(?:single|double|triple)[- ]digits?$/i;
// "a quarter of a percentage point", "half a percentage point": how rate moves are told.
const FRACTION_OF_POINT =
  /(?:(a quarter|three[- ]quarters|a third|two[- ]thirds|a half) of (?:a|one)|(half) an?|(a half)) percentage[- ]points?\b/iy;
const FRACTIONS: Record<string, number> = { quarter: 0.25, quarters: 0.75, third: 1 / 3, thirds: 2 / 3, half: 0.5 };

function readFractionOfPoint(tokens: readonly Token[], at: number, text: string): RecognisedQuantity | null {
  if (!/^(?:a|half|three|two)/i.test(tokens[at]!.text)) return null;
  FRACTION_OF_POINT.lastIndex = tokens[at]!.start;
  const match = FRACTION_OF_POINT.exec(text);
  if (!match) return null;
  const fraction = (match[1] ?? match[2] ?? match[3])!.toLowerCase().split(/[- ]/).at(-1)!;
  const end = tokens[at]!.start + match[0].length;
  let last = at;
  while (tokens[last + 1] && tokens[last + 1]!.end <= end) last++;
  const value = round(FRACTIONS[fraction]!);
  return { text: match[0], value, unit: 'pp', kind: 'percent', first: at, last, end: last, equivalents: [] };
}

function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  // "two INTs", "five IPOs": an abbreviation's plural.
  if (/^[A-Z]{2,}s$/.test(word)) return true;
  return (
    /^[a-z][a-z'’-]*[a-z]s$/.test(word) &&
    !/(?:ss|us|is|ous|ics)$/.test(word) &&
    !FUNCTION_WORDS.has(word) &&
    !NOT_NOUNS.has(word) &&
    MAGNITUDES[word.slice(0, -1)] === undefined
  );
}

/** The currency written before a numeral ("$", "US$", "RMB", "Rs."), and where it starts. */
function currencyBefore(
  tokens: readonly Token[],
  numeral: number,
  habits: PageHabits,
): { currency: string | null; first: number; magnitude?: number } {
  const previous = tokens[numeral - 1];
  if (!previous) return { currency: null, first: numeral };
  if (previous.text === '$' || previous.text === '¥' || SYMBOLS[previous.text]) {
    const sign = previous.text === '$' ? habits.dollar : previous.text === '¥' ? habits.yen : SYMBOLS[previous.text]!;
    const prefix = tokens[numeral - 2];
    if (prefix?.kind === 'word' && glued(previous) && SYMBOL_PREFIXES[prefix.text]) {
      return { currency: SYMBOL_PREFIXES[prefix.text]!, first: numeral - 2 };
    }
    return { currency: sign, first: numeral - 1 };
  }
  const fused = previous.kind === 'word' ? fusedCode(previous.text) : null;
  if (fused) return { currency: fused.code, first: numeral - 1, magnitude: fused.magnitude };
  const word = previous.text.toLowerCase();
  const wordCode = word === 'dollar' ? habits.dollar : WORDS_BEFORE[word];
  if (wordCode && previous.kind === 'word' && /^\p{Ll}/u.test(previous.text) && MAGNITUDES[lower(tokens[numeral + 1])])
    return { currency: wordCode, first: numeral - 1 };
  if (previous.kind === 'word' && (CODES.has(previous.text) || LETTER_PREFIXES[previous.text])) {
    return { currency: LETTER_PREFIXES[previous.text] ?? previous.text, first: numeral - 1 };
  }
  if (previous.text === '.' && tokens[numeral - 2]?.text === 'Rs') return { currency: 'INR', first: numeral - 2 };
  return { currency: null, first: numeral };
}

/**
 * A minus (or plus) before the number or its currency, after a space or a bracket
 * ("-3.2%", "(−€4m)"); after a letter it is a name's hyphen ("COVID-19"). Also "minus 230
 * degrees Celsius", but not "5 minus 3", which is arithmetic.
 */
function signBefore(tokens: readonly Token[], first: number): { negative: boolean; first: number } {
  const sign = tokens[first - 1];
  const beforeSign = tokens[first - 2];
  if (
    sign &&
    /^[-−+]$/.test(sign.text) &&
    glued(tokens[first]) &&
    (!beforeSign || sign.space || /^[([“"']$/.test(beforeSign.text))
  ) {
    return { negative: sign.text !== '+', first: first - 1 };
  }
  if (lower(sign) === 'minus' && beforeSign?.kind !== 'num') return { negative: true, first: first - 1 };
  return { negative: false, first };
}

/** The magnitude after a number ("billion", "bn", a glued "B", "lakh crore"), and its last token. */
function magnitudeAfter(
  tokens: readonly Token[],
  last: number,
  hasCurrency: boolean,
  english: boolean,
): { magnitude: number; last: number } {
  let at = last + 1;
  // "$5-billion deal"
  if (
    hasCurrency &&
    tokens[at]?.text === '-' &&
    glued(tokens[at]) &&
    glued(tokens[at + 1]) &&
    MAGNITUDES[lower(tokens[at + 1])]
  )
    at++;
  const word = tokens[at];
  if (word?.kind !== 'word') return { magnitude: 1, last };
  // "4K", "8k": a screen's format, not four thousand (a sum has its currency: "$4K").
  const format = !hasCurrency && /^\d$/.test(tokens[last]!.text) && /^[kK]$/.test(word.text);
  const magnitude =
    (glued(word) && !format && GLUED_MAGNITUDES[word.text]) ||
    (word.text !== 'k' && !format && MAGNITUDES[lower(word)]) ||
    (!english && foreignMagnitude(lower(word)));
  if (!magnitude) return { magnitude: 1, last };
  // "₹2 lakh crore", "5 thousand million"
  const second = MAGNITUDES[lower(tokens[at + 1])];
  if (second && tokens[at + 1]!.text.length > 2) return { magnitude: magnitude * second, last: at + 1 };
  return { magnitude, last: at };
}

function readAmount(tokens: readonly Token[], numeral: number, habits: PageHabits): Amount | null {
  const token = tokens[numeral]!;
  let value: number | null;
  let last = numeral;
  let spelled = false;
  if (token.kind === 'num') value = readDigits(token.text, habits.decimalComma);
  else {
    const words = habits.english ? readSpelled(tokens, numeral) : null;
    if (!words) return null;
    ({ value, last } = words);
    spelled = true;
  }
  if (value === null) return null;

  const before: { currency: string | null; first: number; magnitude?: number } = spelled
    ? { currency: null, first: numeral }
    : currencyBefore(tokens, numeral, habits);
  let currency = before.currency;
  const { negative, first } = signBefore(tokens, before.first);
  const scaled = magnitudeAfter(tokens, last, currency !== null, habits.english);
  const magnitude = scaled.magnitude * (before.magnitude ?? 1);
  last = scaled.last;
  // "1.234,5 €", "380 €"
  const after = tokens[last + 1];
  if (!currency && !spelled && after && (SYMBOLS[after.text] || after.text === '$')) {
    currency = after.text === '$' ? habits.dollar : SYMBOLS[after.text]!;
    last++;
  }
  return {
    numeral,
    first,
    last,
    value: (negative ? -value : value) * magnitude,
    currency,
    magnitude,
    year: !spelled && magnitude === 1 && !currency && /^(?:1[89]|20)\d\d$/.test(token.text),
    spelled,
  };
}

function readCurrencyWord(tokens: readonly Token[], at: number, amount: Amount, habits: PageHabits): Unit | null {
  const word = lower(tokens[at]);
  if (WORDS[word]) return { kind: 'money', unit: WORDS[word], last: at };
  if (tokens[at]?.kind === 'word' && CODES.has(tokens[at]!.text)) {
    // "75 USD million": the code between the number and its magnitude.
    const magnitude = amount.magnitude === 1 ? MAGNITUDES[lower(tokens[at + 1])] : undefined;
    if (magnitude && tokens[at + 1]!.text.length > 1)
      return { kind: 'money', unit: tokens[at]!.text, last: at + 1, scale: magnitude };
    return { kind: 'money', unit: tokens[at]!.text, last: at };
  }
  const fused = tokens[at]?.kind === 'word' && amount.magnitude === 1 ? fusedCode(tokens[at]!.text) : null;
  if (fused) return { kind: 'money', unit: fused.code, last: at, scale: fused.magnitude };
  // "71 cents a share", "40 pence": a hundredth of the page's dollar or of sterling.
  if (/^cents?$/.test(word) && amount.magnitude === 1)
    return { kind: 'money', unit: habits.dollar, last: at, scale: 0.01 };
  if (word === 'pence' && amount.magnitude === 1) return { kind: 'money', unit: 'GBP', last: at, scale: 0.01 };
  if ((word === 'pounds' || word === 'pound') && (habits.sterling || amount.magnitude > 1))
    return { kind: 'money', unit: 'GBP', last: at };
  // "Swiss francs", "Chinese yuan", "US dollars", "Hong Kong dollars", "U.S. dollars"
  let adjective = '';
  for (let next = at; next < at + 4 && tokens[next]; next++) {
    const nextWord = lower(tokens[next]);
    if (nextWord === 'dollar' || nextWord === 'dollars') {
      if (!adjective) return { kind: 'money', unit: habits.dollar, last: next };
      const code = Object.keys(DOLLAR_COUNTRIES).find((country) =>
        new RegExp(`^(?:${DOLLAR_COUNTRIES[country]})$`).test(adjective),
      );
      return code ? { kind: 'money', unit: code, last: next } : null;
    }
    if (next === at + 1 && WORDS[nextWord] && /^\p{Lu}/u.test(adjective))
      return { kind: 'money', unit: WORDS[nextWord], last: next };
    adjective += (tokens[next]!.space && adjective ? ' ' : '') + tokens[next]!.text;
  }
  return null;
}

function readUnit(tokens: readonly Token[], at: number, amount: Amount, habits: PageHabits): Unit | null {
  if (amount.currency) return { kind: 'money', unit: amount.currency, last: amount.last };
  if (tokens[at]?.text === '%') return { kind: 'percent', unit: '%', last: at };
  // Hyphenated units: "a 25-basis-point cut", "80-percent".
  const unitAt = tokens[at]?.text === '-' && glued(tokens[at]) && glued(tokens[at + 1]) ? at + 1 : at;
  const word = lower(tokens[unitAt]);
  const nextWord = lower(tokens[unitAt + 1]);
  if (word === 'percent' || word === 'pct' || word === 'per-cent') return { kind: 'percent', unit: '%', last: unitAt };
  if (word === 'per' && nextWord === 'cent') return { kind: 'percent', unit: '%', last: unitAt + 1 };
  const points = /^points?$/.test(nextWord);
  if (/^percentage-points?$/.test(word) || /^pp(?:ts?)?$/.test(word))
    return { kind: 'percent', unit: 'pp', last: unitAt };
  if (word === 'percentage' && points) return { kind: 'percent', unit: 'pp', last: unitAt + 1 };
  if (/^basis-points?$/.test(word) || /^bps?$/.test(word))
    return { kind: 'percent', unit: 'pp', last: unitAt, scale: 0.01 };
  if (word === 'basis' && points) return { kind: 'percent', unit: 'pp', last: unitAt + 1, scale: 0.01 };
  // "an 8-year-old girl": an age, which the figures keep only where the headline states it.
  if (unitAt !== at && word === 'year-old') return { kind: 'count', unit: 'years', last: unitAt, role: 'age' };
  if (unitAt !== at) {
    // "the new 2.0-liter will deliver", "an all-new 2.0-liter, naturally-aspirated engine": an
    // engine named by its size.
    const modifier = modifierUnit(tokens, unitAt, amount.numeral, amount.value);
    const engine = /^lit(?:er|re)$/.test(word) && tokens[unitAt]!.text === word && !modifier;
    return engine ? { kind: 'count', unit: word, last: unitAt } : modifier;
  }
  const money = readCurrencyWord(tokens, at, amount, habits);
  if (money) return money;
  if (MEASURES.has(tokens[at]?.text ?? '')) {
    // "50 km/h"
    if (tokens[at + 1]?.text === '/' && glued(tokens[at + 1]) && tokens[at + 2]?.text === 'h' && glued(tokens[at + 2]))
      return { kind: 'count', unit: `${tokens[at]!.text}/h`, last: at + 2 };
    return { kind: 'count', unit: tokens[at]!.text, last: at };
  }
  if (!habits.english) return amount.spelled || amount.year ? null : foreignCount(tokens, at, amount);
  // "a 21 day recuperation period", "the 180 page publication": a modifier without its
  // hyphen, for a span of time or pages only ("400 city laborers" are laborers).
  if (/^(?:day|week|month|year|decade|hour|page)$/.test(word) && tokens[at]!.space) {
    const modifier = modifierUnit(tokens, at, amount.numeral, amount.value);
    if (modifier) return modifier;
  }
  // "8 of those hits came from the defensive line": a part of what was counted.
  if (
    lower(tokens[at]) === 'of' &&
    /^(?:those|these|the|its|their|his|her|our)$/.test(lower(tokens[at + 1])) &&
    amount.value >= 2 &&
    !amount.year
  ) {
    const part = countNoun(tokens, at + 2, amount.value);
    if (part) return part;
  }
  return countNoun(tokens, at, amount.value);
}

/** "30-day trial" is an offer's, "180-day cruise" a quantity: a hyphenated unit and what it modifies. */
function modifierUnit(tokens: readonly Token[], unitAt: number, numberAt: number, value: number): Unit | null {
  const unit = lower(tokens[unitAt]);
  const noun = tokens[unitAt + 1];
  if (!MODIFIER_UNITS.has(unit) || tokens[unitAt]!.text !== unit || noun?.kind !== 'word' || !noun.space) return null;
  // "its biggest one-day rise", "the first six-month period": which period, not how long.
  if (value === 1 || /^(?:\p{L}+est|first|second|third|last|next|previous|past)$/u.test(lower(tokens[numberAt - 1])))
    return null;
  // "four-day weeks" are a kind of week, not a length of time.
  const modified = noun.text.toLowerCase();
  if (NOT_MODIFIED.test(modified) || FUNCTION_WORDS.has(modified) || TIME_UNITS.test(modified)) return null;
  return { kind: 'count', unit, last: unitAt, role: 'modifier' };
}

/** The last token of a model code starting at `at` ("A350-900", "737", "F-35"), or -1. */
function modelAt(tokens: readonly Token[], at: number): number {
  let last = at;
  if (
    tokens[at]?.kind === 'word' &&
    /^\p{Lu}{1,3}$/u.test(tokens[at]!.text) &&
    tokens[at + 1]?.kind === 'num' &&
    !tokens[at + 1]!.space
  )
    last = at + 1;
  // A year is no model ("1 January 2006").
  else if (
    tokens[at]?.kind !== 'num' ||
    !/^\d{3,}$/.test(tokens[at]!.text) ||
    /^(?:1[89]|20)\d\d$/.test(tokens[at]!.text)
  )
    return -1;
  while (
    DASHES.has(tokens[last + 1]?.text ?? '') &&
    !tokens[last + 1]!.space &&
    tokens[last + 2] &&
    !tokens[last + 2]!.space
  )
    last += 2;
  return last;
}

/**
 * A count: up to three modifiers, two of them joined by "and" or "or", then a plural noun
 * ("six consecutive quarters", "13,000 false or misleading claims", "18 Northern and
 * central California counties", "140 million monthly active “businesses”").
 */
function countNoun(tokens: readonly Token[], at: number, value: number): Unit | null {
  // One of a thing is no count ("1 cup blueberries", "1 Fresno chile or chili flakes").
  if (value === 1) return null;
  let joined = false;
  for (let next = at, words = 0; tokens[next] && words < (joined ? 4 : 3); next++) {
    const token = tokens[next]!;
    const quoted = /^[“"‘]$/.test(tokens[next - 1]?.text ?? '') && next > at;
    if (/^[“"‘]$/.test(token.text) && token.space && tokens[next + 1]?.kind === 'word') continue;
    // "50 Airbus A350-900 jets", "400 Boeing 737 Max jets": a maker's model is one modifier.
    const model = modelAt(tokens, next);
    if (model >= next && words > 0 && /^\p{Lu}/u.test(tokens[next - 1]!.text)) {
      next = model;
      continue;
    }
    if (token.kind !== 'word' || (!token.space && !quoted)) return null;
    const text = token.text.toLowerCase();
    if (isPluralNoun(token.text)) {
      // "30 staff vacancies", "200 police officers": the noun the first one modifies.
      const head = tokens[next + 1];
      if (IRREGULAR_PLURALS.has(text) && head?.kind === 'word' && head.space && isPluralNoun(head.text))
        return { kind: 'count', unit: head.text, last: next + 1 };
      const close = tokens[next + 1];
      return { kind: 'count', unit: token.text, last: quoted && /^[”"’]$/.test(close?.text ?? '') ? next + 1 : next };
    }
    if ((text === 'and' || text === 'or') && words > 0 && !joined) {
      joined = true;
      continue;
    }
    if (FUNCTION_WORDS.has(text) || MAGNITUDES[text]) return null;
    words++;
  }
  return null;
}

// Thousands, millions and billions in the languages of the corpora ("300 Millionen Euro",
// "5 milhões", "10 тысяч", "2 miliar"): a magnitude, never a count's noun.
const FOREIGN_MAGNITUDES: [RegExp, number][] = [
  [/^(?:mil|tausend|ribu|тыс\p{L}*|tys\p{L}*)$/u, 1e3],
  [
    /^(?:mio|mln|millionen|million|millions|millones|millón|milhões|milhão|milioni|milione|miljoen|juta|млн|миллион\p{L}*)$/u,
    1e6,
  ],
  [
    /^(?:mrd|mld|md|milliarden?|milliards?|mil millones|bilhões|bilhão|miliardi|miliardo|miljard|miliar|млрд|миллиард\p{L}*)$/u,
    1e9,
  ],
  [/^(?:billionen|billones|trilhões|trilhão|трлн|триллион\p{L}*)$/u, 1e12],
];
const foreignMagnitude = (word: string) => FOREIGN_MAGNITUDES.find(([pattern]) => pattern.test(word))?.[1];
const FOREIGN_MAGNITUDE =
  /^(?:mil|mill|milh|bilh|trilh|miliar|juta|ribu|mio|mrd|mld|mln|миллион|миллиард|тыс|млн|млрд|трлн)/iu;
const MONTH_STEMS =
  /^(?:jan|feb|fév|fev|mär|mar|apr|avr|abr|mai|may|mei|maj|jun|jui|giu|jul|lug|aug|ago|aoû|sep|set|okt|oct|out|ott|nov|dez|dec|déc|dic|des|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)/iu;

/**
 * A count on a page in another language than English, whose nouns the recogniser does not
 * know: a number in the hundreds or more and the word after it ("40.000 Besucher", "17.000
 * orang", "500 Top-Speakern"; issue 13: 14 of the gold's key figures are such counts).
 * Smaller numbers are too often ranks, dates and references ("os 12 primeiros").
 */
function foreignCount(tokens: readonly Token[], at: number, amount: Amount): Unit | null {
  const word = tokens[at];
  if (word?.kind !== 'word' || !word.space) return null;
  const text = word.text.toLowerCase();
  // "20 Prozent", "15 por cento", "30 persen", "10 процентов"
  if (PERCENT_WORDS.test(text) || (/^(?:por|pour)$/.test(text) && /^c(?:ento|iento|ent)$/.test(lower(tokens[at + 1]))))
    return { kind: 'percent', unit: '%', last: PERCENT_WORDS.test(text) ? at : at + 1 };
  // "14 дней", "3 anos", "20 грамм": a span of time or a measure in the page's language, at any size.
  if (amount.value >= 2 && FOREIGN_UNITS.test(text)) return { kind: 'count', unit: word.text, last: at };
  // "60 palavras por minuto", "30 Besucher pro Tag": a rate, whatever its size.
  const per = tokens[at + 1];
  const time = tokens[at + 2];
  if (
    /^\p{L}{3}/u.test(text) &&
    per &&
    time &&
    /^(?:por|par|pro|per|al)$/i.test(per.text) &&
    FOREIGN_TIMES.test(time.text)
  )
    return { kind: 'count', unit: `${word.text} ${per.text} ${time.text}`, last: at + 2 };
  if (Math.abs(amount.value) < 100) return null;
  if (!/^\p{L}{3}/u.test(text) || FOREIGN_MAGNITUDE.test(text) || MONTH_STEMS.test(text)) return null;
  if (OTHER_FUNCTION_WORDS.has(text) || FUNCTION_WORDS.has(text) || tokens[at + 1]?.kind === 'num') return null;
  return { kind: 'count', unit: word.text, last: at };
}

// Spans of time, measures and people in the other languages of the corpora (German,
// Portuguese, Spanish, French, Italian, Indonesian, Russian).
const FOREIGN_UNITS =
  /^(?:jahre?n?|tage?n?|monate?n?|wochen|stunden|minuten|sekunden|anos|años|dias|días|meses|semanas|horas|minutos|segundos|ans|années|jours|mois|semaines|heures|anni|giorni|mesi|settimane|ore|tahun|hari|bulan|minggu|jam|menit|detik|лет|года?|годов|дн(?:я|ей)|недел[иь]|месяц(?:а|ев)|час(?:а|ов)|минут|секунд|kilomet\p{L}*|quil[oô]met\p{L}*|met(?:er|ern|ros|res|ri)|gramm?(?:as|os|es|i)?|kilogramm?\p{L}*|lit(?:er|ern|ros|res|ri)|грамм\p{L}*|килограмм\p{L}*|литр\p{L}*|километр\p{L}*|метр(?:а|ов)|menschen|personen|personas|pessoas|personnes|persone|orang|человек)$/u;
// The spans of time a rate is given per ("por minuto", "pro Tag", "par jour", "al giorno").
const FOREIGN_TIMES =
  /^(?:segundo|minuto|hora|d[ií]a|semana|m[eê]s|a[nñ]o|seconde|minute|heure|jour|semaine|mois|an|année|sekunde|stunde|tag|woche|monat|jahr|secondo|ora|giorno|settimana|mese|anno|detik|menit|jam|hari|minggu|bulan|tahun)$/iu;
const PERCENT_WORDS = /^(?:prozent|percento|persen|процент\p{L}*)$/u;

// Words that make a bare number a quantity: "about 660,000", "the more than 12,000 in
// attendance", "as many as 200 have been killed".
const APPROXIMATE_BEFORE = /^(?:about|around|roughly|approximately|nearly|almost|some|over|estimated)$/;
const APPROXIMATE_PAIRS =
  /^(?:more than|less than|fewer than|as many as|as much as|at least|up to|upwards of|close to)$/;

/** A bare number of the hundreds or more that the words before it give as an amount (English). */
function bareCount(tokens: readonly Token[], amount: Amount, first: number): Unit | null {
  const before = lower(tokens[first - 1]);
  const pair = `${lower(tokens[first - 2])} ${before}`;
  const approximate =
    APPROXIMATE_BEFORE.test(before) ||
    APPROXIMATE_PAIRS.test(pair) ||
    APPROXIMATE_PAIRS.test(`${lower(tokens[first - 3])} ${pair}`);
  // "around 1490" is a year all the same.
  const year = /^1\d{3}$|^20\d\d$/.test(tokens[amount.numeral]!.text);
  if (Math.abs(amount.value) < 100 || amount.year || year || !approximate) return null;
  const next = tokens[amount.last + 1];
  // "about 300 times" counts occasions; "some 400 Airbus jets" names what follows.
  if (next?.kind === 'word' && (/^\p{Lu}/u.test(next.text) || /^(?:times|of)$/.test(next.text.toLowerCase())))
    return null;
  if (next?.kind === 'num' || (next && !next.space && next.kind !== 'sym')) return null;
  return { kind: 'count', unit: '', last: amount.last };
}

/** "40,816.38": a level written to the hundredth, an index's or a price's (English pages). */
const LEVEL = /^\d{1,3}(?:,\d{3})+\.\d+$/;

// A margin of an election or a poll is told in points of the vote: percentage points ("a
// state Trump won by 30 points", "lost by five-and-a-half points"), where a game's or an
// index's points are points.
const MARGIN_WORDS =
  /^(?:won|win|wins|lost|lose|loses|margin|lead|leads|led|ahead|behind|trail|trails|trailed|trailing)$/;
const VOTE_WORDS =
  /\b(?:(?:re-?)?elect\w*|vot(?:e|es|ed|ers?|ing)|polls?|polling|ballots?|primar(?:y|ies)|democrats?|republicans?|incumbent|governor|gov\.|senat\w*|congress\w*|parliament\w*|candidates?|nominee|referendum|constituency|electorate)\b/i;

function isVoteMargin(tokens: readonly Token[], first: number, text: string): boolean {
  let margin = false;
  for (let i = first - 1; i >= 0 && i >= first - 8; i--) if (MARGIN_WORDS.test(lower(tokens[i]))) margin = true;
  return margin && VOTE_WORDS.test(text);
}

/** The index of the numeral (or number word) a second amount starts with, at most two tokens on. */
function numberAfter(tokens: readonly Token[], from: number): number | undefined {
  for (let at = from + 1; at <= from + 3 && tokens[at]; at++) {
    if (tokens[at]!.kind === 'num' || (at === from + 1 && readSpelled(tokens, at))) return at;
    const text = tokens[at]!.text;
    if (tokens[at]!.kind === 'word' && !CODES.has(text) && !SYMBOL_PREFIXES[text] && !LETTER_PREFIXES[text])
      return undefined;
  }
  return undefined;
}

// Emergency numbers read out as such ("911 calls", "dial 999"), never counts.
const EMERGENCY = /^(?:911|999|112|000|111)$/;
const EMERGENCY_CONTEXT =
  /^(?:calls?|dispatch\w*|operators?|lines?|cent(?:er|re)s?|emergency|system|services?|responders?)$/;
// Definite words before a small count make it a reference to things already named ("the two
// companies", "all three groups", "the first two women"), not a measure (the gold's GUIDE).
const REFERRING = new Set(
  'the these those all both each its their his her our my your first last other original same remaining'.split(' '),
);
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/;

/**
 * A number that names or refers rather than measures (issue 13): a model or name number
 * ("five 787 Dreamliner sales", "400 737 Max jets"), an emergency number ("911 calls"), a
 * small count of things already named ("the two staffers"), anonymous sources ("two people
 * briefed on the talks"), a time that opens a clause ("Two days after ..."), a rate of time
 * ("365 days a year"), a quoted term ("three amigos").
 */
function isNameOrReference(
  tokens: readonly Token[],
  amount: Amount,
  unit: Unit,
  numeral: number,
  first: number,
  last: number,
  english: boolean,
): boolean {
  const before = tokens[first - 1];
  const bare = tokens[numeral]!.kind === 'num' && amount.magnitude === 1 && !amount.currency;
  // Two numbers side by side: the second names the thing ("400 737 Max jets").
  if (bare && before?.space && (before.kind === 'num' || readSpelled(tokens, first - 1))) return true;
  // A bare integer of three or more digits before a capitalised word mid-sentence: "787 Dreamliner".
  const next = tokens[amount.last + 1];
  // Not a unit of measure ("151 PS", "540 Nm"), nor a noun of a language that capitalises its
  // nouns ("100 Seminaren"), nor a count of a maker's model.
  if (
    bare &&
    unit.kind !== 'money' &&
    first > 0 &&
    /^\d{3,}$/.test(tokens[numeral]!.text) &&
    next?.kind === 'word' &&
    /^\p{Lu}/u.test(next.text) &&
    !MEASURES.has(next.text) &&
    (english || unit.last !== amount.last + 1) &&
    // "400 Boeing 737 Max jets": a maker and its model after a count.
    !(unit.last > amount.last + 1 && modelAt(tokens, amount.last + 2) >= 0)
  )
    return true;
  if (bare && EMERGENCY.test(tokens[numeral]!.text)) {
    if (EMERGENCY_CONTEXT.test(lower(next)) || /^(?:dial(?:l?ed|ing)?|call(?:ed|ing)?|ring)$/.test(lower(before)))
      return true;
  }
  // (A count of things: "the same 5.0-liter engine" is a measure.)
  const small =
    unit.kind === 'count' &&
    Math.abs(amount.value) <= 10 &&
    amount.magnitude === 1 &&
    !unit.role &&
    !MEASURES.has(unit.unit);
  if (small && REFERRING.has(lower(before))) return true;
  // "in the past two years", "in the next three months": when, not how long ("for the past 22
  // years" and "over the next five years" are how long).
  if (
    TIME_UNITS.test(lower(tokens[last])) &&
    /^(?:past|next|previous|coming|recent|following)$/.test(lower(before)) &&
    !/^(?:for|over|during|throughout|spent|spend|spending|took|taken|lasted)$/.test(lower(tokens[first - 3]))
  )
    return true;
  if (small && lower(before) === 'of' && REFERRING.has(lower(tokens[first - 2]))) return true;
  if (
    small &&
    /^(?:familiar|briefed|close|with|who)$/.test(lower(tokens[last + 1])) &&
    /^(?:with|on|to|knowledge|spoke|asked|declined)$/.test(lower(tokens[last + 2]))
  )
    return true;
  if (TIME_UNITS.test(lower(tokens[last]))) {
    const after = lower(tokens[last + 1]);
    const opensClause = !before || /^(?:[,;:—–(]|and|but|just|only|barely)$/.test(lower(before));
    if (opensClause && /^(?:after|before|later|earlier|since|prior)$/.test(after)) return true;
    if (
      /^(?:a|an|per|each|every|in)$/.test(after) &&
      (TIME_UNITS.test(lower(tokens[last + 2])) || TIME_UNITS.test(lower(tokens[last + 3])))
    )
      return true;
  }
  if (/^["“‘']$/.test(before?.text ?? '') && /^["”’']$/.test(tokens[last + 1]?.text ?? '') && last - first <= 3)
    return true;
  return false;
}

function isRejectedCount(tokens: readonly Token[], amount: Amount, unit: Unit, first: number): boolean {
  const before = tokens[first - 1];
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
  if (amount.spelled && /^\p{Lu}/u.test(tokens[amount.numeral]!.text) && before && !/^["“‘'(]$/.test(before.text))
    return true;
  if (POSITION_WORDS.has(previous.replace(/\.$/, '')) || before?.text === '#') return true;
  // Newsletter promotions: "Join 250,000 readers".
  if (previous === 'join') return true;
  // A ratio: "one in four homes", "three out of five voters".
  const ratio = previous === 'in' || (previous === 'of' && lower(tokens[first - 2]) === 'out');
  const ratioStart = first - (previous === 'of' ? 3 : 2);
  const before2 = tokens[ratioStart];
  if (ratio && (before2?.kind === 'num' || (before2 && readSpelled(tokens, ratioStart)) || lower(before2) === 'one'))
    return true;
  const next = lower(tokens[unit.last + 1]);
  if (next === 'ago') return true;
  if (/^min(?:ute)?s?$/.test(unit.unit) && (next === 'read' || next === 'listen')) return true;
  if (
    CHROME_NOUNS.has(unit.unit) &&
    (amount.magnitude === 1e3 || tokens.filter((token) => token.kind === 'word').length <= 4)
  ) {
    return true;
  }
  return false;
}

/**
 * The quantity whose numeral is `tokens[numeral]`, with its currency, magnitude, unit and the
 * other end of a range, or null when the number is no figure (a year, a date, a name, a bare
 * number).
 */
function readQuantity(
  tokens: readonly Token[],
  numeral: number,
  text: string,
  habits: PageHabits,
  withEquivalents: boolean,
): RecognisedQuantity | null {
  const amount = readAmount(tokens, numeral, habits);
  if (!amount) return null;
  let unit = readUnit(tokens, amount.last + 1, amount, habits);
  let first = amount.first;
  let last = unit ? unit.last : amount.last;
  let value = amount.value;
  let range: { min: number; max: number } | undefined;
  let numberEnd = amount.last;

  const connectorAt = last + 1;
  const connector = lower(tokens[connectorAt]);
  const between = lower(tokens[first - 1]) === 'between';
  if (DASHES.has(connector) || connector === 'to' || (connector === 'and' && between)) {
    const secondAt = numberAfter(tokens, connectorAt);
    const second = secondAt === undefined ? null : readAmount(tokens, secondAt, habits);
    if (second && second.first === connectorAt + 1) {
      if (amount.year && second.year) return null;
      const secondUnit = readUnit(tokens, second.last + 1, second, habits);
      const shared = secondUnit ?? (unit?.kind === 'money' && !second.currency ? unit : null);
      const sameUnit = !!shared && (!unit || (unit.kind === shared.kind && unit.unit === shared.unit));
      const low = amount.magnitude === 1 && second.magnitude > 1 ? amount.value * second.magnitude : amount.value;
      // Ranges climb: "787-10" is a model, "3-1" a score.
      const isRange = sameUnit && low < second.value && (connector !== 'to' || lower(tokens[first - 1]) !== 'from');
      // "0-62 mph", "0-100 km/h": the name of a sprint, not a range.
      if (isRange && low === 0 && DASHES.has(connector) && glued(tokens[connectorAt]) && glued(tokens[connectorAt + 1]))
        return null;
      if (isRange) {
        range = { min: low, max: second.value };
        unit = shared;
        last = secondUnit ? secondUnit.last : second.last;
        numberEnd = second.last;
        if (between) first--;
      }
    }
  }
  // "about 660,000", "a new all-time high of 40,816.38": bare numbers that are amounts.
  if (!unit && !range && habits.english) {
    unit = bareCount(tokens, amount, first);
    if (!unit && !amount.currency && LEVEL.test(tokens[numeral]!.text))
      unit = { kind: 'other', unit: '', last: amount.last };
  }
  if (!unit || (amount.year && !range)) return null;

  // What stands glued around it makes it part of something else: "Q3", "FY2024", "24/7",
  // "10:30", "$4.99/month" (a subscription offer in page chrome).
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // "%203D%20CAD", "?q=500": nothing is read out of addresses and encoded text.
  if (glued(tokens[first]) && before && (before.kind !== 'sym' || /^[-−/:.#@%=&?_]$/.test(before.text))) return null;
  if (
    glued(after) &&
    (after!.kind !== 'sym' ||
      (/^[/:]$/.test(after!.text) && /^(?:\d|mo|month|yr|year)/.test(lower(tokens[last + 2]) || ' ')))
  ) {
    return null;
  }
  if (unit.kind === 'count' && isRejectedCount(tokens, amount, unit, first)) return null;
  if (unit.kind === 'count' && /^points?$/.test(unit.unit) && isVoteMargin(tokens, first, text))
    unit = { kind: 'percent', unit: 'pp', last: unit.last };
  if (isNameOrReference(tokens, amount, unit, numeral, first, last, habits.english)) return null;

  // "thirteen dollars and forty-five cents", "17 USD 25", "3 euros 50": a sum in two parts.
  if (unit.kind === 'money' && !range && amount.magnitude === 1 && (unit.scale ?? 1) === 1) {
    const and = lower(tokens[last + 1]) === 'and' ? 1 : 0;
    const at = last + 1 + and;
    const cents =
      tokens[at]?.kind === 'num' ? readDigits(tokens[at]!.text, habits.decimalComma) : readSpelled(tokens, at)?.value;
    const centsLast = tokens[at]?.kind === 'num' ? at : (readSpelled(tokens, at)?.last ?? at);
    const named = /^(?:cents?|pence|centimes?|p)$/.test(lower(tokens[centsLast + 1]));
    const bare =
      !and &&
      tokens[at]?.kind === 'num' &&
      /^\d\d$/.test(tokens[at]!.text) &&
      tokens[at + 1]?.text !== '%' &&
      !MAGNITUDES[lower(tokens[at + 1])] &&
      !isPluralNoun(tokens[at + 1]?.text ?? '');
    if (cents !== undefined && cents !== null && cents < 100 && (named || bare) && Number.isInteger(value)) {
      value += cents / 100;
      last = named ? centsLast + 1 : at;
    }
  }
  const scale = unit.scale ?? 1;
  let sign = 1;
  if (unit.kind === 'money' && value > 0 && [1, 2, 3].some((back) => LOSSES.has(lower(tokens[amount.first - back]))))
    sign = -1;
  value = sign * scale * (range ? range.min : value);
  const quantity: RecognisedQuantity = {
    text: text.slice(tokens[first]!.start, tokens[last]!.end),
    value: round(value),
    unit: unit.unit || null,
    kind: unit.kind,
    first,
    last,
    end: last,
    number: numberEnd,
    equivalents: [],
    ...(unit.role ? { role: unit.role } : {}),
  };
  if (range) {
    const ends = [round(sign * scale * range.min), round(sign * scale * range.max)];
    quantity.min = Math.min(...ends);
    quantity.max = Math.max(...ends);
    quantity.value = quantity.min;
  }
  if (withEquivalents && (unit.kind === 'money' || dimensionOf(quantity.unit)))
    addEquivalent(tokens, quantity, text, habits);
  return quantity;
}

/**
 * "RMB 380 billion (US$53 billion)", "€50m, or about $54m": the same sum in another
 * currency; "55 mph (88.5 kph)", "2 inches (50.8 millimeters)": the same measure in another
 * unit, in brackets.
 */
function addEquivalent(tokens: readonly Token[], quantity: RecognisedQuantity, text: string, habits: PageHabits): void {
  let at = quantity.last + 1;
  const bracket = tokens[at]?.text === '(';
  const dimension = dimensionOf(quantity.unit);
  if (dimension && !bracket) return;
  if (bracket || tokens[at]?.text === '≈' || tokens[at]?.text === '~') at++;
  else if (tokens[at]?.text === ',' && lower(tokens[at + 1]) === 'or') at += 2;
  else if (lower(tokens[at]) === 'or') at++;
  else return;
  while (tokens[at] && APPROXIMATELY.has(lower(tokens[at])) && !tokens[at + 1]?.text.match(/^[-−]$/)) at++;
  const numeral = numberAfter(tokens, at - 1);
  const other = numeral === undefined ? null : readQuantity(tokens, numeral, text, habits, false);
  if (!other || other.first !== at || other.unit === quantity.unit) return;
  if (dimension ? dimensionOf(other.unit) !== dimension : other.kind !== 'money') return;
  const { text: otherText, value, unit, min, max } = other;
  quantity.equivalents.push(
    min === undefined ? { text: otherText, value, unit } : { text: otherText, value, unit, min, max },
  );
  quantity.end = other.last;
  if (bracket) {
    for (let close = other.last + 1; close <= other.last + 8 && tokens[close]; close++) {
      if (tokens[close]!.text === ')') {
        quantity.end = close;
        break;
      }
    }
  }
}

// Floating point noise from scaling ("1.3 * 1e9", "130 * 0.01") is not on the page.
const round = (value: number) => Number(value.toPrecision(12));

/**
 * False when recogniseQuantities can find nothing in `text`: it starts only from a
 * digit, a spelled number or a ratio's word (English pages), "…-digit" (QUALITATIVE) or
 * "percentage" (FRACTION_OF_POINT). Most sentences of a story hold none, and this spares them the
 * tokenising.
 */
export function mayHoldQuantity(text: string, habits: PageHabits): boolean {
  return (
    /[0-9]|digit|percentage/i.test(text) ||
    (habits.english &&
      (SPELLED_NUMBER.test(text) || HYPHENATED_SUM.test(text) || RATIO_WORD.test(text) || ORDINAL_WORD.test(text)))
  );
}

// "a one-yen bid", "a five-dollar bill": a number word hyphenated to its currency.
const HYPHENATED_SUM = /\b(?:one|a|\p{L}+)-(?:dollar|yen|euro|pound|yuan|rupee|cent)\b/iu;

function readHyphenatedSum(tokens: readonly Token[], at: number, habits: PageHabits): RecognisedQuantity | null {
  const token = tokens[at]!;
  const dash = token.text.indexOf('-');
  if (token.kind !== 'word' || dash < 0 || !habits.english) return null;
  const currency = token.text.slice(dash + 1).toLowerCase();
  const code =
    currency === 'dollar' ? habits.dollar : currency === 'pound' ? (habits.sterling ? 'GBP' : null) : WORDS[currency];
  if (!code) return null;
  const number = token.text.slice(0, dash).toLowerCase();
  const value = number === 'one' ? 1 : readSpelled([{ ...token, text: number }], 0)?.value;
  if (value === undefined) return null;
  return {
    text: token.text,
    value,
    unit: code,
    kind: 'money',
    first: at,
    last: at,
    end: at,
    number: at,
    equivalents: [],
  };
}

/** "a three-year silence", "an eight-year-old girl": a number word hyphenated to its unit. */
function readHyphenatedMeasure(tokens: readonly Token[], at: number, habits: PageHabits): RecognisedQuantity | null {
  const token = tokens[at]!;
  const dash = token.text.indexOf('-');
  if (token.kind !== 'word' || dash < 0 || !habits.english) return null;
  const number = token.text.slice(0, dash).toLowerCase();
  const unit = token.text.slice(dash + 1);
  // "the Three-Day Event" is a name.
  if (/\p{Lu}/u.test(unit)) return null;
  const value = number === 'one' ? 1 : readSpelled([{ ...token, text: number }], 0)?.value;
  if (value === undefined) return null;
  const age = unit === 'year-old';
  const modifier = age
    ? null
    : modifierUnit([...tokens.slice(0, at), { ...token, text: unit }, ...tokens.slice(at + 1)], at, at, value);
  if (!age && !modifier) return null;
  return {
    text: token.text,
    value,
    unit: age ? 'years' : unit,
    kind: 'count',
    first: at,
    last: at,
    end: at,
    number: at,
    equivalents: [],
    role: age ? 'age' : 'modifier',
  };
}

/** "high-single-digit", "double digit": a size without a number, at `at`; else null. */
function readQualitative(tokens: readonly Token[], at: number, text: string): RecognisedQuantity | null {
  const start = tokens[at]!;
  if (start.kind !== 'word' || !/^(?:high|low|mid|single|double|triple)/i.test(start.text)) return null;
  for (let span = 3; span >= 1; span--) {
    const last = at + span - 1;
    if (!tokens[last] || (span > 1 && tokens[at + 1]!.kind !== 'word') || tokens[last]!.kind !== 'word') continue;
    const words = text.slice(start.start, tokens[last]!.end);
    if (QUALITATIVE.test(words)) {
      return { text: words, value: null, unit: null, kind: 'other', first: at, last, end: last, equivalents: [] };
    }
  }
  return null;
}

/** The quantities of one sentence, in reading order, each once. */
export function recogniseQuantities(tokens: readonly Token[], text: string, habits: PageHabits): RecognisedQuantity[] {
  const found: RecognisedQuantity[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.kind === 'word';
    const quantity =
      readQualitative(tokens, at, text) ??
      (word ? readFractionOfPoint(tokens, at, text) : null) ??
      (word ? readHyphenatedSum(tokens, at, habits) : null) ??
      (word ? readHyphenatedMeasure(tokens, at, habits) : null) ??
      readScore(tokens, at, text) ??
      (habits.english ? readTally(tokens, at, text) : null) ??
      (habits.english ? readRatio(tokens, at, text) : null) ??
      (tokens[at]!.kind === 'num' || (word && readSpelled(tokens, at))
        ? readQuantity(tokens, at, text, habits, true)
        : null);
    if (quantity) {
      found.push(quantity);
      at = quantity.end;
    }
  }
  return found;
}
