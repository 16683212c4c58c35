import { logError } from '../lib/log-error';
import { useEffect, useState } from 'preact/hooks';
import type { GuideLang } from '../lib/guide/types';
import { detectUiLang, uiLanguage } from '../lib/storage/ui-language';

/** The UI language: the remembered choice, else the page's language (the panel on kaspi.kz/kz/…), else the browser's. */
export function useUiLanguage(pageLang: GuideLang | null = null): [GuideLang, (lang: GuideLang) => void] {
  const [lang, setLang] = useState<GuideLang>(pageLang ?? detectUiLang(navigator.language));
  useEffect(() => {
    uiLanguage.getValue().then((saved) => saved && setLang(saved)).catch((e: unknown) => logError('reading the interface language', e));
  }, []);
  const choose = (next: GuideLang) => {
    setLang(next);
    void uiLanguage.setValue(next);
  };
  return [lang, choose];
}
