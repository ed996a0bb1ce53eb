// @vitest-environment jsdom
// jsdom rather than linkedom: the expected markup needs attributes in the order they are set.
import { describe, expect, test } from 'vitest';
import type { Figure, Paragraph } from '../../src/core/types';
import { collapseRepeats } from '../../src/reader/collapse-repeats';
import { dropUnanalysedText } from '../../src/reader/drop-unanalysed-text';
import { locateParagraphElements } from '../../src/reader/locate-paragraph-elements';
import { markFigures } from '../../src/reader/mark-figures';
import { markHighlights } from '../../src/reader/mark-highlights';

// The marking steps of the reader view, on hand-made content shaped like Readability's
// (elements numbered with data-ne-index) and hand-made analyses.

function content(html: string): HTMLElement {
  const root = new DOMParser().parseFromString(`<div id="c">${html}</div>`, 'text/html').getElementById('c')!;
  return root;
}

function para(index: number, elementIndex: number, text: string, duplicateOf: number | null = null): Paragraph {
  return { index, elementIndex, text, duplicateOf, kind: 'paragraph' };
}

function figure(paragraph: number, text: string, label: string): Figure {
  return { paragraph, text, label, kind: 'money', value: null, unit: null, context: '', equivalents: [] };
}

const TEXT = { show: 'Repeated paragraph · show', hide: 'Repeated paragraph · hide' };

describe('locateParagraphElements', () => {
  const root = content(
    '<p data-ne-index="5">a</p><div data-ne-index="6">loose<p data-ne-index="7">b</p></div><p data-ne-index="9">c</p>',
  );
  const paragraphs = [
    para(0, 5, 'a'),
    para(1, 6, 'loose'),
    para(2, 7, 'b'),
    para(3, 9, 'c'),
    para(4, 9, 'd'),
    para(5, 40, 'e'),
  ];
  const located = locateParagraphElements(root, paragraphs);

  test.each([
    ['its own element', 0, 'P', true],
    ['an element holding another paragraph', 1, 'DIV', false],
    ['a nested element', 2, 'P', true],
    ['an element two paragraphs share', 3, 'P', false],
    ['the other paragraph of a shared element', 4, 'P', false],
    ['an element missing from the content', 5, null, false],
  ])('%s', (_name, index, tag, alone) => {
    expect(located.byParagraph[index]?.tagName ?? null).toBe(tag);
    expect(located.ownsAlone(index)).toBe(alone);
  });
});

describe('collapseRepeats', () => {
  test('folds a repeat behind a button that shows and hides it again', () => {
    const root = content(
      '<p data-ne-index="1">Intro.</p><p data-ne-index="2">Same <b>words</b>.</p><p data-ne-index="3">Same words.</p>',
    );
    const paragraphs = [para(0, 1, 'Intro.'), para(1, 2, 'Same words.'), para(2, 3, 'Same words.', 1)];
    const [button, ...others] = collapseRepeats(paragraphs, locateParagraphElements(root, paragraphs), TEXT);

    expect(others).toHaveLength(0);
    const repeat = root.querySelector('[data-ne-index="3"]')!;
    const body = repeat.querySelector('.ne-repeat-body') as HTMLElement;
    expect(repeat.classList.contains('ne-repeat')).toBe(true);
    expect(button!.textContent).toBe('Repeated paragraph · show');
    expect(button!.getAttribute('aria-expanded')).toBe('false');
    expect(button!.getAttribute('aria-controls')).toBe(body.id);
    expect(body.hasAttribute('hidden')).toBe(true);
    expect(body.textContent).toBe('Same words.');
    // The first statement stays open.
    expect(root.querySelector('[data-ne-index="2"]')!.querySelector('button')).toBeNull();

    button!.click();
    expect(body.hasAttribute('hidden')).toBe(false);
    expect(button!.getAttribute('aria-expanded')).toBe('true');
    expect(button!.textContent).toBe('Repeated paragraph · hide');

    button!.click();
    expect(body.hasAttribute('hidden')).toBe(true);
    expect(button!.textContent).toBe('Repeated paragraph · show');
  });

  test.each([
    [
      'a list item stays in its list',
      '<ul><li data-ne-index="1">x</li><li data-ne-index="2">x</li></ul>',
      [para(0, 1, 'x'), para(1, 2, 'x', 0)],
      1,
    ],
    [
      'no repeats, no buttons',
      '<p data-ne-index="1">x</p><p data-ne-index="2">y</p>',
      [para(0, 1, 'x'), para(1, 2, 'y')],
      0,
    ],
    [
      'a repeat sharing its element is left open',
      '<div data-ne-index="1">x<br>x</div>',
      [para(0, 1, 'x'), para(1, 1, 'x', 0)],
      0,
    ],
    [
      'a repeat holding another paragraph is left open',
      '<div data-ne-index="1">x<p data-ne-index="2">y</p></div><p data-ne-index="3">x</p>',
      [para(0, 3, 'x'), para(1, 1, 'x', 0), para(2, 2, 'y')],
      0,
    ],
    [
      'a repeat missing from the content is skipped',
      '<p data-ne-index="1">x</p>',
      [para(0, 1, 'x'), para(1, 8, 'x', 0)],
      0,
    ],
  ])('%s', (_name, html, paragraphs, buttons) => {
    const root = content(html);
    const made = collapseRepeats(paragraphs, locateParagraphElements(root, paragraphs), TEXT);
    expect(made).toHaveLength(buttons);
    expect(root.querySelectorAll('ul > :not(li)')).toHaveLength(0);
  });
});

describe('markHighlights', () => {
  test.each([
    [
      'a sentence of its paragraph',
      '<p data-ne-index="1">First. The key point here. Last.</p>',
      'The key point here.',
      '<p data-ne-index="1">First. <mark class="ne-highlight">The key point here.</mark> Last.</p>',
    ],
    [
      'across inline markup',
      '<p data-ne-index="1">Say <a href="https://example-news.com/">the key</a> point.</p>',
      'Say the key point.',
      '<p data-ne-index="1"><mark class="ne-highlight">Say </mark><a href="https://example-news.com/"><mark class="ne-highlight">the key</mark></a><mark class="ne-highlight"> point.</mark></p>',
    ],
    [
      'not in a nested paragraph',
      '<div data-ne-index="1">Lead.<p data-ne-index="2">Key.</p> Key.</div>',
      'Key.',
      '<div data-ne-index="1">Lead.<p data-ne-index="2">Key.</p> <mark class="ne-highlight">Key.</mark></div>',
    ],
    [
      'text the page no longer has',
      '<p data-ne-index="1">Other words.</p>',
      'Key.',
      '<p data-ne-index="1">Other words.</p>',
    ],
  ])('%s', (_name, html, text, expected) => {
    const root = content(html);
    const paragraphs = [para(0, 1, ''), para(1, 2, '')];
    markHighlights(locateParagraphElements(root, paragraphs), [{ paragraph: 0, text }]);
    expect(root.innerHTML).toBe(expected);
  });
});

describe('markFigures', () => {
  test.each([
    [
      'with its label as tooltip and spoken text',
      '<p data-ne-index="1">It will invest RMB 380 billion.</p>',
      [figure(0, 'RMB 380 billion', 'AI and cloud investment')],
      '<p data-ne-index="1">It will invest <mark class="ne-figure" data-kind="money" title="AI and cloud investment">RMB 380 billion</mark><span class="visually-hidden"> (AI and cloud investment)</span>.</p>',
    ],
    [
      'without a label, no tooltip',
      '<p data-ne-index="1">Up 5%.</p>',
      [figure(0, '5%', ' ')],
      '<p data-ne-index="1">Up <mark class="ne-figure" data-kind="money">5%</mark>.</p>',
    ],
    [
      'the same figure twice, each place once',
      '<p data-ne-index="1">5% now, 5% later.</p>',
      [figure(0, '5%', 'a'), figure(0, '5%', 'b')],
      '<p data-ne-index="1"><mark class="ne-figure" data-kind="money" title="a">5%</mark><span class="visually-hidden"> (a)</span> now, <mark class="ne-figure" data-kind="money" title="b">5%</mark><span class="visually-hidden"> (b)</span> later.</p>',
    ],
    [
      'inside a highlight',
      '<p data-ne-index="1"><mark class="ne-highlight">Sales rose 7%.</mark></p>',
      [figure(0, '7%', 'sales')],
      '<p data-ne-index="1"><mark class="ne-highlight">Sales rose <mark class="ne-figure" data-kind="money" title="sales">7%</mark><span class="visually-hidden"> (sales)</span>.</mark></p>',
    ],
    [
      'a paragraph missing from the content',
      '<p data-ne-index="1">7%</p>',
      [figure(3, '7%', 'x')],
      '<p data-ne-index="1">7%</p>',
    ],
  ])('%s', (_name, html, figures, expected) => {
    const root = content(html);
    markFigures(locateParagraphElements(root, [para(0, 1, '')]), figures);
    expect(root.innerHTML).toBe(expected);
  });
});

describe('dropUnanalysedText', () => {
  test.each([
    [
      'a label the analysis dropped',
      '<h3 data-ne-index="1">Article Highlights</h3><p data-ne-index="2">Text.</p>',
      '<p data-ne-index="2">Text.</p>',
    ],
    [
      'a teaser list after the article',
      '<p data-ne-index="2">Text.</p><ul data-ne-index="3"><li data-ne-index="4"><a href="https://example-news.com/x">More</a></li></ul>',
      '<p data-ne-index="2">Text.</p>',
    ],
    [
      'loose text beside a paragraph',
      '<div data-ne-index="5">Advertisement<p data-ne-index="2">Text.</p></div>',
      '<div data-ne-index="5"><p data-ne-index="2">Text.</p></div>',
    ],
    [
      'an image stand-in outside the paragraphs stays',
      '<p data-ne-index="6"><span class="ne-image">Image: A</span></p><p data-ne-index="2">Text.</p>',
      '<p data-ne-index="6"><span class="ne-image">Image: A</span></p><p data-ne-index="2">Text.</p>',
    ],
    ['a rule stays', '<hr><p data-ne-index="2">Text.</p>', '<hr><p data-ne-index="2">Text.</p>'],
    [
      'a paragraph keeps all it holds',
      '<p data-ne-index="2">Text <em>and</em> more.</p>',
      '<p data-ne-index="2">Text <em>and</em> more.</p>',
    ],
  ])('%s', (_name, html, expected) => {
    const root = content(html);
    dropUnanalysedText(root, locateParagraphElements(root, [para(0, 2, 'Text.')]));
    expect(root.innerHTML).toBe(expected);
  });
});
