import { describe, expect, test, vi } from 'vitest';
import { completeAnalysis } from '../../src/core/read-page';
import type { Paragraph } from '../../src/core/types';
import { hideRepeats, HIDDEN_ATTR, NOTE_TAG, type RepeatsLabels } from '../../src/page/hide-repeats';
import { PageSession } from '../../src/page/page-session';
import { RepeatsOnPage } from '../../src/page/repeats-on-page';
import { selectRepeatElements } from '../../src/page/select-repeat-elements';
import { newsParagraph } from '../fixtures/generated-pages';
import { loadFixtures, parsePage } from './helpers/fixtures';

// The page side of issue #3 on linkedom, which has neither constructable stylesheets nor
// layout: hiding falls back to a <style> element there, and "hidden" is read from the
// marker. The real browser path (adopted sheet, visibility) is covered end to end.

const labels: RepeatsLabels = {
  note: (count) => (count === 1 ? '1 repeated paragraph hidden' : `${count} repeated paragraphs hidden`),
  show: 'show',
};

const seed = loadFixtures().find((f) => f.name === 'seed-article')!;
const wire = loadFixtures().find((f) => f.name === 'wire-story-printed-twice')!;

/** The page read by the content script, its repeats found by the popup's text stages. */
async function open(fixture = seed) {
  const doc = parsePage(fixture.html);
  const session = new PageSession(doc);
  const result = completeAnalysis(await session.read(fixture.expected.url));
  if (!result.ok) throw new Error(result.error.message);
  const indices = result.paragraphs.filter((p) => p.duplicateOf !== null).map((p) => p.index);
  const repeats = new RepeatsOnPage(doc, session);
  // What the page-changes script does with the popup's setRepeatsHidden (entrypoints/page-changes.content.ts).
  const setHidden = (hidden: boolean, on = repeats, hide = hideRepeats) =>
    on.setHidden(hidden, () =>
      hide(
        doc,
        selectRepeatElements(session.paragraphCount, indices, (paragraph) => session.elementOf(paragraph)),
        labels,
      ),
    );
  return { doc, session, result, repeats, setHidden };
}

const html = (doc: Document) => doc.documentElement.outerHTML;
const hiddenElements = (doc: Document) => [...doc.querySelectorAll(`[${HIDDEN_ATTR}]`)];

describe('hiding repeats on the page', () => {
  test('hides exactly the elements of the repeated paragraphs', async () => {
    const { doc, session, result, setHidden } = await open();
    const expected = result.paragraphs.filter((p) => p.duplicateOf !== null).map((p) => session.elementOf(p.index));
    expect(expected).toHaveLength(2);
    const state = setHidden(true);
    expect(state).toEqual({ hidden: true, elementCount: 2, chosen: true });
    expect(hiddenElements(doc)).toEqual(expected);
  });

  test('hide twice = hide once', async () => {
    const { doc, setHidden } = await open();
    setHidden(true);
    const once = html(doc);
    setHidden(true);
    expect(html(doc)).toBe(once);
    expect(doc.querySelectorAll(NOTE_TAG)).toHaveLength(1);
  });

  test('hide then show leaves the serialisation exactly as before', async () => {
    const { doc, setHidden } = await open(wire);
    const before = html(doc);
    setHidden(true);
    expect(html(doc)).not.toBe(before);
    expect(setHidden(false)).toEqual({ hidden: false, elementCount: 0, chosen: true });
    expect(html(doc)).toBe(before);
  });

  test('one note per run of hidden elements, with no text of its own', async () => {
    const { doc, setHidden } = await open(wire);
    setHidden(true);
    const notes = [...doc.querySelectorAll(NOTE_TAG)];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.getAttribute('data-count')).toBe('8');
    expect(notes[0]!.textContent).toBe('');
    expect(notes[0]!.shadowRoot?.firstElementChild?.textContent).toContain('8 repeated paragraphs hidden');
    expect(notes[0]!.nextElementSibling).toBe(hiddenElements(doc)[0]);
  });

  test("the note's button shows its run again and leaves the page as before", async () => {
    const { doc, repeats, setHidden } = await open(wire);
    const before = html(doc);
    setHidden(true);
    const note = doc.querySelector(NOTE_TAG)!;
    (note.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(hiddenElements(doc)).toHaveLength(0);
    expect(html(doc)).toBe(before);
    expect(repeats.state()).toEqual({ hidden: false, elementCount: 0, chosen: true });
  });

  test('the page analysed again still holds the hidden paragraphs', async () => {
    const { doc, session, result, setHidden } = await open();
    setHidden(true);
    const again = completeAnalysis(await session.read(seed.expected.url));
    if (!again.ok) throw new Error(again.error.message);
    const summary = (paragraphs: readonly Paragraph[]) => paragraphs.map((p) => [p.text, p.duplicateOf]);
    expect(summary(again.paragraphs)).toEqual(summary(result.paragraphs));
    // and hiding after the new analysis changes nothing
    const hidden = html(doc);
    setHidden(true);
    expect(html(doc)).toBe(hidden);
  });

  test('a second copy of the content script adopts what the first one hid', async () => {
    const { doc, session, setHidden } = await open(wire);
    const before = html(doc);
    setHidden(true);
    const hidden = html(doc);
    // A fresh module instance, as after an extension update: it knows nothing but the page.
    vi.resetModules();
    const second = await import('../../src/page/repeats-on-page');
    const secondHiding = await import('../../src/page/hide-repeats');
    const copy = new second.RepeatsOnPage(doc, session);
    expect(copy.state()).toEqual({ hidden: true, elementCount: 8, chosen: false });
    setHidden(true, copy, secondHiding.hideRepeats);
    expect(html(doc)).toBe(hidden);
    expect(doc.querySelectorAll(NOTE_TAG)).toHaveLength(1);
    setHidden(false, copy, secondHiding.hideRepeats);
    expect(html(doc)).toBe(before);
  });

  test('showing when nothing is hidden changes nothing', async () => {
    const { doc, setHidden } = await open();
    const before = html(doc);
    setHidden(false);
    expect(html(doc)).toBe(before);
  });
});

describe('after each analysis (a single-page app may change the article in place)', () => {
  async function hiddenThenReadAgain(change: (doc: Document) => void) {
    const { doc, session, repeats, setHidden } = await open();
    repeats.followArticle();
    setHidden(true);
    change(doc);
    await session.read(seed.expected.url);
    repeats.followArticle();
    return { doc, repeats };
  }

  test('the same article keeps its repeats hidden and the choice made', async () => {
    const { doc, repeats } = await hiddenThenReadAgain(() => {});
    expect(repeats.state()).toEqual({ hidden: true, elementCount: 2, chosen: true });
    expect(doc.querySelectorAll(NOTE_TAG)).toHaveLength(1);
  });

  test('another article in the same elements shows everything and forgets the choice', async () => {
    const { doc, repeats } = await hiddenThenReadAgain((page) => {
      // As frameworks that reconcile by position do: the same <p> elements, new text.
      page.querySelectorAll('[itemprop="articleBody"] p').forEach((p, i) => (p.textContent = newsParagraph(900 + i)));
      page.querySelector('h1')!.textContent = 'Kingsford port authority publishes its flood plan';
    });
    expect(repeats.state()).toEqual({ hidden: false, elementCount: 0, chosen: false });
    expect(hiddenElements(doc)).toEqual([]);
    expect(doc.querySelectorAll(NOTE_TAG)).toHaveLength(0);
  });

  test('a page that is no longer an article shows everything', async () => {
    const { repeats } = await hiddenThenReadAgain((page) => page.body.replaceChildren());
    expect(repeats.state()).toEqual({ hidden: false, elementCount: 0, chosen: false });
  });
});

describe('selectRepeatElements', () => {
  const page = parsePage(
    '<html><body><article>' +
      '<div id="loose">repeat text<p id="kept">kept</p></div>' +
      '<p id="shared">two blocks</p>' +
      '<section id="outer"><p id="inner">repeat</p></section>' +
      '<p id="alone">repeat</p>' +
      '</article></body></html>',
  );
  const el = (id: string) => page.getElementById(id);

  test.each<[string, [string, number | null][], string[]]>([
    [
      'a repeat alone in its element',
      [
        ['kept', null],
        ['alone', 0],
      ],
      ['alone'],
    ],
    [
      'an element that also holds a kept paragraph',
      [
        ['loose', 1],
        ['kept', null],
      ],
      [],
    ],
    [
      'an element shared with a kept paragraph',
      [
        ['shared', null],
        ['shared', 0],
      ],
      [],
    ],
    [
      'an element shared by two repeats',
      [
        ['kept', null],
        ['shared', 0],
        ['shared', 0],
      ],
      ['shared'],
    ],
    [
      'a repeat inside another repeat',
      [
        ['kept', null],
        ['outer', 0],
        ['inner', 0],
      ],
      ['outer'],
    ],
    [
      'a paragraph without element',
      [
        ['kept', null],
        ['missing', 0],
      ],
      [],
    ],
    [
      'the body is never hidden',
      [
        ['kept', null],
        ['body', 0],
      ],
      [],
    ],
  ])('%s', (_name, mapping, expected) => {
    const repeats = mapping.flatMap(([, duplicateOf], index) => (duplicateOf === null ? [] : [index]));
    const elementOf = (index: number) => {
      const id = mapping[index]![0];
      return id === 'body' ? page.body : el(id);
    };
    expect(selectRepeatElements(mapping.length, repeats, elementOf).map((e) => e.id)).toEqual(expected);
  });
});
