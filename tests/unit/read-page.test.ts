import { describe, expect, test } from 'vitest';
import { normalizeBlockText } from '../../src/core/extract/collect-blocks';
import { copyForReadability } from '../../src/core/extract/copy-for-readability';
import { ReadabilityLimitError } from '../../src/core/errors';
import { runReadability } from '../../src/core/extract/run-readability';
import { readPage, readPageInStages, type ReadingStage } from '../../src/core/read-page';
import { PageSession } from '../../src/page/page-session';
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
    expect(stages).toEqual(['extract', 'related', 'judge', 'repeats']);
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
    expect(session.lastParagraphs).toEqual(second.paragraphs);
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
