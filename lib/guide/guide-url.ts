import type { GuideLang, GuideSection } from './types';
import { GUIDE_ORIGIN, isGuideAddress, parseUrl } from '../kaspi-address';

/** Relative links in answers point at kaspi.kz itself. */
export const LINK_BASE = 'https://kaspi.kz';

/** Public address of a question: `https://guide.kaspi.kz/{section}/{lang}{canonical}`. */
export function buildGuideUrl(section: GuideSection, lang: GuideLang, canonical: string): string {
  return `${GUIDE_ORIGIN}/${section}/${lang}${canonical}`;
}

/** The guide's start page of a section in a language: where to look when our data has no answer. */
export function buildGuideSectionUrl(section: GuideSection, lang: GuideLang): string {
  return `${GUIDE_ORIGIN}/${section}/${lang}`;
}

/** Section and language of a guide.kaspi.kz page address (`/{section}/{lang}/…`), or null for any other address. */
export function guidePageOf(pageUrl: string): { section: GuideSection; lang: GuideLang | null } | null {
  const url = parseUrl(pageUrl);
  if (!url || !isGuideAddress(url)) return null;
  const [, section, lang] = url.pathname.split('/');
  if (section !== 'client' && section !== 'partner') return null;
  return { section, lang: lang === 'ru' || lang === 'kz' ? lang : null };
}
