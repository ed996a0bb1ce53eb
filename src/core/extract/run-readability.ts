import { Readability } from '@mozilla/readability';
import { ReadabilityLimitError } from '../errors';
import type { ArticleCopy } from './copy-for-readability';

/** Readability's result, its content kept as a detached element of the copy. */
export type ParsedArticle = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element };

/** Runs Readability on the copy (rewriting it); null when it finds no article. */
export function runReadability(copy: ArticleCopy, maxElements?: number): ParsedArticle | null {
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(copy.clone, {
      serializer: (node) => node as Element,
      ...(maxElements ? { maxElemsToParse: maxElements } : {}),
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
