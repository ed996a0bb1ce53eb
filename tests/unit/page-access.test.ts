import { describe, expect, test } from 'vitest';
import { classifyPageAccess } from '../../src/popup/page-access';

describe('classifyPageAccess', () => {
  test.each([
    ['an http article', 'http://127.0.0.1:8080/news/story.html'],
    ['an https article', 'https://www.example-news.com/technology/story'],
    ['a local file (the reader may have allowed file access)', 'file:///home/reader/saved.html'],
    ['a page whose path mentions pdf', 'https://example.com/pdf-guide/article'],
  ])('%s is readable', (_name, url) => {
    expect(classifyPageAccess(url)).toEqual({ readable: true });
  });

  test.each([
    ['no address (activeTab withheld)', undefined, 'browser-page'],
    ['chrome settings', 'chrome://settings/', 'browser-page'],
    ['the new tab page', 'chrome://newtab/', 'browser-page'],
    ['another extension', 'chrome-extension://abcdefghijklmnop/page.html', 'browser-page'],
    ['Edge pages', 'edge://settings', 'browser-page'],
    ['about:blank', 'about:blank', 'browser-page'],
    ['Firefox extension pages', 'moz-extension://1234/popup.html', 'browser-page'],
    ['a data: page', 'data:text/html,<p>hi</p>', 'browser-page'],
    ['the Chrome Web Store', 'https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['the old Web Store', 'https://chrome.google.com/webstore/detail/abc', 'store'],
    ['addons.mozilla.org', 'https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['view-source', 'view-source:https://www.example-news.com/', 'view-source'],
    ['a PDF document', 'https://www.example.org/report/annual-2024.PDF', 'pdf'],
    ['an ftp address', 'ftp://example.org/file', 'browser-page'],
  ])('%s is closed (%s)', (_name, url, reason) => {
    expect(classifyPageAccess(url)).toEqual({ readable: false, reason });
  });
});
