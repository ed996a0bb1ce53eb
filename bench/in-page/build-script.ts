import { build } from 'esbuild';

/** bench/in-page/entry.ts as one script to evaluate in a page (the analysis core, minified). */
export async function buildInPageScript(): Promise<string> {
  const bundle = await build({
    entryPoints: ['bench/in-page/entry.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return bundle.outputFiles[0]!.text;
}
