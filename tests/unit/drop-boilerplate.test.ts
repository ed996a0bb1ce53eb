import { describe, expect, test } from 'vitest';
import type { RawBlock } from '../../src/core/extract/blocks';
import { BOILERPLATE_RULES } from '../../src/core/extract/drop-boilerplate';
import { findSignupBoxes } from '../../src/core/extract/find-signup-boxes';
import type { BlockKind } from '../../src/core/types';
import { parsePage } from './helpers/fixtures';

/** The rules that name a block whose original element is #it in `body`. */
function rulesFor(body: string, text: string, kind: BlockKind = 'paragraph', linkDensity = 0): string[] {
  const doc = parsePage(`<html><body>${body}</body></html>`);
  const original = doc.querySelector('#it')!;
  const block: RawBlock = { text, kind, owner: original, linkDensity };
  return Object.entries(BOILERPLATE_RULES)
    .filter(([, rule]) => rule({ block, original }))
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
      ['caption'],
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
      ['byline or dateline'],
    ],
    [
      'a timestamp',
      '<p id="it" class="timestamp">Updated 1:39 am EST</p>',
      'Updated 1:39 am EST',
      'paragraph',
      0,
      ['byline or dateline'],
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
      ['short link line'],
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
