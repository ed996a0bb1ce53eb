import { describe, expect, test } from 'vitest';
import { findText, wrapSegments } from '../../src/reader/find-text';
import { parsePage } from './helpers/fixtures';

function body(html: string): HTMLElement {
  return parsePage(`<!doctype html><html><body>${html}</body></html>`).body;
}

/** The markup after marking the first match of `needle`, or null when there is none. */
function marked(html: string, needle: string, blockedClass?: string): string | null {
  const root = body(html);
  const segments = findText(root, needle, (el) => !!blockedClass && el.classList.contains(blockedClass));
  if (!segments) return null;
  wrapSegments(segments, () => root.ownerDocument.createElement('mark'));
  return root.innerHTML;
}

describe('findText', () => {
  test.each([
    ['plain text', '<p>It rose 11% in May.</p>', '11%', '<p>It rose <mark>11%</mark> in May.</p>'],
    [
      'across inline elements',
      '<p>About <b>RMB</b> 380 billion.</p>',
      'RMB 380 billion',
      '<p>About <b><mark>RMB</mark></b><mark> 380 billion</mark>.</p>',
    ],
    ['no-break space on the page', '<p>US$\u00a053B deal</p>', 'US$ 53B', '<p><mark>US$&#160;53B</mark> deal</p>'],
    [
      'line break from <br> in the core text',
      '<p>first line<br>second line</p>',
      'line\nsecond',
      '<p>first <mark>line</mark><br><mark>second</mark> line</p>',
    ],
    [
      'source line breaks and runs of spaces',
      '<p>three\n   hundred   jobs</p>',
      'three hundred jobs',
      '<p><mark>three\n   hundred   jobs</mark></p>',
    ],
    [
      'skips a match inside a longer number',
      '<p>up 11% and 1% more</p>',
      '1%',
      '<p>up 11% and <mark>1%</mark> more</p>',
    ],
    ['skips a match after a decimal point', '<p>1.5% then 5%</p>', '5%', '<p>1.5% then <mark>5%</mark></p>'],
    ['skips a match before a decimal part', '<p>1.5 or 1 point</p>', '1', '<p>1.5 or <mark>1</mark> point</p>'],
    ['skips a match before thousands', '<p>1,000 and 1, then</p>', '1', '<p>1,000 and <mark>1</mark>, then</p>'],
    [
      'a comma then a new number is not thousands',
      '<p>in 2025, 10 firms</p>',
      '2025',
      '<p>in <mark>2025</mark>, 10 firms</p>',
    ],
    ['skips a match inside a word', '<p>sunrise, then rise</p>', 'rise', '<p>sunrise, then <mark>rise</mark></p>'],
    [
      'Chinese text has no spaces',
      '<p>阿里巴巴投资3800亿元人民币</p>',
      '3800亿元',
      '<p>阿里巴巴投资<mark>3800亿元</mark>人民币</p>',
    ],
    [
      'skips blocked subtrees',
      '<p><span class="done">5%</span> and 5%</p>',
      '5%',
      '<p><span class="done">5%</span> and <mark>5%</mark></p>',
    ],
  ])('%s', (_name, html, needle, expected) => {
    expect(marked(html, needle, 'done')).toBe(expected);
  });

  test.each([
    ['absent text', '<p>nothing here</p>', '42%'],
    ['only inside a longer number', '<p>rose 11%</p>', '1%'],
    ['only in a blocked subtree', '<p><span class="done">5%</span></p>', '5%'],
    ['empty needle', '<p>text</p>', '  '],
  ])('finds nothing: %s', (_name, html, needle) => {
    expect(marked(html, needle, 'done')).toBeNull();
  });
});
