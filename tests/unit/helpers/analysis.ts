import type { Analysis } from '../../../src/core/types';

/** An analysis for tests of what renders one: empty but for what the test gives. */
export function makeAnalysis(parts: Partial<Analysis> = {}): Analysis {
  const paragraphs = parts.paragraphs ?? [];
  return {
    title: 'A title',
    byline: null,
    siteName: null,
    lang: 'en',
    dir: null,
    publishedTime: null,
    excerpt: null,
    url: null,
    wordCount: 100,
    readingMinutes: 1,
    text: paragraphs.map((p) => p.text).join('\n\n'),
    paragraphs,
    figures: [],
    highlights: [],
    relatedLinks: [],
    ...parts,
  };
}
