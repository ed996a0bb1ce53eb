import { describe, expect, test } from 'vitest';
import { judgeArticle, type ArticleEvidence } from '../../src/core/extract/judge-article';
import type { NotArticleReason } from '../../src/core/types';

const article: ArticleEvidence = {
  wordCount: 600,
  readerable: () => true,
  declaresArticle: true,
  declaresListing: false,
  linkDensity: 0.05,
  linkedHeadings: 0,
  proseWords: 580,
};

describe('judgeArticle', () => {
  test.each<[string, Partial<ArticleEvidence>, NotArticleReason | null]>([
    ['an ordinary article', {}, null],
    ['an undeclared but readerable article', { declaresArticle: false }, null],
    ['a short undeclared page Readability finds readerable', { declaresArticle: false, wordCount: 120 }, null],
    [
      'a short undeclared page that is not readerable',
      { declaresArticle: false, readerable: () => false, wordCount: 120 },
      'unlike-article',
    ],
    ['a long undeclared page that is not readerable', { declaresArticle: false, readerable: () => false }, null],
    ['almost no text', { wordCount: 30, proseWords: 30 }, 'too-short'],
    ['mostly links', { linkDensity: 0.7 }, 'mostly-links'],
    ['a river of linked headlines over one-line standfirsts', { linkedHeadings: 13, proseWords: 180 }, 'listing'],
    ['an article with a related box of six headlines', { linkedHeadings: 6, proseWords: 420 }, null],
    ['three linked headings are not yet a river', { linkedHeadings: 3, proseWords: 50 }, null],
    [
      'a declared listing with little prose',
      { declaresArticle: false, declaresListing: true, proseWords: 150 },
      'listing',
    ],
    [
      'a declared listing holding a real story',
      { declaresArticle: false, declaresListing: true, proseWords: 900 },
      null,
    ],
  ])('%s', (_name, change, reason) => {
    const verdict = judgeArticle({ ...article, ...change });
    expect(verdict.isArticle ? null : verdict.reason).toBe(reason);
  });

  test('asks isProbablyReaderable only when the other signals leave it open', () => {
    let asked = 0;
    judgeArticle({ ...article, readerable: () => (asked++, true) });
    expect(asked).toBe(0);
  });
});
