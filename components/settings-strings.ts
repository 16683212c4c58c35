import type { GuideLang } from '../lib/guide/types';

/** The settings view's strings: popup only, kept out of the kaspi.kz content script's bundle. */
export const SETTINGS_STRINGS = {
  ru: {
    hideLauncher: 'Скрыть кнопку на страницах kaspi.kz',
    clearHistory: 'Очистить недавние запросы',
    done: 'Готово',
    shortcutHint: 'Панель на kaspi.kz открывается сочетанием Alt+Shift+K',
    learnFromGuide: 'Запоминать вопросы со страниц Kaspi Гид, которые я открываю',
    knownQuestions: (answers: number, learned: number) => `Знаю вопросов: ${answers}, из них со страниц Kaspi Гид, которые вы открыли: ${learned}`,
    forgetLearned: 'Забыть запомненные вопросы',
    learnedLimit: (limit: number) => `Читается только список вопросов самой страницы. Хранится до ${limit} вопросов, самые давние удаляются первыми.`,
  },
  kz: {
    hideLauncher: 'kaspi.kz беттеріндегі батырманы жасыру',
    clearHistory: 'Соңғы сұрауларды тазалау',
    done: 'Дайын',
    shortcutHint: 'kaspi.kz-тегі панель Alt+Shift+K пернелерімен ашылады',
    learnFromGuide: 'Мен ашқан Kaspi Гид беттеріндегі сұрақтарды есте сақтау',
    knownQuestions: (answers: number, learned: number) => `Білетін сұрақтарым: ${answers}, оның ішінде сіз ашқан Kaspi Гид беттерінен: ${learned}`,
    forgetLearned: 'Есте сақталған сұрақтарды ұмыту',
    learnedLimit: (limit: number) => `Беттің өз сұрақтар тізімі ғана оқылады. ${limit} сұраққа дейін сақталады, ең ескілері алдымен өшіріледі.`,
  },
} satisfies Record<GuideLang, Record<string, unknown>>;
