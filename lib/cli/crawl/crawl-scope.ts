import { parseUrl } from '../../kaspi-address';
import type { GuideLang, GuideSection } from '../../guide/types';

export type SectionRoot = `${GuideSection}/${GuideLang}`;
export const ALL_SECTIONS: readonly SectionRoot[] = ['client/ru', 'client/kz', 'partner/ru', 'partner/kz'];

/** Where a crawl may go: the guide's host, under the chosen section roots. */
export interface CrawlScope {
  origin: string;
  roots: string[];
}

export function createScope(base: string, sections: readonly SectionRoot[]): CrawlScope {
  const url = new URL(base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--base must be an http(s) address, not ${base}`);
  return { origin: url.origin, roots: sections.map((s) => `/${s}`) };
}

/**
 * The address to crawl for a link found on `from`, or null when it leaves
 * the guide's host or the chosen sections. Fragments and queries are dropped:
 * guide pages are addressed by path, and queries only make loops.
 */
export function inScope(scope: CrawlScope, href: string, from: string): string | null {
  const url = parseUrl(href, from);
  if (!url || url.origin !== scope.origin) return null;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (!scope.roots.some((root) => path === root || path.startsWith(`${root}/`))) return null;
  return `${url.origin}${path}`;
}

/** The section roots' addresses: where a crawl starts. */
export function startAddresses(scope: CrawlScope): string[] {
  return scope.roots.map((root) => `${scope.origin}${root}`);
}
