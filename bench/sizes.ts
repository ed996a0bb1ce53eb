import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { table } from './stats';

const OUTPUT = '.output/chrome-mv3';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Gzip sizes of what the browser loads on every click: the content script and the popup. */
export async function run(): Promise<void> {
  // Always built afresh: a build left from an earlier checkout printed its old sizes
  // (14.9 KB for a popup first load of 6.7 KB) as today's.
  console.log('Building the Chrome package (`npm run build`) to measure this source.');
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  const files = filesUnder(OUTPUT).filter((f) => /\.(js|css|html)$/.test(f));
  const rows = files
    .map((file) => {
      const bytes = readFileSync(file);
      return { file: relative(OUTPUT, file), raw: statSync(file).size, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  // The one the click injects; the others (page-changes: hide repeats, reveal a passage)
  // only when the reader first uses them (issue 17).
  const content = rows.filter((r) => r.file === 'content-scripts/content.js');
  const onFirstUse = rows.filter((r) => r.file.startsWith('content-scripts/') && !content.includes(r));
  // The popup's page and every file it loads, shared chunks included (the popup shares
  // one with the reader view).
  const popupFiles = new Set([
    'popup.html',
    ...[...readFileSync(join(OUTPUT, 'popup.html'), 'utf8').matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!),
  ]);
  const popup = rows.filter((r) => popupFiles.has(r.file));
  const total = (list: typeof rows) => list.reduce((sum, r) => sum + r.gzip, 0);
  console.log(`### Bundle sizes (${OUTPUT}, KB)\n`);
  console.log(
    table(
      ['file', 'raw', 'gzip'],
      rows.map((r) => [r.file, kb(r.raw), kb(r.gzip)]),
    ),
  );
  // What the popup fetches after its first paint: the chunks its code names (the text
  // stages on every page, the Chinese reader on pages with Han characters; issue 13).
  const popupCode = popup.filter((r) => r.file.endsWith('.js')).map((r) => readFileSync(join(OUTPUT, r.file), 'utf8'));
  const named = new Set(popupCode.flatMap((code) => [...code.matchAll(/"(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!)));
  const later = rows.filter((r) => named.has(r.file) && !popupFiles.has(r.file));
  const everyPage = later.filter((r) => !/chinese/.test(r.file));
  console.log(
    `\nContent script: ${kb(total(content))} KB gzip (target at most 22 KB, issue 17); on first use: ${onFirstUse.map((r) => `${r.file} ${kb(r.gzip)} KB`).join(', ')}. Popup's first load (HTML, JS, CSS): ${kb(total(popup))} KB gzip (target at most 20 KB).`,
  );
  console.log(
    `Fetched by the popup as it asks the page: ${later.map((r) => `${r.file} ${kb(r.gzip)} KB`).join(', ')}; ` +
      `on every page ${kb(total(everyPage))} KB, so ${kb(total(popup) + total(everyPage))} KB gzip per click with the popup's own.`,
  );
}
