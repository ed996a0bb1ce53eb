import { hugePage, nestedPage } from '../tests/fixtures/generated-pages';

/** The pages of the `huge` benchmark (issue #6), generated the same way on every run. */
export interface HugeCase {
  name: string;
  html: () => string;
}

export const HUGE_CASES: HugeCase[] = [
  { name: '20 MB page, 60,000 paragraphs', html: () => hugePage(20_000_000).html },
  // Chromium's parser stops nesting at 512 levels, so there the page is 513 deep. Built to
  // 10,000 levels by script, it crashes Chromium's renderer by itself (seen on Chromium
  // 156, with no extension), so the browser case is the parsed one.
  { name: '10,000-level nest', html: () => nestedPage(10_000) },
  { name: '900 KB long read (just within the limits)', html: () => hugePage(900_000).html },
];
