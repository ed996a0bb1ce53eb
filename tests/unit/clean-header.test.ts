import { describe, expect, test } from 'vitest';
import { cleanByline } from '../../src/core/extract/clean-byline';
import { articleTitle, withoutSiteName } from '../../src/core/extract/clean-title';
import { findDate, possibleDate } from '../../src/core/extract/read-dateline';

// Issue 12: the header shows what the page says, no more.

describe('cleanByline', () => {
  test.each<[string, string, string | null, string | null]>([
    ['a name', 'Jane Doe', null, 'Jane Doe'],
    ['"By" and a name', 'By Jane Doe', null, 'Jane Doe'],
    ['a relative time only', 'by 5 days ago', null, null],
    ['an agency with a trailing comma, credited on another site', 'by Reuters,', 'VentureBeat', 'Reuters'],
    ['an author-page link', 'John Leyden ? More by this author', null, 'John Leyden'],
    ['a date and time after the name', 'Associated Press \n November 19, 2019, 9:02 AM', null, 'Associated Press'],
    ['an ISO date after a dash', 'By admin - 2018-09-16', null, 'admin'],
    ['a month glued to the name', 'By Carrie ArnoldNovember 15, 2019', null, 'Carrie Arnold'],
    ['a weekday glued to the name', 'by Jeff FoustMonday, November 18, 2019', null, 'Jeff Foust'],
    ['a numeric date and a time', 'By Justine Coleman - 11/18/19 11:04 PM EST', null, 'Justine Coleman'],
    ['"Posted by … on" a date', 'Posted by Wendy Harrower on April 2, 2009 in Swarming', null, 'Wendy Harrower'],
    ['a lone "By"', 'By', null, null],
    [
      'an all-capitals name run into the agency',
      'By JILL LAWLESSAssociated Press',
      null,
      'JILL LAWLESS Associated Press',
    ],
    ['a name and a title', 'TOM KRISHER, AP Auto Writer', null, 'TOM KRISHER, AP Auto Writer'],
    ['the site repeated as byline', 'BBC News', 'BBC News', null],
    ['a name in another script', 'Текст: Венера Ерофеева', null, 'Текст: Венера Ерофеева'],
  ])('%s', (_name, raw, site, clean) => {
    expect(cleanByline(raw, site)).toBe(clean);
  });
});

describe('findDate and possibleDate', () => {
  test.each<[string, string | null]>([
    ['PORT ALDER, March 4, 2008 (Example Wire) - A strike', '2008-03-04'],
    ['Published 4:00 am CST, Wednesday, November 20, 2019', '2019-11-20'],
    ['Nov. 20, 2019, 9:28 AM UTC', '2019-11-20'],
    ['Published November 20th, 2019 - 07:29 GMT', '2019-11-20'],
    ['19. November 2019', '2019-11-19'],
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', '2018-01-22'],
    ['admin - 2018-09-16', '2018-09-16'],
    ['31 February 2019 is no day', null],
    ['11/18/19: day and month cannot be told apart', null],
    ['in May 2008 the council', null],
    ['The Mayor said 4 people were hurt', null],
    ['March 4, 1066', null],
  ])('%s', (text, iso) => {
    expect(findDate(text)?.iso ?? null).toBe(iso);
  });

  test.each<[string, string | null]>([
    ['0001-01-01T00:00:00Z', null],
    ['1969-12-31T23:59:59Z', null],
    ['2019-11-19T13:03:00.000Z', '2019-11-19T13:03:00.000Z'],
    ['Mon, 18 Nov 2019 16:07:38 -0600', 'Mon, 18 Nov 2019 16:07:38 -0600'],
    ['', null],
  ])('metadata date %j', (value, kept) => {
    expect(possibleDate(value)).toBe(kept);
  });
});

describe('titles', () => {
  test.each<[string, string, string | null, string | null, string]>([
    [
      'the site name after a dash',
      'Disney+ glitches blamed on heavy demand - Los Angeles Times',
      'Los Angeles Times',
      null,
      'Disney+ glitches blamed on heavy demand',
    ],
    [
      'the site name after a bar',
      'South Dakota governor doubles down | TheHill',
      'The Hill',
      'https://thehill.com/x',
      'South Dakota governor doubles down',
    ],
    [
      'the host after a dash',
      'Nadal keeps Spain alive - Sportsnet.ca',
      null,
      'https://www.sportsnet.ca/tennis/x',
      'Nadal keeps Spain alive',
    ],
    [
      'a site name holding a dash',
      'Black Friday per nostalgici - Remember 80/90 - Memorabilia anni 80/90',
      'Remember 80/90 - Memorabilia anni 80/90',
      null,
      'Black Friday per nostalgici',
    ],
    [
      'a section between headline and site',
      'Three Cases of Plague Diagnosed in China | Smart News | Smithsonian',
      'Smithsonian',
      null,
      'Three Cases of Plague Diagnosed in China',
    ],
    [
      'a Chinese channel and site',
      '国务院常务会议部署稳就业_新闻中心_新浪网',
      '新浪网',
      null,
      '国务院常务会议部署稳就业',
    ],
    [
      'a blog name beginning like the host',
      'September 2018 open thread - The GiveWell Blog',
      'The GiveWell Blog',
      null,
      'September 2018 open thread',
    ],
    [
      'another name after the dash stays',
      'Star Wars Jedi: Fallen Order review - shoots for the moon',
      'VG247',
      null,
      'Star Wars Jedi: Fallen Order review - shoots for the moon',
    ],
    [
      'a section in front stays',
      'Opinion | Republicans Are Following Trump to Nowhere',
      'The New York Times',
      null,
      'Opinion | Republicans Are Following Trump to Nowhere',
    ],
    ['a title that is the site name alone stays', 'The Example News', 'The Example News', null, 'The Example News'],
  ])('%s', (_name, title, site, url, clean) => {
    expect(withoutSiteName(title, site, url)).toBe(clean);
  });

  const sources = { readability: null, metadata: null, firstHeading: () => null, siteName: null, pageUrl: null };
  test.each<[string, Partial<Parameters<typeof articleTitle>[0]>, string]>([
    ['Readability’s title first', { readability: 'A', metadata: 'B', firstHeading: () => 'C' }, 'A'],
    [
      'no <title>: the JSON-LD headline or og:title',
      { metadata: 'Mayor quits after audit' },
      'Mayor quits after audit',
    ],
    ['nothing else: the first <h1>', { firstHeading: () => '  Mayor quits\n after audit ' }, 'Mayor quits after audit'],
    [
      'a title that is the site name alone gives way',
      { readability: 'Quanta Magazine', metadata: 'Cells That Taste Danger', siteName: 'Quanta Magazine' },
      'Cells That Taste Danger',
    ],
    ['nothing at all', {}, ''],
  ])('%s', (_name, given, title) => {
    expect(articleTitle({ ...sources, ...given })).toBe(title);
  });
});
