import { analyze } from '../core/analyze';
import { formatMarkdown } from '../core/format-markdown';
import type { AnalysisResult } from '../core/types';
import { formatText } from './format-text';
import { parseArgs, USAGE, UsageError, type CliOptions } from './parse-args';
import { parsePage } from './parse-page';
import { InputError, InputTooLargeError, readInput } from './read-input';
import { describeError } from '../core/errors';

/** One line of `--format json` output: CONTRACT.md's shape. */
export type CliRecord = { source: string } & AnalysisResult;

/** Where the command reads and writes; the process's own streams outside tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<Uint8Array>;
}

async function analyzeInput(source: string, url: string | null, io: CliIo): Promise<CliRecord> {
  let html: string;
  try {
    html = await readInput(source, io.stdin);
  } catch (error) {
    const message = error instanceof InputError ? error.message : String(error);
    const code = error instanceof InputTooLargeError ? 'TOO_LARGE' : 'UNREADABLE_INPUT';
    return { source, ok: false, error: { code, message } };
  }
  let doc: Document;
  try {
    doc = parsePage(html);
  } catch (error) {
    // linkedom throws on some markup browsers take in their stride: a class attribute of
    // a million names overflows its stack.
    const reason = describeError(error);
    return { source, ok: false, error: { code: 'UNREADABLE_INPUT', message: `cannot parse ${source}: ${reason}` } };
  }
  return { source, ...analyze(doc, url) };
}

function render(record: CliRecord, options: CliOptions): { out: string; err: string } {
  if (options.format === 'json') return { out: JSON.stringify(record) + '\n', err: '' };
  if (!record.ok) return { out: '', err: `${record.source}: ${record.error.code}: ${record.error.message}\n` };
  const body = options.format === 'md' ? formatMarkdown(record) : formatText(record);
  if (options.inputs.length === 1) return { out: body, err: '' };
  const header = options.format === 'md' ? `<!-- ${record.source} -->\n` : `== ${record.source} ==\n`;
  return { out: header + body, err: '' };
}

/**
 * The command: analyses each input in turn in one process and returns the exit status
 * (0 all analysed, 1 some failed, 2 bad usage), as CONTRACT.md specifies.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`summarize: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  let failed = false;
  let printed = false;
  for (const source of options.inputs) {
    const record = await analyzeInput(source, options.url, io);
    failed ||= !record.ok;
    const { out, err } = render(record, options);
    if (out) {
      io.stdout((printed && options.format !== 'json' ? '\n' : '') + out);
      printed = true;
    }
    if (err) io.stderr(err);
  }
  return failed ? 1 : 0;
}
