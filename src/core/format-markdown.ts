import { webAddress } from './web-address';
import type { Analysis } from './types';
import { inReadingOrder } from './highlights/in-reading-order';

// Page text is data: Markdown must not read it as syntax. These characters start or end
// emphasis, links, code, headings, HTML and tables; line breaks would end a list item.
const escapeMarkdown = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');

function sourceLine(analysis: Analysis, url: string): string {
  const name = analysis.siteName ?? new URL(url).hostname.replace(/^www\./, '');
  return `Source: [${escapeMarkdown(name)}](<${url}>)`;
}

function metaLine(analysis: Analysis): string {
  return escapeMarkdown(
    [
      analysis.byline ? `By ${analysis.byline}` : null,
      analysis.publishedTime?.slice(0, 10),
      analysis.characterCount === undefined ? `${analysis.wordCount} words` : `${analysis.characterCount} characters`,
      `${analysis.readingMinutes} min read`,
    ]
      .filter(Boolean)
      .join(' · '),
  );
}

/**
 * The summary as Markdown: title, source link, key figures with what they measure,
 * highlights and related links. What "Copy summary" puts on the clipboard and what
 * `--format md` prints.
 */
export function formatMarkdown(analysis: Analysis): string {
  const lines = [`# ${escapeMarkdown(analysis.title)}`, ''];
  // URL.href has percent-encoded what would end an address inside <…>.
  const url = webAddress(analysis.url);
  if (url) lines.push(sourceLine(analysis, url));
  else if (analysis.siteName) lines.push(`Source: ${escapeMarkdown(analysis.siteName)}`);
  lines.push(metaLine(analysis), '');
  if (analysis.figures.length > 0) {
    lines.push('## Key figures', '');
    for (const figure of analysis.figures) {
      const also = figure.equivalents.map((q) => q.text).join(', ');
      const label = figure.label.trim();
      lines.push(
        `- **${escapeMarkdown(figure.text)}**${also ? ` (${escapeMarkdown(also)})` : ''}${label ? `: ${escapeMarkdown(label)}` : ''}`,
      );
    }
    lines.push('');
  }
  if (analysis.highlights.length > 0) {
    lines.push('## Highlights', '');
    for (const highlight of inReadingOrder(analysis.highlights, analysis.paragraphs)) {
      lines.push(`- ${escapeMarkdown(highlight.text)}`);
    }
    lines.push('');
  }
  const related = analysis.relatedLinks.flatMap((link) => {
    const address = webAddress(link.url);
    return address ? [`- [${escapeMarkdown(link.title)}](<${address}>)`] : [];
  });
  if (related.length > 0) lines.push('## Related', '', ...related, '');
  const repeats = analysis.paragraphs.filter((p) => p.duplicateOf !== null).length;
  if (repeats > 0) lines.push(`_${repeats} repeated paragraph${repeats === 1 ? '' : 's'} left out._`, '');
  return lines.join('\n').trimEnd() + '\n';
}
