import type { GuideLang, GuideSection } from './types';

export const GUIDE_ORIGIN = 'https://guide.kaspi.kz';
/** Relative links in answers point at kaspi.kz itself. */
export const LINK_BASE = 'https://kaspi.kz';

/** Public address of a question: `https://guide.kaspi.kz/{section}/{lang}{canonical}`. */
export function buildGuideUrl(section: GuideSection, lang: GuideLang, canonical: string): string {
  return `${GUIDE_ORIGIN}/${section}/${lang}${canonical}`;
}
