// A mail's body as blocks, rendered twice: as plain text, and as simple accessible HTML in which every
// piece of text is escaped (track titles and names come from content and applicants, never markup).
// No styles from elsewhere, no images, no tracking: a link is the only thing in it besides text.

export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; heading: string; items: string[] } | { kind: 'link'; label: string; href: string };

export function plainText(blocks: readonly Block[]): string {
  return `${blocks
    .map((block) => {
      if (block.kind === 'paragraph') return block.text;
      if (block.kind === 'list') return [`${block.heading}:`, ...block.items.map((item) => `- ${item}`)].join('\n');
      return `${block.label}:\n${block.href}`;
    })
    .join('\n\n')}\n`;
}

export function html(blocks: readonly Block[], lang: string, title: string): string {
  const body = blocks
    .map((block) => {
      if (block.kind === 'paragraph') return `<p>${lines(block.text)}</p>`;
      if (block.kind === 'list') return `<h2>${escape(block.heading)}</h2>\n<ul>\n${block.items.map((item) => `<li>${escape(item)}</li>`).join('\n')}\n</ul>`;
      return `<p><a href="${escape(block.href)}">${escape(block.label)}</a></p>`;
    })
    .join('\n');
  return `<!doctype html>\n<html lang="${escape(lang)}">\n<head>\n<meta charset="utf-8">\n<title>${escape(title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** A paragraph's own line breaks (a greeting's signature) kept as <br>. */
const lines = (text: string) => text.split('\n').map(escape).join('<br>\n');

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
