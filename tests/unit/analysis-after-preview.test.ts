import { describe, expect, test } from 'vitest';
import { chineseFigureReader } from '../../src/core/figures/read-chinese-figures';
import { completeAnalysis, completeAnalysisAfterPreview, readPage } from '../../src/core/read-page';
import type { PageReading } from '../../src/core/types';
import { loadFixtures, parsePage } from './helpers/fixtures';

// Issue 17: the popup runs figures and highlights on the reading the page sends before it
// looks for repeats; that answer must be exactly the one the finished reading gives.
const options = { chineseFigures: chineseFigureReader };
const fixtures = loadFixtures();

function readWithPreview(html: string, url: string | null) {
  let preview: PageReading | undefined;
  const reading = readPage(parsePage(html), url, { onPreview: (p) => (preview = p) });
  return { reading, preview };
}

describe('completeAnalysisAfterPreview', () => {
  test.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: the same analysis as completeAnalysis',
    (_name, fixture) => {
      const { reading, preview } = readWithPreview(fixture.html, fixture.expected.url);
      if (!reading.ok) {
        expect(preview).toBeUndefined();
        return;
      }
      expect(preview).toBeDefined();
      const early = completeAnalysis({ ok: true, ...preview! }, options);
      expect(completeAnalysisAfterPreview(reading, early, options)).toEqual(completeAnalysis(reading, options));
    },
  );

  test('the preview is the reading before repeats: every duplicateOf null, all else the same', () => {
    const wire = fixtures.find((f) => f.name === 'wire-story-printed-twice')!;
    const { reading, preview } = readWithPreview(wire.html, wire.expected.url);
    if (!reading.ok) throw new Error(reading.error.message);
    expect(reading.paragraphs.some((p) => p.duplicateOf !== null)).toBe(true);
    expect(preview!.paragraphs.every((p) => p.duplicateOf === null)).toBe(true);
    const { paragraphs, ...rest } = reading;
    const { paragraphs: previewParagraphs, ...previewRest } = preview!;
    expect({ ok: true, ...previewRest }).toEqual(rest);
    expect(previewParagraphs).toEqual(paragraphs.map((p) => ({ ...p, duplicateOf: null })));
  });

  test("another page's early answer is not taken", () => {
    const seed = fixtures.find((f) => f.name === 'seed-article')!;
    const other = fixtures.find((f) => f.name !== 'seed-article' && readPage(parsePage(f.html), f.expected.url).ok)!;
    const { reading } = readWithPreview(seed.html, seed.expected.url);
    const { preview } = readWithPreview(other.html, other.expected.url);
    const early = completeAnalysis({ ok: true, ...preview! }, options);
    expect(completeAnalysisAfterPreview(reading, early, options)).toEqual(completeAnalysis(reading, options));
  });
});
