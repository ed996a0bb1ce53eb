// The key-figures metric, implemented from the description in
// ../shared/corpus/key-figures/README.md ("The metric").

/** A quantity as the gold states it. */
export interface GoldQuantity {
  text: string;
  value: number | null;
  unit: string | null;
  kind: 'money' | 'percent' | 'count' | 'other';
  /** The same quantity as the page also states it (another currency). */
  also?: { text: string; value: number | null; unit: string | null }[];
}

export interface GoldKey extends GoldQuantity {
  label: string;
  /** Words one of which a correct label contains. */
  about: string[];
}

export interface GoldArticle {
  id: string;
  url?: string;
  key: GoldKey[];
  fine: GoldQuantity[];
  junk: { text: string; why?: string }[];
}

/** What the program printed for one figure: the fields of a Figure the metric reads. */
export interface PrintedFigure {
  text: string;
  value: number | null;
  unit: string | null;
  label: string;
  equivalents: { text: string; value: number | null; unit: string | null }[];
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

// Words that are the number itself, not what it counts ("two", "1.2 million", "a dozen").
const NUMBER_WORDS = new Set(
  `a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
  thousands million millions billion billions trillion dozen dozens half quarter quarters third thirds and
  k m b bn mn mln tn trn lakh crore`.split(/\s+/),
);

/**
 * How "the two texts share a word beyond the number" is read. `strict` (the default):
 * number words are the number ("two days" and "two singles" share nothing). `lenient`:
 * only numerals are, so "two" is a word they share; this reading reproduces the issue's
 * baseline counts (see bench/key-figures.ts).
 */
export type WordReading = 'strict' | 'lenient';

/** The words of a text beyond its number: "six Democratic" gives "democratic". */
function wordsBeyondNumber(text: string, reading: WordReading): Set<string> {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  return new Set(reading === 'lenient' ? words : words.filter((word) => !NUMBER_WORDS.has(word)));
}

/** The number as written in a figure's text: its numerals and number words ("1,200", "six"). */
export function numberTokens(text: string): string[] {
  const numerals = text.match(/\d(?:[\d.,]*\d)?/g) ?? [];
  const words = (fold(text).match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).filter((word) =>
    word.split('-').every((part) => NUMBER_WORDS.has(part) && !['a', 'an', 'and'].includes(part)),
  );
  return [...numerals, ...words];
}

/** Within 0.5% of the gold value; two values that are not numbers ("3-0") are alike. */
function near(printed: number | null, gold: number | null): boolean {
  if (printed === null || gold === null) return printed === gold;
  return Math.abs(printed - gold) <= 0.005 * Math.abs(gold);
}

function textsAgree(a: string, b: string, reading: WordReading): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa.includes(fb) || fb.includes(fa)) return true;
  const words = wordsBeyondNumber(b, reading);
  return [...wordsBeyondNumber(a, reading)].some((word) => words.has(word));
}

type Stated = { text: string; value: number | null; unit: string | null };

/**
 * Whether a printed figure, or one of its equivalents, is the gold quantity or one of the
 * gold's `also` statements of it ("5 inches" also "127 millimeters"). The gold entry's
 * kind decides the test: money and percentages by unit and value, the rest by value and text.
 */
export function matchesGold(printed: PrintedFigure, gold: GoldQuantity, reading: WordReading = 'strict'): boolean {
  const stated: Stated[] = [printed, ...printed.equivalents];
  const golds: Stated[] = [gold, ...(gold.also ?? [])];
  const byUnit = gold.kind === 'money' || gold.kind === 'percent';
  return stated.some((p) =>
    golds.some((g) =>
      byUnit
        ? p.unit !== null && p.unit === g.unit && near(p.value, g.value)
        : near(p.value, g.value) && textsAgree(p.text, g.text, reading),
    ),
  );
}

/** Whether a printed figure is one of the gold's junk strings (its text contains one or lies in one). */
export function isJunkText(printed: PrintedFigure, junk: GoldArticle['junk']): boolean {
  const text = fold(printed.text);
  return junk.some((entry) => {
    const j = fold(entry.text);
    return text.includes(j) || j.includes(text);
  });
}

const labelWords = (label: string) => label.split(/\s+/).filter(Boolean);

/** The label quotes the figure's own number: it is the clause around the number, not a label. */
export function quotesNumber(printed: PrintedFigure): boolean {
  const words = new Set(fold(printed.label).match(/\d(?:[\d.,]*\d)?|\p{L}+(?:-\p{L}+)*/gu) ?? []);
  return numberTokens(printed.text).some((token) => words.has(token.toLowerCase()));
}

/** The label is the figure with words of its clause around it ("months that killed a total of 346 people"). */
export function quotesClause(printed: PrintedFigure): boolean {
  const label = fold(printed.label);
  const text = fold(printed.text);
  return label.includes(text) && labelWords(label).length >= labelWords(text).length + 2;
}

/** The label check of the metric: 1 to 8 words, not the figure's number, one `about` word in it. */
export function labelIsGood(printed: PrintedFigure, gold: GoldKey): boolean {
  const words = labelWords(printed.label);
  if (words.length < 1 || words.length > 8 || quotesNumber(printed)) return false;
  const letters = fold(printed.label).match(/\p{L}+/gu) ?? [];
  return gold.about.some((about) =>
    letters.some((word) => word.startsWith(about) || (word.length >= 4 && about.startsWith(word))),
  );
}

export interface ArticleScore {
  id: string;
  keys: number;
  /** Gold key figures matched by one of the first 5 printed figures. */
  keysInTop5: number;
  keysMatched: number;
  /** Matched key figures whose first matching printed figure has a good label. */
  labelsGood: number;
  printed: number;
  /** Printed figures that match a key or fine entry. */
  printedRight: number;
  /** Printed figures that match a junk entry and no key or fine one. */
  printedJunk: number;
  /** Printed labels that hold the figure's own number; that quote its clause; longer than 8 words; empty. */
  quoting: number;
  clause: number;
  long: number;
  empty: number;
  /** For reading a page's result: the gold keys missed, the printed figures that match nothing. */
  missed: GoldKey[];
  unmatched: PrintedFigure[];
  badLabels: { figure: PrintedFigure; gold: GoldKey }[];
}

/** One article's counts; `printed` in the program's order, most important first. */
export function scoreArticle(
  gold: GoldArticle,
  printed: readonly PrintedFigure[],
  reading: WordReading = 'strict',
): ArticleScore {
  const score: ArticleScore = {
    id: gold.id,
    keys: gold.key.length,
    keysInTop5: 0,
    keysMatched: 0,
    labelsGood: 0,
    printed: printed.length,
    printedRight: 0,
    printedJunk: 0,
    quoting: 0,
    clause: 0,
    long: 0,
    empty: 0,
    missed: [],
    unmatched: [],
    badLabels: [],
  };
  for (const key of gold.key) {
    const at = printed.findIndex((figure) => matchesGold(figure, key, reading));
    if (at === -1) {
      score.missed.push(key);
      continue;
    }
    score.keysMatched++;
    if (at < 5) score.keysInTop5++;
    if (labelIsGood(printed[at]!, key)) score.labelsGood++;
    else score.badLabels.push({ figure: printed[at]!, gold: key });
  }
  for (const figure of printed) {
    if (quotesNumber(figure)) score.quoting++;
    if (quotesClause(figure)) score.clause++;
    if (figure.label === '') score.empty++;
    if (labelWords(figure.label).length > 8) score.long++;
    if ([...gold.key, ...gold.fine].some((entry) => matchesGold(figure, entry, reading))) score.printedRight++;
    else {
      if (isJunkText(figure, gold.junk)) score.printedJunk++;
      score.unmatched.push(figure);
    }
  }
  return score;
}

export interface FiguresScore {
  key_recall_top5: number;
  key_recall: number;
  precision: number;
  junk: number;
  label: number;
  quiet: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const total = (scores: readonly ArticleScore[], key: keyof ArticleScore) =>
  scores.reduce((sum, s) => sum + (s[key] as number), 0);

/** The metric over all articles: counts summed over the corpus, then divided. */
export function scoreFigures(scores: readonly ArticleScore[]): FiguresScore {
  const quietPages = scores.filter((s) => s.keys === 0);
  return {
    key_recall_top5: ratio(total(scores, 'keysInTop5'), total(scores, 'keys')),
    key_recall: ratio(total(scores, 'keysMatched'), total(scores, 'keys')),
    precision: ratio(total(scores, 'printedRight'), total(scores, 'printed')),
    junk: ratio(total(scores, 'printedJunk'), total(scores, 'printed')),
    label: ratio(total(scores, 'labelsGood'), total(scores, 'keysMatched')),
    quiet: ratio(total(quietPages, 'printed'), quietPages.length),
  };
}
