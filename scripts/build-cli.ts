// Builds the command as one JavaScript file, so that it runs on plain Node without tsx:
//   npx tsx scripts/build-cli.ts [<out-file>]     (npm run build:cli; npm run build runs it too)
// The file is `bin` of package.json (news-essentials). `npm run summarize` keeps running
// the TypeScript through tsx for development; tests/unit/built-command.test.ts proves the
// two print the same bytes.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyEventListenersPlugin } from './lazy-event-listeners';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILT_COMMAND = join(projectRoot, 'dist', 'news-essentials.mjs');

/** Bundles src/cli/main.ts and everything it imports into `outfile`, made executable. */
export async function buildCommand(outfile = BUILT_COMMAND): Promise<string> {
  await build({
    entryPoints: [join(projectRoot, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Readability and some of linkedom's dependencies are CommonJS: their require() of
    // Node's own modules needs a require in an ES module.
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
      ].join('\n'),
    },
    // linkedom's nodes without a listener map each (scripts/lazy-event-listeners.ts).
    plugins: [lazyEventListenersPlugin],
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCommand(process.argv[2] ? resolve(process.argv[2]) : BUILT_COMMAND);
  console.log(`built ${out}`);
}
