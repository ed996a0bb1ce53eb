import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { TextRevealer, type Schedule } from '../../src/page/reveal-text';

// linkedom has no Range, layout, scrolling or CSS Highlight API: small stand-ins record what
// the revealer asks of the browser, so its bookkeeping (one mark, nothing left behind) is
// tested here and the real rendering in the E2E test.
class FakeRange {
  start: [Node, number] | null = null;
  end: [Node, number] | null = null;
  contents: Node | null = null;
  setStart(node: Node, offset: number) {
    this.start = [node, offset];
  }
  setEnd(node: Node, offset: number) {
    this.end = [node, offset];
  }
  selectNodeContents(node: Node) {
    this.contents = node;
  }
}
class FakeHighlight {
  readonly ranges: FakeRange[];
  constructor(...ranges: FakeRange[]) {
    this.ranges = ranges;
  }
}
class FakeSheet {
  rules = '';
  replaceSync(text: string) {
    this.rules = text;
  }
}

interface Page {
  document: Document;
  paragraph: HTMLElement;
  highlights: Map<string, FakeHighlight>;
  scrolls: ScrollIntoViewOptions[];
  pending: (() => void)[];
  schedule: Schedule;
}

function page({ highlightApi = true, reducedMotion = false, adoptable = true } = {}): Page {
  const { document, window } = parseHTML(
    '<!doctype html><html><head></head><body><p id="p">The report showed an impressive <b>11%</b> rise. Shares fell.</p></body></html>',
  );
  const doc = document as unknown as Document;
  const view = window as unknown as Record<string, unknown>;
  const highlights = new Map<string, FakeHighlight>();
  let adopted: unknown[] = [];
  Object.defineProperty(doc, 'adoptedStyleSheets', {
    get: () => adopted,
    set: (sheets: unknown[]) => (adopted = sheets),
  });
  doc.createRange = () => new FakeRange() as unknown as Range;
  view.matchMedia = (query: string) => ({ matches: reducedMotion && query.includes('reduce') });
  view.innerHeight = 800;
  view.CSSStyleSheet = adoptable
    ? FakeSheet
    : function () {
        throw new TypeError('Can’t adopt');
      };
  view.CSS = highlightApi ? { highlights } : undefined;
  view.Highlight = highlightApi ? FakeHighlight : undefined;
  const paragraph = doc.getElementById('p')!;
  const scrolls: ScrollIntoViewOptions[] = [];
  paragraph.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) =>
    void scrolls.push(options as ScrollIntoViewOptions);
  paragraph.getBoundingClientRect = () => ({ height: 60 }) as DOMRect;
  const pending: (() => void)[] = [];
  const schedule: Schedule = (task) => {
    pending.push(task);
    return () => pending.splice(pending.indexOf(task), 1);
  };
  return { document: doc, paragraph, highlights, scrolls, pending, schedule };
}

beforeEach(() => {
  vi.stubGlobal('NodeFilter', { SHOW_TEXT: 4 });
});

describe('TextRevealer', () => {
  test('scrolls to the paragraph and marks the text over its inline elements', () => {
    const p = page();
    expect(new TextRevealer(p.document, p.schedule).reveal(p.paragraph, 'an impressive 11% rise.')).toBe(true);
    expect(p.scrolls).toEqual([{ block: 'center', behavior: 'smooth' }]);
    const range = p.highlights.get('news-essentials-reveal')!.ranges[0]!;
    expect([(range.start![0] as Text).data, range.start![1], (range.end![0] as Text).data, range.end![1]]).toEqual([
      'The report showed an impressive ',
      18,
      ' rise. Shares fell.',
      6,
    ]);
    expect((p.document.adoptedStyleSheets[0] as unknown as FakeSheet).rules).toContain(
      '::highlight(news-essentials-reveal)',
    );
  });

  test('marks the whole paragraph when the text is not in it', () => {
    const p = page();
    new TextRevealer(p.document, p.schedule).reveal(p.paragraph, 'Not in this paragraph.');
    expect(p.highlights.get('news-essentials-reveal')!.ranges[0]!.contents).toBe(p.paragraph);
  });

  test('revealing twice leaves one mark and one style', () => {
    const p = page();
    const revealer = new TextRevealer(p.document, p.schedule);
    revealer.reveal(p.paragraph, '11%');
    revealer.reveal(p.paragraph, 'Shares fell.');
    expect([p.highlights.size, p.document.adoptedStyleSheets.length, p.pending.length]).toEqual([1, 1, 1]);
  });

  test('the mark goes after a while and leaves the page as it was', () => {
    const p = page();
    const before = p.document.documentElement.outerHTML;
    new TextRevealer(p.document, p.schedule).reveal(p.paragraph, '11%');
    expect(p.document.documentElement.outerHTML).toBe(before);
    p.pending[0]!();
    expect([p.highlights.size, p.document.adoptedStyleSheets.length]).toEqual([0, 0]);
    expect(p.document.documentElement.outerHTML).toBe(before);
  });

  test('scrolls instantly for readers who ask for reduced motion', () => {
    const p = page({ reducedMotion: true });
    new TextRevealer(p.document, p.schedule).reveal(p.paragraph, '11%');
    expect(p.scrolls).toEqual([{ block: 'center', behavior: 'auto' }]);
  });

  test('only scrolls where the Highlight API is missing', () => {
    const p = page({ highlightApi: false });
    const before = p.document.documentElement.outerHTML;
    expect(new TextRevealer(p.document, p.schedule).reveal(p.paragraph, '11%')).toBe(true);
    expect([p.scrolls.length, p.pending.length, p.document.documentElement.outerHTML]).toEqual([1, 0, before]);
  });

  test('styles the mark with a <style> for its duration where a sheet cannot be adopted', () => {
    const p = page({ adoptable: false });
    const before = p.document.documentElement.outerHTML;
    const revealer = new TextRevealer(p.document, p.schedule);
    revealer.reveal(p.paragraph, '11%');
    expect(p.document.querySelectorAll('style')).toHaveLength(1);
    revealer.reveal(p.paragraph, 'Shares fell.');
    expect(p.document.querySelectorAll('style')).toHaveLength(1);
    revealer.clear();
    expect(p.document.documentElement.outerHTML).toBe(before);
  });
});
