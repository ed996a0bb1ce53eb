import type { Analysis } from '../core/types';
import { inReadingOrder } from '../core/highlights/in-reading-order';

const indent = (text: string) => text.replace(/\n/g, '\n    ');

/** The default human-readable output of the command. */
export function formatText(analysis: Analysis): string {
  const out: string[] = [analysis.title];
  const meta = [
    analysis.siteName,
    analysis.byline ? `by ${analysis.byline}` : null,
    analysis.publishedTime,
    // Chinese pages are counted in characters (issue 15).
    `${analysis.characterCount ?? analysis.wordCount} ${analysis.characterCount === undefined ? 'words' : 'characters'}, ${analysis.readingMinutes} min read`,
  ].filter(Boolean);
  out.push(meta.join(' | '));
  if (analysis.url) out.push(analysis.url);
  if (analysis.figures.length > 0) {
    out.push('', 'Key figures:');
    for (const f of analysis.figures) {
      const also = f.equivalents.length > 0 ? ` (${f.equivalents.map((q) => q.text).join(', ')})` : '';
      out.push(`  - ${f.text}${also}: ${f.label}`);
    }
  }
  if (analysis.highlights.length > 0) {
    out.push('', 'Highlights:');
    for (const h of inReadingOrder(analysis.highlights, analysis.paragraphs)) out.push(`  - ${indent(h.text)}`);
  }
  if (analysis.relatedLinks.length > 0) {
    out.push('', 'Related:');
    for (const link of analysis.relatedLinks) out.push(`  - ${link.title}\n    ${link.url}`);
  }
  const repeats = analysis.paragraphs.filter((p) => p.duplicateOf !== null);
  out.push('', `Repeated paragraphs: ${repeats.length}`);
  for (const p of repeats) out.push(`  - paragraph ${p.index} repeats paragraph ${p.duplicateOf}`);
  return out.join('\n') + '\n';
}
