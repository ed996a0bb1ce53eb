import { expect, test } from 'vitest';
import { formatMarkdown } from '../../src/core/format-markdown';
import type { Analysis, Figure } from '../../src/core/types';
import { analyze } from '../../src/core/analyze';
import { loadFixtures, parsePage } from './helpers/fixtures';

const figure = (text: string, label: string, equivalents: string[] = []): Figure => ({
  text,
  value: null,
  unit: null,
  kind: 'money',
  label,
  context: '',
  paragraph: 0,
  equivalents: equivalents.map((t) => ({ text: t, value: null, unit: null })),
});

const ANALYSIS: Analysis = {
  title: 'Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations',
  byline: 'Marcus Ellery',
  siteName: 'The Example News',
  lang: 'en',
  dir: null,
  publishedTime: '2025-02-24T09:15:00+00:00',
  excerpt: null,
  url: 'https://www.example-news.com/technology/cloud/alibaba-53b-investment-ai-cloud-computing',
  wordCount: 968,
  readingMinutes: 4,
  text: '',
  paragraphs: [
    { index: 0, text: 'a', duplicateOf: null, kind: 'paragraph', elementIndex: 1 },
    { index: 1, text: 'a', duplicateOf: 0, kind: 'paragraph', elementIndex: 2 },
  ],
  figures: [
    figure('RMB 380 billion', 'cloud and AI investment over three years', ['US$53 billion']),
    figure('11%', ''),
  ],
  highlights: [
    { text: 'Alibaba has unveiled a commitment of RMB 380 billion (US$53 billion).', paragraph: 0 },
    { text: 'Cloud revenue grew 11% year over year.', paragraph: 0 },
  ],
  relatedLinks: [
    {
      title: 'How Will the 2026 Social Security Tax Cap Affect Your Paycheck?',
      url: 'https://www.example-news.com/personal-finance/2026-social-security-tax-cap-paycheck',
    },
  ],
};

test('the summary: title, source link, key figures with labels, highlights, related links', () => {
  expect(formatMarkdown(ANALYSIS)).toBe(
    [
      '# Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations',
      '',
      'Source: [The Example News](<https://www.example-news.com/technology/cloud/alibaba-53b-investment-ai-cloud-computing>)',
      'By Marcus Ellery · 2025-02-24 · 968 words · 4 min read',
      '',
      '## Key figures',
      '',
      '- **RMB 380 billion** (US$53 billion): cloud and AI investment over three years',
      '- **11%**',
      '',
      '## Highlights',
      '',
      '- Alibaba has unveiled a commitment of RMB 380 billion (US$53 billion).',
      '- Cloud revenue grew 11% year over year.',
      '',
      '## Related',
      '',
      '- [How Will the 2026 Social Security Tax Cap Affect Your Paycheck?](<https://www.example-news.com/personal-finance/2026-social-security-tax-cap-paycheck>)',
      '',
      '_1 repeated paragraph left out._',
      '',
    ].join('\n'),
  );
});

test('empty sections are left out; the host names the source when the site has no name', () => {
  const bare = { ...ANALYSIS, siteName: null, byline: null, publishedTime: null, figures: [], highlights: [] };
  expect(formatMarkdown({ ...bare, relatedLinks: [], paragraphs: [] })).toBe(
    [
      '# Alibaba’s $53B Investment to Lead AI and Cloud Computing Innovations',
      '',
      'Source: [example-news.com](<https://www.example-news.com/technology/cloud/alibaba-53b-investment-ai-cloud-computing>)',
      '968 words · 4 min read',
      '',
    ].join('\n'),
  );
});

test.each([
  ['emphasis and code', 'A *bold* _claim_ with `code`', 'A \\*bold\\* \\_claim\\_ with \\`code\\`'],
  ['a link', '[click](https://evil.example.com)', '\\[click\\](https://evil.example.com)'],
  ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
  ['a heading mark', '# Not a heading', '\\# Not a heading'],
  ['a table bar', 'A | B', 'A \\| B'],
  ['line breaks', 'First line\nsecond line', 'First line second line'],
])('page text is not Markdown: %s', (_name, text, escaped) => {
  const markdown = formatMarkdown({ ...ANALYSIS, highlights: [{ text, paragraph: 0 }] });
  expect(markdown).toContain(`\n- ${escaped}\n`);
});

test.each([
  ['a script address', 'javascript:alert(1)'],
  ['a data address', 'data:text/html,hi'],
  ['no address', 'not an address'],
])('related links with %s are left out', (_name, url) => {
  const markdown = formatMarkdown({ ...ANALYSIS, relatedLinks: [{ title: 'A story title here', url }] });
  expect(markdown).not.toContain('## Related');
});

test('a page address that is not http(s) gives no source link', () => {
  expect(formatMarkdown({ ...ANALYSIS, url: 'javascript:alert(1)' })).toContain('\nSource: The Example News\n');
});

// Issue 14: the summary lists the highlights in the order the article tells them.
test.each(loadFixtures().filter((fixture) => fixture.expected.expectOk))(
  'the highlights of $name are listed in reading order',
  ({ html, expected }) => {
    const result = analyze(parsePage(html), expected.url);
    if (!result.ok) throw new Error(`${expected.url} was not analysed`);
    const section = formatMarkdown(result).split('## Highlights\n\n')[1]?.split('\n\n')[0] ?? '';
    const listed = section.split('\n').filter((line) => line.startsWith('- '));
    const where = (h: { text: string; paragraph: number }) =>
      h.paragraph * 1e6 + result.paragraphs[h.paragraph]!.text.indexOf(h.text);
    const inOrder = [...result.highlights].sort((a, b) => where(a) - where(b));
    expect(listed).toHaveLength(inOrder.length);
    listed.forEach((line, k) =>
      expect(line.replace(/\\(.)/g, '$1')).toBe(`- ${inOrder[k]!.text.replace(/\s+/g, ' ')}`),
    );
  },
);
