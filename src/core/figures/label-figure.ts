import type { FigureKind } from '../types';
import type { Token } from './split-tokens';
import {
  ADVERBS,
  AUXILIARIES,
  CHANGE_NOUNS,
  CONJUNCTIONS,
  DETERMINERS,
  isGerund,
  isPresentVerb,
  LINKING_VERBS,
  participle,
  PRICE_NOUNS,
  BASE_PARTICIPLES,
  baseParticiple,
  PREPOSITIONS,
  PRONOUNS,
  SUM_NOUNS,
} from './word-classes';

/** Where a figure stands among its sentence's tokens (see RecognisedQuantity). */
export interface FigureSpan {
  kind: FigureKind;
  first: number;
  last: number;
  end: number;
  /** The token of the number itself (the count's unit words follow it up to `last`). */
  number?: number;
}

const MAX_WORDS = 8;
const CLAUSE_WORDS = new Set([
  'which',
  'who',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'because',
  'when',
  'where',
]);
const CLAUSE_SYMBOLS = /^[,;:()[\]—–"“”….!?|]$/;
// Heads that say only that a number follows ("a total of 346 people"): the count's own noun says more.
const EMPTY_HEADS = new Set(
  'total number figure sum amount estimate maximum minimum average tally record high low range level rate price cost value upwards excess'.split(
    ' ',
  ),
);
const TIME_WORDS =
  /^(?:time|times|year|years|month|months|week|weeks|day|days|quarter|quarters|period|today|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
// Words that stand between a number and what links it ("rose nearly 5%", "up to 5%", "more than 400").
const APPROXIMATORS = new Set(
  'about around roughly approximately nearly almost just only some over under more less than up to at least most as many much estimated additional another combined total whopping staggering mere close upwards of'.split(
    ' ',
  ),
);

// Praise and size the writer adds before a number ("an astonishing six quarters").
const INTENSIFIERS = new Set(
  'a an astonishing staggering impressive whopping remarkable massive huge hefty modest mere unprecedented record robust solid strong sharp steep healthy significant substantial further extra'.split(
    ' ',
  ),
);
// Comparatives say how a number compares, not what it measures ("1.1% higher").
const COMPARATIVE =
  /^(?:higher|lower|more|less|fewer|cheaper|bigger|smaller|faster|slower|better|worse|greater|larger|longer|shorter|up|down|off)$/;

const lowerAt = (tokens: readonly Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';
const isWord = (tokens: readonly Token[], i: number) => tokens[i]?.kind === 'word';
const isFunction = (w: string) =>
  DETERMINERS.has(w) ||
  PREPOSITIONS.has(w) ||
  AUXILIARIES.has(w) ||
  PRONOUNS.has(w) ||
  CONJUNCTIONS.has(w) ||
  CLAUSE_WORDS.has(w) ||
  w === 'not' ||
  w === 'that';
const isVerbForm = (w: string) => participle(w) !== null || isGerund(w) || isPresentVerb(w) || !!CHANGE_NOUNS[w];

/** Token indexes of the clause on one side of the figure, skipping short brackets like "(AI)". */
function clauseSide(tokens: readonly Token[], from: number, step: 1 | -1): number[] {
  const side: number[] = [];
  const open = step === 1 ? '(' : ')';
  const close = step === 1 ? ')' : '(';
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i]!;
    if (token.text === open) {
      let j = i + step;
      while (j >= 0 && j < tokens.length && Math.abs(j - i) <= 6 && tokens[j]!.text !== close) j += step;
      if (tokens[j]?.text !== close || Math.abs(j - i) > 6) break;
      i = j;
      continue;
    }
    if (
      CLAUSE_SYMBOLS.test(token.text) ||
      (token.text === '-' && token.space) ||
      CLAUSE_WORDS.has(token.text.toLowerCase())
    )
      break;
    side.push(i);
  }
  return step === 1 ? side : side.reverse();
}

interface Context {
  tokens: readonly Token[];
  /** Tokens that belong to a figure (this one or another). */
  taken: ReadonlySet<number>;
  /** Tokens of the sentence's numeric figures ("triple-digit" may stand in a phrase; "$5m" may not). */
  numbers: ReadonlySet<number>;
  /** Words the page writes in lower case: a capitalised one that opens the sentence is a common noun. */
  common: ReadonlySet<string>;
  /** The clause, as a set of indexes the phrase may use. */
  clause: ReadonlySet<number>;
}

/** A content word: a noun or adjective as far as the lexicon can tell, not a figure. */
function isContent(c: Context, i: number): boolean {
  if (!c.clause.has(i) || c.taken.has(i) || !isWord(c.tokens, i)) return false;
  const w = lowerAt(c.tokens, i);
  // "you’ll", "it’s": a pronoun with its verb; "afterwards", "towards": adverbs by their ending.
  if (/^(?:i|you|we|they|he|she|it|that|there)['’]\p{L}+$/u.test(w) || /^\p{L}{3,}wards$/u.test(w)) return false;
  return !isFunction(w) && !ADVERBS.has(w);
}

/** A noun phrase that ends at `end`, read leftwards: "Alibaba's cloud unit", "the number of young adults". */
function phraseEndingAt(c: Context, end: number, max = 5): number[] {
  const phrase: number[] = [];
  let i = end;
  // "The increase of £111": after a determiner a verb's form is a noun.
  const noun = (k: number) => DETERMINERS.has(lowerAt(c.tokens, k - 1)) || /['’]s$/.test(lowerAt(c.tokens, k - 1));
  const headWord = (k: number) =>
    isContent(c, k) &&
    (phrase.length > 0 || !isVerbForm(lowerAt(c.tokens, k)) || /^\p{Lu}/u.test(c.tokens[k]!.text) || noun(k));
  while (i >= 0 && phrase.length < max && headWord(i)) {
    // A verb form may only modify a noun after it ("diluted share", "operating income").
    const w = lowerAt(c.tokens, i);
    if (
      phrase.length > 0 &&
      isVerbForm(w) &&
      !/^\p{Lu}/u.test(c.tokens[i]!.text) &&
      !isGerund(w) &&
      participle(w) === null
    )
      break;
    if (phrase.length > 0 && (isPresentVerb(w) || (participle(w) !== null && !/ed$/.test(w)))) break;
    // "purchased Big Machine": a past form before a name is its verb.
    if (phrase.length > 0 && participle(w) !== null && /^\p{Lu}/u.test(c.tokens[phrase[0]!]!.text)) break;
    phrase.unshift(i);
    i--;
    // "number of young adults", "shares of the lender": an "of" joins two noun phrases.
    let of = i;
    while (of >= 0 && DETERMINERS.has(lowerAt(c.tokens, of)) && c.clause.has(of)) of--;
    if (lowerAt(c.tokens, of) === 'of' && of < i && phrase.length < max - 1) {
      let k = of - 1;
      while (k >= 0 && DETERMINERS.has(lowerAt(c.tokens, k))) k--;
      if (isContent(c, k) && !isVerbForm(lowerAt(c.tokens, k))) {
        for (let m = i; m >= of; m--) phrase.unshift(m);
        i = k;
      }
    } else if (lowerAt(c.tokens, i) === 'of' && phrase.length < max - 1) {
      let k = i - 1;
      while (k >= 0 && DETERMINERS.has(lowerAt(c.tokens, k))) k--;
      if (isContent(c, k) && !isVerbForm(lowerAt(c.tokens, k))) {
        phrase.unshift(i);
        i = k;
      }
    }
  }
  return phrase;
}

/** A noun phrase that starts at `start` (determiners skipped), with "of"/"in"/"for" complements. */
function phraseStartingAt(c: Context, start: number, max = MAX_WORDS): number[] {
  let i = start;
  while (DETERMINERS.has(lowerAt(c.tokens, i)) && c.clause.has(i)) i++;
  const phrase: number[] = [];
  for (; phrase.length < max && (c.clause.has(i) || c.tokens[i]?.text === '('); i++) {
    const w = lowerAt(c.tokens, i);
    if (isContent(c, i)) {
      // A verb ends the phrase unless it modifies a noun after it ("diluted share").
      // "a 38 per cent fall in profits": right after a number, "fall" is a noun.
      const compound =
        (phrase.length > 0 && isGerund(w)) || (phrase.length === 0 && i === start && CHANGE_WORDS.test(w));
      if (
        !compound &&
        isVerbForm(w) &&
        !(isContent(c, i + 1) && !isVerbForm(lowerAt(c.tokens, i + 1)) && /ed$|ing$/.test(w))
      ) {
        if (!(phrase.length === 0 && /^\p{Lu}/u.test(c.tokens[i]!.text))) break;
      }
      phrase.push(i);
      continue;
    }
    // "artificial intelligence (AI) infrastructure": a short bracket inside the phrase is stepped over.
    if (c.tokens[i]!.text === '(' && phrase.length > 0) {
      let close = i + 1;
      while (close < i + 4 && c.tokens[close] && c.tokens[close]!.text !== ')') close++;
      if (c.tokens[close]?.text === ')' && isContent(c, close + 1)) {
        i = close;
        continue;
      }
    }
    if (c.tokens[i]!.kind === 'sym' && /^['’&]$/.test(c.tokens[i]!.text) && phrase.length > 0) {
      phrase.push(i);
      continue;
    }
    if (
      w === 'and' &&
      phrase.length > 0 &&
      isContent(c, i + 1) &&
      isContent(c, i + 2) &&
      !isVerbForm(lowerAt(c.tokens, i + 1))
    ) {
      phrase.push(i);
      continue;
    }
    if (/^(?:of|in|for|on)$/.test(w) && phrase.length > 0 && phrase.length < max - 1) {
      let k = i + 1;
      while (DETERMINERS.has(lowerAt(c.tokens, k)) && c.clause.has(k)) k++;
      if (isContent(c, k) && !TIME_WORDS.test(lowerAt(c.tokens, k))) {
        for (let m = i; m < k; m++) phrase.push(m);
        i = k - 1;
        continue;
      }
    }
    break;
  }
  while (phrase.length && !isContent(c, phrase.at(-1)!)) phrase.pop();
  return phrase;
}

/** A preposition with its noun phrase, the determiners between kept: "in a single venue". */
function prepositional(c: Context, at: number, phrase: number[]): number[] {
  const out = [at];
  for (let k = at + 1; k < phrase[0]!; k++) if (DETERMINERS.has(lowerAt(c.tokens, k))) out.push(k);
  return [...out, ...phrase];
}

/** The subject of the verb at `verb`: back over auxiliaries and adverbs, then its noun phrase. */
function subjectOf(c: Context, verb: number): number[] {
  let i = verb - 1;
  while (
    i >= 0 &&
    c.clause.has(i) &&
    (AUXILIARIES.has(lowerAt(c.tokens, i)) || ADVERBS.has(lowerAt(c.tokens, i)) || lowerAt(c.tokens, i) === 'not')
  )
    i--;
  // "sales growth in 2019 will be 3.5%": a time after the subject is stepped over.
  if (c.tokens[i]?.kind === 'num' && /^(?:in|for|during|since)$/.test(lowerAt(c.tokens, i - 1)) && !c.taken.has(i))
    i -= 2;
  if (!isContent(c, i)) return [];
  return phraseEndingAt(c, i);
}

/** Back from the figure over words like "nearly", "up to", "more than": the first word that links it. */
function linkBefore(c: Context, first: number): number {
  let i = first - 1;
  while (
    i >= 0 &&
    c.clause.has(i) &&
    (APPROXIMATORS.has(lowerAt(c.tokens, i)) || INTENSIFIERS.has(lowerAt(c.tokens, i)))
  ) {
    // "to" and "of" are links themselves, except in "up to", "upwards of"
    const w = lowerAt(c.tokens, i);
    if ((w === 'to' && lowerAt(c.tokens, i - 1) !== 'up') || (w === 'of' && lowerAt(c.tokens, i - 1) !== 'upwards'))
      break;
    if (w === 'at' && lowerAt(c.tokens, i + 1) !== 'least') break;
    i--;
  }
  return i;
}

function join(tokens: readonly Token[], indexes: number[], text: (i: number) => string): string {
  return indexes.map((i, k) => (k > 0 && (tokens[i]!.space || !indexes.includes(i - 1)) ? ' ' : '') + text(i)).join('');
}

type Phrase = (number | string)[];

/**
 * A sentence's first word keeps its capital in a label only when it may be a name: "Cloud
 * revenue" and "Revenue" read as common nouns ("rise in cloud revenue"), "Emirates" may not.
 */
function caseOf(c: Context, i: number): string {
  const text = c.tokens[i]!.text;
  if (i !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(text)) return text;
  const common = c.common.has(text.toLowerCase()) || /(?:ion|ment|ity|ness|ance|ence|ue|ure|ship|ings?)$/.test(text);
  return common ? text.toLowerCase() : text;
}

function render(c: Context, phrase: Phrase): string {
  const out: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length) out.push(join(c.tokens, run, (i) => caseOf(c, i)));
    run = [];
  };
  for (const part of phrase) {
    if (typeof part === 'number') run.push(part);
    else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out.join(' ');
}

/**
 * The words a label may add to those of its sentence: the nouns of changes and sums
 * ("rise", "spending", "purchase price"), the participles of its verbs, and the few words
 * that join them ("in", "of", "share of ... who", "time to", "age of", "to be").
 */
export const ADDED_WORDS: ReadonlySet<string> = new Set(
  [
    'in of share who time to be age price value cost estimate',
    ...Object.values(CHANGE_NOUNS),
    ...Object.values(SUM_NOUNS),
    ...Object.values(PRICE_NOUNS),
    ...Object.values(BASE_PARTICIPLES),
  ].flatMap((words) => words.split(' ')),
);

/** A label must read as a phrase: 1 to 8 words, a content word in it, no dangling function word at either end. */
function acceptable(label: string): boolean {
  const parts = label.split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_WORDS) return false;
  const lower = parts.map((p) => p.toLowerCase());
  if (!lower.some((w) => /\p{L}{2,}/u.test(w) && !isFunction(w) && !ADVERBS.has(w))) return false;
  const last = lower.at(-1)!;
  const first = lower[0]!;
  if (
    isFunction(last) ||
    ADVERBS.has(last) ||
    last === 'not' ||
    COMPARATIVE.test(last) ||
    (isPresentVerb(last) && !ADDED_WORDS.has(last))
  )
    return false;
  if ((PREPOSITIONS.has(first) && first !== 'per') || AUXILIARIES.has(first) || CONJUNCTIONS.has(first)) return false;
  return !/\d/.test(label) || !/^\d/.test(parts[0]!);
}

/** The figure's own unit words, after the number: "10 human cases" → "human cases". */
function unitWords(c: Context, span: FigureSpan): number[] {
  const n = span.number ?? span.first;
  const unit: number[] = [];
  for (let i = n + 1; i <= span.last; i++) if (c.tokens[i]!.kind === 'word') unit.push(i);
  // "million", "dozen": the number's words, not the unit's
  while (unit.length > 1 && /^(?:thousand|million|billion|trillion|dozen|hundred|and)$/i.test(c.tokens[unit[0]!]!.text))
    unit.shift();
  return unit;
}

/**
 * What follows a count: "of plague have been diagnosed in China" → [of plague] [diagnosed]
 * [in China]. `subject` says the count may be the subject of the verb after it (it is not
 * when a preposition stands before it: "in 21 cities have been killed").
 */
function countComplement(c: Context, after: number, subject: boolean): Phrase {
  const out: Phrase = [];
  let i = after;
  if (lowerAt(c.tokens, i) === 'of') {
    const np = phraseStartingAt(c, i + 1, 3);
    if (np.length) {
      out.push(...prepositional(c, i, np));
      i = np.at(-1)! + 1;
    }
  }
  // "106 protesters in 21 cities have been killed": a phrase holding another figure is stepped over.
  let j = i;
  if (PREPOSITIONS.has(lowerAt(c.tokens, j)) && c.taken.has(j + 1)) {
    j++;
    while (c.taken.has(j)) j++;
  }
  const stepped = j;
  while (c.clause.has(j) && (AUXILIARIES.has(lowerAt(c.tokens, j)) || ADVERBS.has(lowerAt(c.tokens, j)))) j++;
  const w = lowerAt(c.tokens, j);
  const tail = (p: number) => {
    if (/^(?:in|at|on|by|from|to|into|without|with|for)$/.test(lowerAt(c.tokens, p))) {
      const np = phraseStartingAt(c, p + 1, 3);
      if (np.length && !np.some((k) => c.taken.has(k)) && !TIME_WORDS.test(lowerAt(c.tokens, np[0]!)))
        return prepositional(c, p, np);
    }
    return [];
  };
  const part = c.clause.has(j) && !c.taken.has(j) && subject ? participle(w) : null;
  if (part && j > stepped) return [...out, part, ...tail(j + 1)];
  // "3,248 cases reported worldwide": a participle right after the count.
  if (part && j === i && /ed$|en$/.test(w)) {
    const adverb =
      /^(?:worldwide|nationwide|globally|abroad|overseas|locally|statewide|so far|annually|yearly|daily)$/.test(
        lowerAt(c.tokens, j + 1),
      )
        ? [j + 1]
        : tail(j + 1);
    return [...out, j, ...adverb];
  }
  // "28 people who came into contact with the patient"
  if (subject && j === i && /^(?:who|that)$/.test(lowerAt(c.tokens, i))) {
    const rest: number[] = [];
    for (let k = i + 1; !c.taken.has(k) && isWord(c.tokens, k) && rest.length < 6; k++) {
      if (rest.length > 0 && AUXILIARIES.has(lowerAt(c.tokens, k))) break;
      rest.push(k);
    }
    while (rest.length && (isFunction(lowerAt(c.tokens, rest.at(-1)!)) || ADVERBS.has(lowerAt(c.tokens, rest.at(-1)!))))
      rest.pop();
    if (rest.length >= 2) return [...out, i, ...rest];
  }
  // "18 teams playing in a single venue"
  if (subject && j === stepped && j === i && isGerund(w) && c.clause.has(j)) return [...out, j, ...tail(j + 1)];
  if (j > stepped && subject && /^(?:in|without|on|at|under)$/.test(w)) {
    const np = phraseStartingAt(c, j + 1, 3);
    if (np.length) return [...out, j, ...np];
  }
  if (
    !out.length &&
    /^(?:on|per|in|at|for|across|against|with|without|by)$/.test(lowerAt(c.tokens, i)) &&
    c.clause.has(i)
  ) {
    const np = phraseStartingAt(c, i + 1, 3);
    if (np.length && !TIME_WORDS.test(lowerAt(c.tokens, np[0]!))) return [i, ...np];
  }
  return out;
}

// Which preposition may say what a sum went to: "spending on schools", "payment for the name".
const SUM_PREPOSITIONS: Record<string, string> = {
  spending: 'on',
  investment: 'in into',
  payment: 'for to',
  loss: 'on',
  funding: 'for from',
  borrowing: 'from',
  debt: 'to',
  price: 'for',
  bid: 'for',
  fine: 'for',
  savings: 'on',
  award: 'for',
  grant: 'for',
  deal: 'with',
};

const CHANGE_WORDS =
  /^(?:rise|fall|drop|increase|decrease|cut|gain|jump|decline|surge|slump|climb|dip|hike|boost|raise|reduction)$/;

const DURATIONS = /^(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades)$/;

/**
 * What a figure measures, as a noun phrase built from its sentence's grammar: the noun
 * phrase "of" ties to it ("net loss of $12 million" → "net loss"), the subject of the verb
 * that links or changes it ("revenue rose 3.5%" → "rise in revenue"; "the order is valued
 * at $8.8bn" → "order value"), the noun it modifies ("a $600 million deal" → "deal"), what
 * a sum is spent on or paid for, or, for a count, its own noun with what is said of it
 * ("106 protesters have been killed" → "protesters killed"). Empty when no such phrase is
 * found: the popup then shows the figure in its clause (issue 13).
 */
export function labelFigure(
  tokens: readonly Token[],
  span: FigureSpan,
  others: readonly FigureSpan[] = [],
  common: ReadonlySet<string> = new Set(),
): string {
  const taken = new Set<number>();
  const numbers = new Set<number>();
  for (const o of [span, ...others]) {
    for (let i = o.first; i <= o.end; i++) {
      taken.add(i);
      if (o.kind !== 'other' || o === span) numbers.add(i);
    }
  }
  const clause = new Set([...clauseSide(tokens, span.first - 1, -1), ...clauseSide(tokens, span.end + 1, 1)]);
  const c: Context = { tokens, taken, numbers, clause, common };
  const candidates = labelCandidates(c, span);
  for (const phrase of candidates) {
    const label = render(c, phrase).replace(/\s+/g, ' ').trim();
    if (acceptable(label)) return label;
  }
  return '';
}

function labelCandidates(c: Context, span: FigureSpan): Phrase[] {
  const { tokens } = c;
  const out: Phrase[] = [];
  const after = span.end + 1;
  const link = linkBefore(c, span.first);
  const w = lowerAt(tokens, link);
  const count = span.kind === 'count';
  const unit = count ? unitWords(c, span) : [];

  // "Trump is 73 years old", "a 51-year-old man"
  if (count && lowerAt(tokens, span.last) === 'years' && lowerAt(tokens, after) === 'old') {
    const subject = LINKING_VERBS.has(w) ? subjectOf(c, link) : [];
    out.push(subject.length ? ['age of', ...subject] : ['age']);
  }

  // "Online sales have posted double-digit growth", "revenue, which has seen triple-digit growth".
  if (
    span.kind === 'other' &&
    /^(?:growth|gains?|rises?|increases?|declines?|falls?|jumps?|drops?|returns?|margins?|rates?|pace)$/.test(
      lowerAt(tokens, after),
    ) &&
    !isContent(c, after + 1)
  ) {
    const subject = reportingSubject(c, link);
    if (subject.length) out.push([...subject, after]);
  }
  // "$125 billion worth of Chinese goods": what the sum buys.
  if (span.kind === 'money' && lowerAt(tokens, after) === 'worth' && lowerAt(tokens, after + 1) === 'of') {
    const what = phraseStartingAt(c, after + 2, 5);
    if (what.length) out.push(what);
  }
  // "a $600 million deal", "in lieu of $326,000 bond": a noun right after a sum names it.
  if (span.kind === 'money' && lowerAt(tokens, after) !== 'worth') {
    const np = phraseStartingAt(c, after, 4);
    if (
      np.length &&
      np[0] === after &&
      !TIME_WORDS.test(lowerAt(tokens, after)) &&
      (np.length > 1 || !/^\p{Lu}/u.test(tokens[after]!.text))
    )
      out.push(np);
  }
  // "a 20% and 16% improvement": figures joined by "and" share the noun after the last.
  if (/^(?:and|or)$/.test(lowerAt(tokens, after)) && c.taken.has(after + 1)) {
    let k = after + 1;
    while (c.taken.has(k)) k++;
    const np = phraseStartingAt({ ...c, clause: new Set([...c.clause, ...clauseSide(tokens, k, 1)]) }, k, 5);
    if (np.length && np[0] === k) out.push(np);
  }
  // "killed a total of 346 people": the count is the object of the verb before the empty head.
  let objectOf = link;
  if (w === 'of' && count) {
    let k = link - 1;
    if (EMPTY_HEADS.has(lowerAt(tokens, k))) {
      k--;
      while (k >= 0 && DETERMINERS.has(lowerAt(tokens, k))) k--;
      if (clause(c, k)) objectOf = k;
    }
  }
  // "NP of FIG": "net loss of $12 million", "commitment of RMB 380 billion in cloud computing".
  if (w === 'of' && clause(c, link)) {
    const head = phraseEndingAt(c, link - 1);
    if (head.length && !(count && EMPTY_HEADS.has(lowerAt(tokens, head.at(-1)!)))) {
      const complement = /^(?:in|for|on|to)$/.test(lowerAt(tokens, after))
        ? phraseStartingAt(c, after + 1, MAX_WORDS - 1 - head.length)
        : [];
      if (complement.length && !count) out.push([...head, after, ...complement]);
      if (CHANGE_NOUNS[lowerAt(tokens, head.at(-1)!)] || head.length > 1 || !count) out.push(head);
    }
  }

  // "rose 3.5%", "was down 5%", "fell by 3%", "rose to $27.2bn".
  let verb = link;
  if (w === 'by' || w === 'to' || w === 'from') {
    verb = link - 1;
    // "rose 3.5% to $27.2bn": step back over the other figure.
    while (verb >= 0 && c.taken.has(verb)) verb--;
    if (lowerAt(tokens, verb) === 'by') verb--;
    while (verb >= 0 && c.taken.has(verb)) verb--;
  }
  while (
    verb >= 0 &&
    clause(c, verb) &&
    ADVERBS.has(lowerAt(tokens, verb)) &&
    !/^(?:up|down)$/.test(lowerAt(tokens, verb))
  )
    verb--;
  // "raised its price cap by 6.4 per cent to £1,849": the level is the object's.
  if ((w === 'to' || w === 'by') && isContent(c, verb)) {
    const object = phraseEndingAt(c, verb, 4);
    let k = object.length ? object[0]! - 1 : -1;
    while (k >= 0 && DETERMINERS.has(lowerAt(tokens, k))) k--;
    const noun = CHANGE_NOUNS[lowerAt(tokens, k)];
    if (object.length && noun && clause(c, k)) out.push(w === 'to' ? object : [noun, 'in', ...object]);
    // "a 38 per cent fall in first-half profits to £612m"
    if (object.length && w === 'to' && lowerAt(tokens, k) === 'in' && CHANGE_WORDS.test(lowerAt(tokens, k - 1)))
      out.push(object);
  }
  const v = lowerAt(tokens, verb);
  const changeNoun =
    CHANGE_NOUNS[v] ??
    (/^(?:up|down)$/.test(v) && AUXILIARIES.has(lowerAt(tokens, verb - 1))
      ? v === 'up'
        ? 'rise'
        : 'fall'
      : undefined);
  // A count after a change verb is mostly its object ("cut 5,000 jobs"); points and places move.
  // "raised €1.2 million" is funding, not a rise: a sum after a verb of money is what it names.
  const sumVerb = span.kind === 'money' && SUM_NOUNS[lowerAt(tokens, verb)] !== undefined;
  const moves =
    !sumVerb &&
    (!count || w === 'by' || /^(?:points?|places?|spots?|notches|positions)$/.test(lowerAt(tokens, span.last)));
  if (changeNoun && moves && clause(c, verb)) {
    const subject = subjectOf(c, /^(?:up|down)$/.test(v) ? verb - 1 : verb);
    if (w === 'to' || w === 'from') {
      if (subject.length) out.push(subject);
    } else if (subject.length) {
      out.push([changeNoun, 'in', ...subject]);
    }
  }

  // "$156 billion in Chinese goods", "$2.53 in per-share earnings"
  if (lowerAt(tokens, after) === 'in' && span.kind === 'money') {
    const what = phraseStartingAt(c, after + 1, 5);
    const name =
      /^\p{Lu}/u.test(tokens[what[0]!]?.text ?? '') && (what.length < 2 || /^\p{Lu}/u.test(tokens[what.at(-1)!]!.text));
    if (what.length && what[0] === after + 1 && !name && !TIME_WORDS.test(lowerAt(tokens, what[0]!))) out.push(what);
  }
  // "Shares were 1.1% higher": a linking verb and a comparative tell a change.
  const comparative = lowerAt(tokens, after);
  if (LINKING_VERBS.has(w) && /^(?:higher|lower|up|down|more|less)$/.test(comparative)) {
    const subject = subjectOf(c, link);
    if (subject.length) out.push([/^(?:higher|up|more)$/.test(comparative) ? 'rise' : 'fall', 'in', ...subject]);
    return out;
  }
  // "stood at $3bn", "is valued at $8.8bn", "was worth $600m", "priced at", "estimated at".
  if (
    w === 'at' ||
    LINKING_VERBS.has(w) ||
    w === 'worth' ||
    w === 'valued' ||
    w === 'priced' ||
    w === 'costs' ||
    w === 'cost'
  ) {
    let k = w === 'at' ? link - 1 : link;
    while (k >= 0 && ADVERBS.has(lowerAt(tokens, k))) k--;
    const kw = lowerAt(tokens, k);
    const noun =
      kw === 'valued' || kw === 'worth'
        ? 'value'
        : kw === 'priced'
          ? 'price'
          : kw === 'estimated' || kw === 'put'
            ? 'estimate'
            : kw === 'cost' || kw === 'costs'
              ? 'cost'
              : '';
    if (clause(c, k) && (noun || LINKING_VERBS.has(kw) || (w === 'at' && participle(kw)))) {
      let subject = subjectOf(c, k);
      // "investor SoftBank worth $8bn": a name before "worth" is who gives it, not what is worth.
      if (!subject.length && (kw === 'worth' || kw === 'valued')) subject = phraseEndingAt(c, k - 1);
      if (subject.length)
        out.push(noun && !EMPTY_HEADS.has(lowerAt(tokens, subject.at(-1)!)) ? [...subject, noun] : subject);
    }
  }

  // "held interest rates at 4.5 per cent", "kept the fee at $40": the noun phrase before "at".
  if (w === 'at' && isContent(c, link - 1) && !LINKING_VERBS.has(lowerAt(tokens, link - 1))) {
    const what = phraseEndingAt(c, link - 1, 4);
    if (what.length && !/^\p{Lu}/u.test(tokens[what.at(-1)!]!.text)) out.push(what);
  }

  // "spent $2bn on schools", "earned $2.8bn", "paid $5.9 million for the name", "lost $75m".
  let sumAt = link;
  if (!SUM_NOUNS[w] && isContent(c, link)) {
    let k = link;
    while (
      k > link - 4 &&
      k >= 0 &&
      !SUM_NOUNS[lowerAt(tokens, k)] &&
      (isContent(c, k) || DETERMINERS.has(lowerAt(tokens, k)))
    )
      k--;
    if (
      SUM_NOUNS[lowerAt(tokens, k)] &&
      clause(c, k) &&
      /^(?:cost|costs|paid|pay|pays|owe|owes|owed|saved|save|saves|gave|give)$/.test(lowerAt(tokens, k))
    )
      sumAt = k;
  }
  const sumNoun = SUM_NOUNS[lowerAt(tokens, sumAt)];
  if (sumNoun && !count && clause(c, sumAt)) {
    const prep = lowerAt(tokens, after);
    const fits = (SUM_PREPOSITIONS[sumNoun] ?? '').split(' ').includes(prep);
    const complement = fits ? phraseStartingAt(c, after + 1, 4) : [];
    if (complement.length) out.push([sumNoun, after, ...complement]);
    const subject = subjectOf(c, sumAt);
    if (subject.length) out.push([...subject, sumNoun]);
    out.push([sumNoun]);
  }

  // "a $600 million deal", "11% year-over-year revenue growth", "a 10% stake in the carmaker".
  if (!count) {
    const np = phraseStartingAt(c, after);
    if (
      np.length &&
      np[0] === after &&
      !TIME_WORDS.test(lowerAt(tokens, np[0]!)) &&
      (np.length > 1 || !/^\p{Lu}/u.test(tokens[np[0]!]!.text))
    )
      out.push(np);
    // "44 percent of Americans say ...": the people and what they say.
    if (span.kind === 'percent' && lowerAt(tokens, after) === 'of') {
      const whom = phraseStartingAt(c, after + 1, 3);
      if (whom.length) {
        const rest: number[] = [];
        for (
          let k = whom.at(-1)! + 1;
          c.clause.has(k) && !c.taken.has(k) && rest.length < MAX_WORDS - whom.length - 3;
          k++
        ) {
          if (c.tokens[k]!.kind !== 'word' || (rest.length > 0 && AUXILIARIES.has(lowerAt(tokens, k)))) break;
          rest.push(k);
        }
        while (rest.length && (isFunction(lowerAt(tokens, rest.at(-1)!)) || ADVERBS.has(lowerAt(tokens, rest.at(-1)!))))
          rest.pop();
        if (rest.length && isVerbForm(lowerAt(tokens, rest[0]!))) out.push(['share of', ...whom, 'who', ...rest]);
        out.push(['share of', ...whom]);
      }
    }
    // "sold Big Machine for $300M", "Smart Watch for $169.99": the price of what comes before "for".
    if (w === 'for' && span.kind === 'money') {
      const before = lowerAt(tokens, link - 1);
      if (PRICE_NOUNS[before]) out.push([PRICE_NOUNS[before]!]);
      // "sold the unit to Victoria Crest Capital for ¥420bn": the price of what was sold.
      for (let k = link - 2; k >= link - 8 && clause(c, k); k--) {
        const price = PRICE_NOUNS[lowerAt(tokens, k)];
        if (!price) continue;
        const what = phraseStartingAt(c, k + 1, 4).filter((m) => m < link);
        if (what.length) out.push([price, 'of', ...what]);
        break;
      }
      const what = phraseEndingAt(c, link - 1, 4);
      // "sold to Victoria Crest Capital for ¥420bn": a name before "for" is the buyer.
      if (what.length && !(lowerAt(tokens, what[0]! - 1) === 'to' && /^\p{Lu}/u.test(tokens[what.at(-1)!]!.text)))
        out.push(['price of', ...what]);
    }
    // "RRP: £23.99", "VIP : 60,000₩": a list's name for the figure.
    if (tokens[span.first - 1]?.text === ':') {
      const name = phraseEndingAt({ ...c, clause: new Set(clauseSide(tokens, span.first - 2, -1)) }, span.first - 2, 4);
      const caps = name.filter((k) => /^\p{Lu}{2,}$/u.test(tokens[k]!.text));
      if (caps.length && caps.at(-1) === name.at(-1)) out.push(caps.slice(-1));
      else if (name.length) out.push(name);
    }

    if (lowerAt(tokens, after) === 'per' || lowerAt(tokens, after) === 'a') {
      // "$2.53 per diluted share", "$9.99 a month": a rate needs its subject
    }
  }

  if (count && DURATIONS.test(lowerAt(tokens, span.last))) {
    const to = lowerAt(tokens, after) === 'to' && clause(c, after + 1) && isWord(tokens, after + 1) ? after + 1 : -1;
    if (to > 0) {
      const rest: number[] = [];
      for (let k = to; clause(c, k) && !c.taken.has(k) && isWord(tokens, k) && rest.length < 5; k++) rest.push(k);
      while (
        rest.length > 1 &&
        (isFunction(lowerAt(tokens, rest.at(-1)!)) || ADVERBS.has(lowerAt(tokens, rest.at(-1)!)))
      )
        rest.pop();
      out.push(['time to', ...rest]);
    }
    if (w === 'in' && lowerAt(tokens, link - 2) === 'to' && isWord(tokens, link - 1)) out.push(['time to', link - 1]);
  }

  // "triple-digit growth for six consecutive quarters": how long the phrase before lasted.
  if (count && DURATIONS.test(lowerAt(tokens, span.last)) && w === 'for') {
    const what = phraseEndingAt({ ...c, taken: c.numbers }, link - 1, 4);
    if (what.length && !/^\p{Lu}/u.test(tokens[what.at(-1)!]!.text)) out.push(what);
  }
  // "95 kWh of battery capacity", "5 GW of power": what a measure measures.
  if (count && unit.length === 1 && !/^\p{Ll}+s$/u.test(tokens[unit[0]!]!.text) && lowerAt(tokens, after) === 'of') {
    const what = phraseStartingAt(c, after + 1, 5);
    if (what.length) out.push(what);
  }

  if (count && unit.length) {
    const complement = countComplement(
      c,
      after,
      !PREPOSITIONS.has(w) || w === 'than' || (w === 'to' && lowerAt(tokens, link - 1) === 'up'),
    );
    if (complement.length) out.push([...unit, ...complement]);
    // The object of a verb: "Police arrested six people" → "people arrested".
    const verbBefore = lowerAt(tokens, objectOf);
    const part = clause(c, objectOf) && !PREPOSITIONS.has(verbBefore) ? participle(verbBefore) : null;
    // "cut 1,200 jobs in France" → "jobs cut in France"
    const where = /^(?:in|at|across|from|on)$/.test(lowerAt(tokens, after)) ? phraseStartingAt(c, after + 1, 3) : [];
    const place = where.length > 0 && !TIME_WORDS.test(lowerAt(tokens, where[0]!));
    if (part && !AUXILIARIES.has(verbBefore)) out.unshift([...unit, part]);
    if (part && !AUXILIARIES.has(verbBefore) && place) out.unshift([...unit, part, ...prepositional(c, after, where)]);
    // "The group employs 48,250 people" → "people employed"; "Assange faces 18 criminal charges".
    if (
      clause(c, link) &&
      isPresentVerb(verbBefore) &&
      /s$/.test(verbBefore) &&
      !/^(?:has|is|says|remains|stands|totals)$/.test(verbBefore)
    )
      out.push([...unit, baseParticiple(verbBefore.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, ''))]);
    if (clause(c, link) && lowerAt(tokens, link - 1) === 'to' && isWord(tokens, link) && !isFunction(verbBefore))
      out.push([...unit, 'to be', baseParticiple(verbBefore)]);
    // "10 human cases", "18 criminal charges": the popup shows the count's noun, the label its modifiers too.
    if (unit.length > 1) out.push(unit);
  }
  return out;
}

const clause = (c: Context, i: number) => c.clause.has(i);

// Verbs that report rather than measure: the subject before them is what the figure is about.
const REPORTS = new Set('seen saw posted reported recorded logged delivered registered booked enjoyed'.split(' '));

/** "AI-related product revenue, which has seen" before "triple-digit growth": the subject across a reporting verb. */
function reportingSubject(c: Context, from: number): number[] {
  let i = from;
  let reported = false;
  for (; i >= 0; i--) {
    const w = lowerAt(c.tokens, i);
    if (!isWord(c.tokens, i)) break;
    if (REPORTS.has(w)) reported = true;
    else if (!AUXILIARIES.has(w) && !ADVERBS.has(w)) break;
  }
  if (!reported) return [];
  if (/^(?:which|that)$/.test(lowerAt(c.tokens, i))) i--;
  if (c.tokens[i]?.text === ',') i--;
  return phraseEndingAt({ ...c, clause: new Set([...c.clause, ...clauseSide(c.tokens, i, -1)]) }, i, 4);
}
