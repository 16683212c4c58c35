import { isGuideAddress, isKaspiAddress, parseUrl } from './kaspi-address';

/** Who sent a message, as the browser reports it (never as the message claims). */
export type SenderKind = 'extension-page' | 'kaspi-page' | 'guide-page' | 'other';
export interface Sender {
  kind: SenderKind;
  url: string;
}

/** Classifies `runtime.onMessage`'s sender: our own pages, a kaspi.kz tab (panel), a guide tab (learning). */
export function classifySender(sender: { url?: string; tab?: unknown }, extensionOrigin: string): Sender {
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension-page', url };
  const parsed = sender.tab ? parseUrl(url) : null;
  if (!parsed || !isKaspiAddress(parsed)) return { kind: 'other', url };
  return { kind: isGuideAddress(parsed) ? 'guide-page' : 'kaspi-page', url };
}
