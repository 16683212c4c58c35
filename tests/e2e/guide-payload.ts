import { stringify } from 'devalue';
import type { GuideQuestion, GuideSection } from '../../lib/guide/types';

/** A question as a guide page's payload holds it (values, before flattening). */
export interface PayloadQuestion {
  id: number;
  title: string;
  content: string;
  canonical: string;
  updatedDate?: string;
  usefulness?: number;
  publication_date?: string;
}

/**
 * A whole `__NUXT_DATA__` array made by devalue's own serializer (the format
 * Nuxt uses): the questions inside the page data, the locale in the config.
 * devalue escapes `<`, so the text can sit inside a script element.
 */
export function buildGuidePayload(questions: PayloadQuestion[], locale: 'ru-RU' | 'kk-KZ'): string {
  return stringify({ data: { page: { questions } }, config: { currentLocale: locale } });
}

/**
 * Real captured questions made new: ids moved by `idOffset` (canonical paths
 * follow) and titles marked, so that a guide page built from them teaches
 * questions the shipped index does not hold.
 */
export function renewQuestions(questions: GuideQuestion[], idOffset: number, titleMark: string): PayloadQuestion[] {
  return questions.map((q) => ({
    id: q.id + idOffset,
    title: `${q.title} ${titleMark}`,
    content: q.html,
    canonical: q.canonical.replace(/q\d+$/, `q${q.id + idOffset}`),
    ...(q.updated ? { updatedDate: q.updated } : {}),
    ...(q.usefulness !== null ? { usefulness: q.usefulness } : {}),
  }));
}

/** A guide.kaspi.kz page as the site serves it: the payload in its `__NUXT_DATA__` element. */
export function guidePageHtml(payload: string, section: GuideSection, lang: 'ru' | 'kz', canonical: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Kaspi Гид</title>
<link rel="canonical" href="https://guide.kaspi.kz/${section}/${lang}${canonical}"></head>
<body><div id="__nuxt"><main><h1>Kaspi Гид</h1></main></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${payload}</script></body></html>`;
}
