import { storage } from '#imports';
import type { GuideLang } from '../lib/guide/types';

/** The UI language the user chose; null until they choose (then the browser's language decides). */
export const uiLanguage = storage.defineItem<GuideLang | null>('local:uiLanguage', { fallback: null });
