import { findFigures } from './find-figures';
import { findHighlights } from './find-highlights';
import { MAX_TEXT_STEP_PARAGRAPHS } from './page-limits';
import { sharedSentenceSplitter } from './split-sentences';
import type { Analysis, PageReading } from './types';

/**
 * The steps that need only the article's text: key figures and highlights. The
 * extension runs them in the popup, on what the content script read off the page.
 */
export function completeAnalysis(reading: PageReading, lap: (stage: string) => void = () => {}): Analysis {
  // The first paragraphs only, on very long pages (page-limits.ts).
  const paragraphs = reading.paragraphs.slice(0, MAX_TEXT_STEP_PARAGRAPHS);
  const sentences = sharedSentenceSplitter(reading.lang);
  const figures = findFigures({ title: reading.title, lang: reading.lang, paragraphs, sentences });
  lap('figures');
  const highlights = findHighlights({
    title: reading.title,
    lang: reading.lang,
    paragraphs,
    figures,
    sentences,
  });
  lap('highlights');
  const { relatedLinks, contentHtml, ...rest } = reading;
  // Keep CONTRACT.md's key order: figures and highlights before relatedLinks.
  return { ...rest, figures, highlights, relatedLinks, ...(contentHtml !== undefined ? { contentHtml } : {}) };
}
