import { logError } from '../../lib/log-error';
import type { PanelRequest } from '../../lib/panel-request';

/** The keyboard shortcut (manifest `commands`): toggles the panel; elsewhere opens the popup. */
export function registerPanelCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel') return;
    const request: PanelRequest = { name: 'togglePanel', data: {} };
    // Firefox's MV2 build has no `action`; there the shortcut only serves kaspi.kz pages.
    const openPopup = () => browser.action?.openPopup().catch((e: unknown) => logError('opening the popup for the shortcut', e));
    if (tab?.id === undefined) return void openPopup();
    // No content script answers on pages other than kaspi.kz.
    browser.tabs.sendMessage(tab.id, request).catch(openPopup);
  });
}
