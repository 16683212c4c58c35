import { MAX_MESSAGE_QUERY } from './messages';

/** What the background asks of the on-page panel (background → content script). */
export type PanelRequest =
  | { name: 'openPanel'; data: { query: string } }
  | { name: 'togglePanel'; data: Record<string, never> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a request arriving in the content script; anything else is ignored. */
export function validatePanelRequest(message: unknown): PanelRequest | null {
  if (!isObject(message) || !isObject(message.data)) return null;
  if (message.name === 'togglePanel') return { name: 'togglePanel', data: {} };
  if (message.name === 'openPanel' && typeof message.data.query === 'string' && message.data.query.length <= MAX_MESSAGE_QUERY) {
    return { name: 'openPanel', data: { query: message.data.query } };
  }
  return null;
}
