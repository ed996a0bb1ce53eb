import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A floor: the least an extension can do for a click, as a popup that paints one thing. */
export interface Floor {
  name: string;
  dir: string;
}

// What every floor's popup shares with ours: a toolbar popup, the same grant (activeTab,
// scripting), the same width, one element whose paint is timed (Element Timing).
const POPUP_HTML = (script: string, text: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>floor</title>
<style>body { width: 400px; margin: 0; padding: 12px 16px; font: 14px/1.45 system-ui, sans-serif; }
p { max-height: 560px; overflow: hidden; margin: 0; }</style>
${script ? `<script src="popup.js"></script>` : ''}</head>
<body><p id="out" elementtiming="article-complete">${text}</p></body></html>`;

// The popup's script: the active tab, one injection, its answer set as text.
const POPUP_JS = (inject: string) => `(async () => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const [injection] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, ${inject} });
  const out = document.getElementById('out');
  out.textContent = String(injection?.result ?? '(nothing)');
})();`;

function writeExtension(dir: string, name: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    permissions: ['activeTab', 'scripting'],
    action: { default_popup: 'popup.html', default_title: name },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
}

/**
 * Three floor extensions, written under `root` (issue 17): a popup that paints a static
 * line; one that shows the page's document.title; one that injects Readability on a clone
 * of the page and shows its text.
 */
export async function buildFloors(root: string): Promise<Floor[]> {
  const floors: Floor[] = [
    { name: 'floor: static popup', dir: join(root, 'static') },
    { name: 'floor: popup + document.title', dir: join(root, 'title') },
    { name: 'floor: popup + injected Readability', dir: join(root, 'readability') },
  ];
  writeExtension(floors[0]!.dir, 'Floor static', { 'popup.html': POPUP_HTML('', 'A static line.') });
  writeExtension(floors[1]!.dir, 'Floor title', {
    'popup.html': POPUP_HTML('popup.js', ''),
    'popup.js': POPUP_JS('func: () => document.title'),
  });
  const bundle = await build({
    entryPoints: ['bench/floors/readability-floor.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'readabilityFloor',
    write: false,
    logLevel: 'error',
  });
  // A file's last expression is what executeScript answers.
  const injected = `${bundle.outputFiles[0]!.text};readabilityFloor.readArticleText();`;
  writeExtension(floors[2]!.dir, 'Floor Readability', {
    'popup.html': POPUP_HTML('popup.js', ''),
    'popup.js': POPUP_JS("files: ['readability.js']"),
    'readability.js': injected,
  });
  return floors;
}
