import { expect, test, vi } from 'vitest';
import { PageSession } from '../../src/page/page-session';
import { RepeatsOnPage } from '../../src/page/repeats-on-page';
import { sharedSession, shareSession } from '../../src/page/shared-session';
import { takeOverPage } from '../../src/page/take-over-page';
import { parsePage } from './helpers/fixtures';

test('a new copy stops the one in charge, once, and nothing else', () => {
  const world = {};
  const first = vi.fn();
  const second = vi.fn();
  takeOverPage(first, world);
  expect(first).not.toHaveBeenCalled();
  takeOverPage(second, world);
  expect(first).toHaveBeenCalledTimes(1);
  expect(second).not.toHaveBeenCalled();
});

test('the first copy in a world stops nobody, and worlds are apart', () => {
  const inPage = vi.fn();
  takeOverPage(inPage, {});
  takeOverPage(vi.fn(), {});
  expect(inPage).not.toHaveBeenCalled();
});

test('the registry is no string-named global a page script could look up', () => {
  const world: Record<string, unknown> = {};
  takeOverPage(() => {}, world);
  expect(Object.keys(world)).toEqual([]);
});

test('the content script and the page-changes script each hand over to their own kind only', () => {
  const world = {};
  const reader = vi.fn();
  const changes = vi.fn();
  takeOverPage(reader, world);
  takeOverPage(changes, world, 'page-changes');
  expect(reader).not.toHaveBeenCalled();
  takeOverPage(vi.fn(), world, 'page-changes');
  expect(changes).toHaveBeenCalledTimes(1);
  expect(reader).not.toHaveBeenCalled();
});

test('the page-changes script finds the session of the newest copy in its world, and no page sees it', () => {
  const world: Record<string, unknown> = {};
  expect(sharedSession(world)).toBeUndefined();
  const doc = parsePage('<html><body><p>text</p></body></html>');
  const first = new PageSession(doc);
  shareSession({ session: first, repeats: new RepeatsOnPage(doc, first) }, world);
  const second = new PageSession(doc);
  shareSession({ session: second, repeats: new RepeatsOnPage(doc, second) }, world);
  expect(sharedSession(world)?.session).toBe(second);
  expect(sharedSession({})).toBeUndefined();
  expect(Object.keys(world)).toEqual([]);
});
