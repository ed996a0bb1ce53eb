import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { normalizeBlockText } from '../../src/core/extract/collect-blocks';
import { copyForReadability, originalElements } from '../../src/core/extract/copy-for-readability';
import { extractBlocks } from '../../src/core/extract/extract-blocks';
import { readPage } from '../../src/core/read-page';
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
    const reading = readPage(doc, expected.url);
    if (!reading.ok) throw new Error(reading.error.message);
    const elements = originalElements(doc);
    for (const paragraph of reading.paragraphs) {
      const source = elements[paragraph.elementIndex];
      expect(source, paragraph.text).toBeDefined();
      expect(normalizeBlockText(source!.textContent ?? '')).toContain(paragraph.text.split('\n')[0]);
    }
  });
});

describe('extractBlocks', () => {
  const extract = (html: string) => {
    const doc = parsePage(html);
    return extractBlocks(doc, copyForReadability(doc));
  };

  test('a quote Readability renames to <div> is still a quote', () => {
    // Readability turns a <blockquote> sibling of its best candidate into a <div>.
    const prose =
      '<p>Long paragraph of the story, with enough words and commas, to count as real content here. '.repeat(4);
    const html = `<html><head><title>T</title></head><body><main><div class="story">${prose}</div><blockquote>${prose}</blockquote></main></body></html>`;
    const kinds = new Set(extract(html)!.blocks.map((b) => b.kind));
    expect(kinds).toEqual(new Set(['paragraph', 'quote']));
  });

  test('an empty document has no article', () => {
    expect(extract('<html><body></body></html>')).toBeNull();
  });
});
