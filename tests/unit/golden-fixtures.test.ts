import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { loadFixtures, readAsTheCommand } from './helpers/fixtures';

// Format characters (zero-width spaces and joiners, word joiner, byte-order mark, soft
// hyphen, bidi marks), controls, every space, and what renders as nothing (Hangul fillers,
// variation selectors, the combining grapheme joiner, the blank Braille pattern).
const INVISIBLE =
  /[\p{Cf}\p{Cc}\p{Z}\u2800\u3164\uffa0]|[\u115f\u1160]|[\u17b4\u17b5]|\u034f|[\u180b-\u180f]|[\ufe00-\ufe0f]/gu;

// Every fixture page: accepted or refused as its annotation says, with the right title
// and the text it must and must not contain.
describe.each(loadFixtures())('$name', ({ html, expected }) => {
  const result = analyze(readAsTheCommand(html), expected.url);

  test(expected.expectOk ? 'is analysed as an article' : `is refused (${expected.errorCode ?? 'any code'})`, () => {
    expect(result.ok).toBe(expected.expectOk);
    if (!result.ok && expected.errorCode) expect(result.error.code).toBe(expected.errorCode);
  });

  if (!result.ok) return;

  test.runIf(expected.title !== undefined)('title', () => {
    expect(result.title).toBe(expected.title);
  });

  test.runIf(expected.doubt !== undefined)('doubt', () => {
    expect(result.doubt?.reason ?? null).toBe(expected.doubt);
  });

  test.runIf(expected.byline !== undefined)('byline', () => {
    expect(result.byline).toBe(expected.byline);
  });

  test.runIf(expected.publishedTime !== undefined)('date', () => {
    expect(result.publishedTime).toBe(expected.publishedTime);
  });

  test.each(expected.mustInclude ?? [])('text includes %s', (snippet) => {
    expect(result.text).toContain(snippet);
  });

  test.each(expected.mustExclude ?? [])('text excludes %s', (snippet) => {
    expect(result.text).not.toContain(snippet);
  });

  // Issue 14: a block holding only zero-width or other invisible characters is nothing
  // the reader can see, so it is no paragraph (nor a repeat to hide).
  test('every paragraph has a visible character', () => {
    for (const p of result.paragraphs) expect(p.text.replace(INVISIBLE, ''), JSON.stringify(p.text)).not.toBe('');
  });

  test('text is the paragraphs joined by blank lines', () => {
    expect(result.text).toBe(result.paragraphs.map((p) => p.text).join('\n\n'));
    result.paragraphs.forEach((p, i) => expect(p.index).toBe(i));
  });
});
