import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The architecture of STYLE.md is held by lint rules (eslint.config.js); these cases
// prove the rules fire, so a config change cannot silently switch them off.
const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint rules that hold the architecture', () => {
  test.each([
    [
      'src/core may not import extension APIs',
      "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
      'src/core/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/core may not import the messaging layer',
      "import { sendMessage } from '../messaging';\nexport const x = sendMessage;\n",
      'src/core/x.ts',
      'no-restricted-imports',
    ],
    [
      'a subfolder of src/core may not import the popup either',
      "import { h } from '../../ui/create-element';\nexport const x = h;\n",
      'src/core/figures/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/core may not use the chrome global',
      'export const x = chrome.runtime.id;\n',
      'src/core/x.ts',
      'no-restricted-globals',
    ],
    [
      'src/core may not read the page globals',
      'export const x = document.title;\n',
      'src/core/x.ts',
      'no-restricted-globals',
    ],
    [
      'src/page may not import extension APIs',
      "import { storage } from 'wxt/utils/storage';\nexport const x = storage;\n",
      'src/page/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/page may not import the popup',
      "import { renderAnalysis } from '../popup/render-analysis';\nexport const x = renderAnalysis;\n",
      'src/page/x.ts',
      'no-restricted-imports',
    ],
    [
      "src/page may not import the extension pages' kit",
      "import { h } from '../ui/create-element';\nexport const x = h;\n",
      'src/page/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/cli may not import extension APIs',
      "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
      'src/cli/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/cli may not use the browser global',
      'export const x = browser.runtime.id;\n',
      'src/cli/x.ts',
      'no-restricted-globals',
    ],
    [
      'src/cli may not import the popup',
      "import { renderAnalysis } from '../popup/render-analysis';\nexport const x = renderAnalysis;\n",
      'src/cli/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/cli may not import the page side',
      "import { PageSession } from '../page/page-session';\nexport const x = PageSession;\n",
      'src/cli/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/cli may not import the reader view',
      "import { startReader } from '../reader/start-reader';\nexport const x = startReader;\n",
      'src/cli/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/reader may not import the popup',
      "import { renderAnalysis } from '../popup/render-analysis';\nexport const x = renderAnalysis;\n",
      'src/reader/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/popup may not import the reader view',
      "import { startReader } from '../reader/start-reader';\nexport const x = startReader;\n",
      'src/popup/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/ui may not import the popup',
      "import { renderAnalysis } from '../popup/render-analysis';\nexport const x = renderAnalysis;\n",
      'src/ui/x.ts',
      'no-restricted-imports',
    ],
    [
      'src/ui may not import the reader view',
      "import { startReader } from '../reader/start-reader';\nexport const x = startReader;\n",
      'src/ui/x.ts',
      'no-restricted-imports',
    ],
    [
      // render-analysis.ts imports render-figures.ts: importing it back closes a circle.
      'no import cycles',
      "import { renderAnalysis } from './render-analysis';\nexport const x = renderAnalysis;\n",
      'src/popup/render-figures.ts',
      'import-x/no-cycle',
    ],
    [
      'no innerHTML anywhere',
      'export function f(el: Element, s: string) {\n  el.innerHTML = s;\n}\n',
      'src/popup/x.ts',
      'no-restricted-syntax',
    ],
    [
      'no outerHTML anywhere',
      'export function f(el: Element, s: string) {\n  el.outerHTML = s;\n}\n',
      'src/popup/x.ts',
      'no-restricted-syntax',
    ],
    [
      'no insertAdjacentHTML anywhere',
      "export function f(el: Element, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
      'entrypoints/x.ts',
      'no-restricted-syntax',
    ],
    [
      'no document.write anywhere',
      'export function f(s: string) {\n  document.write(s);\n}\n',
      'src/popup/x.ts',
      'no-restricted-syntax',
    ],
  ])('%s', async (_name, code, filePath, rule) => {
    expect(await ruleIds(code, filePath)).toContain(rule);
  });

  test.each([
    [
      'the popup may use extension APIs',
      "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
      'src/popup/x.ts',
    ],
    [
      'the kit may use extension APIs',
      "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
      'src/ui/x.ts',
    ],
    [
      'the reader view may use the kit',
      "import { h } from '../ui/create-element';\nexport const x = h;\n",
      'src/reader/x.ts',
    ],
    [
      'the command may use the core',
      "import { analyze } from '../core/analyze';\nexport const x = analyze;\n",
      'src/cli/x.ts',
    ],
  ])('%s', async (_name, code, filePath) => {
    expect(await ruleIds(code, filePath)).toEqual([]);
  });
});
