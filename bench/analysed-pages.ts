// Both real-page corpora of ../shared analysed once per process, with what the page's
// own markup says of each paragraph (paragraph-roles.ts): the highlights, related-links
// and repeats sections all read the same analyses.
import { parsePage } from '../src/cli/parse-page';
import { analyze } from '../src/core/analyze';
import type { AnalysisResult } from '../src/core/types';
import { numberedElements } from '../src/core/extract/walk-elements';
import { hasBenchmarkCorpus, hasReadabilityPages, loadBenchmarkCorpus, loadReadabilityPages } from './corpus';
import { roleOfParagraph, type ParagraphRole } from './paragraph-roles';

export type CorpusName = 'article-extraction-benchmark' | 'readability-test-pages';

export interface AnalysedPage {
  corpus: CorpusName;
  id: string;
  url: string;
  result: AnalysisResult;
  /** Per paragraph of an accepted page: what its markup makes of it, or null for article text. */
  roles: (ParagraphRole | null)[];
}

// The address the readability test pages were saved under (their expected output assumes it).
const READABILITY_PAGE_URL = 'http://fakehost/test/page.html';

function analysePage(corpus: CorpusName, id: string, url: string, html: string): AnalysedPage {
  // As the command parses it (upper-case attribute names lowercased, as a browser does).
  const doc = parsePage(html);
  const result = analyze(doc, url);
  let roles: (ParagraphRole | null)[] = [];
  if (result.ok) {
    // The analysis numbers the page's elements this way (Paragraph.elementIndex).
    const elements = doc.documentElement ? numberedElements(doc.documentElement) : [];
    roles = result.paragraphs.map((p) => {
      const element = elements[p.elementIndex];
      return element ? roleOfParagraph(element, p.text, p.kind) : null;
    });
  }
  return { corpus, id, url, result, roles };
}

const cache = new Map<CorpusName, AnalysedPage[]>();

/** Every page of a corpus, analysed (once per process); [] when the corpus is missing. */
export function analysedCorpus(corpus: CorpusName): AnalysedPage[] {
  let pages = cache.get(corpus);
  if (pages) return pages;
  if (corpus === 'article-extraction-benchmark') {
    pages = hasBenchmarkCorpus()
      ? loadBenchmarkCorpus().map((page) => analysePage(corpus, page.id, page.url, page.html))
      : [];
  } else {
    pages = hasReadabilityPages()
      ? loadReadabilityPages().map((page) => analysePage(corpus, page.name, READABILITY_PAGE_URL, page.source))
      : [];
  }
  cache.set(corpus, pages);
  return pages;
}

export const CORPORA: readonly CorpusName[] = ['article-extraction-benchmark', 'readability-test-pages'];
