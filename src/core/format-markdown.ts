import type { Analysis } from './types';

// Markdown treats these as syntax at the start of a line or around words.
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function metaLine(analysis: Analysis): string {
  return [
    analysis.siteName,
    analysis.byline ? `by ${analysis.byline}` : null,
    analysis.publishedTime?.slice(0, 10),
    `${analysis.wordCount} words`,
    `${analysis.readingMinutes} min read`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The summary as Markdown: what "Copy summary" puts on the clipboard and what
 * `--format md` prints.
 */
export function formatMarkdown(analysis: Analysis): string {
  const lines = [`# ${escapeMarkdown(analysis.title)}`, ''];
  if (analysis.url) lines.push(`<${analysis.url}>`, '');
  lines.push(`_${escapeMarkdown(metaLine(analysis))}_`, '');
  if (analysis.figures.length > 0) {
    lines.push('## Key figures', '');
    for (const figure of analysis.figures) {
      const also = figure.equivalents.map((q) => q.text).join(', ');
      lines.push(
        `- **${escapeMarkdown(figure.text)}**${also ? ` (${escapeMarkdown(also)})` : ''}: ${escapeMarkdown(figure.label)}`,
      );
    }
    lines.push('');
  }
  if (analysis.highlights.length > 0) {
    lines.push('## Highlights', '');
    for (const highlight of analysis.highlights) lines.push(`- ${escapeMarkdown(highlight.text)}`);
    lines.push('');
  }
  if (analysis.relatedLinks.length > 0) {
    lines.push('## Related', '');
    for (const link of analysis.relatedLinks) lines.push(`- [${escapeMarkdown(link.title)}](<${link.url}>)`);
    lines.push('');
  }
  const repeats = analysis.paragraphs.filter((p) => p.duplicateOf !== null).length;
  if (repeats > 0) lines.push(`_${repeats} repeated paragraph${repeats === 1 ? '' : 's'} left out._`, '');
  return lines.join('\n').trimEnd() + '\n';
}
