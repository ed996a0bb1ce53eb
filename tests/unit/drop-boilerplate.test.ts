import { describe, expect, test } from 'vitest';
import type { RawBlock } from '../../src/core/extract/blocks';
import { BOILERPLATE_RULES, inContext, NO_FACTS, type PageFacts } from '../../src/core/extract/drop-boilerplate';
import { findSignupBoxes } from '../../src/core/extract/find-signup-boxes';
import type { BlockKind } from '../../src/core/types';
import { parsePage } from './helpers/fixtures';

/** The rules that name a block whose original element is #it in `body`. */
function rulesFor(body: string, text: string, kind: BlockKind = 'paragraph', linkDensity = 0): string[] {
  const doc = parsePage(`<html><body>${body}</body></html>`);
  const original = doc.querySelector('#it')!;
  const block: RawBlock = { text, kind, owner: original, linkDensity };
  return Object.entries(BOILERPLATE_RULES)
    .filter(([, rule]) => rule(inContext(block, original)))
    .map(([name]) => name);
}

const sentence = 'The council approved the budget on Tuesday after a long debate about schools.';

describe('page-furniture rules', () => {
  test.each<[string, string, string, BlockKind, number, string[]]>([
    ['an ordinary paragraph', `<article><p id="it">${sentence}</p></article>`, sentence, 'paragraph', 0, []],
    [
      'a caption',
      '<figure><figcaption id="it">The mayor on Tuesday.</figcaption></figure>',
      'The mayor on Tuesday.',
      'caption',
      0,
      ['caption', 'caption by name'],
    ],
    [
      'a menu item',
      '<nav><ul><li id="it">World</li></ul></nav>',
      'World',
      'list-item',
      1,
      ['navigation', 'short link line'],
    ],
    [
      'a byline line in the article header',
      '<article><header><p id="it">Jo Park, Staff Writer</p></header></article>',
      'Jo Park, Staff Writer',
      'paragraph',
      0,
      ['header-or-footer line'],
    ],
    [
      'a standfirst sentence in the article header',
      `<article><header><p id="it">${sentence}</p></header></article>`,
      sentence,
      'paragraph',
      0,
      [],
    ],
    [
      'a dateline the site names "byline"',
      '<div class="story-byline"><span id="it">By Ana Lima</span></div>',
      'By Ana Lima',
      'paragraph',
      0,
      ['byline or dateline', 'byline line'],
    ],
    [
      'a timestamp',
      '<p id="it" class="timestamp">Updated 1:39 am EST</p>',
      'Updated 1:39 am EST',
      'paragraph',
      0,
      ['byline or dateline', 'date line'],
    ],
    [
      'a long paragraph inside "entry-meta" is kept',
      `<div class="entry-meta"><p id="it">${sentence} ${sentence}</p></div>`,
      `${sentence} ${sentence}`,
      'paragraph',
      0,
      [],
    ],
    [
      'a "Read more" link line',
      '<p id="it"><a href="/x">Read more</a></p>',
      'Read more',
      'paragraph',
      1,
      ['short link line', 'teaser link line'],
    ],
    ['a linked subheading is kept', '<h2 id="it"><a href="#s1">Background</a></h2>', 'Background', 'heading', 1, []],
    ['a paragraph with a link in it is kept', `<p id="it">${sentence}</p>`, sentence, 'paragraph', 0.2, []],
    [
      'a toggle widget label',
      '<div id="it"><span>Highlights</span><button>Off</button><button>On</button></div>',
      'Highlights',
      'paragraph',
      0,
      ['widget label'],
    ],
    [
      'a paragraph beside a button is kept',
      `<div id="it"><p>${sentence}</p><button>Share</button></div>`,
      sentence,
      'paragraph',
      0,
      [],
    ],
    // Issue 12: what stands around a short story.
    [
      'the page address printed at the top',
      '<div id="it">https://www.example-news.com/a/b-c.php</div>',
      'https://www.example-news.com/a/b-c.php',
      'paragraph',
      0,
      ['address line'],
    ],
    [
      'a date line',
      '<div id="it">Published 4:00 am CST, Wednesday, November 20, 2019</div>',
      'Published 4:00 am CST, Wednesday, November 20, 2019',
      'paragraph',
      0,
      ['date line'],
    ],
    [
      'a sentence with a date is kept',
      `<p id="it">On November 20, 2019 ${sentence}</p>`,
      `On November 20, 2019 ${sentence}`,
      'paragraph',
      0,
      [],
    ],
    [
      'a byline line with its date',
      '<div id="it">By Justine Coleman - 11/18/19 11:04 PM EST</div>',
      'By Justine Coleman - 11/18/19 11:04 PM EST',
      'paragraph',
      0,
      ['byline line'],
    ],
    [
      'a caption the site names',
      '<div class="wp-caption"><p id="it" class="wp-caption-text">The reading room in 1911.</p></div>',
      'The reading room in 1911.',
      'paragraph',
      0,
      ['caption by name'],
    ],
    [
      'a photo credit',
      '<div id="it">Photo: Dana Kemp, Example Wire</div>',
      'Photo: Dana Kemp, Example Wire',
      'paragraph',
      0,
      ['photo credit'],
    ],
    ['a slide counter', '<div id="it">Image 1 of 9</div>', 'Image 1 of 9', 'paragraph', 0, ['photo credit']],
    [
      'a newsletter pitch',
      '<p id="it">Get breaking news alerts and special reports in your inbox.</p>',
      'Get breaking news alerts and special reports in your inbox.',
      'paragraph',
      0,
      ['call to action'],
    ],
    [
      'a reporter’s address',
      '<p id="it">Email Dana Kemp at dkemp@example-news.com.</p>',
      'Email Dana Kemp at dkemp@example-news.com.',
      'paragraph',
      0,
      ['contact line'],
    ],
    [
      'wire credits',
      '<p id="it">(Reporting by Dana Kemp; Editing by Jo Park)</p>',
      '(Reporting by Dana Kemp; Editing by Jo Park)',
      'paragraph',
      0,
      ['credits line'],
    ],
    [
      'an author box',
      '<div class="contributor-bio"><p id="it">Dana covers the harbour.</p></div>',
      'Dana covers the harbour.',
      'paragraph',
      0,
      ['author bio'],
    ],
    [
      'a teaser headline that is all link',
      '<p id="it"><a href="/x">Mayor unveils her plan for a second ferry across the harbour mouth by the spring</a></p>',
      'Mayor unveils her plan for a second ferry across the harbour mouth by the spring',
      'paragraph',
      1,
      ['teaser link line'],
    ],
    [
      'a labelled teaser link',
      '<p id="it">SEE MORE: <a href="/x">Ferry fares rise for the third year</a></p>',
      'SEE MORE: Ferry fares rise for the third year',
      'paragraph',
      0.8,
      ['teaser link line', 'labelled link'],
    ],
    ['an ad label', '<div id="it">Advertisement</div>', 'Advertisement', 'paragraph', 0, ['ad label']],
  ])('%s', (_name, body, text, kind, linkDensity, expected) => {
    expect(rulesFor(body, text, kind, linkDensity)).toEqual(expected);
  });
});

describe('findSignupBoxes', () => {
  test('the box around an e-mail form, up to where the article starts', () => {
    const doc = parsePage(
      `<html><body><main><article><p>${sentence}</p></article><section id="box"><h2>Get the newsletter</h2><p>Every morning.</p><form><input type="email"><button>Sign up</button></form></section></main></body></html>`,
    );
    expect([...findSignupBoxes(doc)].map((el) => el.id)).toEqual(['box']);
  });

  test('a search form is not a sign-up box', () => {
    const doc = parsePage('<html><body><form role="search"><input type="search" name="q"></form></body></html>');
    expect(findSignupBoxes(doc).size).toBe(0);
  });
});

describe('rules that know the page', () => {
  const judged = (body: string, text: string, page: Partial<PageFacts>) => {
    const doc = parsePage(`<html><body>${body}</body></html>`);
    const original = doc.querySelector('#it')!;
    const block: RawBlock = {
      text,
      kind: original.localName === 'h1' ? 'heading' : 'paragraph',
      owner: original,
      linkDensity: 0,
    };
    return Object.entries(BOILERPLATE_RULES)
      .filter(([, rule]) => rule(inContext(block, original, { ...NO_FACTS, ...page })))
      .map(([name]) => name);
  };

  test('the headline again at the top of the text', () => {
    expect(judged('<h1 id="it">Ferry fares rise</h1>', 'Ferry fares rise', { title: 'Ferry Fares Rise' })).toEqual([
      'headline repeated',
    ]);
  });
  test('a subheading that is not the headline is kept', () => {
    expect(judged('<h1 id="it">What happens next</h1>', 'What happens next', { title: 'Ferry fares rise' })).toEqual(
      [],
    );
  });
  test('a closing line about the byline’s author', () => {
    const facts = { byline: 'Dana Kemp', position: 9, count: 10 };
    expect(judged('<p id="it">x</p>', 'Dana Kemp is a reporter based in Harbourton.', facts)).toEqual(['author bio']);
    expect(
      judged('<p id="it">x</p>', 'Dana Kemp is a reporter based in Harbourton.', { ...facts, position: 2 }),
    ).toEqual([]);
  });
  test('the blocks of another <article> than the main one', () => {
    const doc = parsePage(
      '<html><body><article id="main"><p>a</p></article><article><p id="it">b</p></article></body></html>',
    );
    const original = doc.querySelector('#it')!;
    const block: RawBlock = { text: 'b', kind: 'paragraph', owner: original, linkDensity: 0 };
    const page = { ...NO_FACTS, mainArticle: doc.querySelector('#main') };
    expect(BOILERPLATE_RULES['another article']!(inContext(block, original, page))).toBe(true);
    expect(BOILERPLATE_RULES['another article']!(inContext(block, original))).toBe(false);
  });
});
