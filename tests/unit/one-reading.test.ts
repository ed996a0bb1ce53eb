// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/cli/parse-page';
import { analyze } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';
import { loadFixtures } from './helpers/fixtures';

// Issue 12: the command must read a page as the browser does. jsdom's DOMParser builds its
// document with parse5, the HTML standard's parser that browsers implement; the command
// builds linkedom documents (src/cli/parse-page.ts). Every fixture page goes through both, and the
// analysis must agree on what a reader sees first: the title, the text and the links.

/** What the reader sees of an analysis, or its error code. */
function seen(result: AnalysisResult) {
  if (!result.ok) return { error: result.error.code };
  return { title: result.title, byline: result.byline, text: result.text, relatedLinks: result.relatedLinks };
}

describe.each(loadFixtures())('$name', ({ html, expected }) => {
  const inBrowser = seen(analyze(new DOMParser().parseFromString(html, 'text/html'), expected.url));
  const inCommand = seen(analyze(parsePage(html), expected.url));

  test('the command reads the title, text and links the browser reads', () => {
    expect(inCommand).toEqual(inBrowser);
  });
});
