// @vitest-environment jsdom
// DOMPurify needs a full DOM: the content is sanitised under jsdom, the page analysed
// under linkedom as in the command.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { ELEMENT_INDEX_ATTR } from '../../src/core/extract/blocks';
import { renderArticleBody } from '../../src/reader/render-article-body';
import { loadFixtures, parsePage } from './helpers/fixtures';

const TEXT = {
  repeat: { show: 'Repeated paragraph · show', hide: 'Repeated paragraph · hide' },
  image: { withAlt: (alt: string) => `Image: ${alt}`, withoutAlt: 'Image', openTitle: 'Open' },
};

const squash = (text: string) => text.replace(/\s+/g, '');

/** Text a sighted reader sees: without the figure labels spoken to screen readers. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return squash(copy.textContent ?? '');
}

/** The article's own text in the reader: no figure labels, no "Repeated paragraph · show" controls, no image stand-ins. */
function articleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, .ne-repeat-toggle, .ne-image').forEach((added) => added.remove());
  return squash(copy.textContent ?? '');
}

function analysed(html: string, url: string): Analysis {
  const result = analyze(parsePage(html), url, { withContentHtml: true });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe.each(loadFixtures().filter((f) => f.expected.expectOk))('$name', ({ html, expected }) => {
  const analysis = analysed(html, expected.url);

  test('every paragraph of the analysis is shown, found by its element number', () => {
    const box = document.createElement('div');
    box.append(renderArticleBody(analysis, window, TEXT).content);
    const shown = articleText(box);
    for (const paragraph of analysis.paragraphs) {
      expect(box.querySelector(`[${ELEMENT_INDEX_ATTR}="${paragraph.elementIndex}"]`), paragraph.text).not.toBeNull();
      expect(shown).toContain(squash(paragraph.text));
    }
  });

  test('the text shown is the text the analysis kept, in its order, and nothing else', () => {
    const box = document.createElement('div');
    box.append(renderArticleBody(analysis, window, TEXT).content);
    expect(articleText(box)).toBe(squash(analysis.paragraphs.map((p) => p.text).join('')));
  });

  // A sentence ends in a stop and a space, or in a Chinese full stop (no space follows one).
  const stop = /^.+?(?:[.!?](?=\s|$)|[。！？])/;
  const prose = analysis.paragraphs.filter((p) => p.kind === 'paragraph' && stop.test(p.text));
  const number = /\d[\d,.]*%?/.exec(prose.map((p) => p.text).join(' '))?.[0];

  // Pages of three paragraphs or more that state a number (a 快讯 has one paragraph).
  test.runIf(prose.length >= 3 && number !== undefined)(
    'repeats, highlights and figures of an analysis are folded and marked in the page HTML',
    () => {
      // Hand-made annotations on the real content (the finders are other issues' work): the
      // third paragraph repeats the second, the first sentence of the first paragraph is a
      // highlight, and its first number a figure.
      const [first, second, third] = prose;
      const sentence = stop.exec(first!.text)![0];
      const numbered = prose.find((p) => p.text.includes(number!))!;
      const annotated: Analysis = {
        ...analysis,
        paragraphs: analysis.paragraphs.map((p) => ({ ...p, duplicateOf: p === third ? second!.index : null })),
        highlights: [{ paragraph: first!.index, text: sentence }],
        figures: [
          {
            paragraph: numbered.index,
            text: number!,
            label: 'a figure',
            kind: 'other',
            value: null,
            unit: null,
            context: '',
            equivalents: [],
          },
        ],
      };
      const body = renderArticleBody(annotated, window, TEXT);
      expect(body).toMatchObject({ repeatsCollapsed: 1, highlightsMarked: 1, figuresMarked: 1 });
      const box = document.createElement('div');
      box.append(body.content);
      expect([...box.querySelectorAll('.ne-highlight')].map(visibleText).join('')).toBe(squash(sentence));
      expect(box.querySelector('.ne-figure')!.getAttribute('title')).toBe('a figure');
      expect(visibleText(box.querySelector('.ne-repeat-body')!)).toBe(squash(third!.text));
    },
  );

  test('no image loads and no link leaves without protection', () => {
    const box = document.createElement('div');
    box.append(renderArticleBody(analysis, window, TEXT).content);
    expect(
      box.querySelectorAll('img, picture, source, video, audio, iframe, svg, script, style, [style], [srcset]'),
    ).toHaveLength(0);
    for (const link of box.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

test('without HTML, the paragraphs stand as plain text', () => {
  const body = renderArticleBody(
    {
      paragraphs: [
        { index: 0, text: 'A heading', kind: 'heading', elementIndex: 3, duplicateOf: null },
        { index: 1, text: 'It rose <b>5%</b>.', kind: 'paragraph', elementIndex: 4, duplicateOf: null },
      ],
      figures: [
        { paragraph: 1, text: '5%', label: 'rise', kind: 'percent', value: 5, unit: '%', context: '', equivalents: [] },
      ],
      highlights: [],
    },
    window,
    TEXT,
  );
  const box = document.createElement('div');
  box.append(body.content);
  expect(box.innerHTML).toBe(
    '<h2 data-ne-index="3">A heading</h2><p data-ne-index="4">It rose &lt;b&gt;<mark class="ne-figure" data-kind="percent" title="rise">5%</mark><span class="visually-hidden"> (rise)</span>&lt;/b&gt;.</p>',
  );
});
