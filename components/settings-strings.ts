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
    actionFailed: 'Не получилось сохранить изменение. Попробуйте ещё раз.',
    unofficial: 'Неофициальное расширение: не связано с Kaspi.kz и не поддерживается им. Ответы взяты из Kaspi Гид.',
    learnedLimit: (limit: number) => `Читается только список вопросов самой страницы. Хранится до ${limit} вопросов, самые давние удаляются первыми.`,
    navigationRequest: 'Когда вы переходите к другому вопросу внутри Kaspi Гид без перезагрузки страницы, расширение один раз запрашивает этот адрес с guide.kaspi.kz (без cookies), чтобы прочитать его вопросы. Других запросов в сеть расширение не делает; при выключенной настройке — никаких.',
  },
  kz: {
    hideLauncher: 'kaspi.kz беттеріндегі батырманы жасыру',
    clearHistory: 'Соңғы сұрауларды тазалау',
    done: 'Дайын',
    shortcutHint: 'kaspi.kz-тегі панель Alt+Shift+K пернелерімен ашылады',
    learnFromGuide: 'Мен ашқан Kaspi Гид беттеріндегі сұрақтарды есте сақтау',
    knownQuestions: (answers: number, learned: number) => `Білетін сұрақтарым: ${answers}, оның ішінде сіз ашқан Kaspi Гид беттерінен: ${learned}`,
    forgetLearned: 'Есте сақталған сұрақтарды ұмыту',
    actionFailed: 'Өзгерісті сақтау мүмкін болмады. Қайталап көріңіз.',
    unofficial: 'Ресми емес кеңейту: Kaspi.kz-ке қатысы жоқ және оның қолдауында емес. Жауаптар Kaspi Гид-тен алынған.',
    learnedLimit: (limit: number) => `Беттің өз сұрақтар тізімі ғана оқылады. ${limit} сұраққа дейін сақталады, ең ескілері алдымен өшіріледі.`,
    navigationRequest: 'Kaspi Гид ішінде бетті қайта жүктемей басқа сұраққа өткенде, кеңейту оның сұрақтарын оқу үшін сол мекенжайды guide.kaspi.kz сайтынан бір рет (cookies-сіз) сұрайды. Кеңейту желіге басқа сұрау жібермейді; баптау өшірулі болса — мүлде жібермейді.',
  },
} satisfies Record<GuideLang, Record<string, unknown>>;
