import { describe, expect, test } from 'vitest';
import { judgeArticle, type ArticleEvidence } from '../../src/core/extract/judge-article';

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
  test.each<[string, Partial<ArticleEvidence>, boolean]>([
    ['an ordinary article', {}, true],
    ['an undeclared but readerable article', { declaresArticle: false }, true],
    ['a short undeclared page Readability finds readerable', { declaresArticle: false, wordCount: 120 }, true],
    [
      'a short undeclared page that is not readerable',
      { declaresArticle: false, readerable: () => false, wordCount: 120 },
      false,
    ],
    ['a long undeclared page that is not readerable', { declaresArticle: false, readerable: () => false }, true],
    ['almost no text', { wordCount: 30, proseWords: 30 }, false],
    ['mostly links', { linkDensity: 0.7 }, false],
    ['a river of linked headlines over one-line standfirsts', { linkedHeadings: 13, proseWords: 180 }, false],
    ['an article with a related box of six headlines', { linkedHeadings: 6, proseWords: 420 }, true],
    ['three linked headings are not yet a river', { linkedHeadings: 3, proseWords: 50 }, true],
    ['a declared listing with little prose', { declaresArticle: false, declaresListing: true, proseWords: 150 }, false],
    [
      'a declared listing holding a real story',
      { declaresArticle: false, declaresListing: true, proseWords: 900 },
      true,
    ],
  ])('%s', (_name, change, isArticle) => {
    expect(judgeArticle({ ...article, ...change }).isArticle).toBe(isArticle);
  });

  test('asks isProbablyReaderable only when the other signals leave it open', () => {
    let asked = 0;
    judgeArticle({ ...article, readerable: () => (asked++, true) });
    expect(asked).toBe(0);
  });
});
