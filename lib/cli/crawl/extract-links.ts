const HREF = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };

/**
 * Every `<a href>` of a page, as written (entities decoded). A guide page
 * lists its products, categories and questions as ordinary links; which
 * class names hold them is not relied on.
 */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(HREF)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    links.push(raw.replace(/&(amp|quot|#39|lt|gt);/g, (_s, e: string) => ENTITIES[e]!));
  }
  return links;
}
