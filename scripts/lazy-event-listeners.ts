// An esbuild plugin for the built command: linkedom's EventTarget made to create its
// listener map when a listener is first added, not in every node's constructor.
//
// linkedom 0.18 gives every node it creates (each element, attribute, text and comment,
// in the parse, in Readability's copy and in Readability's rewriting) an entry in one
// module-wide WeakMap holding a new Map, although the command never adds a listener to
// a page's node. On the 181 benchmark pages that was 7.5% of the command's CPU time in
// the constructor alone, and most of its garbage collection (a WeakMap's entries are
// ephemerons, which every collection has to trace): the built command's CPU time fell
// from 19.1 s to 13.2 s (issue 17). Behaviour is unchanged: a node without listeners has
// no map, and every reader of the map already treats a missing one as empty, or does now.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** The module rewritten, as a path ends (either separator). */
const EVENT_TARGET = /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/;

/** Each piece of linkedom's source and what it becomes; all must be found, once each. */
const REWRITES: [from: string, to: string][] = [
  // No map per node…
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
  // …but one made for the first listener…
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    if (!wm.has(this))\n      wm.set(this, new Map);\n    const map = wm.get(this);\n',
  ],
  // …and none needed to remove one that was never added (invokeListeners, the one other
  // reader, already checks).
  [
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

/** linkedom's event-target.js with REWRITES applied; throws if its source is not the one they were written for. */
export function lazyEventListeners(source: string): string {
  const text = source.replace(/\r\n/g, '\n');
  return REWRITES.reduce((out, [from, to]) => {
    if (out.split(from).length !== 2) {
      throw new Error(
        `linkedom's event-target.js changed: cannot find, once, ${JSON.stringify(from.split('\n')[0])}. ` +
          'Look again at scripts/lazy-event-listeners.ts (is the map still made per node?).',
      );
    }
    return out.replace(from, to);
  }, text);
}

export const lazyEventListenersPlugin: Plugin = {
  name: 'linkedom-lazy-event-listeners',
  setup(build) {
    let rewritten = false;
    build.onStart(() => {
      rewritten = false;
    });
    build.onLoad({ filter: EVENT_TARGET }, async ({ path }) => {
      rewritten = true;
      return { contents: lazyEventListeners(await readFile(path, 'utf8')), loader: 'js' };
    });
    // A linkedom whose files moved would otherwise lose the rewrite without a word.
    build.onEnd((result) => {
      if (!rewritten && result.errors.length === 0) {
        result.errors.push({
          id: '',
          pluginName: 'linkedom-lazy-event-listeners',
          text: "linkedom's esm/interface/event-target.js was not bundled: see scripts/lazy-event-listeners.ts",
          location: null,
          notes: [],
          detail: undefined,
        });
      }
    });
  },
};
