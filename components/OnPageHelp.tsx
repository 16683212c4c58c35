import { logError } from '../lib/log-error';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PanelRequest } from '../lib/panel-request';
import { pageLanguage } from '../lib/page-language';
import { SearchPanel } from './SearchPanel';
import { STRINGS } from './strings';
import { hideLauncher } from '../lib/storage/settings';
import { useUiLanguage } from './useUiLanguage';

export interface OnPageHelpProps {
  /** The page's address: the only thing the panel knows about the page. */
  pageUrl: string;
  /** The latest request from the background, with a counter so a repeated request still acts. */
  request: { seq: number; value: PanelRequest } | null;
}

/** The launcher button and the help panel on kaspi.kz pages. */
export function OnPageHelp({ pageUrl, request }: OnPageHelpProps) {
  const [open, setOpen] = useState(false);
  const [seed, setSeed] = useState({ query: '', key: 0 });
  const [isLauncherHidden, setLauncherHidden] = useState(false);
  const [lang, setLang] = useUiLanguage(pageLanguage(pageUrl));
  const launcher = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    hideLauncher.getValue().then(setLauncherHidden).catch((e: unknown) => logError('reading the launcher setting', e));
    return hideLauncher.watch((v) => setLauncherHidden(v));
  }, []);

  const openPanel = (query = '') => {
    // Where focus was before opening: the launcher (seen from the page as our shadow host),
    // or a page element when the shortcut or the selection menu opened the panel.
    if (!open) {
      const active = document.activeElement as HTMLElement | null;
      const ownHost = (launcher.current?.getRootNode() as ShadowRoot | undefined)?.host;
      returnFocusTo.current = active && active === ownHost ? launcher.current : active;
    }
    setSeed((s) => ({ query, key: s.key + 1 }));
    setOpen(true);
  };
  const closePanel = () => {
    setOpen(false);
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    queueMicrotask(() => (target && target.isConnected && target !== document.body ? target : launcher.current)?.focus());
  };

  // Each request from the background is a new object (with its own seq): act once per request, with this render's state.
  const actOnRequest = useRef<(value: PanelRequest) => void>(() => undefined);
  actOnRequest.current = (value) => {
    if (value.name === 'openPanel') openPanel(value.data.query);
    else if (open) closePanel();
    else openPanel();
  };
  useEffect(() => {
    if (request) actOnRequest.current(request.value);
  }, [request]);

  return (
    <>
      {open && (
        // Not aria-modal, and Tab is not trapped: the bank's page stays usable around the panel (Esc or the launcher close it).
        <div class="kgh-sheet" role="dialog" aria-label="Kaspi Гид">
          <SearchPanel key={seed.key} lang={lang} onLangChange={setLang} initialQuery={seed.query} onClose={closePanel} contextUrl={pageUrl} />
        </div>
      )}
      {!isLauncherHidden && (
        <button ref={launcher} type="button" class="kgh-launcher" aria-expanded={open} aria-label={STRINGS[lang].openHelp} title={STRINGS[lang].openHelp}
          onClick={() => (open ? closePanel() : openPanel())}>?</button>
      )}
    </>
  );
}
