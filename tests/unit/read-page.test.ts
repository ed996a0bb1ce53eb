import { describe, expect, test } from 'vitest';
import { normalizeBlockText } from '../../src/core/extract/collect-blocks';
import { copyForReadability } from '../../src/core/extract/copy-for-readability';
import { ReadabilityLimitError } from '../../src/core/errors';
import { runReadability } from '../../src/core/extract/run-readability';
import { MAX_TEXT_STEP_PARAGRAPHS } from '../../src/core/page-limits';
import { completeAnalysis, readPage, readPageInStages, type ReadingStage } from '../../src/core/read-page';
import { findRepeats } from '../../src/core/repeats/find-repeats';
import type { Paragraph } from '../../src/core/types';
import { PageSession } from '../../src/page/page-session';
import { newsParagraph } from '../fixtures/generated-pages';
import { makeAnalysis } from './helpers/analysis';
import { loadFixtures, parsePage } from './helpers/fixtures';

const seed = loadFixtures().find((f) => f.name === 'seed-article')!;
const wire = loadFixtures().find((f) => f.name === 'wire-story-printed-twice')!;

/** A pause that records the stages and can run something in between, as the page would. */
function recorder(between: (stage: ReadingStage) => void = () => {}) {
  const stages: ReadingStage[] = [];
  const pause = async (stage: ReadingStage) => {
    stages.push(stage);
    between(stage);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { stages, pause };
}

describe('readPageInStages', () => {
  test('pauses before each stage, in order, and answers as readPage does', async () => {
    const { stages, pause } = recorder();
    const run = await readPageInStages(parsePage(seed.html), seed.expected.url, pause);
    expect(stages).toEqual(['extract', 'related', 'judge']);
    expect(run.result).toEqual(readPage(parsePage(seed.html), seed.expected.url));
  });

  test.each([
    [
      'a page over a limit',
      '<html><body>' + '<div>'.repeat(600) + '</div>'.repeat(600) + '</body></html>',
      'TOO_LARGE',
    ],
    ['an empty page', '', 'NOT_AN_ARTICLE'],
  ])('%s is refused before any pause', async (_name, html, code) => {
    const { stages, pause } = recorder();
    const run = await readPageInStages(parsePage(html), null, pause);
    expect(stages).toEqual([]);
    expect(run.result).toMatchObject({ ok: false, error: { code } });
  });

  test("the paragraphs' elements are those the page had when the reading began", async () => {
    const doc = parsePage(seed.html);
    // The page inserts paragraphs before the article while the analysis waits its turn.
    const { pause } = recorder(() => {
      const intruder = doc.createElement('p');
      intruder.textContent = 'Breaking: a live update pushed by the page.';
      doc.body.prepend(intruder);
    });
    const { result, elements } = await readPageInStages(doc, seed.expected.url, pause);
    if (!result.ok) throw new Error(result.error.message);
    expect(elements).toHaveLength(result.paragraphs.length);
    result.paragraphs.forEach((paragraph, i) => {
      expect(normalizeBlockText(elements[i]?.textContent ?? '')).toContain(paragraph.text.split('\n')[0]);
    });
  });
});

describe('PageSession', () => {
  test('a slower earlier reading never replaces a later one (single-page apps)', async () => {
    const doc = parsePage(seed.html);
    const session = new PageSession(doc);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = session.read(seed.expected.url, () => gate);
    // The app swaps in another story; the reader clicks again.
    const other = parsePage(wire.html);
    doc.head.replaceWith(other.head);
    doc.body.replaceWith(other.body);
    const second = await session.read(wire.expected.url);
    release();
    const earlier = await first;
    if (!second.ok || !earlier.ok) throw new Error('both pages are articles');
    expect(earlier.title).not.toBe(second.title);
    expect(session.paragraphCount).toBe(second.paragraphs.length);
    expect(session.lastArticle).toBe(`${second.title}\n${second.text}`);
  });
});

// Repeats are a text stage (issue 17): the page's reading marks none, the popup's
// completeAnalysis finds them on the paragraphs' text, as the page once did.
describe('the repeats stage, run on the reading', () => {
  test.each([seed, wire])('$name: the reading marks no repeat; completing it marks what findRepeats finds', (page) => {
    const reading = readPage(parsePage(page.html), page.expected.url);
    if (!reading.ok) throw new Error(reading.error.message);
    expect(reading.paragraphs.every((p) => p.duplicateOf === null)).toBe(true);
    const analysis = completeAnalysis(reading);
    if (!analysis.ok) throw new Error(analysis.error.message);
    const marked = analysis.paragraphs.map((p) => p.duplicateOf);
    expect(marked.some((earlier) => earlier !== null)).toBe(true);
    expect(marked).toEqual(findRepeats(reading.paragraphs));
    // Nothing else about a paragraph changes, nor its place among the result's keys.
    expect(analysis.paragraphs.map((p) => ({ ...p, duplicateOf: null }))).toEqual(reading.paragraphs);
    expect(Object.keys(analysis.paragraphs[0]!)).toEqual(Object.keys(reading.paragraphs[0]!));
  });

  test('the text stages run in order: repeats, figures, highlights', () => {
    const reading = readPage(parsePage(seed.html), seed.expected.url);
    const timings: Record<string, number> = {};
    completeAnalysis(reading, { timings });
    expect(Object.keys(timings)).toEqual(['repeats', 'figures', 'highlights']);
  });

  test("paragraphs past the text stages' reach are never repeats, and are kept as read", () => {
    const paragraph = (index: number, body: string): Paragraph => ({
      index,
      text: body,
      duplicateOf: null,
      kind: 'paragraph',
      elementIndex: index,
    });
    const paragraphs = Array.from({ length: MAX_TEXT_STEP_PARAGRAPHS }, (_, i) => paragraph(i, newsParagraph(i)));
    // A word-for-word copy of a paragraph within reach, and another past it.
    paragraphs[10] = paragraph(10, newsParagraph(3));
    paragraphs.push(paragraph(MAX_TEXT_STEP_PARAGRAPHS, newsParagraph(3)));
    // An analysis's shape holds a reading's (its figures and highlights are found again).
    const reading = makeAnalysis({ title: 'A long report', paragraphs, wordCount: 60 * paragraphs.length });
    const analysis = completeAnalysis({ ok: true, ...reading });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.paragraphs).toHaveLength(paragraphs.length);
    expect(analysis.paragraphs.filter((p) => p.duplicateOf !== null).map((p) => [p.index, p.duplicateOf])).toEqual([
      [10, 3],
    ]);
    expect(analysis.paragraphs.at(-1)).toEqual(paragraphs.at(-1));
  });
});

describe('runReadability', () => {
  test("Readability's own element cap is a TOO_LARGE, not a crash", () => {
    const copy = copyForReadability(parsePage(seed.html));
    // Readability counts getElementsByTagName('*'), which linkedom leaves empty: as a browser would count.
    copy.clone.getElementsByTagName = (() => ({ length: 200_000 })) as unknown as Document['getElementsByTagName'];
    expect(() => runReadability(copy, 100_000)).toThrow(ReadabilityLimitError);
  });
});
