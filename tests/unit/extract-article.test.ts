import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { extractArticle, originalElements } from '../../src/core/extract-article';
import { normalizeBlockText } from '../../src/core/collect-blocks';
import { loadFixtures, parsePage } from './helpers/fixtures';

const articles = loadFixtures().filter((f) => f.expected.expectOk);

describe.each(articles)('$name', ({ html, expected }) => {
  test('the analysed document is left exactly as it was', () => {
    const doc = parsePage(html);
    const before = doc.documentElement.outerHTML;
    analyze(doc, expected.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('each paragraph points at the element of the page it came from', () => {
    const doc = parsePage(html);
    const article = extractArticle(doc, expected.url)!;
    const elements = originalElements(doc);
    for (const block of article.blocks) {
      const source = elements[block.elementIndex];
      expect(source, block.text).toBeDefined();
      expect(normalizeBlockText(source!.textContent ?? '')).toContain(block.text.split('\n')[0]);
    }
  });
});

describe('extractArticle', () => {
  test('a quote Readability renames to <div> is still a quote', () => {
    // Readability turns a <blockquote> sibling of its best candidate into a <div>.
    const prose =
      '<p>Long paragraph of the story, with enough words and commas, to count as real content here. '.repeat(4);
    const html = `<html><head><title>T</title></head><body><main><div class="story">${prose}</div><blockquote>${prose}</blockquote></main></body></html>`;
    const kinds = new Set(extractArticle(parsePage(html), null)!.blocks.map((b) => b.kind));
    expect(kinds).toEqual(new Set(['paragraph', 'quote']));
  });

  test('an empty document has no article', () => {
    expect(extractArticle(parsePage(''), null)).toBeNull();
  });
});
