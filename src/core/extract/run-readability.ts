import { Readability } from '@mozilla/readability';
import { ReadabilityLimitError } from '../errors';
import { isChineseText } from '../text/chinese-text';
import type { ArticleCopy } from './copy-for-readability';

// Readability wants 500 characters of article, else it tries again with its cleaning
// relaxed, from a re-parsed copy that keeps page chrome and loses our element numbers.
// Chinese says in one character what English says in about three and a half (the seed
// page's twins: 1,492 characters of Chinese text, 5,188 of English): a Chinese 快讯 of
// three sentences has 160 (issue 15).
const CHINESE_CHAR_THRESHOLD = 140;

/** A page in Chinese, by its declared language or its title. */
const isChinesePage = (doc: Document) =>
  /^zh\b/i.test(doc.documentElement?.getAttribute('lang') ?? '') || isChineseText(doc.title ?? '');

/** Readability's result, its content kept as a detached element of the copy. */
export type ParsedArticle = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element };

/** Runs Readability on the copy (rewriting it); null when it finds no article. */
export function runReadability(copy: ArticleCopy, maxElements?: number): ParsedArticle | null {
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(copy.clone, {
      serializer: (node) => node as Element,
      ...(maxElements ? { maxElemsToParse: maxElements } : {}),
      ...(isChinesePage(copy.clone) ? { charThreshold: CHINESE_CHAR_THRESHOLD } : {}),
    }).parse();
  } catch (error) {
    // Readability's own backstop: "Aborting parsing document; N elements found".
    if (error instanceof Error && error.message.startsWith('Aborting parsing')) {
      throw new ReadabilityLimitError(error.message);
    }
    throw error;
  }
  return parsed?.content ? (parsed as ParsedArticle) : null;
}
