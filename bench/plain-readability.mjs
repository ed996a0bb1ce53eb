// The floor `npm run bench -- command` compares the command with: plain Readability on a
// linkedom document, as a plain Node script (no bundle, no tsx), doing for each file
// what the command does around the analysis: read it, gunzip it, decode it, parse it,
// run Readability, print one JSON line. Usage: node bench/plain-readability.mjs <file>...
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const decoder = new TextDecoder();
for (const file of process.argv.slice(2)) {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const { document } = parseHTML(decoder.decode(bytes));
  const article = new Readability(document).parse();
  process.stdout.write(JSON.stringify({ source: file, ...article }) + '\n');
}
