// The shapes the analysis core produces. They are plain data (JSON-safe) because they
// cross three boundaries unchanged: the extension's message channel, the command's JSON
// Lines output (docs/CONTRACT.md, a stable interface) and the golden test files.

/** How a block of the article body is rendered; see README "Paragraphs". */
export type BlockKind =
  'paragraph' | 'heading' | 'list-item' | 'quote' | 'preformatted' | 'caption' | 'table' | 'pull-quote';

/** One block of the article body, in reading order. */
export interface Paragraph {
  /** Position in `paragraphs`, 0-based. */
  index: number;
  text: string;
  /** Index of the earlier paragraph this one repeats, or null. */
  duplicateOf: number | null;
  kind: BlockKind;
  /**
   * Position of the block's source element among all elements of the analysed
   * document, in document order (0 = <html>). The extension uses it to find the very
   * element on the live page; it is meaningless outside the document it came from.
   */
  elementIndex: number;
}

/** A quantity as written on the page. */
export interface Quantity {
  /** As written on the page, e.g. "RMB 380 billion". */
  text: string;
  /** Normalised number (380 billion = 3.8e11; 11% = 11); null for "triple-digit". */
  value: number | null;
  /** ISO 4217 code for money, "%" for percent, "pp" for percentage points, else a plain word or null. */
  unit: string | null;
  /** Both ends of a range ("between 4% and 6%"): value is then the lower end. */
  min?: number;
  max?: number;
}

export type FigureKind = 'money' | 'percent' | 'count' | 'other';

export interface Figure extends Quantity {
  kind: FigureKind;
  /** What the figure measures: a short phrase taken from its sentence. */
  label: string;
  /** The sentence it stands in. */
  context: string;
  /** Index of the paragraph it comes from. */
  paragraph: number;
  /** The same quantity as the page also states it (another currency, say). */
  equivalents: Quantity[];
}

export interface Highlight {
  text: string;
  paragraph: number;
}

export interface RelatedLink {
  title: string;
  url: string;
}

/** What the analysis found on a page it accepted as an article. */
export interface Analysis {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** Text direction when the page states one ("rtl"), else null. */
  dir: string | null;
  /** ISO 8601 as the page gives it, or null. */
  publishedTime: string | null;
  /** The page's own short description, or null. */
  excerpt: string | null;
  /** Canonical address of the article (link rel=canonical, og:url, or the page address). */
  url: string | null;
  wordCount: number;
  /**
   * Chinese text only (issue 15): its length in characters (字), each Han character and
   * each word of another script counted once, as Chinese word processors count. Chinese
   * readers count and read text in characters: the extension shows this instead of the
   * word count, and the reading time follows it.
   */
  characterCount?: number;
  /** Minutes at an average adult silent-reading pace, at least 1. */
  readingMinutes: number;
  /** Plain text of the article body, duplicates included, paragraphs separated by "\n\n". */
  text: string;
  paragraphs: Paragraph[];
  figures: Figure[];
  highlights: Highlight[];
  relatedLinks: RelatedLink[];
  /**
   * Readability's cleaned article HTML, only when asked for (the reader view). Page
   * data: never shown without sanitising.
   */
  contentHtml?: string;
  /** Present only when the judge doubts the page is an article (issue 12). */
  doubt?: ArticleDoubt;
}

/** Stable words that name why a page could not be analysed (CONTRACT.md). */
export type AnalysisErrorCode = 'NOT_AN_ARTICLE' | 'UNREADABLE_INPUT' | 'TOO_LARGE' | 'INTERNAL_ERROR';

/**
 * Why a page is not an article (NOT_AN_ARTICLE), for programs: the popup words its own
 * explanation by it, in the reader's language. Since issue 12 the analysis refuses a page
 * only when there is nothing to read ('no-text', 'not-html', 'frames'); the other reasons
 * are doubts now (DoubtReason), and stay here for copies of the content script from
 * before, which a tab keeps until it is reloaded.
 */
export type NotArticleReason =
  'no-text' | 'too-short' | 'mostly-links' | 'listing' | 'unlike-article' | 'not-html' | 'frames';

/** Why the analysis doubts that a page it read is an article: the judge's weak signals. */
export type DoubtReason = 'too-short' | 'mostly-links' | 'listing' | 'unlike-article';

/**
 * A page with text to read is always analysed (issue 12: never a dead end); where the
 * judge doubts that it is an article, the result says why, and the popup says so in one
 * quiet line above what was found.
 */
export interface ArticleDoubt {
  reason: DoubtReason;
  /** For people (the command's users); the popup words its own by the reason. */
  message: string;
}

export type AnalysisError =
  | {
      code: 'NOT_AN_ARTICLE';
      /** For people. */
      message: string;
      reason: NotArticleReason;
    }
  | {
      code: Exclude<AnalysisErrorCode, 'NOT_AN_ARTICLE'>;
      /** For people. */
      message: string;
    };

export type AnalysisResult = ({ ok: true } & Analysis) | { ok: false; error: AnalysisError };

/**
 * What the extension reads off the page itself (readPage): the analysis but for the
 * steps that need only the text, which the popup completes (completeAnalysis).
 */
export type PageReading = Omit<Analysis, 'figures' | 'highlights'>;

export type PageReadingResult = ({ ok: true } & PageReading) | { ok: false; error: AnalysisError };
