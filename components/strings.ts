import type { GuideLang } from '../lib/guide/types';

/** Every visible string of the UI, in Russian and Kazakh. */
export const STRINGS = {
  ru: {
    placeholder: 'Спросите Kaspi Гид…',
    searchLabel: 'Поиск по Kaspi Гид',
    results: (n: number) => (n === 0 ? 'Ничего не найдено' : `Найдено ответов: ${n}`),
    nothingFound: 'Ничего не нашлось по этому запросу.',
    didYouMean: 'Возможно, вы имели в виду',
    openGuideSite: 'Искать на сайте Kaspi Гид',
    popular: 'Популярные вопросы',
    recent: 'Недавние запросы',
    clearRecent: 'Очистить',
    back: '← К результатам',
    openInGuide: 'Открыть в Kaspi Гид',
    updated: 'Обновлено',
    useful: (p: number) => `Полезно ${p}% читателей`,
    client: 'Клиентам',
    partner: 'Партнёрам',
    language: 'Язык',
    close: 'Закрыть',
    error: 'Не удалось получить ответ. Попробуйте ещё раз.',
    pageQuestions: 'Вопросы об этой странице',
    noPageQuestions: 'В данных расширения нет ответов об этой странице.',
    openGuideSection: 'Открыть раздел на сайте Kaspi Гид',
    noConfidentAnswer: 'В данных расширения нет точного ответа на этот вопрос.',
    possiblyRelated: 'Возможно, связанные вопросы',
    answerLang: { ru: 'на русском', kz: 'на казахском' },
    settings: 'Настройки',
  },
  kz: {
    placeholder: 'Kaspi Гид-тен сұраңыз…',
    searchLabel: 'Kaspi Гид бойынша іздеу',
    results: (n: number) => (n === 0 ? 'Ештеңе табылмады' : `Табылған жауаптар: ${n}`),
    nothingFound: 'Бұл сұрау бойынша ештеңе табылмады.',
    didYouMean: 'Мүмкін, сіз мынаны іздедіңіз',
    openGuideSite: 'Kaspi Гид сайтында іздеу',
    popular: 'Танымал сұрақтар',
    recent: 'Соңғы сұраулар',
    clearRecent: 'Тазалау',
    back: '← Нәтижелерге',
    openInGuide: 'Kaspi Гид-те ашу',
    updated: 'Жаңартылды',
    useful: (p: number) => `Оқырмандардың ${p}%-на пайдалы`,
    client: 'Клиенттерге',
    partner: 'Серіктестерге',
    language: 'Тіл',
    close: 'Жабу',
    error: 'Жауап алу мүмкін болмады. Қайталап көріңіз.',
    pageQuestions: 'Осы бет туралы сұрақтар',
    noPageQuestions: 'Кеңейтудің деректерінде осы бет туралы жауап жоқ.',
    openGuideSection: 'Kaspi Гид сайтында бөлімді ашу',
    noConfidentAnswer: 'Кеңейтудің деректерінде бұл сұраққа нақты жауап жоқ.',
    possiblyRelated: 'Байланысты болуы мүмкін сұрақтар',
    answerLang: { ru: 'орыс тілінде', kz: 'қазақ тілінде' },
    settings: 'Баптаулар',
  },
} satisfies Record<GuideLang, Record<string, unknown>>;

export type UiStrings = (typeof STRINGS)['ru'];

/** UI language from the browser's language: Kazakh for kk, Russian otherwise. */
export function detectUiLang(browserLang: string | undefined): GuideLang {
  return browserLang?.toLowerCase().startsWith('kk') ? 'kz' : 'ru';
}
