// Saved pages come in many encodings. The order follows the HTML standard's encoding
// sniffing: a byte-order mark wins, then a <meta charset> (or http-equiv) in the first
// 1024 bytes, then UTF-8.

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const decoders = new Map<string, TextDecoder | null>();

/** One decoder per label for the whole run (null: no such encoding). */
function decoderFor(label: string): TextDecoder | null {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = null;
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

const asLatin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = asLatin1(bytes.subarray(0, 1024));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

// The characters windows-1252 puts at 0x80-0x9F (undefined codes map to the C1 control,
// as the Encoding Standard says).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder decodes windows-1252 (and every label the Encoding Standard maps
 * to it: latin1, iso-8859-1, ascii…) as ISO-8859-1, turning curly quotes and the euro
 * sign into control characters; browsers do not. Node's own latin1 decoding, then the 32
 * characters that differ put right (a lookup per byte in script took 20 times as long).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return asLatin1(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Decodes page bytes to text the way a browser would, in one pass over them. */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decoderFor(encoding)!.decode(bytes.subarray(bom.length));
  }
  const label = sniffMetaCharset(bytes);
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML standard, "prescan").
  const decoder = (label && !label.startsWith('utf-16') && decoderFor(label)) || decoderFor('utf-8')!;
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}
