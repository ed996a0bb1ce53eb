import { parseHTML } from 'linkedom';
import { analyze } from '../core/analyze';
import { formatMarkdown } from '../core/format-markdown';
import type { AnalysisResult } from '../core/types';
import { formatText } from './format-text';
import { parseArgs, USAGE, UsageError, type CliOptions } from './parse-args';
import { InputError, readInput } from './read-input';

/** One line of `--format json` output: CONTRACT.md's shape. */
type CliRecord = { source: string } & AnalysisResult;

async function analyzeInput(source: string, url: string | null): Promise<CliRecord> {
  let html: string;
  try {
    html = await readInput(source);
  } catch (error) {
    const message = error instanceof InputError ? error.message : String(error);
    return { source, ok: false, error: { code: 'UNREADABLE_INPUT', message } };
  }
  const parse = () => parseHTML(html).document as unknown as Document;
  return { source, ...analyze(parse(), url, { copyDocument: parse }) };
}

function render(record: CliRecord, options: CliOptions): { out: string; err: string } {
  if (options.format === 'json') return { out: JSON.stringify(record) + '\n', err: '' };
  if (!record.ok) return { out: '', err: `${record.source}: ${record.error.code}: ${record.error.message}\n` };
  const body = options.format === 'md' ? formatMarkdown(record) : formatText(record);
  const header =
    options.inputs.length > 1
      ? options.format === 'md'
        ? `<!-- ${record.source} -->\n`
        : `== ${record.source} ==\n`
      : '';
  return { out: header + body, err: '' };
}

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`summarize: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let failed = false;
  for (const [i, source] of options.inputs.entries()) {
    const record = await analyzeInput(source, options.url);
    failed ||= !record.ok;
    const { out, err } = render(record, options);
    const separator = i > 0 && options.format !== 'json' && out ? '\n' : '';
    process.stdout.write(separator + out);
    process.stderr.write(err);
  }
  return failed ? 1 : 0;
}

// `summarize … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
