import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './decode-html';

export class InputError extends Error {}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

function describe(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads one input ("-" for standard input), gunzips it when gzipped, decodes it. */
export async function readInput(source: string, readStdin: () => Promise<Uint8Array>): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (error) {
    throw new InputError(`cannot read ${source}: ${describe(error)}`);
  }
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError(`cannot read ${source}: broken gzip data`);
    }
  }
  return decodeHtml(bytes);
}
