import { describe, expect, test } from 'vitest';
import { isCreditLine, nameFurniture } from '../../src/core/extract/name-furniture';
import { hasVisibleText } from '../../src/core/text/has-visible-text';
import { parsePage } from './helpers/fixtures';

const STORY = 'The council approved the budget on Tuesday after a long debate about schools and roads.';

describe('isCreditLine', () => {
  test.each<[string, string, boolean]>([
    ['a credit opening with "Photo:"', 'Photo: Jane Doe/Example Wire', true],
    ['"Photograph:"', 'Photograph: Tomasz Eriksen for the Example Courier', true],
    ['"Image credit:"', '(Image credit: Example Space Agency)', true],
    ['a caption closing on "(Photo: …)"', 'The mayor opens the bridge on Tuesday. (Photo: Ana Reyes)', true],
    ['a caption closing on "Photo by …"', 'Crowds on the quay at dawn. Photo by Lea Moreau', true],
    ['an agency credit with a slash', 'Firefighters at the scene on Monday. Jane Doe/Getty Images', true],
    ['"AP Photo/"', 'Voters queue in Lisbon on Sunday. (AP Photo/Ana Brito)', true],
    ['"Image copyright"', 'Image copyright Example Images', true],
    ['story text', STORY, false],
    ['story text that mentions a photo', 'The photo was taken by a neighbour, police said on Monday.', false],
    ['"pictured" is no credit', 'The mayor (pictured) said the bridge would open in May.', false],
    ['a long paragraph ending on a credit is story text', `${STORY.repeat(8)} (Photo: Ana Reyes)`, false],
  ])('%s', (_name, text, expected) => {
    expect(isCreditLine(text)).toBe(expected);
  });
});

describe('nameFurniture', () => {
  const kindOf = (body: string, text: string) => {
    const doc = parsePage(`<html><body><article>${body}</article></body></html>`);
    return nameFurniture(doc.querySelector('#it')!, text);
  };
  test.each<[string, string, string, string | null]>([
    ['a paragraph of the story', `<p id="it">${STORY}</p>`, STORY, null],
    [
      'a WordPress caption',
      `<div class="wp-caption"><img src="a.jpg"><p id="it" class="wp-caption-text">A quay.</p></div>`,
      'A quay.',
      'caption',
    ],
    [
      'a caption named by its wrapper',
      `<div class="article__image-caption"><span id="it">A quay at dawn.</span></div>`,
      'A quay at dawn.',
      'caption',
    ],
    ['a photo credit by class', `<p id="it" class="photo-credit">Ana Reyes</p>`, 'Ana Reyes', 'caption'],
    [
      'text inside a figure',
      `<figure><img src="a.jpg"><div><p id="it">A quay at dawn.</p></div></figure>`,
      'A quay at dawn.',
      'caption',
    ],
    [
      'a credit by its wording alone',
      `<p id="it">Photo: Ana Reyes/Example Wire</p>`,
      'Photo: Ana Reyes/Example Wire',
      'caption',
    ],
    [
      'a pull-quote',
      `<blockquote class="pull-quote"><p id="it">“We had queues at six”</p></blockquote>`,
      '“We had queues at six”',
      'pull-quote',
    ],
    [
      'a story credit line ("credit" alone) stays',
      `<p id="it" class="story__credit">Copyright 2025 Example Wire. All rights reserved.</p>`,
      'Copyright 2025 Example Wire. All rights reserved.',
      null,
    ],
    [
      'a wrapper named caption that holds the story is no caption',
      `<div class="caption-wrapper"><p id="it">${STORY}</p><p>${STORY}</p><p>${STORY}</p><p>${STORY}</p></div>`,
      STORY,
      null,
    ],
  ])('%s', (_name, body, text, expected) => {
    expect(kindOf(body, text)).toBe(expected);
  });
});

describe('hasVisibleText', () => {
  test.each<[string, string, boolean]>([
    ['a word', 'Ferry', true],
    ['a Chinese character', '渡', true],
    ['a full stop', '.', true],
    ['a zero-width space', '\u200b', false],
    ['a word joiner and a byte-order mark', '\u2060\ufeff', false],
    ['a soft hyphen', '\u00ad', false],
    ['zero-width non-joiner and joiner', '\u200c\u200d', false],
    ['bidi marks', '\u200e\u200f', false],
    ['a no-break space and an ideographic space', '\u00a0\u3000', false],
    ['a Hangul filler', '\u3164', false],
    ['a blank Braille pattern', '\u2800', false],
    ['a variation selector', '\ufe0f', false],
    ['a zero-width space beside a word', '\u200bFerry', true],
  ])('%s', (_name, text, expected) => {
    expect(hasVisibleText(text)).toBe(expected);
  });
});
