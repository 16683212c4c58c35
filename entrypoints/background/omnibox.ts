import { omniboxTarget, toOmniboxSuggestions } from '../../lib/omnibox-suggestions';
import type { AnswerSearcher } from '../../lib/search/search-guide';
import { detectUiLang } from '../../lib/storage/ui-language';

/** Address bar: "kg <words>" suggests answers; Enter opens the chosen guide address. */
export function registerOmnibox(getSearcher: () => Promise<AnswerSearcher>): void {
  const lang = () => detectUiLang(browser.i18n.getUILanguage());
  browser.omnibox.onInputChanged.addListener(async (text, suggest) => {
    suggest(toOmniboxSuggestions((await getSearcher()).search(text, { lang: lang(), limit: 6 }).hits));
  });
  browser.omnibox.onInputEntered.addListener(async (text, disposition) => {
    const url = omniboxTarget(text, (await getSearcher()).search(text, { lang: lang(), limit: 1 }).hits[0]?.answer.url);
    if (disposition === 'currentTab') void browser.tabs.update({ url });
    else void browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
  });
}
