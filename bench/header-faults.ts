// Junk in the article header that the page itself does not say (issue 12): what the
// benchmark counts on every page, for us and for plain Readability alike. These checks
// are the benchmark's own, written apart from the cleaning in src/core so that the
// cleaning cannot grade itself.

/** The header fields a fault is looked for in. */
export interface Header {
  title: string | null | undefined;
  byline: string | null | undefined;
  publishedTime: string | null | undefined;
}

export const HEADER_FAULTS = [
  'byline with a date',
  'byline with "ago"',
  'byline with "more by"',
  'byline ending in a comma',
  'byline of no name',
  'empty title',
  'date before 1990',
  'date unreadable',
] as const;

export type HeaderFault = (typeof HEADER_FAULTS)[number];

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// "November 19, 2019", "19 Nov 2019", "2018-09-16", "11/19/2019", "9:02 AM", a bare year.
const DATE_IN_TEXT = new RegExp(
  [
    `${MONTH}\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\s+${MONTH}\\b`,
    '\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b',
    '\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b',
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b(?:19|20)\\d{2}\\b',
  ].join('|'),
  'i',
);

/** The faults of one page's header, in HEADER_FAULTS order; [] when it has none. */
export function headerFaults(header: Header): HeaderFault[] {
  const faults: HeaderFault[] = [];
  const byline = header.byline?.replace(/\s+/g, ' ').trim() ?? '';
  if (byline !== '') {
    if (DATE_IN_TEXT.test(byline)) faults.push('byline with a date');
    if (/\bago\b/i.test(byline)) faults.push('byline with "ago"');
    if (/\bmore by\b/i.test(byline)) faults.push('byline with "more by"');
    if (/[,;:]$/.test(byline)) faults.push('byline ending in a comma');
    if (!/\p{L}/u.test(byline.replace(/^by\b/i, ''))) faults.push('byline of no name');
  }
  if (!header.title?.trim()) faults.push('empty title');
  if (header.publishedTime?.trim()) {
    const time = new Date(header.publishedTime.trim()).getTime();
    if (Number.isNaN(time)) faults.push('date unreadable');
    else if (new Date(time).getUTCFullYear() < 1990) faults.push('date before 1990');
  }
  return faults;
}
