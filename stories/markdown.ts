/**
 * A page of docs/ as Storybook shows it. Storybook serves no docs/ folder, so a relative link there
 * would 404: each becomes its text naming the file ("see theming in `docs/theming.md`"). Links to a
 * heading of the same page and absolute links stay.
 */
export function docsPage(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (link, text: string, target: string) => {
    if (/^(#|[a-z][a-z\d+.-]*:)/i.test(target)) return link;
    return `${text} in \`docs/${target.split('#')[0]!.replace(/^\.\//, '')}\``;
  });
}
