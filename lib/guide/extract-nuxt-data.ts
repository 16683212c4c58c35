import { guidePageOf } from './guide-url';
import type { GuideSection } from './types';

const NUXT_DATA = /<script\b[^>]*\bid=["']__NUXT_DATA__["'][^>]*>([\s\S]*?)<\/script>/i;
const CANONICAL_LINK = /<link\b[^>]*\brel=["']canonical["'][^>]*>/i;

/**
 * A page saved from the browser: the text of its `__NUXT_DATA__` script (the
 * whole payload), or null when the file is not such a page. Nothing else of
 * the page is read.
 */
export function extractNuxtData(html: string): string | null {
  const match = NUXT_DATA.exec(html);
  return match ? match[1]!.trim() : null;
}

/** The guide section named by a saved page's canonical link, if it has one. */
export function sectionOfSavedPage(html: string): GuideSection | null {
  const link = CANONICAL_LINK.exec(html)?.[0];
  const href = link && /\bhref=["']([^"']+)["']/i.exec(link)?.[1];
  return href ? guidePageOf(href)?.section ?? null : null;
}
