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

/** Decodes page bytes to text the way a browser would. */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(encoding).decode(bytes.subarray(bom.length));
  }
  let label = sniffMetaCharset(bytes) ?? 'utf-8';
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML standard, "prescan").
  if (label.startsWith('utf-16') || !isSupported(label)) label = 'utf-8';
  return new TextDecoder(label).decode(bytes);
}
