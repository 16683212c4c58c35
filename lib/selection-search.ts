import { isGuideAddress, isKaspiAddress, parseUrl } from './kaspi-address';

/** Longest selection we search for; a selected paragraph is cut, not refused. */
const MAX_SELECTION = 200;

export type SelectionAction = { kind: 'panel'; tabId: number; query: string } | { kind: 'page'; url: string };

/** True for kaspi.kz pages where the on-page panel runs (not the guide itself). */
export function hasPanel(url: string | undefined): boolean {
  const parsed = url ? parseUrl(url) : null;
  return parsed !== null && isKaspiAddress(parsed) && !isGuideAddress(parsed);
}

/**
 * What "search the guide for the selection" does: on kaspi.kz the panel
 * opens with the text; elsewhere an extension page opens with it.
 */
export function selectionAction(selection: string, tab: { id?: number; url?: string } | undefined, popupUrl: string): SelectionAction {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  if (tab?.id !== undefined && hasPanel(tab.url)) return { kind: 'panel', tabId: tab.id, query };
  return { kind: 'page', url: `${popupUrl}?q=${encodeURIComponent(query)}` };
}
