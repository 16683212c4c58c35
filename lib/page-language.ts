import type { GuideLang } from './guide/types';
import { isKaspiAddress, parseUrl } from './kaspi-address';

/** A leading locale segment of a kaspi.kz path. */
export const LOCALE_SEGMENT = /^\/(ru|kz|kk)(?=\/|$)/;

/** The language a kaspi.kz address is in, when its path says (`/kz/…`, `/kk/…`, `/ru/…`); null otherwise. */
export function pageLanguage(address: string): GuideLang | null {
  const url = parseUrl(address);
  if (!url || !isKaspiAddress(url)) return null;
  const segment = LOCALE_SEGMENT.exec(url.pathname.toLowerCase())?.[1];
  return segment === 'ru' ? 'ru' : segment === 'kz' || segment === 'kk' ? 'kz' : null;
}
