// Saved pages come in many encodings. The order follows the HTML standard's encoding
// sniffing: a byte-order mark wins, then a <meta charset> (or http-equiv) in the first
// 1024 bytes, then UTF-8.

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

// The characters windows-1252 puts at 0x80-0x9F (undefined codes map to the C1 control,
// as the Encoding Standard says).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder decodes windows-1252 (and every label the Encoding Standard maps
 * to it: latin1, iso-8859-1, ascii…) as ISO-8859-1, turning curly quotes and the euro
 * sign into control characters; browsers do not.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const table = Array.from({ length: 256 }, (_, b) =>
    b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b),
  );
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 65536) {
    parts.push(Array.from(bytes.subarray(i, i + 65536), (b) => table[b]!).join(''));
  }
  return parts.join('');
}

/** Decodes page bytes to text the way a browser would. */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(encoding).decode(bytes.subarray(bom.length));
  }
  let label = sniffMetaCharset(bytes) ?? 'utf-8';
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML standard, "prescan").
  if (label.startsWith('utf-16') || !isSupported(label)) label = 'utf-8';
  const decoder = new TextDecoder(label);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}
