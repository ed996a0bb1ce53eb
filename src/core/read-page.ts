import { ELEMENT_INDEX_ATTR, type ArticleBlock } from './extract/blocks';
import { checkPageSize } from './extract/check-page-size';
import { contentMarkup } from './extract/content-markup';
import { copyForReadability, type ArticleCopy } from './extract/copy-for-readability';
import type { ExtractedBlocks } from './extract/extract-blocks';
import { extractBlocks } from './extract/extract-blocks';
import { judgePage } from './extract/judge-article';
import { readArticleHeader } from './extract/read-article-header';
import { readMetadata } from './extract/read-metadata';
import { findFigures } from './figures/find-figures';
import { doubtOf, failureOf, notAnArticle } from './errors';
import type { ChineseFigures } from './figures/read-chinese-figures';
import { findHighlights } from './highlights/find-highlights';
import { MAX_TEXT_STEP_PARAGRAPHS, PAGE_LIMITS, type PageLimits } from './page-limits';
import type { RelatedReading } from './related/find-related';
import { setAsideRelated } from './related/set-aside-related';
import { findRepeats } from './repeats/find-repeats';
import { readingMinutes } from './text/count-words';
import { sharedSentenceSplitter } from './text/split-sentences';
import type {
  Analysis,
  AnalysisError,
  ArticleDoubt,
  AnalysisResult,
  Figure,
  Highlight,
  PageReading,
  PageReadingResult,
  Paragraph,
} from './types';

// THE PIPELINE. Every step of the analysis, in order, is one line below (README
// "Pipeline" lists the same names, and a test holds the two together):
//
//   in the page (the content script; readPage)
//     extract     Readability on a numbered copy, blocks traced to the page, furniture dropped
//     related     the page's further-reading blocks found, their links kept, their text set aside
//     judge       is it an article? (nothing to read is refused; little text, mostly
//                 links, a listing are doubts, shown with what was found)
//   in the popup, on the text alone (completeAnalysis)
//     repeats     paragraphs that restate earlier ones
//     figures     key figures: quantities recognised, labelled, ranked
//     highlights  key sentences
//
// Each stage yields its name before it runs, so that the extension can let the page run
// between stages and show how far it got; the command and the tests run them back to back.

/** The stages run in the page, in order. */
export type ReadingStage = 'extract' | 'related' | 'judge';
/**
 * The stages that need only the text, run in the popup: what the page's script need not
 * carry (issue 17: repeats were 5 KB of its 37 KB gzip).
 */
export type TextStage = 'repeats' | 'figures' | 'highlights';

export interface ReadPageOptions {
  /**
   * Also return Readability's cleaned article HTML (for the reader view). The elements
   * paragraphs came from carry ELEMENT_INDEX_ATTR = Paragraph.elementIndex. It is page
   * data: sanitise it where it is shown.
   */
  withContentHtml?: boolean;
  /** What the analysis takes on before it answers TOO_LARGE (tests lower them). */
  limits?: PageLimits;
  /** When given, filled with the milliseconds each stage took, by stage name (the benchmark). */
  timings?: Record<string, number>;
  /**
   * The reader of Chinese sentences' figures (figures/read-chinese-figures.ts), which the
   * popup loads only for pages with Han characters; analyze() always gives it.
   */
  chineseFigures?: ChineseFigures;
  /** Clock for `timings`; performance.now where it exists. */
  now?: () => number;
}

/** A reading and the page's own elements its paragraphs came from (for the page side). */
export interface PageReadingRun {
  result: PageReadingResult;
  /** Per paragraph, the element of the analysed document it came from. */
  elements: (Element | null)[];
}

/**
 * The stage helper: yields the stage's name (the caller may pause there), runs it, and
 * adds its time to `timings` under the same name. A stage's time includes the work done
 * since the previous stage ended (the checks and the copy before the first), but not the
 * pause before it.
 */
function stagesTimedBy(options: ReadPageOptions) {
  const now = options.now ?? (() => performance.now());
  const timings = options.timings;
  let mark = now();
  return function* stage<S extends string, T>(name: S, run: () => T): Generator<S, T, void> {
    const before = now() - mark;
    yield name;
    const start = now();
    const value = run();
    mark = now();
    if (timings) timings[name] = (timings[name] ?? 0) + before + (mark - start);
    return value;
  };
}

/** A page that cannot be read at all, before any work that grows with it; else null. */
function refusal(doc: Document, limits: PageLimits): AnalysisError | null {
  const root = doc.documentElement;
  // Readability climbs from the article to <body>: without one in the tree it fails.
  if (!root || !doc.body || doc.body.parentNode !== root) return notAnArticle('no-text');
  // An SVG image or an XML feed open in a tab.
  if (root.localName !== 'html') return notAnArticle('not-html');
  if (doc.body.localName === 'frameset') return notAnArticle('frames');
  // A walk that stops at the first limit passed.
  return checkPageSize(doc, limits);
}

function* pageStages(
  doc: Document,
  pageUrl: string | null,
  options: ReadPageOptions,
): Generator<ReadingStage, PageReadingRun, void> {
  const stage = stagesTimedBy(options);
  const limits = options.limits ?? PAGE_LIMITS;
  const failed = (error: AnalysisError): PageReadingRun => ({ result: { ok: false, error }, elements: [] });

  // In the caller's task, before the first pause: the page is checked, and copied with its
  // elements numbered at once, so the numbers hold whatever the page does meanwhile.
  const refused = refusal(doc, limits);
  if (refused) return failed(refused);
  const metadata = readMetadata(doc, pageUrl);
  const copy = copyForReadability(doc);

  const extracted = yield* stage('extract', () =>
    extractBlocks(doc, copy, limits.maxNodes, () => copyForReadability(doc)),
  );
  if (!extracted) return failed(notAnArticle('no-text'));
  const { article, related } = yield* stage('related', () =>
    setAsideRelated(doc, extracted.blocks, {
      pageUrl,
      canonicalUrl: metadata.canonicalUrl,
      pageElements: copy.originals,
      title: extracted.parsed.title?.trim() || metadata.title,
    }),
  );
  // Never a dead end (issue 12): when the furniture and related-reading rules leave
  // nothing of what Readability found, what it found is read as it is.
  const read = article.length > 0 ? article : extracted.everyBlock;
  const { evidence, verdict } = yield* stage('judge', () => judgePage(doc, read, metadata));
  if (verdict.kind === 'nothing-to-read') return failed(notAnArticle('no-text'));
  const doubt = verdict.kind === 'doubtful' ? doubtOf(verdict.doubt) : null;

  return assembleReading({ doc, pageUrl, metadata, copy, extracted, article: read, related, evidence, doubt, options });
}

/**
 * The page's half of the result (CONTRACT.md's order), and the page elements of its
 * paragraphs. No paragraph repeats another yet: the repeats stage, in the popup, says.
 */
function assembleReading(parts: {
  doc: Document;
  pageUrl: string | null;
  metadata: Parameters<typeof readArticleHeader>[1];
  copy: ArticleCopy;
  extracted: ExtractedBlocks;
  article: readonly (ArticleBlock & { owner: Element })[];
  related: RelatedReading;
  evidence: { wordCount: number; characterCount?: number };
  doubt: ArticleDoubt | null;
  options: ReadPageOptions;
}): PageReadingRun {
  const { extracted, article, evidence, options } = parts;
  const header = readArticleHeader(extracted.parsed, parts.metadata, parts.pageUrl, {
    doc: parts.doc,
    blocks: extracted.everyBlock,
  });
  const paragraphs: Paragraph[] = article.map((block, index) => ({
    index,
    text: block.text,
    duplicateOf: null,
    kind: block.kind,
    elementIndex: block.elementIndex,
  }));
  if (options.withContentHtml) {
    for (const block of article) block.owner.setAttribute(ELEMENT_INDEX_ATTR, String(block.elementIndex));
  }
  return {
    result: {
      ok: true,
      ...header,
      ...(parts.doubt ? { doubt: parts.doubt } : {}),
      wordCount: evidence.wordCount,
      ...(evidence.characterCount === undefined ? {} : { characterCount: evidence.characterCount }),
      readingMinutes: readingMinutes(evidence.wordCount, header.lang, evidence.characterCount),
      text: article.map((b) => b.text).join('\n\n'),
      paragraphs,
      relatedLinks: parts.related.links,
      ...(options.withContentHtml ? { contentHtml: contentMarkup(extracted.parsed.content) } : {}),
    },
    elements: paragraphs.map((p) => parts.copy.originals[p.elementIndex] ?? null),
  };
}

function* textStages(reading: PageReading, options: ReadPageOptions): Generator<TextStage, AnalysisResult, void> {
  const stage = stagesTimedBy(options);
  // The first paragraphs only, on very long pages (page-limits.ts).
  const read = reading.paragraphs.slice(0, MAX_TEXT_STEP_PARAGRAPHS);
  const duplicateOf = yield* stage('repeats', () => findRepeats(read));
  const paragraphs = read.map((paragraph, i) => ({ ...paragraph, duplicateOf: duplicateOf[i] ?? null }));
  // Figures and highlights read the same sentences: split once.
  const sentences = sharedSentenceSplitter(reading.lang);
  const { title, lang } = reading;

  const { chineseFigures } = options;
  const figures = yield* stage('figures', () => findFigures({ title, lang, paragraphs, sentences, chineseFigures }));
  const highlights = yield* stage('highlights', () => findHighlights({ title, lang, paragraphs, figures, sentences }));

  return { ok: true, ...assembleAnalysis(reading, paragraphs, figures, highlights) };
}

/**
 * The whole result, in CONTRACT.md's key order: figures and highlights before
 * relatedLinks; the paragraphs past the text stages' reach as the page read them.
 */
function assembleAnalysis(
  reading: PageReading,
  read: readonly Paragraph[],
  figures: Figure[],
  highlights: Highlight[],
): Analysis {
  const { relatedLinks, contentHtml, ...rest } = reading;
  return {
    ...rest,
    paragraphs: [...read, ...rest.paragraphs.slice(read.length)],
    figures,
    highlights,
    relatedLinks,
    ...(contentHtml !== undefined ? { contentHtml } : {}),
  };
}

/** Runs stages to the end, turning anything thrown into the failure it stands for. */
function* guarded<S, R>(stages: Generator<S, R, void>, failed: (error: AnalysisError) => R): Generator<S, R, void> {
  try {
    return yield* stages;
  } catch (error) {
    return failed(failureOf(error));
  }
}

function runToEnd<R>(stages: Generator<unknown, R, void>): R {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

const readingStages = (doc: Document, pageUrl: string | null, options: ReadPageOptions) =>
  guarded(pageStages(doc, pageUrl, options), (error): PageReadingRun => ({
    result: { ok: false, error },
    elements: [],
  }));

/**
 * The part of the analysis that needs the page itself: the article, its metadata and the
 * related links the page offers, every paragraph's duplicateOf still null. The document
 * is never modified. The extension runs this in the page and the rest (completeAnalysis)
 * in the popup, which keeps the injected script small.
 */
export function readPage(doc: Document, pageUrl: string | null, options: ReadPageOptions = {}): PageReadingResult {
  return runToEnd(readingStages(doc, pageUrl, options)).result;
}

/**
 * The same reading in several tasks: `pause` runs between the stages and hears which
 * comes next. The extension lets the page run there, so no single task holds the tab for
 * the whole analysis (issue #6), and tells the popup how far it got.
 */
export async function readPageInStages(
  doc: Document,
  pageUrl: string | null,
  pause: (next: ReadingStage) => Promise<void>,
  options: ReadPageOptions = {},
): Promise<PageReadingRun> {
  const stages = readingStages(doc, pageUrl, options);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
    await pause(step.value);
  }
}

// A short paragraph with a sum, a share and a date, and the same reworded: enough for the
// text stages to run every part they run on any page, the comparison of a repeat included.
const WARM_UP_TEXTS = [
  'Revenue rose 11% to $5.2 billion in 2024, the company said on Monday. Shares fell 3 percent.',
  'The company said on Monday that revenue rose 11% to $5.2 billion in 2024. Its shares fell 3 percent.',
];

/**
 * Runs the text stages once on two short paragraphs and forgets the answer, so that their
 * first real run finds its code compiled and Intl.Segmenter's sentence rules loaded: in a
 * freshly opened popup the seed page's figures took 30 ms and its first sentence
 * segmenter 15 ms (issue 17). The popup runs it while the page is read
 * (src/popup/load-text-stages.ts).
 */
export function warmTextStages(): void {
  const paragraphs = WARM_UP_TEXTS.map((text, index): Paragraph => ({
    index,
    text,
    duplicateOf: null,
    kind: 'paragraph',
    elementIndex: index,
  }));
  completeAnalysis({
    ok: true,
    title: 'Revenue rose 11%',
    byline: null,
    siteName: null,
    lang: 'en',
    dir: null,
    publishedTime: null,
    excerpt: null,
    url: null,
    wordCount: 36,
    readingMinutes: 1,
    text: WARM_UP_TEXTS.join('\n\n'),
    paragraphs,
    relatedLinks: [],
  });
}

/** The steps that need only the article's text: repeats, key figures and highlights (the popup runs them). */
export function completeAnalysis(reading: PageReadingResult, options: ReadPageOptions = {}): AnalysisResult {
  if (!reading.ok) return reading;
  return runToEnd(guarded(textStages(reading, options), (error): AnalysisResult => ({ ok: false, error })));
}
