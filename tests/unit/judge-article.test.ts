import { describe, expect, test } from 'vitest';
import { judgeArticle, type ArticleEvidence } from '../../src/core/extract/judge-article';
import type { DoubtReason } from '../../src/core/types';

const article: ArticleEvidence = {
  wordCount: 600,
  readerable: () => true,
  declaresArticle: true,
  declaresListing: false,
  linkDensity: 0.05,
  linkedHeadings: 0,
  proseWords: 580,
  readableShare: 0.97,
};

/** A verdict as one word: the doubt's reason, 'article' or 'nothing to read'. */
const said = (evidence: ArticleEvidence): DoubtReason | 'article' | 'nothing to read' => {
  const verdict = judgeArticle(evidence);
  return verdict.kind === 'doubtful' ? verdict.doubt : verdict.kind === 'article' ? 'article' : 'nothing to read';
};

describe('judgeArticle', () => {
  // Issue 12: nothing is refused but a page with nothing to read; the rest are doubts.
  test.each<[string, Partial<ArticleEvidence>, ReturnType<typeof said>]>([
    ['an ordinary article', {}, 'article'],
    ['an undeclared but readerable article', { declaresArticle: false }, 'article'],
    ['a short undeclared page Readability finds readerable', { declaresArticle: false, wordCount: 120 }, 'article'],
    [
      'a short undeclared page that is not readerable',
      { declaresArticle: false, readerable: () => false, wordCount: 120 },
      'unlike-article',
    ],
    ['a long undeclared page that is not readerable', { declaresArticle: false, readerable: () => false }, 'article'],
    ['almost no text', { wordCount: 30, proseWords: 30 }, 'too-short'],
    ['mostly links', { linkDensity: 0.7 }, 'mostly-links'],
    ['a river of linked headlines over one-line standfirsts', { linkedHeadings: 13, proseWords: 180 }, 'listing'],
    ['an article with a related box of six headlines', { linkedHeadings: 6, proseWords: 420 }, 'article'],
    ['three linked headings are not yet a river', { linkedHeadings: 3, proseWords: 50 }, 'article'],
    [
      'a declared listing with little prose',
      { declaresArticle: false, declaresListing: true, proseWords: 150 },
      'listing',
    ],
    [
      'a declared listing holding a real story',
      { declaresArticle: false, declaresListing: true, proseWords: 900 },
      'article',
    ],
    [
      'a river of headlines that is also mostly links is a listing',
      { linkedHeadings: 13, proseWords: 180, linkDensity: 0.7 },
      'listing',
    ],
    ['a short page that is mostly links', { wordCount: 30, proseWords: 10, linkDensity: 0.8 }, 'mostly-links'],
    ['a single word', { wordCount: 1, proseWords: 1 }, 'too-short'],
    ['no word at all', { wordCount: 0, proseWords: 0 }, 'nothing to read'],
    ['bytes read as text (a third letters)', { readableShare: 0.32 }, 'nothing to read'],
    ['a page of figures and symbols, most of it digits', { readableShare: 0.85 }, 'article'],
  ])('%s', (_name, change, verdict) => {
    expect(said({ ...article, ...change })).toBe(verdict);
  });

  test('asks isProbablyReaderable only when the other signals leave it open', () => {
    let asked = 0;
    judgeArticle({ ...article, readerable: () => (asked++, true) });
    expect(asked).toBe(0);
  });
});
