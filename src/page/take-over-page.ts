/**
 * Where the copy of each of our content scripts now in charge of the page keeps its stop
 * function: a property of the isolated world's global object. Every copy injected into the
 * page shares that world, and the page's own scripts cannot see or touch it.
 */
const IN_CHARGE = {
  'content-script': Symbol.for('news-essentials.content-script'),
  'page-changes': Symbol.for('news-essentials.page-changes'),
};

type Scope = Record<symbol, (() => void) | undefined>;

/**
 * Puts this copy of the content script (or of the page-changes script) in charge of the
 * page and stops the copy that was (after an update, or a second injection). WXT ends
 * older copies when the document receives a DOM event named after the extension's public
 * id, which any page can forge to switch the extension off on it (issue #6); this
 * hand-over goes through the isolated world instead.
 */
export function takeOverPage(
  stop: () => void,
  scope: object = globalThis,
  script: keyof typeof IN_CHARGE = 'content-script',
): void {
  const registry = scope as Scope;
  const key = IN_CHARGE[script];
  const previous = registry[key];
  registry[key] = stop;
  previous?.();
}
