import type { Locator, Page } from 'playwright-core';

/**
 * What a person (or a screen reader) finds in the popup and the panel, by role
 * and accessible name, in the Russian UI. Playwright's role locators reach
 * into the panel's open shadow root.
 */
type Scope = Page | Locator;

/** In the Russian or the Kazakh UI. */
export const searchBox = (scope: Scope) => scope.getByRole('combobox', { name: /^(Поиск по Kaspi Гид|Kaspi Гид бойынша іздеу)$/ });

/** The result rows in either UI language (the language select's options are not among them). */
export const resultRows = (scope: Scope) =>
  scope.getByRole('listbox', { name: /^(Поиск по Kaspi Гид|Kaspi Гид бойынша іздеу|Возможно, связанные вопросы|Байланысты болуы мүмкін сұрақтар)$/ }).getByRole('option');

export const selectedRow = (scope: Scope) => resultRows(scope).and(scope.getByRole('option', { selected: true }));

export const launcher = (page: Page) => page.getByRole('button', { name: 'Помощь Kaspi Гид: найти ответ' });

export const recentChips = (scope: Scope) => scope.getByRole('region', { name: 'Недавние запросы' }).getByRole('listitem').getByRole('button');

export const popularQuestions = (scope: Scope) => scope.getByRole('region', { name: /Популярные вопросы|Вопросы об этой странице/ }).getByRole('button');

/** The questions the result rows show, in order (a row's name is its whole text: question, snippet, section). */
export const resultTitles = (scope: Scope) => resultRows(scope).evaluateAll((rows) => rows.map((row) => row.querySelector('.kgh-result-title')?.textContent ?? ''));

/** The open answer. */
export const answer = (scope: Scope) => scope.getByRole('article');

export const guideLink = (scope: Scope) => scope.getByRole('link', { name: 'Открыть в Kaspi Гид' });

export const backButton = (scope: Scope) => scope.getByRole('button', { name: '← К результатам' });

export const languageSelect = (scope: Scope) => scope.getByRole('combobox', { name: /^(Язык|Тіл)$/ });

/** Whether the element has focus (inside the panel's shadow root or on the page). */
export const isFocused = (locator: Locator) => locator.evaluate((e) => (e.getRootNode() as Document | ShadowRoot).activeElement === e);

/** The open panel on a kaspi.kz page (a non-modal dialog). */
export const panel = (page: Page) => page.getByRole('dialog', { name: 'Kaspi Гид' });
