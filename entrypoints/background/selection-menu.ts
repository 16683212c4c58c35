import type { PanelRequest } from '../../lib/panel-request';
import { selectionAction } from '../../lib/selection-search';

const MENU_ID = 'kgh-search-selection';

/** "Найти в Kaspi Гид" on selected text: the panel on kaspi.kz, an extension page elsewhere. */
export function registerSelectionMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('searchSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    // info.pageUrl is given without the "tabs" permission; tab.url is not.
    const popupUrl = browser.runtime.getURL('/popup.html');
    const action = selectionAction(info.selectionText, { id: tab?.id, url: info.pageUrl }, popupUrl);
    const openPage = (url: string) => void browser.tabs.create({ url });
    if (action.kind === 'panel') {
      const request: PanelRequest = { name: 'openPanel', data: { query: action.query } };
      // A tab opened before the extension was installed has no panel yet.
      browser.tabs.sendMessage(action.tabId, request).catch(() => {
        const fallback = selectionAction(action.query, undefined, popupUrl);
        if (fallback.kind === 'page') openPage(fallback.url);
      });
    } else {
      openPage(action.url);
    }
  });
}
