import { useState } from 'preact/hooks';
import { SearchPanel } from './SearchPanel';
import { useUiLanguage } from './useUiLanguage';

/** The launcher button and the help panel on kaspi.kz pages. */
export function OnPageHelp() {
  const [open, setOpen] = useState(false);
  const [lang, setLang] = useUiLanguage();
  return (
    <>
      {open && (
        <div class="kgh-sheet" role="dialog" aria-label="Kaspi Гид">
          <SearchPanel lang={lang} onLangChange={setLang} onClose={() => setOpen(false)} />
        </div>
      )}
      <button type="button" class="kgh-launcher" aria-expanded={open} aria-label="Kaspi Гид" onClick={() => setOpen(!open)}>?</button>
    </>
  );
}
