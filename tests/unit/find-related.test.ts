import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { findRelated, type RelatedLinkInput } from '../../src/core/related/find-related';
import { fixturesWith, loadFixtures, parsePage, readAsTheCommand } from './helpers/fixtures';

describe.each(fixturesWith('relatedLinks'))('related links of $name', ({ html, expected }) => {
  const doc = readAsTheCommand(html);
  const before = doc.documentElement.outerHTML;
  const result = analyze(doc, expected.url);
  const links = result.ok ? result.relatedLinks : [];

  test('the page is analysed', () => expect(result.ok).toBe(true));
  test('exactly the expected addresses, in page order', () => {
    expect(links.map((link) => link.url)).toEqual(expected.relatedLinks);
  });
  test('none of the forbidden addresses', () => {
    for (const link of links) expect(expected.forbiddenLinks ?? []).not.toContain(link.url);
  });
  test('only absolute http(s) addresses', () => {
    for (const link of links) expect(link.url).toMatch(/^https?:\/\/[^/]+\//);
  });
  test('the page is left as it was', () => expect(doc.documentElement.outerHTML).toBe(before));
});

describe.each(fixturesWith('relatedLinkTitles'))('related link titles of $name', ({ html, expected }) => {
  test('each title is the teaser headline', () => {
    const result = analyze(readAsTheCommand(html), expected.url);
    expect(result.ok && result.relatedLinks.map((link) => link.title)).toEqual(expected.relatedLinkTitles);
  });
});

test('the seed page: the five "Explore more" headlines, not their kickers or excerpts', () => {
  const seed = loadFixtures().find((fixture) => fixture.name === 'seed-article')!;
  const result = analyze(parsePage(seed.html), seed.expected.url);
  expect(result.ok && result.relatedLinks.map((link) => link.title)).toEqual([
    'How Will the 2026 Social Security Tax Cap Affect Your Paycheck?',
    'Why Your Phone’s 5G Symbol May Not Mean True 5G Speeds',
    'How Can We Boost Engagement in a Burnout-Prone Workforce?',
    'Leading HR with AI: Balancing Tech and Ethics in Hiring',
    'HR Turns Recruitment into Dream Home Prize Competition',
  ]);
});

// Small pages, one shape or trap each. The article is a few paragraphs in <article>.
const ARTICLE = `<article><h1>Harbor City approves desalination plant</h1>
  <p class="a">Harbor City council approved a desalination plant on Tuesday that will supply a third of the city's water.</p>
  <p class="a">The plant will cost $2.1 billion, paid for by bonds and a surcharge on water bills that households will see next year.</p>
  <p class="a">Environmental groups said they would challenge the approval in court because of the brine it discharges into the bay.</p>
</article>`;
const PAGE_URL = 'https://www.example-news.com/city/desalination-plant-approved';
const story = (slug: string, title: string) => `<a href="/city/${slug}">${title}</a>`;
const STORIES = [
  story('water-bills-rise', 'Water bills will rise for most households'),
  story('bay-seagrass-study', 'Seagrass study warns of saltier bay'),
  story('reservoir-levels-fall', 'Reservoir levels fall for a sixth year'),
];
const li = (items: string[]) => items.map((item) => `<li>${item}</li>`).join('');
const url = (slug: string) => `https://www.example-news.com/city/${slug}`;
const ALL = [url('water-bills-rise'), url('bay-seagrass-study'), url('reservoir-levels-fall')];

function run(body: string, pageUrl: string | null = PAGE_URL, head = '') {
  const doc = parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const input: RelatedLinkInput = {
    pageUrl,
    canonicalUrl: null,
    articleElements: [...doc.querySelectorAll('p.a')],
    title: 'Harbor City approves desalination plant',
  };
  return { doc, input, links: findRelated(doc, input).links };
}

test.each<[string, string, string[]]>([
  ['a list under a "Related" heading', `${ARTICLE}<h2>Related</h2><ul>${li(STORIES)}</ul>`, ALL],
  ['a "Read more:" paragraph', `${ARTICLE}<p><b>Read more:</b> ${STORIES[0]}</p>`, ALL.slice(0, 1)],
  ['an ARIA-named aside', `${ARTICLE}<aside aria-label="More on this story"><ul>${li(STORIES)}</ul></aside>`, ALL],
  ['a class named read-next', `${ARTICLE}<div class="read-next"><ul>${li(STORIES)}</ul></div>`, ALL],
  ['a heading in another language', `${ARTICLE}<h2>À lire aussi</h2><ul>${li(STORIES)}</ul>`, ALL],
  ['a Chinese heading', `${ARTICLE}<h3>相关阅读</h3><ul>${li(STORIES)}</ul>`, ALL],
  ['an unnamed list after the article', `${ARTICLE}<ul>${li(STORIES)}</ul>`, []],
  ['a "Most read" list', `${ARTICLE}<h2>Most read</h2><ul>${li(STORIES)}</ul>`, []],
  [
    '"Trending" named in a related-looking class',
    `${ARTICLE}<div class="related-box"><h2>Trending</h2><ul>${li(STORIES)}</ul></div>`,
    [],
  ],
  ['a related list inside the navigation', `<nav><h2>Related</h2><ul>${li(STORIES)}</ul></nav>${ARTICLE}`, []],
  ['a related list inside the page footer', `${ARTICLE}<footer><h2>Related</h2><ul>${li(STORIES)}</ul></footer>`, []],
  [
    'section fronts, tags and authors',
    `${ARTICLE}<h2>Related</h2><ul>${li(['<a href="/city/">City news today</a>', '<a href="/tag/water/">All about water</a>', '<a href="/authors/ann-lee">Stories by Ann Lee</a>'])}</ul>`,
    [],
  ],
  [
    'share and comment links',
    `${ARTICLE}<h2>Related</h2><ul>${li([`<a href="https://www.facebook.com/sharer/sharer.php?u=${PAGE_URL}">Share this on Facebook</a>`, `<a href="${PAGE_URL}#comments">Read the comments below</a>`])}</ul>`,
    [],
  ],
  [
    'a link back to the article and the same story twice',
    `${ARTICLE}<h2>Related</h2><ul>${li([`<a href="${PAGE_URL}">Harbor City approves desalination plant</a>`, ...STORIES, story('water-bills-rise', 'Water bills will rise for most households')])}</ul>`,
    ALL,
  ],
  [
    'a widget of paid links',
    `${ARTICLE}<h2>You may like</h2><ul>${li(['<a href="https://ads.example-adnet.com/c?x=1">Doctors stunned by this one habit</a>', '<a href="https://shop.example-shop.com/?utm_medium=cpc">This deal ends at midnight</a>', STORIES[0]!])}</ul>`,
    [],
  ],
  [
    'non-web addresses',
    `${ARTICLE}<h2>Related</h2><ul>${li(['<a href="javascript:void(0)">Load more stories here</a>', '<a href="mailto:desk@example-news.com">Email the news desk</a>', STORIES[1]!])}</ul>`,
    ALL.slice(1, 2),
  ],
])('%s', (_name, body, expected) => {
  expect(run(body).links.map((link) => link.url)).toEqual(expected);
});

test.each<[string, string, string]>([
  [
    'a card whose heading is the headline, not its kicker or excerpt',
    '<div class="card"><a href="/city/x-1"><span class="kicker">Water</span><h3>Bills will rise in July</h3><p class="excerpt">Most homes will pay more.</p><time>2 hours ago</time></a></div>',
    'Bills will rise in July',
  ],
  [
    'a heading that is only a kicker above the headline link',
    '<div><a href="/city/x-1"><h6>News Cloud</h6></a><a href="/city/x-1"><p>Bills will rise for most households in July</p></a></div>',
    'Bills will rise for most households in July',
  ],
  [
    'a card that says only "Read more"',
    '<div><h3>Bills will rise in July</h3><p>Most homes will pay more.</p><a href="/city/x-1">Read more</a></div>',
    'Bills will rise in July',
  ],
  [
    'an element named as the title',
    '<div><a href="/city/x-1"><div class="card-title">Bills will rise in July</div><div class="card-timestamp">13 hours ago</div></a></div>',
    'Bills will rise in July',
  ],
])('title of %s', (_name, card, title) => {
  const { links } = run(`${ARTICLE}<section><h2>Related stories</h2>${card}</section>`);
  expect(links.map((link) => link.title)).toEqual([title]);
});

test.each<[string, string | null, string, string]>([
  [
    'the canonical address',
    PAGE_URL,
    '<link rel="canonical" href="https://www.example-news.com/a/b/c">',
    'https://www.example-news.com/a/b/d-e',
  ],
  [
    'og:url without a canonical',
    PAGE_URL,
    '<meta property="og:url" content="https://m.example-news.com/x/y">',
    'https://m.example-news.com/x/d-e',
  ],
  ['the page address', 'https://www.example-news.com/p/q', '', 'https://www.example-news.com/p/d-e'],
  [
    'a <base href>',
    PAGE_URL,
    '<base href="https://static.example-news.com/s/">',
    'https://static.example-news.com/s/d-e',
  ],
])('relative addresses resolve against %s', (_name, pageUrl, head, expected) => {
  const doc = parsePage(
    `<html><head>${head}</head><body>${ARTICLE}<h2>Related</h2><ul><li><a href="d-e">Water bills will rise in July</a></li></ul></body></html>`,
  );
  const canonicalUrl = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null;
  const links = findRelated(doc, { pageUrl, canonicalUrl, articleElements: [...doc.querySelectorAll('p.a')] }).links;
  expect(links.map((link) => link.url)).toEqual([expected]);
});

describe('findRelated: blocks', () => {
  test.each<[string, string, string[]]>([
    [
      'a wrapper holding heading and list',
      `${ARTICLE}<section id="b"><h2>Related</h2><ul>${li(STORIES)}</ul></section>`,
      ['b'],
    ],
    [
      'heading and list among the article paragraphs',
      `<div>${ARTICLE}<h3 id="h">Related coverage</h3><ul id="l">${li(STORIES)}</ul><p>More article text follows here.</p></div>`,
      ['h', 'l'],
    ],
    ['a "Read more:" paragraph', `${ARTICLE}<p id="p"><b>Read more:</b> ${STORIES[0]}</p>`, ['p']],
    [
      'wrappers with nothing else',
      `${ARTICLE}<div id="w"><div><aside aria-label="Related"><ul>${li(STORIES)}</ul></aside></div></div>`,
      ['w'],
    ],
    ['no block', `${ARTICLE}<ul>${li(STORIES)}</ul>`, []],
    // A site-wide list offers no further reading, and its teasers are not the story's text either.
    [
      'a "Most read" list under its heading',
      `${ARTICLE}<h2 id="h">Most read</h2><ul id="l">${li(STORIES)}</ul>`,
      ['h', 'l'],
    ],
    [
      'a "Most popular" box of teaser cards inside the article',
      `<div>${ARTICLE}<div id="w"><h2>Самые популярные диеты</h2>${STORIES.map((s) => `<div><div>${s}</div><div>Lose up to 10 kg in 14 days.</div></div>`).join('')}</div></div>`,
      ['w'],
    ],
    // A line's own words are no heading: "recent" in a sentence names nothing.
    [
      'a sentence of the story that says "recent"',
      `<div>${ARTICLE}<p id="p">To weigh recent entries more, read ${STORIES[0]}</p></div>`,
      [],
    ],
  ])('%s', (_name, body, ids) => {
    const { doc, input } = run(body);
    expect(findRelated(doc, input).blocks.map((el) => el.id)).toEqual(ids);
  });

  test('the blocks are the ones whose links it returns', () => {
    const { doc, input, links } = run(`${ARTICLE}<section><h2>Related</h2><ul>${li(STORIES)}</ul></section>`);
    const inBlocks = findRelated(doc, input).blocks.flatMap((block) => [...block.querySelectorAll('a')]);
    expect(inBlocks.map((a) => new URL(a.getAttribute('href')!, PAGE_URL).href)).toEqual(links.map((l) => l.url));
  });
});

test('a "Most popular" box kept inside the article by Readability: no links, and its figures are not the story\'s', () => {
  const cards = STORIES.map(
    (s) => `<div class="card"><div>${s}</div><div>A popular plan: lose up to 12 kg in 14 days.</div></div>`,
  );
  const page = parsePage(`<!doctype html><html><head><title>Harbor City approves desalination plant</title></head><body>
    <div id="content"><h1>Harbor City approves desalination plant</h1>
    ${ARTICLE.replace(/<\/?article>|<h1>.*<\/h1>/g, '')}
    <p>The council's vote was 7 to 2, and construction starts in 2027 if the court challenge fails.</p>
    <div><h2>Most popular</h2>${cards.join('')}</div></div></body></html>`);
  const result = analyze(page, PAGE_URL);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.relatedLinks).toEqual([]);
  expect(result.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/popular|12 kg/i);
  expect(result.paragraphs.map((p) => p.text).join(' ')).toMatch(/\$2\.1 billion/);
  expect(result.figures.map((f) => f.text)).not.toContain('12 kg');
});

test('a page nested 10,000 elements deep does not overflow the stack', () => {
  const depth = 10_000;
  const body = `${'<div>'.repeat(depth)}${ARTICLE}<h2>Related</h2><ul>${li(STORIES)}</ul>${'</div>'.repeat(depth)}`;
  expect(run(body).links.map((link) => link.url)).toEqual(ALL);
});

// Issue 14: the shapes older and inline layouts give further reading.
const BODY_START = `<article><h1>Harbor City approves desalination plant</h1>
  <p class="a">Harbor City council approved a desalination plant on Tuesday that will supply a third of the city's water.</p>
  <p class="a">The plant will cost $2.1 billion, paid for by bonds and a surcharge on water bills that households will see next year.</p>`;
const BODY_END = `<p class="a">Environmental groups said they would challenge the approval in court because of the brine it discharges into the bay.</p>
</article>`;
const LONG = [
  story('water-bills-rise', 'Water bills will rise for most households in the city from next July, the utility says'),
  story('bay-seagrass-study', 'Seagrass study warns that a saltier bay could lose half its meadows within ten years'),
  story('reservoir-levels-fall', 'Reservoir levels fall for a sixth year in a row as the winter rains fail once again'),
  story(
    'brine-outfall-design',
    'Engineers unveil the design of the brine outfall that diffusers will spread across the bay',
  ),
  story('court-challenge-filed', 'Bay Alliance files its court challenge on the first day the law allows it to do so'),
];
const LONG_ALL = [...ALL, url('brine-outfall-design'), url('court-challenge-filed')];
const ON_TOPIC = [
  story('desalination-plant-site', 'Where the desalination plant will stand, and why that site'),
  story('harbor-city-water-history', 'How Harbor City ran short of water: a history in five droughts'),
  story('plant-contract-bids', 'Three firms bid to build the plant for the council'),
];
const ON_TOPIC_ALL = [url('desalination-plant-site'), url('harbor-city-water-history'), url('plant-contract-bids')];
const lines = (items: string[]) => items.map((item) => `<p>${item}</p>`).join('');

test.each<[string, string, string[]]>([
  [
    'an inline "SEE ALSO" list: a label line, then a line per story',
    `${BODY_START}<p><strong>SEE ALSO:</strong></p>${lines(STORIES)}${BODY_END}`,
    ALL,
  ],
  [
    'an inline list whose first line holds the label',
    `${BODY_START}<p><b>See also:</b> ${STORIES[0]}</p>${lines(STORIES.slice(1))}${BODY_END}`,
    ALL,
  ],
  [
    'an inline list ends at the first line that is not a story link',
    `${BODY_START}<p><strong>See also:</strong></p>${lines(STORIES.slice(0, 2))}<p class="a">The council will vote again in May, and ${STORIES[2]} says more.</p>${BODY_END}`,
    ALL.slice(0, 2),
  ],
  [
    'a list is not continued by the story links that follow it',
    `${ARTICLE}<h2>Related</h2><ul>${li(STORIES.slice(0, 2))}</ul>${lines(STORIES.slice(2))}`,
    ALL.slice(0, 2),
  ],
  [
    'a table cell: the label in bold above long headlines',
    `<table><tr><td>${ARTICLE}</td></tr><tr><td class="box"><font size="2"><b>Related Stories</b></font><br>${LONG.join('<br>')}</td></tr></table>`,
    LONG_ALL,
  ],
  [
    'a list under a heading that names the topic',
    `${ARTICLE}<h3>The Harbor City desalination plant</h3><ul>${li(ON_TOPIC)}</ul>`,
    ON_TOPIC_ALL,
  ],
  [
    'a list under a heading that names something else',
    `${ARTICLE}<h3>Weekend weather</h3><ul>${li(ON_TOPIC)}</ul>`,
    [],
  ],
  [
    'a heading sharing the topic over headlines about other things',
    `${ARTICLE}<h3>Harbor City</h3><ul>${li(STORIES)}</ul>`,
    [],
  ],
  [
    'a "Most read" list under a topic-like heading',
    `${ARTICLE}<h3>Most read in Harbor City</h3><ul>${li(ON_TOPIC)}</ul>`,
    [],
  ],
])('%s', (_name, body, expected) => {
  expect(run(body).links.map((link) => link.url)).toEqual(expected);
});

test('the lines of an inline list are left out of the article with its label', () => {
  const { doc, input } = run(`${BODY_START}<p id="l"><strong>SEE ALSO:</strong></p>${lines(STORIES)}${BODY_END}`);
  const blocks = findRelated(doc, input).blocks;
  expect(blocks.map((el) => el.textContent?.trim())).toEqual([
    'SEE ALSO:',
    'Water bills will rise for most households',
    'Seagrass study warns of saltier bay',
    'Reservoir levels fall for a sixth year',
  ]);
});
