import { webAddress } from '../core/web-address';

export type OutputFormat = 'json' | 'md' | 'text';

export interface CliOptions {
  format: OutputFormat;
  url: string | null;
  inputs: string[];
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: news-essentials [options] <file.html | file.html.gz | ->...
       npm run --silent summarize -- [options] <file.html | file.html.gz | ->...   (the source, through tsx)

Options:
  --format json|md|text  json: JSON Lines, one object per input; md: Markdown; text (default)
  --url <address>        the page's original address, for resolving links (one input only)
  -h, --help             show this help

Exit status: 0 every input analysed, 1 some input failed, 2 bad usage.`;

const FORMATS: readonly OutputFormat[] = ['json', 'md', 'text'];

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { format: 'text', url: null, inputs: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inlineValue] = arg.startsWith('--') ? splitOnce(arg) : [arg, undefined];
    const value = () => {
      const v = inlineValue ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const format = value();
      if (!FORMATS.includes(format as OutputFormat)) {
        throw new UsageError(`unknown format "${format}" (use json, md or text)`);
      }
      options.format = format as OutputFormat;
    } else if (flag === '--url') {
      const url = value();
      if (!webAddress(url)) throw new UsageError(`--url needs an http(s) address, not "${url}"`);
      options.url = url;
    } else if (flag === '-h' || flag === '--help') {
      options.help = true;
    } else if (flag === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      options.inputs.push(arg);
    }
  }
  if (options.help) return options;
  if (options.inputs.length === 0) throw new UsageError('no input given');
  if (options.url !== null && options.inputs.length > 1) throw new UsageError('--url applies to one input only');
  if (options.inputs.filter((input) => input === '-').length > 1)
    throw new UsageError('standard input can be read once only');
  return options;
}

function splitOnce(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at === -1 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}
