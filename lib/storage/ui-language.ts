import { defineLocalItem } from './local-storage-item';
import type { GuideLang } from '../guide/types';

/** The UI language the user chose; null until they choose (then the browser's language decides). */
export const uiLanguage = defineLocalItem<GuideLang | null>('uiLanguage', null, (v): v is GuideLang | null => v === null || v === 'ru' || v === 'kz');

/** UI language from the browser's language: Kazakh for kk, Russian otherwise. */
export function detectUiLang(browserLang: string | undefined): GuideLang {
  return browserLang?.toLowerCase().startsWith('kk') ? 'kz' : 'ru';
}
