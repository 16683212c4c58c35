import type { Locator, Page } from 'playwright-core';

/**
 * What a person (or a screen reader) finds in the popup and the panel, by role
 * and accessible name, in the Russian UI. Playwright's role locators reach
 * into the panel's open shadow root.
 */
type Scope = Page | Locator;

export const searchBox = (scope: Scope) => scope.getByRole('combobox', { name: 'Поиск по Kaspi Гид' });

/** The result rows (the language select's options are not among them). */
export const resultRows = (scope: Scope) => scope.getByRole('listbox', { name: /Поиск по Kaspi Гид|Возможно, связанные вопросы/ }).getByRole('option');

export const selectedRow = (scope: Scope) => resultRows(scope).and(scope.getByRole('option', { selected: true }));

export const launcher = (page: Page) => page.getByRole('button', { name: 'Помощь Kaspi Гид: найти ответ' });

export const recentChips = (scope: Scope) => scope.getByRole('region', { name: 'Недавние запросы' }).getByRole('listitem').getByRole('button');

export const popularQuestions = (scope: Scope) => scope.getByRole('region', { name: /Популярные вопросы|Вопросы об этой странице/ }).getByRole('button');
