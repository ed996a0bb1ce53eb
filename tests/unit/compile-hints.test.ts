import { describe, expect, test } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../scripts/compile-hints';

type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>;

/** The plugin's last hook run on a bundle, as Vite runs it after minifying. */
function runOn(bundle: Bundle): Bundle {
  const hook = compileHints().generateBundle as { order: string; handler: (o: unknown, b: Bundle) => void };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
  return bundle;
}

describe('the compile hint on the extension bundles (scripts/compile-hints.ts)', () => {
  test('each script starts with the hint, on a line of its own, and is otherwise unchanged', () => {
    const out = runOn({ 'content.js': { type: 'chunk', code: '(function(){var e=1})();' } });
    // The comment V8 reads, word for word (https://v8.dev/blog/explicit-compile-hints).
    expect(out['content.js']).toEqual({
      type: 'chunk',
      code: '//# allFunctionsCalledOnLoad\n(function(){var e=1})();',
    });
  });

  test('a script gets it once, however often the hook runs; other files none', () => {
    const bundle: Bundle = {
      'popup.js': { type: 'chunk', code: 'import"./a.js";' },
      'popup.css': { type: 'asset', source: 'body{}' },
    };
    runOn(runOn(bundle));
    expect(bundle['popup.js']).toEqual({ type: 'chunk', code: `${COMPILE_HINT}\nimport"./a.js";` });
    expect(bundle['popup.css']).toEqual({ type: 'asset', source: 'body{}' });
  });
});
