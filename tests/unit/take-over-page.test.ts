import { expect, test, vi } from 'vitest';
import { takeOverPage } from '../../src/page/take-over-page';

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
