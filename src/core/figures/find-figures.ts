import { readMoneyHabits } from './currency-names';
import { FUNCTION_WORDS, readsAsEnglish, readsAsOtherLanguage } from '../text/function-words';
import { labelFigure } from './label-figure';
import type { ChineseFigureReader, ChineseFigures, LabelledQuantity } from './read-chinese-figures';
import { prefersDecimalComma } from './read-numerals';
import { mayHoldQuantity, recogniseQuantities, type PageHabits, type RecognisedQuantity } from './recognise-quantities';
import type { QuantityRole } from './recognised-quantity';
import { isNewsworthy, scoreFigure, TOTAL_OR_CHANGE } from './rank-figures';
import { qualifierBefore } from './read-qualifier';
import { NEAR, saysAgain, stem, tellsExpected } from './sentence-signals';
import { splitTokens, type Token } from './split-tokens';
import { isChineseText } from '../text/chinese-text';
import { sentenceSpans, type SentenceSplitter } from '../text/split-sentences';
import type { Figure, Paragraph, Quantity } from '../types';

export interface FigureInput {
  title: string;
  paragraphs: readonly Paragraph[];
  /** The page's language tag, for sentence splitting (as highlights split them). */
  lang?: string | null;
  /** A splitter shared with the highlights (sharedSentenceSplitter); else sentenceSpans for `lang`. */
  sentences?: SentenceSplitter;
  /** The reader of Chinese sentences (chineseFigureReader); without it they get none. */
  chineseFigures?: ChineseFigures;
}

interface Candidate {
  figure: Figure;
  order: number;
  paragraphs: Set<number>;
  totalOrChange: boolean;
  /** Its sentence is a row of numbers (a box score, a table's line): "3 tackles, 2 assists (5 combined)." */
  statLine: boolean;
  role: QuantityRole | undefined;
  /** Words before it that make it a bound or an estimate ("more than "), added to its text once ranked. */
  qualifier: string;
}

const STORY_PARAGRAPHS = 3;
/** How many figures of the same label and unit make a list. */
const LIST = 3;
// A length followed by what it spans: "16 feet long, six feet wide and 5.3 feet high".
const EXTENT = /^\s*(?:long|wide|high|tall|deep|thick)\b/;
const WITHIN = /\bwithin\s+(?:(?:the\s+)?(?:next|first|last|past)\s+)?(?:about\s+|roughly\s+|just\s+)?$/i;

/** How many figures from rows of numbers the list keeps: a box score must not flood it (issue 13). */
const MAX_STAT_LINES = 3;

/** A sentence that is mostly its numbers: at most two words beside them, or more than a number for every two words. */
function isStatLine(tokens: readonly Token[], found: readonly RecognisedQuantity[]): boolean {
  const inFigure = new Set<number>();
  for (const q of found) for (let i = q.first; i <= q.end; i++) inFigure.add(i);
  const words = tokens.filter((token, i) => token.kind === 'word' && !inFigure.has(i)).length;
  // A figure is one number however it is written ("3-1", "$2.8 billion").
  const numbers = found.length + tokens.filter((token, i) => token.kind === 'num' && !inFigure.has(i)).length;
  return words <= 2 || numbers * 2 > words;
}

/** The keys a quantity is known by: "USD 5.3e10", or its words for "triple-digit". */
function keysOf(q: Quantity): string[] {
  // Case aside: a headline in title case writes "Three Cases" for the text's "three cases".
  const key = (x: Quantity) =>
    x.value === null ? `~${x.text.toLowerCase()}` : `${x.unit?.toLowerCase()} ${x.value} ${x.max ?? ''}`;
  return [q, ...((q as Partial<Figure>).equivalents ?? [])].map(key);
}

// A reading time marks a page's meta line (byline, date, "5 min read", "312 comments"),
// which an extractor may keep as a paragraph: none of its numbers is a figure.
const META_LINE = /\b\d+\s*(?:min|mins|minutes?)\s+(?:read|listen)\b/i;
// A subscription or sign-up offer ("12 issues for £11.99", "Get access to ... for as little
// as Rs 599"): page chrome, whatever its prices (issue 13).
const OFFER =
  /^\W*(?:\d+ issues for\b|(?:get|subscribe|sign up|join|try|start|buy|claim|grab|become|unlock)\b.*\b(?:subscri\w*|for as little as|membership|free trial|newsletter)\b)/i;

// A change that did not happen ("did not drop a single set in five matches") makes no figure a change.
const NEGATED_CHANGE =
  /\b(?:not|never|n['’]t)\s+(?:rise|fall|drop|grow|increase|decrease|decline|jump|surge|plunge|cut|gain|raise)\b/gi;

interface SentenceQuantities {
  sentence: string;
  found: (RecognisedQuantity | LabelledQuantity)[];
  tokens: ReturnType<typeof splitTokens>;
  /** Labels found with the quantities (Chinese sentences), else labelFigure's. */
  labels?: string[];
  totalOrChange: boolean;
}

function quantitiesOf(
  text: string,
  habits: PageHabits,
  sentences: SentenceSplitter,
  chinese: ChineseFigureReader | null,
): SentenceQuantities[] {
  // A sentence starts and ends beside white space or punctuation, so a paragraph that may
  // hold no quantity has no sentence that may.
  const mayHold = (t: string) => mayHoldQuantity(t, habits) || (chinese !== null && chinese.mayHold(t));
  if (!mayHold(text)) return [];
  return sentences(text).map(([start, end]): SentenceQuantities => {
    const sentence = text.slice(start, end);
    if (!mayHold(sentence)) return { sentence, tokens: [], found: [], totalOrChange: false };
    // Chinese sentences have a recogniser of their own (issue 15).
    const read = chinese?.read(sentence);
    if (read) {
      const found = META_LINE.test(sentence) ? [] : read.found;
      return { sentence, tokens: [], found, labels: found.map((q) => q.label), totalOrChange: read.totalOrChange };
    }
    const tokens = splitTokens(sentence);
    const chrome = META_LINE.test(sentence) || OFFER.test(sentence);
    const found = chrome ? [] : recogniseQuantities(tokens, sentence, habits);
    return { sentence, tokens, found, totalOrChange: TOTAL_OR_CHANGE.test(sentence.replace(NEGATED_CHANGE, '')) };
  });
}

/**
 * A headline in title case with its words in lower case ("Three Cases of Plague Diagnosed"
 * → "Three cases of plague diagnosed"), so that its counts read as the text's do; names in
 * capitals ("NASA") keep them.
 */
function sentenceCase(title: string): string {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  if (words.length < 3 || capitalised < 0.6 * words.length) return title;
  return title.replace(/(?<=[\s\p{P}])\p{Lu}\p{Ll}+/gu, (word) => word.toLowerCase());
}

/**
 * The article's key figures, most important first, each quantity once: money,
 * percentages, counts and qualitative magnitudes, found in the paragraphs given (the
 * article body, never the page around it), labelled with words of their own sentence.
 */
export function findFigures(input: FigureInput): Figure[] {
  const all = [input.title, ...input.paragraphs.map((p) => p.text)].join('\n');
  const sentences = input.sentences ?? ((text: string) => sentenceSpans(text, input.lang ?? null));
  const money = readMoneyHabits(all);
  const habits: PageHabits = {
    ...money,
    // "¥" on a Chinese page is the yuan (issue 15).
    ...(/^zh\b/i.test(input.lang ?? '') || isChineseText(all.slice(0, 4000)) ? { yen: 'CNY' } : {}),
    decimalComma: prefersDecimalComma(all),
    // A page that says it is English may read as little English as a list of results does
    // (a round-up of scores has 1% of English's grammar words), unless it reads as another
    // language (a German page that says "en").
    english: readsAsEnglish(all) || (/^en\b/i.test(input.lang ?? '') && !readsAsOtherLanguage(all)),
  };
  const common = new Set(all.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*/gu) ?? []);
  const chinese = input.chineseFigures?.(input.lang, money.dollar) ?? null;
  const titleKeys = new Set(
    quantitiesOf(sentenceCase(input.title), habits, sentences, chinese).flatMap(({ found }) =>
      found.flatMap((q) => keysOf(q)),
    ),
  );
  const prose = input.paragraphs.filter((p) => p.kind === 'paragraph' && p.duplicateOf === null);
  const candidates: Candidate[] = [];
  const byKey = new Map<string, Candidate>();

  for (const paragraph of input.paragraphs) {
    if (paragraph.kind === 'preformatted') continue;
    for (const { tokens, found, labels, totalOrChange, sentence } of quantitiesOf(
      paragraph.text,
      habits,
      sentences,
      chinese,
    )) {
      for (const [k, q] of found.entries()) {
        const keys = keysOf(q);
        const known = keys.map((key) => byKey.get(key)).find((c) => c !== undefined);
        if (known) {
          // A percentage recurs by chance, said of something else ("in-feed units (30%)", then
          // "CPM is 30% lower"): it is said again only by a mention that shares a word near it
          // (words of spaced text: a Chinese sentence has its own reader and no tokens).
          const another = q.kind === 'percent' && tokens.length > 0 && !saysAgain(known.figure, sentence, q.text);
          if (paragraph.duplicateOf === null && !another) known.paragraphs.add(paragraph.index);
          // A later mention may name the same sum in another currency: keep that as an equivalent.
          for (const [i, key] of keys.entries()) {
            const other = i === 0 ? q : q.equivalents[i - 1]!;
            if (byKey.has(key) || other.unit === known.figure.unit || other.value === null) continue;
            const { text, value, unit } = other;
            known.figure.equivalents.push({ text, value, unit });
            byKey.set(key, known);
          }
          continue;
        }
        const { text, value, unit, kind, min, max, equivalents } = q;
        const figure: Figure = {
          text,
          value,
          unit,
          kind,
          ...(min === undefined ? {} : { min, max }),
          // The label grammar is English's: elsewhere the figure is shown in its clause
          // ("aus dem Programm für" is no label).
          label:
            labels?.[k] ??
            (habits.english ? labelFigure(tokens, q as RecognisedQuantity, found as RecognisedQuantity[], common) : ''),
          context: sentence.trim(),
          paragraph: paragraph.index,
          equivalents,
        };
        const candidate: Candidate = {
          figure,
          order: candidates.length,
          paragraphs: new Set(paragraph.duplicateOf === null ? [paragraph.index] : []),
          totalOrChange,
          // Chinese sentences come without tokens: the row test is for spaced text.
          statLine:
            paragraph.kind === 'table' || (tokens.length > 0 && isStatLine(tokens, found as RecognisedQuantity[])),
          role: (q as RecognisedQuantity).role,
          qualifier:
            tokens.length > 0
              ? qualifierBefore(
                  sentence.slice(0, tokens[(q as RecognisedQuantity).first]!.start),
                  unit?.split(' ').at(-1) ?? null,
                  value,
                )
              : '',
        };
        candidates.push(candidate);
        for (const key of keys) byKey.set(key, candidate);
      }
    }
  }

  const headline = new Set(
    (input.title.match(/\p{L}{3,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map(stem),
  );
  // The headline's words near the figure, not anywhere in its sentence: the story's name
  // ("Davis Cup") stands in many sentences, its subjects beside their numbers.
  const headlineWords = ({ context, text }: Figure) => {
    const at = Math.max(0, context.indexOf(text));
    const near = context.slice(Math.max(0, at - NEAR), at + text.length + NEAR);
    return new Set((near.match(/\p{L}{3,}/gu) ?? []).map(stem).filter((w) => headline.has(w))).size;
  };
  // A list of the same measure ("held in lieu of $70,000 bond", five times over; a car's
  // charging powers): its largest stands for it, the rest rank as one figure's detail.
  const lists = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.figure.label || c.figure.value === null) continue;
    const key = `${c.figure.label.toLowerCase()} ${c.figure.unit}`;
    lists.set(key, [...(lists.get(key) ?? []), c]);
  }
  // A whole broken into parts in one sentence ("native ad units (38%), followed by in-feed units
  // (30%), in-ad units (25%) and ... (7%)"): percentages that add up to about 100.
  const parts = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.figure.unit !== '%' || c.figure.value === null) continue;
    const key = `\u0000${c.figure.paragraph} ${c.figure.context}`;
    parts.set(key, [...(parts.get(key) ?? []), c]);
  }
  for (const [key, list] of parts) {
    const sum = list.reduce((total, c) => total + c.figure.value!, 0);
    if (list.length >= LIST && sum >= 90 && sum <= 100.5) lists.set(key, list);
  }
  const inList = new Map<Candidate, 'largest' | 'other'>();
  for (const list of lists.values()) {
    if (list.length < LIST) continue;
    const largest = list.reduce((a, b) => (Math.abs(b.figure.value!) > Math.abs(a.figure.value!) ? b : a));
    for (const c of list) inList.set(c, c === largest ? 'largest' : 'other');
  }
  const score = (c: Candidate) => {
    const position = prose.findIndex((p) => p.index >= c.figure.paragraph);
    return scoreFigure({
      kind: c.figure.kind,
      unit: c.figure.unit,
      bodyPosition: position === -1 ? prose.length : position,
      bodyLength: prose.length,
      blockKind: input.paragraphs[c.figure.paragraph]?.kind ?? 'paragraph',
      inTitle: keysOf(c.figure).some((key) => titleKeys.has(key)),
      mentions: Math.max(1, c.paragraphs.size),
      // A sum converted says the writer thought it mattered; a measure converted is house style (AP).
      hasEquivalents: c.figure.kind === 'money' && c.figure.equivalents.length > 0,
      totalOrChange: c.totalOrChange,
      statLine: c.statLine,
      value: c.figure.value,
      labelled: c.figure.label !== '',
      role: c.role,
      headlineWords: headlineWords(c.figure),
      countsHeadlineNoun: c.figure.kind === 'count' && !!c.figure.unit && headline.has(stem(c.figure.unit)),
      expected: tellsExpected(c.figure.context, c.figure.text),
      inList: inList.get(c),
      extent: EXTENT.test(c.figure.context.slice(c.figure.context.indexOf(c.figure.text) + c.figure.text.length)),
      within: WITHIN.test(c.figure.context.slice(0, Math.max(0, c.figure.context.indexOf(c.figure.text)))),
    });
  };
  // A story with no newsworthy number shows none rather than trivia ("two men", "three days");
  // a text of a paragraph or two is too short to call a story.
  if (prose.length >= STORY_PARAGRAPHS && !candidates.some((c) => isNewsworthy(c.figure))) return [];
  let statLines = 0;
  return (
    candidates
      // An age is the story's only where the headline gives it ("rescue of 8-year-old"); else it
      // is incidental ("a 55-year-old man", the gold's GUIDE).
      .filter((c) => c.role !== 'age' || keysOf(c.figure).some((key) => titleKeys.has(key)))
      .map((c) => ({ c, score: score(c) }))
      .sort((a, b) => b.score - a.score || a.c.order - b.c.order)
      .filter(({ c }) => !c.statLine || ++statLines <= MAX_STAT_LINES)
      .map(({ c }) => (c.qualifier ? { ...c.figure, text: c.qualifier + c.figure.text } : c.figure))
  );
}
