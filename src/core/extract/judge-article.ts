import { isProbablyReaderable } from '@mozilla/readability';
import { CHARACTERS_PER_WORD, countCharacters, isChineseText } from '../text/chinese-text';
import { countWords, hasUnspacedScript } from '../text/count-words';
import type { NotArticleReason } from '../types';
import type { ArticleBlock } from './blocks';
import type { PageMetadata } from './read-metadata';

/** What the analysis knows when it decides whether a page is an article. */
export interface ArticleEvidence {
  wordCount: number;
  /** Chinese text (issue 15): its length in characters (countCharacters), which the judge reads instead of words. */
  characterCount?: number;
  /** Readability's own quick verdict, isProbablyReaderable(); asked only when needed. */
  readerable: () => boolean;
  /** og:type article or a schema.org Article type. */
  declaresArticle: boolean;
  /** schema.org CollectionPage, ItemList, SearchResultsPage and the like. */
  declaresListing: boolean;
  /** Share of the extracted text that sits inside links (0..1). */
  linkDensity: number;
  /** Headings that are (almost) all link: teaser headlines. */
  linkedHeadings: number;
  /** Words in prose paragraphs and quotes (not link lists). */
  proseWords: number;
}

/** Above this share of link text a paragraph is a link list, not prose. */
const PROSE_MAX_LINK_DENSITY = 0.3;

/** What the judge reads off the article's blocks and the page's own declarations. */
export function articleEvidence(
  doc: Document,
  blocks: readonly ArticleBlock[],
  metadata: PageMetadata,
): ArticleEvidence {
  // Each block's words counted once, for the prose count and the total alike: no word
  // spans the blank line between blocks, so the sum is the count of the joined text
  // (when a block takes the segmenter, the joined text is counted as a whole, as before).
  const blockWords = blocks.map((b) => countWords(b.text));
  const wordCount = blocks.some((b) => hasUnspacedScript(b.text))
    ? countWords(blocks.map((b) => b.text).join('\n\n'))
    : blockWords.reduce((sum, n) => sum + n, 0);
  const chars = blocks.reduce((sum, b) => sum + b.text.length, 0);
  const text = blocks.map((b) => b.text).join('\n\n');
  const chinese = isChineseText(text.slice(0, 4000));
  // Chinese says in one character what English says in about three and a half (the seed
  // page's twins: 1,492 characters of Chinese text, 5,188 of English), so Readability's
  // paragraph lengths, made for Latin letters, scale down by as much.
  const readerable = chinese
    ? () => isProbablyReaderable(doc, { minContentLength: 40, minScore: 10.7 })
    : () => isProbablyReaderable(doc);
  const proseCharacters = (b: ArticleBlock) => countCharacters(b.text) / CHARACTERS_PER_WORD;
  return {
    wordCount,
    ...(chinese ? { characterCount: countCharacters(text) } : {}),
    readerable,
    declaresArticle: metadata.declaresArticle,
    declaresListing: metadata.declaresListing,
    linkDensity: blocks.reduce((sum, b) => sum + b.linkDensity * b.text.length, 0) / chars,
    linkedHeadings: blocks.filter((b) => b.kind === 'heading' && b.linkDensity > 0.8).length,
    proseWords: blocks.reduce(
      (sum, b, k) =>
        (b.kind === 'paragraph' || b.kind === 'quote') && b.linkDensity < PROSE_MAX_LINK_DENSITY
          ? sum + (chinese ? proseCharacters(b) : blockWords[k]!)
          : sum,
      0,
    ),
  };
}

export type ArticleVerdict = { isArticle: true } | { isArticle: false; reason: NotArticleReason };

// Thresholds: the shortest body in the article-extraction benchmark is 66 tokens; section
// fronts and search pages that Readability still "extracts" are mostly link text, or a
// river of linked headlines over one-line standfirsts (tests/fixtures/pages/section-front).
const MIN_WORDS = 50;
const MIN_WORDS_UNDECLARED = 150;
const MAX_LINK_DENSITY = 0.5;
const MIN_LINKED_HEADINGS = 4;
/** Below this many prose words per linked headline, the headlines are the page. */
const MIN_PROSE_PER_HEADLINE = 40;
/** A page declaring itself a list may still hold one story of this many prose words. */
const MIN_PROSE_IN_LISTING = 300;

/** Whether a page is an article, from several weak signals rather than one. */
export function judgeArticle(evidence: ArticleEvidence): ArticleVerdict {
  // Chinese is measured in characters, read as English words' worth (issue 15).
  const words =
    evidence.characterCount === undefined ? evidence.wordCount : evidence.characterCount / CHARACTERS_PER_WORD;
  if (words < MIN_WORDS) {
    return { isArticle: false, reason: 'too-short' };
  }
  if (evidence.linkDensity > MAX_LINK_DENSITY) {
    return { isArticle: false, reason: 'mostly-links' };
  }
  // A related-stories box inside an article has a few linked headlines next to many
  // paragraphs (news.sky.com in the benchmark corpus); a section front has little else.
  const headlineRiver =
    evidence.linkedHeadings >= MIN_LINKED_HEADINGS &&
    evidence.proseWords < MIN_PROSE_PER_HEADLINE * evidence.linkedHeadings;
  const declaredListing =
    evidence.declaresListing && !evidence.declaresArticle && evidence.proseWords < MIN_PROSE_IN_LISTING;
  if (headlineRiver || declaredListing) {
    return { isArticle: false, reason: 'listing' };
  }
  if (!evidence.declaresArticle && words < MIN_WORDS_UNDECLARED && !evidence.readerable()) {
    return { isArticle: false, reason: 'unlike-article' };
  }
  return { isArticle: true };
}

/** The judge's verdict on a page's article, with the evidence it read (the word count is the result's). */
export function judgePage(
  doc: Document,
  blocks: readonly ArticleBlock[],
  metadata: PageMetadata,
): { evidence: ArticleEvidence; verdict: ArticleVerdict } {
  const evidence = articleEvidence(doc, blocks, metadata);
  return { evidence, verdict: judgeArticle(evidence) };
}
