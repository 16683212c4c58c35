import { GUIDE_ORIGIN, isGuideAddress, parseUrl } from './kaspi-address';
import type { SearchHit } from './search/search-guide';

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** Chrome parses omnibox descriptions as XML: titles must be escaped. */
export function escapeOmniboxXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** One suggestion per answer: choosing it opens the answer's guide address. */
export function toOmniboxSuggestions(hits: SearchHit[]): OmniboxSuggestion[] {
  return hits.map((h) => ({
    content: h.answer.url,
    description: `${escapeOmniboxXml(h.answer.title)} <dim>${h.answer.section === 'partner' ? 'Kaspi Гид · партнёрам' : 'Kaspi Гид'}</dim>`,
  }));
}

/** Where Enter in the omnibox goes: a chosen guide address as is, else the best answer, else the guide. */
export function omniboxTarget(text: string, bestHitUrl: string | undefined): string {
  const typed = parseUrl(text);
  if (typed && isGuideAddress(typed)) return text;
  return bestHitUrl ?? `${GUIDE_ORIGIN}/`;
}
