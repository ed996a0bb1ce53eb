import type { Page } from '@playwright/test';
import { newsParagraph } from '../fixtures/generated-pages';
import { expect, test, type ExtensionHarness } from './extension';
import type { PopupSession } from './popup-session';

// Issue #6: a single-page app changes its article without loading a new page. Each click
// analyses the page as it is now, and nothing of the previous article (its title, figures,
// or repeats hidden on the page) carries over to the next one in the same tab.

interface SpaArticle {
  title: string;
  paragraphs: string[];
}

// Each article repeats one of its paragraphs word for word, so each has a repeat to hide.
const article = (title: string, first: number, repeated: number): SpaArticle => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => newsParagraph(first + i));
  paragraphs.push(paragraphs[repeated]!);
  return { title, paragraphs };
};

const ARTICLES: Record<string, SpaArticle> = {
  a: article('Harbourside council approves the ferry budget after a long night', 0, 1),
  b: article('Millbrook school board delays the new library hours until spring', 500, 5),
};

// How the app puts the next article on the page: a new <article> element, or (as
// frameworks that reconcile by position do) the same elements with new text.
const RENDERERS = {
  'replaces its article element': `
    const el = document.createElement('article');
    const h1 = document.createElement('h1');
    h1.textContent = next.title;
    el.append(h1, ...next.paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    document.querySelector('main').replaceChildren(el);`,
  'reuses its elements for the next article': `
    let el = document.querySelector('main article');
    if (!el) {
      el = document.createElement('article');
      el.append(document.createElement('h1'));
      document.querySelector('main').append(el);
    }
    el.querySelector('h1').textContent = next.title;
    next.paragraphs.forEach((text, i) => {
      const p = el.querySelectorAll('p')[i] ?? el.appendChild(document.createElement('p'));
      p.textContent = text;
    });`,
};

const appPage = (render: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Example Gazette</title></head>
<body><header><a href="/">The Example Gazette</a></header><main></main>
<footer><p>© The Example Gazette</p></footer>
<script>
  const ARTICLES = ${JSON.stringify(ARTICLES)};
  function show(id) {
    const next = ARTICLES[id];
    document.title = next.title + ' | The Example Gazette';
    ${render}
  }
  window.goTo = (id) => { history.pushState({ id }, '', id); show(id); };
  show(location.pathname.split('/').pop());
</script></body></html>`;

async function openPopup(extension: ExtensionHarness, page: Page): Promise<PopupSession> {
  const popup = await extension.clickToolbarButton(page);
  await popup.waitFor(`document.querySelector('#repeats-hide:not(:disabled)')`);
  return popup;
}

interface Shown {
  title: string;
  /** Figure contexts, highlights and repeat openings: all text the popup took from the page. */
  pageText: string[];
  hideChecked: boolean;
}

const shown = (popup: PopupSession) =>
  popup.evaluate<Shown>(`({
    title: document.querySelector('.article-title').textContent,
    pageText: [...document.querySelectorAll('.figure-context, [data-testid="highlight"], .repeat-pair span[lang]')]
      .map((e) => e.textContent.replace(/…$/, '')),
    hideChecked: document.querySelector('#repeats-hide').checked,
  })`);

/** The page's paragraphs the reader cannot see, and the notes standing in for them. */
const hiddenOnPage = (page: Page) =>
  page.evaluate(() => ({
    paragraphs: [...document.querySelectorAll('main p')]
      .filter((p) => p.getClientRects().length === 0)
      .map((p) => p.textContent),
    notes: document.querySelectorAll('news-essentials-note').length,
  }));

for (const [name, render] of Object.entries(RENDERERS)) {
  test(`a single-page app that ${name}: each click shows the article on screen`, async ({ extension }) => {
    extension.server.route('/spa/a', appPage(render));
    extension.server.route('/spa/b', appPage(render));
    const page = await extension.context.newPage();
    await page.goto(`${extension.server.origin}/spa/a`);
    const textOf = (id: string) => ARTICLES[id]!.paragraphs.join('\n');

    let popup = await openPopup(extension, page);
    const a = await shown(popup);
    expect(a.title).toBe(ARTICLES.a!.title);
    expect(a.pageText.length).toBeGreaterThan(2);
    for (const text of a.pageText) expect(textOf('a')).toContain(text);
    // Hide A's repeat on the page.
    await popup.click('#repeats-hide');
    await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
    expect(await hiddenOnPage(page)).toEqual({ paragraphs: [ARTICLES.a!.paragraphs[1]], notes: 1 });
    await extension.cdp.send('Target.closeTarget', { targetId: popup.targetId });

    // The app moves to article B in the same tab.
    await page.evaluate(() => (window as unknown as { goTo(id: string): void }).goTo('b'));
    await expect(page.locator('h1')).toHaveText(ARTICLES.b!.title);

    popup = await openPopup(extension, page);
    const b = await shown(popup);
    expect(b.title).toBe(ARTICLES.b!.title);
    expect(b.pageText.length).toBeGreaterThan(2);
    for (const text of b.pageText) expect(textOf('b')).toContain(text);
    expect(await popup.evaluate(`document.body.textContent.includes(${JSON.stringify(ARTICLES.a!.title)})`)).toBe(
      false,
    );
    // A's hidden repeat does not carry over: B's text is all on screen, the switch is off.
    expect(b.hideChecked).toBe(false);
    expect(await hiddenOnPage(page)).toEqual({ paragraphs: [], notes: 0 });

    // Hiding now hides B's own repeat, and only it.
    await popup.click('#repeats-hide');
    await popup.waitFor(`document.querySelector('#repeats-hide:checked:not(:disabled):not([aria-disabled])')`);
    expect(await hiddenOnPage(page)).toEqual({ paragraphs: [ARTICLES.b!.paragraphs[5]], notes: 1 });
  });
}
