import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { lazyEventListeners } from '../../scripts/lazy-event-listeners';

// The built command's linkedom EventTarget (scripts/lazy-event-listeners.ts): the rewrite
// applies to the linkedom installed, and the rewritten class still keeps, calls and
// removes listeners.
const linkedomDir = dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));
const source = readFileSync(join(linkedomDir, 'esm', 'interface', 'event-target.js'), 'utf8');

interface Target {
  addEventListener(type: string, listener: (event: unknown) => void, options?: { once?: boolean }): void;
  removeEventListener(type: string, listener: (event: unknown) => void): void;
  dispatchEvent(event: object): boolean;
}

async function rewrittenEventTarget(): Promise<new () => Target> {
  const file = join(mkdtempSync(join(tmpdir(), 'event-target-')), 'event-target.mjs');
  writeFileSync(file, lazyEventListeners(source));
  // The file this test has just written: linkedom's own source, rewritten.
  // eslint-disable-next-line no-unsanitized/method
  return ((await import(pathToFileURL(file).href)) as { EventTarget: new () => Target }).EventTarget;
}

// What dispatchEvent reads of linkedom's Event.
const event = (type: string) => ({
  type,
  bubbles: false,
  _path: [],
  NONE: 0,
  CAPTURING_PHASE: 1,
  AT_TARGET: 2,
  BUBBLING_PHASE: 3,
});

test('no listener map is made in the constructor any more', () => {
  expect(source).toContain('wm.set(this, new Map);\n  }');
  expect(lazyEventListeners(source)).not.toMatch(/constructor\(\) \{\s*wm\.set/);
});

test('listeners are still added, called, called once, and removed', async () => {
  const EventTarget = await rewrittenEventTarget();
  const target = new EventTarget();
  const heard: string[] = [];
  const listener = () => heard.push('always');
  target.removeEventListener('ping', listener); // never added: nothing to do
  target.dispatchEvent(event('ping')); // no listener yet
  target.addEventListener('ping', listener);
  target.addEventListener('ping', () => heard.push('once'), { once: true });
  target.dispatchEvent(event('ping'));
  target.dispatchEvent(event('ping'));
  target.removeEventListener('ping', listener);
  target.dispatchEvent(event('ping'));
  expect(heard).toEqual(['always', 'once', 'always']);
  expect(new EventTarget().dispatchEvent(event('ping'))).toBe(true);
});

test('a linkedom whose source changed fails the build instead of being bundled as it is', () => {
  expect(() => lazyEventListeners(source.replace('wm.set(this, new Map);', 'this.map = new Map;'))).toThrow(
    /event-target\.js changed/,
  );
});
