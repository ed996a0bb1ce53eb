import { describe, expect, test } from 'vitest';
import { headerFaults, type Header } from './header-faults';

const header = (fields: Partial<Header>): Header => ({
  title: 'Ferry timetable changes',
  byline: null,
  publishedTime: null,
  ...fields,
});

// The bench's own judge of header junk: each line a header and the faults it must find.
describe('headerFaults', () => {
  test.each([
    ['a clean header', {}, []],
    ['a byline that is a name', { byline: 'Jane Doe' }, []],
    ['a name and an agency', { byline: 'TOM KRISHER, AP Auto Writer' }, []],
    ['"by" and a name', { byline: 'By Jane Doe' }, []],
    ['an agency', { byline: 'Reuters' }, []],
    [
      'a byline with a date in words',
      { byline: 'Associated Press November 19, 2019, 9:02 AM' },
      ['byline with a date'],
    ],
    ['a byline with a glued date', { byline: 'Carrie ArnoldNovember 15, 2019' }, ['byline with a date']],
    ['a byline with an ISO date', { byline: 'admin - 2018-09-16' }, ['byline with a date']],
    ['a byline with a day before the month', { byline: 'Jane Doe 19 Nov' }, ['byline with a date']],
    ['a relative time', { byline: 'by 5 days ago' }, ['byline with "ago"']],
    ['an author link', { byline: 'John Leyden ? More by this author' }, ['byline with "more by"']],
    ['a trailing comma', { byline: 'Reuters,' }, ['byline ending in a comma']],
    ['a lone "By"', { byline: 'By' }, ['byline of no name']],
    ['an empty title', { title: ' ' }, ['empty title']],
    ['no title at all', { title: null }, ['empty title']],
    ['year one', { publishedTime: '0001-01-01T00:00:00Z' }, ['date before 1990']],
    ['a real date', { publishedTime: '2019-11-19T13:03:00.000Z' }, []],
    ['a date in words', { publishedTime: 'Mon, 18 Nov 2019 16:07:38 -0600' }, []],
    ['a date no clock reads', { publishedTime: 'last Tuesday' }, ['date unreadable']],
  ] as [string, Partial<Header>, string[]][])('%s', (_name, fields, faults) => {
    expect(headerFaults(header(fields))).toEqual(faults);
  });
});
