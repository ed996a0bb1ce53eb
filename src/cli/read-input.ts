import { open } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './decode-html';
import { describeError } from '../core/errors';

/**
 * Pages larger than this are refused before they are parsed (TOO_LARGE). linkedom
 * parses about 28 MB a second and holds about 5 bytes of memory per byte of HTML, so
 * the largest accepted page costs about 1.2 s and 170 MB; the largest page in the corpora
 * is 1.6 MB. The analysis has its own, tighter limits on what it reads (page-limits.ts).
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export class InputError extends Error {}
/** The input is larger than MAX_INPUT_BYTES (or unzips to more). */
export class InputTooLargeError extends InputError {}

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
      return describeError(error);
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(source: string): InputTooLargeError {
  return new InputTooLargeError(`${source} is larger than ${megabytes(MAX_INPUT_BYTES)}, the most the command reads`);
}

/** Where reading starts when a file's size says nothing (a pipe, a device). */
const FIRST_READ_BYTES = 64 * 1024;

/**
 * At most `max` bytes of a file, and one more if there are more: a file's size on disk
 * says nothing for /dev/zero or a pipe, so the reading itself stops. A regular file is
 * read into one buffer of its size (one byte more, to see it grow), with no copy.
 */
async function readAtMost(path: string, max: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    let buffer = Buffer.allocUnsafe(Math.min(size > 0 ? size + 1 : FIRST_READ_BYTES, max + 1));
    let total = 0;
    while (total <= max) {
      if (total === buffer.length) {
        // Larger than its size said: grow, doubling, never past the limit's byte.
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, max + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const { bytesRead } = await file.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total);
  } finally {
    await file.close();
  }
}

/**
 * Reads one input ("-" for standard input), gunzips it when gzipped, decodes it. Never
 * more than MAX_INPUT_BYTES, before or after unzipping.
 */
export async function readInput(source: string, readStdin: () => Promise<Uint8Array>): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await readStdin() : await readAtMost(source, MAX_INPUT_BYTES);
  } catch (error) {
    throw new InputError(`cannot read ${source}: ${describe(error)}`);
  }
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(source);
  if (isGzip(bytes)) {
    try {
      // A few kilobytes of gzip can unpack to gigabytes: stop one byte past the limit.
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(source);
      throw new InputError(`cannot read ${source}: broken gzip data`);
    }
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(source);
  }
  return decodeHtml(bytes);
}
